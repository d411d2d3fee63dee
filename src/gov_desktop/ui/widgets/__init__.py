"""Small shared widgets: forms with errors at the field, status bar parts, the search box, table helpers."""
