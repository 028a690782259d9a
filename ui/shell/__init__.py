"""The main window: navigation, menus, open charts, global member search, status bar."""
