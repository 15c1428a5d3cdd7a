"""Safer Internet Day mini-site: served by the same instance on its own host name (BIK_SID_HOST)."""
