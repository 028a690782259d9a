"""The chart's Timeline tab and note hits in the global search."""
