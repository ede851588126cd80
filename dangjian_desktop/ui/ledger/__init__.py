"""The 党员台账 tab: the people table, person detail and editor, transfers, Excel import."""

# the tab's buttons and its 查找 label, also shown (not yet usable) by the window shown first (ui/first_paint.py)
ADD, EDIT, DELETE = "新增人员(&A)", "修改(&M)", "删除到回收站(&D)"
TRANSFER, DISCIPLINE, RECYCLE = "组织关系转接(&T)…", "党纪处分(&J)…", "回收站(&R)…"
BUTTONS = (ADD, EDIT, DELETE, TRANSFER, DISCIPLINE, RECYCLE)
FIND = "查找(&S)："  # Alt+F is the 文件 menu
