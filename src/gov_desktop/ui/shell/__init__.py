"""The main window's parts: navigation sidebar, status bar, toolbar actions."""
