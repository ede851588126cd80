"""The 学习笔记 tab and its editors."""
