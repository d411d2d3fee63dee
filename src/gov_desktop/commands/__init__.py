"""Sub-commands of the ``gov-desktop`` CLI. Each module has ``register(subparsers)``; handlers take
``(args, paths)`` and return the process exit code."""
