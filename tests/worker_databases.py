"""One test database for every parallel worker: built once, copied for each.

Building the test database — every migration, then its content (`fill_test_database`: the site's structure in
every language and the centres, or the whole demo) — takes from half a minute to more than a minute. When
pytest-xdist runs the tests in parallel, the controlling process builds it once before the workers start
(`TemplateBuild`), and each worker copies it with its media files (`WorkerCopy`): PostgreSQL copies a database
with `CREATE DATABASE … TEMPLATE`, SQLite's file is copied through its backup API. Before, every worker built its
own at the same moment, on the same cores.

The journeys' template (the demo) starts as a copy of the suite's where that is newer than the code
(`_seeded_from_the_suites_template`): `make test` runs them one after the other, and the demo then only adds to a
database that is already migrated. In `make test`, which names its run (`RUN_ID`), that demo template is built
while the suite's tests run, beside its workers (`DemoPreparation`), and the journeys take it ready.

Without parallel workers (`-n 0`) a test process builds its database itself (`build_test_database`)."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.test.utils import override_settings

# What the controller hands each worker (through xdist's `workerinput`, which must be plain data).
WORKERINPUT_KEY = "bik_template_database"
TEMPLATE_DIR_NAME = "template"  # beside the workers' (settings.VAR_DIR), with the run's name (settings.TEST_RUN)

# Each of the demo's file trees, by the setting that names it.
FILE_TREES = ("MEDIA_ROOT", "PRIVATE_MEDIA_ROOT")


def is_controller(config: pytest.Config) -> bool:
    """Whether this process hands tests to parallel workers (and runs none itself)."""
    return config.pluginmanager.get_plugin("dsession") is not None


# What a test database starts from (settings.TEST_CONTENT, from BIK_TEST_CONTENT): the site's structure and the
# network's centres, on which tests build what they need with tests/factories/, or the whole demo, which the
# browser tests and the demo's own tests walk (DEMO_FOLDERS, collected only on the demo).
BASE, DEMO = "base", "demo"
DEMO_FOLDERS = ("browser", "demo")


def fill_test_database() -> None:
    """`BASE`: `set_up_site` (languages, home page, menu, index pages, reference lists) and the 31 centres;
    `DEMO`: the demo, which builds on the same structure."""
    if settings.TEST_CONTENT == DEMO:
        from bik.demo.services import load_demo

        load_demo()
        return
    from bik.demo.services import ensure_centres
    from bik.pages.structure import set_up_site

    set_up_site()
    ensure_centres()


def build_test_database(*, keepdb: bool, verbosity: int = 0) -> Any:
    """Migrate the test database and fill it (`fill_test_database`); returns Django's record for
    `teardown_databases`."""
    from django.test.utils import setup_databases

    from tests.conftest import clear_test_cache

    db_config = setup_databases(
        verbosity=verbosity,
        interactive=False,
        aliases={DEFAULT_DB_ALIAS: connections[DEFAULT_DB_ALIAS]},
        keepdb=keepdb,
    )
    clear_test_cache()
    fill_test_database()
    clear_test_cache()
    return db_config


@dataclass
class Template:
    engine: str
    name: str  # the template database's name, or its file with SQLite
    files: dict[str, str]  # where its media files are, by the setting that names their folder (FILE_TREES)

    def as_workerinput(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_workerinput(cls, config: pytest.Config) -> Template | None:
        data = getattr(config, "workerinput", {}).get(WORKERINPUT_KEY)
        return cls(**data) if data else None


class TemplateBuild:
    """The controller's template: the test database, migrated and filled, in a var directory of its own
    (so its media never land in the developer's var/media)."""

    def __init__(self, config: pytest.Config | None, *, keepdb: bool) -> None:
        self.config = config  # None in the demo's preparation (`prepare_demo_template`), which runs outside pytest
        self.keepdb = keepdb
        self.var_dir = template_dir(settings.TEST_RUN)
        self.db_config: Any = None
        self.template: Template | None = None
        self._overrides: override_settings | None = None

    def build(self) -> Template:
        from django.test.utils import setup_test_environment, teardown_test_environment

        self.var_dir.mkdir(parents=True, exist_ok=True)
        database = settings.DATABASES[DEFAULT_DB_ALIAS]
        files = {setting: str(self.var_dir / setting.lower()) for setting in FILE_TREES}
        if database["ENGINE"] == "django.db.backends.sqlite3":
            database["TEST"] = {**database.get("TEST", {}), "NAME": str(self.var_dir / "test.sqlite3")}
        self._overrides = override_settings(**files)
        self._overrides.enable()
        prepared = self._prepared_for_this_run(database)
        if prepared is not None:
            self._say(f"The demo's test database was prepared beside the suite ({prepared}).")
            self.template = Template(engine=database["ENGINE"], name=prepared, files=files)
            return self.template
        setup_test_environment(debug=False)
        logging.disable(logging.INFO)  # the demo's progress: a worker's would be captured, this one is not
        try:
            with self._database_allowed():
                if settings.TEST_CONTENT == BASE:
                    BUILT_STAMP.unlink(missing_ok=True)  # written again once the template is whole
                seeded = settings.TEST_CONTENT == DEMO and _seeded_from_the_suites_template(database, self.keepdb)
                if seeded:
                    self._say("The demo's test database starts from a copy of the suite's template.")
                self.db_config = build_test_database(keepdb=self.keepdb or seeded)
                name = str(connections[DEFAULT_DB_ALIAS].settings_dict["NAME"])
                if settings.TEST_CONTENT == BASE:
                    BUILT_STAMP.write_text(name, encoding="utf-8")
                # A database being copied must have no one connected (PostgreSQL refuses the copy otherwise).
                connections.close_all()
        finally:
            logging.disable(logging.NOTSET)
            teardown_test_environment()
        self.template = Template(engine=database["ENGINE"], name=name, files=files)
        return self.template

    def tear_down(self) -> None:
        from django.test.utils import teardown_databases

        # The suite's template is kept even when it was made afresh (--create-db, as in CI), for the journeys to
        # start from (`_seeded_from_the_suites_template`); the next run with --create-db makes it afresh again.
        if self.db_config is not None and not self.keepdb and settings.TEST_CONTENT != BASE:
            with self._database_allowed():
                teardown_databases(self.db_config, verbosity=0)
        if self._overrides is not None:
            self._overrides.disable()

    def _database_allowed(self) -> AbstractContextManager[Any]:
        """pytest-django blocks the database outside tests; the preparation, outside pytest, has no blocker."""
        if self.config is None:
            return contextlib.nullcontext()
        from pytest_django.plugin import blocking_manager_key

        return self.config.stash[blocking_manager_key].unblock()

    def _say(self, line: str) -> None:
        reporter = self.config.pluginmanager.get_plugin("terminalreporter") if self.config is not None else None
        if reporter is not None:
            reporter.write_line(line)
        else:
            print(line, flush=True)  # the preparation's log (DemoPreparation.log)

    def _prepared_for_this_run(self, database: dict[str, Any]) -> str | None:
        """The demo's template that `prepare_demo_template` built beside the suite in this same `make test`
        (RUN_ID), when it finished and its database is there; None otherwise (the journeys build their own)."""
        run_id = os.environ.get(RUN_ID, "")
        stamp = self.var_dir / PREPARED_STAMP_NAME
        if settings.TEST_CONTENT != DEMO or self.config is None or not run_id or not stamp.is_file():
            return None
        prepared = json.loads(stamp.read_text(encoding="utf-8"))
        if prepared.get("run") != run_id or prepared.get("engine") != database["ENGINE"]:
            return None
        name = str(prepared["name"])
        if database["ENGINE"] == "django.db.backends.sqlite3":
            return name if Path(name).is_file() else None
        with self._database_allowed(), connections[DEFAULT_DB_ALIAS]._nodb_cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            return name if cursor.fetchone() else None


# --- The journeys' template, prepared beside the suite ------------------------------------------------------
# `make test` runs the suite, then the journeys, whose controller built the demo's template in one process while
# the other core waited (load_demo: about 80 s). Instead, `make test` names its run (RUN_ID) and the suite's
# controller, once its own template is built, starts `prepare_demo_template` in a process beside its workers; the
# journeys' controller takes that template when it was prepared for the same run, and builds its own otherwise.
RUN_ID = "BIK_TEST_RUN_ID"
PREPARED_STAMP_NAME = "prepared"  # in the demo's template folder: JSON {run, engine, name}, written once it is whole
PREPARATION_LOG_NAME = "prepare.log"


def template_dir(test_run: str) -> Path:
    """The folder of a run's template (its media files, SQLite's database): `test_run` is settings.TEST_RUN of
    the controller that builds it ("" for the suite, "demo" for the journeys)."""
    return Path(settings.BASE_DIR) / "var" / "xdist" / "-".join(part for part in (test_run, TEMPLATE_DIR_NAME) if part)


@dataclass
class DemoPreparation:
    """`prepare_demo_template` running beside the suite's workers."""

    process: subprocess.Popen[bytes]
    log: Path

    @classmethod
    def start(cls) -> DemoPreparation | None:
        """Started by the suite's controller when `make test` named the run; None otherwise."""
        if settings.TEST_CONTENT != BASE or not os.environ.get(RUN_ID):
            return None
        folder = template_dir("demo")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / PREPARED_STAMP_NAME).unlink(missing_ok=True)
        log = folder / PREPARATION_LOG_NAME
        environment = {
            **os.environ,
            "BIK_TESTING": "true",
            "BIK_TEST_CONTENT": DEMO,
            "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "bik.settings"),
        }
        with log.open("wb") as output:
            process = subprocess.Popen(
                [sys.executable, "-m", "tests.worker_databases"],
                cwd=settings.BASE_DIR,
                env=environment,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        return cls(process, log)

    def finish(self, config: pytest.Config) -> None:
        """Waits for the preparation (the journeys come next); a failed one is said, and the journeys build their
        own template."""
        code = self.process.wait()
        if code != 0:
            reporter = config.pluginmanager.get_plugin("terminalreporter")
            tail = self.log.read_text(encoding="utf-8", errors="replace")[-3000:]
            message = f"Preparing the demo's test database failed ({code}); the journeys will build it.\n{tail}"
            if reporter is not None:
                reporter.write_line(message)


def prepare_demo_template() -> None:
    """The journeys' template (the demo), built as their controller would and kept, with a stamp naming this run."""
    build = TemplateBuild(None, keepdb=False)
    template = build.build()
    stamp = {"run": os.environ[RUN_ID], "engine": template.engine, "name": template.name}
    (build.var_dir / PREPARED_STAMP_NAME).write_text(json.dumps(stamp), encoding="utf-8")


# Where the suite's template database is (its name, or its file with SQLite), written once it is built: the
# journeys copy it while the stamp is newer than the code and the data the structure is made from.
BUILT_STAMP = Path(settings.BASE_DIR) / "var" / "xdist" / TEMPLATE_DIR_NAME / "built"
_SOURCES = ("bik", "tests")
_SOURCE_SUFFIXES = frozenset({".py", ".yaml", ".txt", ".csv"})


def _seeded_from_the_suites_template(database: dict[str, Any], keepdb: bool) -> bool:
    """The demo's test database started as a copy of the suite's template, which is migrated and has the site's
    structure, the reference lists and the centres that the demo builds on: `make test` runs the journeys after the
    suite, and the copy spares them every migration (about a minute). Only where that template was built after
    the code last changed, and unless the demo's database is there to be reused (`keepdb`); returns whether it was
    copied."""
    if not BUILT_STAMP.exists():
        return False
    built = BUILT_STAMP.stat().st_mtime
    base = Path(settings.BASE_DIR)
    sources = (path for folder in _SOURCES for path in (base / folder).rglob("*") if path.suffix in _SOURCE_SUFFIXES)
    if any(path.stat().st_mtime > built for path in sources):
        return False
    template, test_name = BUILT_STAMP.read_text(encoding="utf-8"), str(database["TEST"]["NAME"])
    connection = connections[DEFAULT_DB_ALIAS]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        source, target = Path(template), Path(test_name)
        if not source.is_file() or (keepdb and target.exists()):
            return False
        _copy_sqlite(source, target)
        return True
    with connection._nodb_cursor() as cursor:
        cursor.execute("SELECT datname FROM pg_database WHERE datname IN (%s, %s)", [template, test_name])
        found = {row[0] for row in cursor.fetchall()}
    if template not in found or (keepdb and test_name in found):
        return False
    _copy_postgres(connection, template, test_name)
    return True


def _copy_sqlite(source: Path, target: Path) -> None:
    for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        leftover.unlink(missing_ok=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    original, copy = sqlite3.connect(source), sqlite3.connect(target)
    try:
        original.backup(copy)
    finally:
        original.close()
        copy.close()


def _copy_postgres(connection: Any, template: str, target: str) -> None:
    """`target` made afresh as a copy of `template` (which no one may be connected to)."""
    quote = connection.ops.quote_name
    with connection._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {quote(target)}")
        cursor.execute(f"CREATE DATABASE {quote(target)} TEMPLATE {quote(template)}")


class WorkerCopy:
    """A worker's own copy of the template: its database and its media files, in the worker's var directory."""

    def __init__(self, template: Template) -> None:
        self.template = template
        self.connection = connections[DEFAULT_DB_ALIAS]
        self.original_name = str(self.connection.settings_dict["NAME"])

    def set_up(self) -> None:
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
            _copy_sqlite(Path(self.template.name), Path(test_name))
        else:
            _copy_postgres(self.connection, self.template.name, test_name)
        return test_name


if __name__ == "__main__":  # DemoPreparation.start(): DJANGO_SETTINGS_MODULE and BIK_TEST_CONTENT=demo are set
    import django

    django.setup()
    prepare_demo_template()
