"""Encounters: the note editor with autosave, signed notes and their addenda, outreach and lifecycle."""
