"""Today: who is overdue or due this week, and recent safety alerts."""
