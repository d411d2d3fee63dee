"""Dialogs of the shell: the first-run wizard and the sign-in dialog."""
