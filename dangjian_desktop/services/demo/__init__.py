"""The demo branch: a year of people, dues, meetings, cases and study that agree with each other."""
