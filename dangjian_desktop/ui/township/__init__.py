"""乡镇汇总: the tab over every branch of a township database."""
