"""The 党员台账 tab: the people table, person detail and editor, transfers, Excel import."""
