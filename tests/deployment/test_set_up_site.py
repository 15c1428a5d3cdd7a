"""A new deployment, as docs/operations.md's release step makes it: `migrate` then `set_up_site` in a fresh SQLite
database of its own (never the test database), then a visitor's requests. `make test` runs this folder beside the
suite (`make deployment`), while the suite builds its test database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.pages.test_structure import MENU, PAGES

ROOT = Path(__file__).resolve().parents[2]

# Run in a fresh SQLite database of its own: migrate, set_up_site (the structure and the reference lists), then a
# visitor's requests.
VISIT = """
import json
from django.core.management import call_command
from django.test import Client
from django.test.utils import setup_test_environment
from bik.accounts.models import User
from bik.demo.models import DemoRecord
from bik.network.models import Centre
from bik.resources.models import Topic
from bik.sid.models import Edition
from bik.statistics.models import CategoryVersion

call_command("set_up_site")
setup_test_environment()
client = Client()
paths = json.loads(PATHS)
answers = {path: client.get(path).status_code for path in paths}
home = client.get("/en/").content.decode()
print(json.dumps({
    "root": client.get("/").headers.get("Location", ""),
    "answers": answers,
    "home": home,
    "demo": [DemoRecord.objects.count(), User.objects.count(), Centre.objects.count()],
    "category_lists": CategoryVersion.objects.count(),
    "resource_topics": Topic.objects.count(),
    "sid_editions": Edition.objects.count(),
}))
"""


def test_a_deployment_without_the_demo_has_its_site_in_every_language(tmp_path: Path) -> None:
    paths = [f"/{language}/" for language in ("en", "fr", "pl")]
    paths += [f"/{language}/{path}" for language in ("en", "it") for path, _spec in PAGES]
    own = {"DEBUG", "BIK_TESTING", "DATABASE_URL", "REDIS_URL", "PYTEST_XDIST_WORKER", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {key: value for key, value in os.environ.items() if key not in own}
    env |= {"DEBUG": "true", "BIK_VAR_DIR": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path / 'site.sqlite3'}"}

    def manage(*args: str) -> str:
        done = subprocess.run(  # noqa: S603 -- fixed arguments, our own manage.py
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr[-3000:]
        return done.stdout

    manage("migrate", "--noinput", "-v0")
    script = f"PATHS = {json.dumps(json.dumps(paths))}\n{VISIT}"
    visited = json.loads(manage("shell", "--no-imports", "-c", script).strip().splitlines()[-1])

    assert visited["root"] == "/en/"
    assert visited["answers"] == dict.fromkeys(paths, 200)
    for path in MENU:
        assert f'href="/en/{path}"' in visited["home"], path
    assert visited["demo"] == [0, 0, 0]  # no demo row, no account, no (fictional) centre
    assert visited["category_lists"] == 1  # the reference lists the domains start with
    assert visited["resource_topics"] == 20  # the starter vocabularies (shared/reference/taxonomy.md)
    assert visited["sid_editions"] == 12  # Safer Internet Day 2015 to 2026 (shared/reference/sid-editions.csv)
