"""Pure rules: no database, no Qt."""
