"""The Qt user interface. Widgets call services and refill table models; no SQL here."""
