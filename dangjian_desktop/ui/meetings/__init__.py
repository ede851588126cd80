"""The 会议记录 tab and the meeting editor."""
