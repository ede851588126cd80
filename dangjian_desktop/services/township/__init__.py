"""The township's view over the branches one database holds (汇总, 党内统计)."""
