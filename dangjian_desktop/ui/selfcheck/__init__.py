"""The 年度自查 tab and the year-archive export dialog."""
