"""New referral intake, with the duplicate-member check."""
