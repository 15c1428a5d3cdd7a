"""Demo content: a realistic, clearly marked data set (pages, news, the 31 centres, one account per role)
that `make run` loads so every screen has something to show. Loading is idempotent."""
