"""Logging in: the first-run wizard, the unlock screen, and the slow work behind them."""
