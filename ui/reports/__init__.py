"""The Reports screen: choose a report, then save it as a PDF or print it."""
