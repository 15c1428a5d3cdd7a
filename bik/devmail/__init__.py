"""The local mail sink: with no SMTP server configured, every email is written to var/mail/ as an .eml file
(open it with any mail program) and, in DEBUG, listed at /_dev/mail/ so a developer can follow links in it."""
