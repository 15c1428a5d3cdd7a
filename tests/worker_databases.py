"""One test database for every parallel worker: built once, copied for each.

Building the test database — every migration, then the demo content in every language — takes a minute or
more. When pytest-xdist runs the suite in parallel, the controlling process builds it once (`TemplateBuild`),
and each worker copies it with the demo's media files (`WorkerCopy`): PostgreSQL copies a database with
`CREATE DATABASE … TEMPLATE`, SQLite's file is copied through its backup API. Before, every worker built its
own at the same moment, on the same cores.

The build runs in a thread of the controller while the workers start: a worker runs the tests that need no
database first (`database_free_first`) and waits for the build only when its first database test begins. The
build is one process's work; the other cores, idle for that minute once lint and types are done, run those
tests meanwhile.

Without parallel workers (`-n 0`) a test process builds its database itself (`build_test_database`)."""

from __future__ import annotations

import logging
import shutil
import sqlite3
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.base.creation import TEST_DATABASE_PREFIX
from django.test.utils import override_settings

# What the controller hands each worker (through xdist's `workerinput`, which must be plain data).
WORKERINPUT_KEY = "bik_template_database"
TEMPLATE_DIR_NAME = "template"

# Each of the demo's file trees, by the setting that names it.
FILE_TREES = ("MEDIA_ROOT", "PRIVATE_MEDIA_ROOT")
T = TypeVar("T")
# How long a worker waits for the controller's build before it gives up (the build takes one to two minutes).
BUILD_TIMEOUT_SECONDS = 20 * 60


def is_controller(config: pytest.Config) -> bool:
    """Whether this process hands tests to parallel workers (and runs none itself)."""
    return config.pluginmanager.get_plugin("dsession") is not None


def build_test_database(*, keepdb: bool, verbosity: int = 0) -> Any:
    """Migrate the test database and load the demo into it; returns Django's record for `teardown_databases`."""
    from django.test.utils import setup_databases

    from bik.demo.services import load_demo
    from tests.conftest import clear_test_cache

    db_config = setup_databases(
        verbosity=verbosity,
        interactive=False,
        aliases={DEFAULT_DB_ALIAS: connections[DEFAULT_DB_ALIAS]},
        keepdb=keepdb,
    )
    clear_test_cache()
    load_demo()
    clear_test_cache()
    return db_config


def needs_database(item: pytest.Item) -> bool:
    """Whether a test reads or writes the test database: it is marked `django_db`, asks for a fixture built on
    the database, or is a browser test (whose server shares it; some ask for their page fixture by name)."""
    if item.get_closest_marker("django_db") is not None or "django_db_setup" in getattr(item, "fixturenames", ()):
        return True
    return "browser" in item.path.parts


def database_free_first(items: list[pytest.Item], workers: int) -> list[pytest.Item]:
    """`items` reordered so that each worker's first share begins with the tests that need no database."""
    return first_in_each_share(items, workers, lambda item: not needs_database(item))


