"""Tasks (issue 7): the Tasks screen, the lists Today builds on, and the chart's Tasks tab with the
member's compliance clocks."""
