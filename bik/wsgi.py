"""WSGI entry point: `gunicorn bik.wsgi`. Kept pages this process served lately are answered before Django
(bik/caching/replay.py)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bik.settings")
django_application = get_wsgi_application()

from bik.caching.replay import KeptPages  # noqa: E402 -- it reads the settings and models Django has just set up

application = KeptPages(django_application)
