"""Settings of the task worker that the browser walkthrough starts (tests/browser/test_bulletin_walkthrough.py):
the site's own settings, with a mailing sent in small steps, one batch of 100 per task and one chain of tasks,
so that the test can run the worker a task at a time and watch the progress bar move between tasks."""

from bik.settings import *  # noqa: F403 -- these are the site's settings, with three changes

BULLETIN_BATCH_SIZE = 100
BULLETIN_TASK_SECONDS = 0
BULLETIN_PARALLEL_BATCHES = 1
