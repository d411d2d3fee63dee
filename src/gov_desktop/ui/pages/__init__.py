"""Pages of the main window. Each page class takes ``(ctx: AppContext, parent=None)``."""
