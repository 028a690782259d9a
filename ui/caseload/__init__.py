"""The caseload list: a table model over the members, in-memory filters and search."""