def first_in_each_share(items: Sequence[T], workers: int, first: Callable[[T], bool]) -> list[T]:
    """`items` reordered so that each of the shares `--dist worksteal` first hands the workers begins with the
    items `first` picks, in their order, spread evenly: xdist hands the first worker `len(pending) // workers`
    items from the front, the next that share of the rest, and so on (xdist/scheduler/worksteal.py), so the
    shares are cut the same way here. Within the picked and the others, the order is kept."""
    picked = [item for item in items if first(item)]
    rest = [item for item in items if not first(item)]
    ordered: list[T] = []
    for share in range(workers):
        left = workers - share
        size = (len(picked) + len(rest)) // left
        taken = min(len(picked) // left, size)
        ordered += picked[:taken] + rest[: size - taken]
        del picked[:taken], rest[: size - taken]
    return ordered + picked + rest


@dataclass
class Template:
    engine: str
    name: str  # the template database's name, or its file with SQLite
    files: dict[str, str]  # where the demo's files are, by the setting that names their folder (FILE_TREES)
    built: str  # a file the controller writes when the build is done: empty, or why it failed

    def as_workerinput(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_workerinput(cls, config: pytest.Config) -> Template | None:
        data = getattr(config, "workerinput", {}).get(WORKERINPUT_KEY)
        return cls(**data) if data else None

    def wait_until_built(self, timeout: float = BUILD_TIMEOUT_SECONDS) -> None:
        done = Path(self.built)
        deadline = time.monotonic() + timeout
        while not done.exists():
            if time.monotonic() > deadline:
                raise RuntimeError(f"The test database was not built within {timeout:.0f} s.")
            time.sleep(0.2)
        failure = done.read_text(encoding="utf-8")
        if failure:
            raise RuntimeError(f"Building the test database failed:\n{failure}")


class TemplateBuild:
    """The controller's template: the test database, migrated and filled with the demo, in a var directory of
    its own (so the demo's media never land in the developer's var/media), built in a thread of its own."""

    def __init__(self, config: pytest.Config, *, keepdb: bool) -> None:
        self.config = config
        self.keepdb = keepdb
        self.var_dir = Path(settings.BASE_DIR) / "var" / "xdist" / TEMPLATE_DIR_NAME
        self.db_config: Any = None
        self.template: Template | None = None
        self._overrides: override_settings | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> Template:
        """Name the template (the workers are told where it will be) and start building it."""
        self.var_dir.mkdir(parents=True, exist_ok=True)
        database = settings.DATABASES[DEFAULT_DB_ALIAS]
        files = {setting: str(self.var_dir / setting.lower()) for setting in FILE_TREES}
        if database["ENGINE"] == "django.db.backends.sqlite3":
            database["TEST"] = {**database.get("TEST", {}), "NAME": str(self.var_dir / "test.sqlite3")}
        built = self.var_dir / "built"
        built.unlink(missing_ok=True)
        name = str(database["TEST"].get("NAME") or f"{TEST_DATABASE_PREFIX}{database['NAME']}")  # as Django names it
        self.template = Template(engine=database["ENGINE"], name=name, files=files, built=str(built))
        self._overrides = override_settings(**files)
        self._overrides.enable()
        self._thread = threading.Thread(target=self._build, name="test-database", daemon=True)
        self._thread.start()
        return self.template

    def _build(self) -> None:
        from django.test.utils import setup_test_environment, teardown_test_environment
        from pytest_django.plugin import blocking_manager_key

        assert self.template is not None
        failure = ""
        setup_test_environment(debug=False)
        logging.disable(logging.INFO)  # the demo's progress: a worker's would be captured, this one is not
        try:
            with self.config.stash[blocking_manager_key].unblock():
                self.db_config = build_test_database(keepdb=self.keepdb)
                # The tear-down, at the session's end, runs in the main thread on this thread's connection.
                connections[DEFAULT_DB_ALIAS].inc_thread_sharing()
                # A database being copied must have no one connected (PostgreSQL refuses the copy otherwise).
                connections.close_all()
        except BaseException:
            failure = traceback.format_exc()
            raise
        finally:
            logging.disable(logging.NOTSET)
            teardown_test_environment()
            Path(self.template.built).write_text(failure, encoding="utf-8")

    def tear_down(self) -> None:
        from django.test.utils import teardown_databases
        from pytest_django.plugin import blocking_manager_key

        if self._thread is not None:
            self._thread.join()
        if self.db_config is not None and not self.keepdb:
            with self.config.stash[blocking_manager_key].unblock():
                teardown_databases(self.db_config, verbosity=0)
        if self._overrides is not None:
            self._overrides.disable()


class WorkerCopy:
    """A worker's own copy of the template: its database and its media files, in the worker's var directory."""

    def __init__(self, template: Template) -> None:
        self.template = template
        self.connection = connections[DEFAULT_DB_ALIAS]
        self.original_name = str(self.connection.settings_dict["NAME"])

    def set_up(self) -> None:
        self.template.wait_until_built()
        for setting, folder in self.template.files.items():
            source, target = Path(folder), Path(getattr(settings, setting))
            shutil.rmtree(target, ignore_errors=True)
            if source.exists():
                shutil.copytree(source, target)
        name = self._copy_database()
        settings.DATABASES[DEFAULT_DB_ALIAS]["NAME"] = name
        self.connection.settings_dict["NAME"] = name
        self.connection.close()

    def tear_down(self) -> None:
        self.connection.creation.destroy_test_db(self.original_name, verbosity=0)

    def _copy_database(self) -> str:
        # Django's name for the test database, to which pytest-django added this worker's suffix.
        settings_dict = self.connection.settings_dict
        test_name = str(settings_dict["TEST"]["NAME"] or f"test_{settings_dict['NAME']}")
        if self.template.engine == "django.db.backends.sqlite3":
            target = Path(test_name)
            for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
                leftover.unlink(missing_ok=True)
            target.parent.mkdir(parents=True, exist_ok=True)
            source, copy = sqlite3.connect(self.template.name), sqlite3.connect(target)
            try:
                source.backup(copy)
            finally:
                source.close()
                copy.close()
            return str(target)
        quote = self.connection.ops.quote_name
        with self.connection._nodb_cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {quote(test_name)}")
            cursor.execute(f"CREATE DATABASE {quote(test_name)} TEMPLATE {quote(self.template.name)}")
        return test_name
