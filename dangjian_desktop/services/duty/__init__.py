"""党员责任区 (areas), 党员承诺 (pledges), 一帮一结对 (pairs), 发展党员的公示 (notices), the working-day
calendar's corrections (workdays), the branch's count of 党员学习教育活动 (activity), and their printed
sheets (printing) and archive volume (volume)."""
