"""Settings: the dialog and the preferences it keeps (not PHI)."""
