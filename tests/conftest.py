"""The fixed cast every test can use: one person per role, plus an anonymous visitor, built with the factories
of tests/factories/ (which build whatever else a test needs).

The test database starts from what a new deployment has (`set_up_site`: the languages, the home page, the menu's
sections and each tool's index page in every language) and the network's 31 centres; each test builds the rest
with the factories. The browser tests and the demo's own tests walk the demo instead: they run apart, with
`BIK_TEST_CONTENT=demo` (`make journeys`), and a run that mixes the two is refused."""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.test import Client
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from bik.accounts.models import User
from bik.accounts.roles import Role
from bik.network.models import CentreRole, Strand
from tests.events import vnu
from tests.factories.accounts import PASSWORD as PASSWORD  # older tests import the password from here
from tests.factories.accounts import UserFactory
from tests.factories.community import CommunityMemberFactory
from tests.factories.network import CentreRoleFactory
from tests.factories.youth import YouthCoordinatorFactory
from tests.worker_databases import (
    BASE,
    DEMO,
    DEMO_FOLDERS,
    WORKERINPUT_KEY,
    DemoPreparation,
    Template,
    TemplateBuild,
    WorkerCopy,
    build_test_database,
    is_controller,
)

_TEMPLATE = pytest.StashKey[TemplateBuild]()
_CHECKER = pytest.StashKey[vnu.Checker]()
_DEMO_PREPARATION = pytest.StashKey[DemoPreparation]()
# Property tests judge what the code does, not how fast a shared machine generates examples: no deadline and no
# "too slow" health check (a slow or busy CI machine failed them), and no example database written into the checkout.
hypothesis_settings.register_profile(
    "bik", deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
hypothesis_settings.load_profile("bik")


TESTS_DIR = Path(__file__).parent
# A run over the whole folder collects the tests of its content (settings.TEST_CONTENT) and leaves the others'
# folders out; a test of the other content named on the command line is refused below.
collect_ignore = [
    entry.name
    for entry in TESTS_DIR.iterdir()
    if entry.is_dir()
    and entry.name not in ("deployment", "__pycache__")
    and (entry.name in DEMO_FOLDERS) != (settings.TEST_CONTENT == DEMO)
]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test runs only on the content it was written for: a run on the wrong one is refused, never skipped."""
    content = settings.TEST_CONTENT
    demo_dirs = [TESTS_DIR / folder for folder in DEMO_FOLDERS]
    wrong = [
        item.nodeid
        for item in items
        if any(folder in item.path.parents for folder in demo_dirs) != (content == DEMO)
        and TESTS_DIR / "deployment" not in item.path.parents
    ]
    if wrong:
        other = BASE if content == DEMO else DEMO
        raise pytest.UsageError(
            f"{len(wrong)} collected tests need BIK_TEST_CONTENT={other} (e.g. {wrong[0]}): the tests of "
            f"tests/{{{','.join(DEMO_FOLDERS)}}}/ walk the demo and run apart (make journeys), the others build on "
            "the site's structure (make suite)."
        )


@pytest.fixture(scope="session")
def django_db_setup(
    request: pytest.FixtureRequest,
    django_test_environment: None,
    django_db_blocker: Any,
    django_db_keepdb: bool,
    django_db_createdb: bool,
    django_db_modify_db_settings: None,
) -> Iterator[None]:
    """The test database with its content (settings.TEST_CONTENT), for every test that reads or writes it, browser
    tests too.

    Under parallel workers the controlling process built it once (tests/worker_databases.py) and this worker
    copies it; a single test process builds it itself: migrations, then its content. Unlike pytest-django's own
    fixture (which this replaces), the database is set up even when only browser tests run, which never ask
    for it through `db`."""
    from django.test.utils import teardown_databases

    template = Template.from_workerinput(request.config)
    with django_db_blocker.unblock():
        if template is not None:
            copy = WorkerCopy(template)
            copy.set_up()
        else:
            db_config = build_test_database(
                keepdb=django_db_keepdb and not django_db_createdb, verbosity=request.config.option.verbose
            )
    yield
    if django_db_keepdb:
        return
    with django_db_blocker.unblock():
        if template is not None:
            copy.tear_down()
        else:
            teardown_databases(db_config, verbosity=request.config.option.verbose)


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    """Under parallel workers, the test database is built here once, before the workers start, and the Nu HTML
    Checker's service started for them; in `make test`, the suite's controller then starts building the journeys'
    database beside its workers (tests/worker_databases.py, `DemoPreparation`)."""
    config = session.config
    if is_controller(config):
        checker = vnu.start_checker()  # starts while the database is built; the workers inherit its address
        if checker is not None:
            config.stash[_CHECKER] = checker
            os.environ[vnu.SERVICE_URL] = checker.url
        build = TemplateBuild(config, keepdb=bool(config.getoption("reuse_db")) and not config.getoption("create_db"))
        config.stash[_TEMPLATE] = build
        build.build()
        preparation = DemoPreparation.start()  # the journeys' template, beside the workers (`make test` only)
        if preparation is not None:
            config.stash[_DEMO_PREPARATION] = preparation


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """Each parallel worker is told where the template database is (xdist calls this as it starts one)."""
    build = node.config.stash.get(_TEMPLATE, None)
    if build is not None and build.template is not None:
        node.workerinput[WORKERINPUT_KEY] = build.template.as_workerinput()


def pytest_sessionfinish(session: pytest.Session) -> None:
    preparation = session.config.stash.get(_DEMO_PREPARATION, None)
    if preparation is not None:
        preparation.finish(session.config)
    build = session.config.stash.get(_TEMPLATE, None)
    if build is not None:
        build.tear_down()
    checker = session.config.stash.get(_CHECKER, None)
    if checker is not None:
        vnu.stop_checker(checker)


def clear_test_cache() -> None:
    """A shared cache (Redis in CI) outlives test databases: rate-limit counters and cached navigation from
    an earlier run must not leak into this one. Only this test process's key prefix is removed, never other
    data: Django's `cache.clear()` empties the whole Redis database, the parallel workers' keys too, so tests
    call this instead."""
    from django.conf import settings
    from django.core.cache import cache

    if settings.CACHES["default"]["BACKEND"].endswith("RedisCache"):
        client = cache._cache.get_client(write=True)  # type: ignore[attr-defined]
        prefix = settings.CACHES["default"]["KEY_PREFIX"]
        # Every test starts with this: a thousand keys a round trip (Redis's default is ten), deleted together.
        keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
        if keys:
            client.delete(*keys)
    else:
        cache.clear()


def forget_kept_pages() -> None:
    """Every page the page cache kept is built again at its next visit (a kept page outlives a test: the pages
    cache is files, or Redis)."""
    from bik.caching import tags
    from bik.caching.pages import renew

    renew(tags.all_tags())


@pytest.fixture
def page_cache_on(settings: Any) -> None:
    """Whole anonymous pages kept, as in production (tests run without the page cache), none kept yet."""
    settings.PAGE_CACHE_SECONDS = 600
    forget_kept_pages()


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    """Each test starts with an empty cache, so rate-limit counters of one test never refuse another's requests
    (with Redis the browser tests' server shares the counters with the test process)."""
    clear_test_cache()


@pytest.fixture(autouse=True, scope="session")
def _static_files_looked_up_when_asked() -> None:
    """Every test client starts a handler, whose WhiteNoise indexes every app's static files (30 ms): in the test
    process it looks a file up when one is asked for instead, as it does under DEBUG. The browser tests' server,
    a process of its own, indexes them once as in production."""
    settings.WHITENOISE_AUTOREFRESH = True


@pytest.fixture(autouse=True)
def _english_to_begin_with() -> Iterator[None]:
    """Each test starts in English, whatever language an earlier test's request or code left active in this
    thread (with tests spread over parallel workers, the earlier test differs from run to run)."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@dataclass
class Cast:
    subscriber: User
    youth_member: User
    youth_coordinator: User
    sic_member: User
    moderator: User
    editor: User
    network_admin: User
    member: User  # signed in, no role

    def all(self) -> dict[str, User]:
        return dict(vars(self))


def make_user(email: str, role: Role | None = None, *, mfa: bool = False, display_name: str = "") -> User:
    """`UserFactory.create(...)` in the words the tests used before the factories; new tests call the factory."""
    if display_name:
        return UserFactory.create(email=email, role=role, mfa=mfa, display_name=display_name)
    return UserFactory.create(email=email, role=role, mfa=mfa)


@pytest.fixture
def cast(db: None) -> Cast:
    # An approved community member of the Belgian helpline, signed up with a second factor as members must.
    sic_member = CommunityMemberFactory.create(
        email="sam@cast.example",
        membership__strands=[Strand.HELPLINE],
        membership__job_title="Helpline counsellor",
        membership__organisation="Child Focus",
    )
    CentreRoleFactory.create(user=sic_member, role=CentreRole.Kind.MEMBER, strand=Strand.HELPLINE)
    coordinator = YouthCoordinatorFactory.create(email="yara@cast.example", country="IE")
    return Cast(
        subscriber=UserFactory.create(email="pat@cast.example", role=Role.SUBSCRIBER),
        youth_member=UserFactory.create(email="fox@cast.example", role=Role.YOUTH_MEMBER, display_name="BlueFox"),
        youth_coordinator=coordinator,
        sic_member=sic_member,
        moderator=UserFactory.create(email="mo@cast.example", role=Role.MODERATOR, mfa=True),
        editor=UserFactory.create(email="eddie@cast.example", role=Role.EDITOR, mfa=True),
        network_admin=UserFactory.create(email="nadia@cast.example", role=Role.NETWORK_ADMIN, mfa=True),
        member=UserFactory.create(email="alex@cast.example"),
    )


class CommittingClient(Client):
    """A test client whose requests end as they do in production, where each write commits at once: what a
    request queued for after its commit (emails, tasks, cache renewals) runs as the request ends. Each test runs
    inside one transaction that is never committed, so with Django's client nothing queued on commit would run.
    What ran is forgotten, so an enclosing `after_commit()` does not run it twice."""

    def request(self, **request: Any) -> Any:
        connection = connections[DEFAULT_DB_ALIAS]
        start = len(connection.run_on_commit)
        try:
            return super().request(**request)
        finally:
            while len(connection.run_on_commit) > start:
                queued: list[tuple[Any, ...]] = list(connection.run_on_commit[start:])  # (savepoints, callback, robust)
                del connection.run_on_commit[start:]
                for _savepoints, callback, robust in queued:
                    if not robust:
                        callback()
                        continue
                    try:
                        callback()
                    except Exception:
                        logging.getLogger(__name__).exception("A robust on-commit callback failed")


@pytest.fixture
def client_for() -> Callable[[User], Client]:
    def login(user: User) -> Client:
        client = Client()
        client.force_login(user)
        return client

    return login


def turned_away_from_the_admin(response: Any) -> bool:
    """The admin's door for a signed-in account whose roles do not include the admin (bik.accounts.middleware):
    a 403 page saying so, never the admin's page nor a sign-in that would send the account back."""
    return response.status_code == 403 and "accounts/no_admin.html" in [t.name for t in response.templates]


AfterCommit = Callable[[], AbstractContextManager[list[Callable[[], Any]]]]


@pytest.fixture
def after_commit(django_capture_on_commit_callbacks: Callable[..., Any]) -> AfterCommit:
    """`with after_commit(): ...` runs what the block queued for after commit (emails, tasks) as a commit would:
    each test runs inside a transaction that is never committed."""
    return functools.partial(django_capture_on_commit_callbacks, execute=True)


_PREVIOUS_TEST = ["none yet"]  # in this process


@pytest.fixture(autouse=True)
def _outside_a_request(request: pytest.FixtureRequest) -> Iterator[None]:
    """Each test starts outside a request. A request this process began and never finished (a WSGI call whose
    response was never closed, so Django never sent `request_finished`) would leave the cache generations' tokens
    pinned (bik.caching.generations) for every test that follows in the process, until another request ends."""
    from bik.caching import generations

    assert generations._tokens() is None, f"a request is still open; the test before: {_PREVIOUS_TEST[0]}"
    yield
    _PREVIOUS_TEST[0] = request.node.nodeid
