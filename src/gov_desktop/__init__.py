"""gov-desktop: offline-first records for township service halls and grid management."""

__version__ = "0.1.0"
