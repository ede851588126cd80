"""SQLite: the database as one file on this computer (see the package above)."""
