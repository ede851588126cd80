"""Backups of the database file: copying safely (copy) and the automatic schedule (automatic)."""
