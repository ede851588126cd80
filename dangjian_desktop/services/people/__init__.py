"""党员台账 people: records, organisation transfers, and the Excel 花名册 import and export."""
