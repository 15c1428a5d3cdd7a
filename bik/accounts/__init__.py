"""Accounts: people who sign in, the roles they hold, and the self-service that belongs to them
(profile, data export, account deletion). Sign-up, verification, MFA and sessions come from django-allauth."""
