"""支部台账 — offline record keeping for Party branches."""

__version__ = "0.1.0"
APP_NAME = "支部台账"
APP_ID = "dangjian_desktop"
