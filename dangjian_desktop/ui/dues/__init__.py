"""The 党费 view: the dues table, rates, payments and reports."""
