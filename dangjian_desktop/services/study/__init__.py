"""学习笔记: sessions and notes (records), copy hints, search and the year's 学时."""
