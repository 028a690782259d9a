"""The Audit log window (issue 9): the whole audit trail, filtered, for a supervisor or privacy officer."""
