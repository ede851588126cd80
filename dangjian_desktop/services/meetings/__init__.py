"""会议记录: records, attendance, drafts, attachments, the list and printing."""
