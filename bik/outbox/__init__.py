"""Outgoing email and background work leave here, after the transaction that decided them commits.

`send_on_commit` renders nothing: callers render the message in the recipient's language, and this queues
its delivery as a task once the surrounding transaction has committed. Nothing goes out for a write that was
rolled back, an SMTP failure never undoes a decision, and no database lock is held across an SMTP round trip.
`send_message_on_commit` does it for a message rendered elsewhere (allauth's emails, the bulletin's
confirmations), and `enqueue_on_commit` for any task, now or later (`run_after`). Requests and services queue
mail and work only through these; only tasks chaining their next step and the analytics buffer's flush, which
run outside any request's transaction, enqueue directly.
"""
