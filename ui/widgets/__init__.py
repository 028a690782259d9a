"""Small widgets shared by the screens: forms that show service messages by field, tables, labels."""
