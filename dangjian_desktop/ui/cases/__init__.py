"""The 三卡一法 tab, the case and card editors and their settings."""
