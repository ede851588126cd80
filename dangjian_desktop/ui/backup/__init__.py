"""Data safety: backups and restore, the start-up password."""
