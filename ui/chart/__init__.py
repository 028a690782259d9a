"""The member chart: banner, tabs, and the dialogs that add and edit its records."""
