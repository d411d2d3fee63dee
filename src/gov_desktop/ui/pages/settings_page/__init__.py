"""系统设置: language, sync settings, backups and restore, the key's recovery file, local users."""

from .page import SettingsPage

__all__ = ["SettingsPage"]
