"""Outgoing email and background work leave here, after the transaction that decided them commits.

`send_on_commit` renders nothing: callers render the message in the recipient's language, and this queues
its delivery as a task once the surrounding transaction has committed. Nothing goes out for a write that was
rolled back, an SMTP failure never undoes a decision, and no database lock is held across an SMTP round trip.
`send_message_on_commit` does it for a message rendered elsewhere (allauth's emails, the bulletin's
confirmations), and `enqueue_on_commit` for any task, now or later (`run_after`). Requests and services queue
mail and work only through these. What runs outside any transaction enqueues directly: a task chaining its next
step, the analytics buffer's flush (which drops a batch the queue refuses rather than break a page),
`send_forum_digests --enqueue` (which prints the task's id) and the demo's index updates (bik/demo/indexing.py,
which the tests' page factories also use, inside the test's transaction, and expect at once).
"""
