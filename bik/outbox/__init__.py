"""Outgoing email and background work leave here, after the transaction that decided them commits.

`send_on_commit` renders nothing: callers render the message in the recipient's language, and this queues
its delivery as a task once the surrounding transaction has committed. Nothing goes out for a write that was
rolled back, an SMTP failure never undoes a decision, and no database lock is held across an SMTP round trip.
`enqueue_on_commit` does the same for any task.
"""
