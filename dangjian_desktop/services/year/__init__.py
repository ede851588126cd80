"""The year as a whole: the 年度自查 (selfcheck) and the year archive (archive, volumes)."""
