"""The BIK Bulletin: double opt-in subscriptions, issues composed in Wagtail, reliable sending at scale
(one delivery row per recipient, claimed in leased batches, each message sent at most once), one-click
unsubscribe, bounce suppression, and the public archive with its feeds."""
