"""moderation: one engine that keeps user content safe — the automatic screen, pre- and post-moderation,
user reports, per-space queues with moderators' actions, sanctions, rate limits and an append-only audit log.
Used by the youth area now, and by the community and the Safer Internet Day mini-site later."""
