"""Sync in the window: the controller (on demand, on a timer, when the network returns), the status
bar corner, signing in, the conflicts page, and the notice shown when this laptop was revoked."""
