# bik-platform — `make run` serves the platform, `make test` proves it. Both set everything up first.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000
# The address emails, feeds and the SID mini-site's links use: where `make run` is reached. A server listening on
# every interface is reached on the loopback address from this machine; set SITE_URL to override it.
SITE_HOST := $(if $(filter 0.0.0.0 :: [::],$(HOST)),127.0.0.1,$(HOST))
SITE_URL ?= http://$(SITE_HOST):$(PORT)
CHROMIUM ?= /usr/bin/chromium
# Test processes run side by side (pytest-xdist): one more than the CPUs, at most four (a browser test often waits
# for its server or Chromium, and the extra process fills that time: on two CPUs the suite took 3 % and 7 % less
# in two pairs of runs); TEST_WORKERS=0 runs the suite in one.
TEST_WORKERS ?= $(shell $(PYTHON) -c 'import os; print(len(os.sched_getaffinity(0)) + 1)')
LANGUAGES := bg cs da de el en es et fi fr ga hr hu is it lt lv mt nb nl pl pt ro sk sl sr sv uk
PO_FILES := $(wildcard bik/locale/*/LC_MESSAGES/django.po)
MO_FILES := $(PO_FILES:.po=.mo)

.PHONY: help setup run test lint types deployment suite journeys system-deps messages makemessages lock totp check-deploy clean

help:
	@echo "make run    set up and serve the platform at http://$(HOST):$(PORT) (PORT and HOST change it)"
	@echo "make test   set up and run lint, types, unit, integration and browser tests"
	@echo "make totp   print the current two-factor code of the demo staff accounts"

# Python keeps what it compiles (bytecode, in __pycache__ folders that git ignores) even where the environment says
# not to (PYTHONDONTWRITEBYTECODE): without it every process — each test worker, server, task worker and manage.py
# command — compiled Django, Wagtail and the platform again, 2 s of the 4.8 s `manage.py check` took and 9 s of the
# 15 s the suite's collection took.
unexport PYTHONDONTWRITEBYTECODE

# The pinned dependencies, installed by uv (pinned in requirements.lock too; pip installs it): in a new clone it took
# 7 s where pip took 44 s, and 8 s more to compile them once, as pip does. Where uv cannot reach the package index
# (it does not read pip's configuration, so a mirror set only there), pip installs them instead.
$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
		|| { echo "bik-platform needs Python 3.11 or newer (found: $$($(PYTHON) --version))."; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock uv
	$(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python -c requirements.lock -e '.[dev]' \
		|| $(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[dev]'
	@touch $(STAMP)

bik/locale/%/LC_MESSAGES/django.mo: bik/locale/%/LC_MESSAGES/django.po $(STAMP)
	$(BIN)/python tools/compile_messages.py $<

messages: $(MO_FILES)

setup: $(STAMP) messages

run: setup
	@DEBUG=true SITE_URL=$(SITE_URL) $(BIN)/python manage.py migrate --noinput -v0
	@DEBUG=true SITE_URL=$(SITE_URL) $(BIN)/python manage.py load_demo
	@DEBUG=true SITE_URL=$(SITE_URL) $(BIN)/python manage.py demo_accounts
	@echo "Mail: no SMTP server is configured, so emails are written to var/mail/ (.eml files);"
	@echo "      read them at http://$(HOST):$(PORT)/_dev/mail/"
	@echo "Health: http://$(HOST):$(PORT)/healthz    Admin: http://$(HOST):$(PORT)/admin/"
	@echo "Safer Internet Day mini-site: http://sid.localhost:$(PORT)/"
	@echo "Links in emails and feeds use $(SITE_URL) (SITE_URL)."
	@echo "Serving http://$(HOST):$(PORT)/ with a background task worker. Ctrl-C stops both."
	@trap 'kill 0' EXIT INT TERM; \
		DEBUG=true SITE_URL=$(SITE_URL) $(BIN)/python manage.py db_worker --queue-name '*' --interval 1 & \
		DEBUG=true SITE_URL=$(SITE_URL) DB_CONN_MAX_AGE=0 $(BIN)/python manage.py runserver --nostatic $(HOST):$(PORT)

totp: setup
	@DEBUG=true $(BIN)/python manage.py demo_accounts

# Debian packages the tests need: Chromium for the browser tests, a Java runtime for the Nu HTML Checker, GNU gettext
# to check that the catalogues hold every string marked for translation.
system-deps:
	@missing=""; \
		[ -x $(CHROMIUM) ] || missing="$$missing chromium"; \
		command -v java >/dev/null || missing="$$missing default-jre-headless"; \
		command -v xgettext >/dev/null || missing="$$missing gettext"; \
		if [ -n "$$missing" ]; then \
			echo "Installing Debian packages for the tests:$$missing"; \
			SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
			$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
		fi
	@test -x $(CHROMIUM) || { echo "Chromium is missing at $(CHROMIUM)"; exit 1; }
	@command -v java >/dev/null || { echo "Java is missing (needed by the Nu HTML Checker)"; exit 1; }
	@command -v xgettext >/dev/null || { echo "GNU gettext is missing (needed to check the catalogues)"; exit 1; }

# Lint includes the check that the migrations match the models.
lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	BIK_TESTING=true $(BIN)/python manage.py makemigrations --check --dry-run -v1

types: setup
	BIK_TESTING=true $(BIN)/mypy

# Every test but the browser tests and the demo's own, on a test database with the site's structure and the
# centres, to which each test adds what it needs with tests/factories/.
suite: setup
	BIK_TESTING=true $(BIN)/pytest -n $(TEST_WORKERS) --maxprocesses 4 --dist worksteal --ignore=tests/deployment

# The browser tests and the demo's own tests (tests/browser/, tests/demo/), on a test database with the demo: its
# own run, files, database and cache keys (settings.TEST_RUN), so that it never meets the suite's.
journeys: setup system-deps
	BIK_TESTING=true BIK_TEST_CONTENT=demo $(BIN)/pytest -n $(TEST_WORKERS) --maxprocesses 4 --dist worksteal \
		tests/browser tests/demo

# A new deployment (migrate, then set_up_site, in a fresh database of its own): it needs no test database, and
# only its folder is collected, to leave the cores to the test database's build.
deployment: setup
	BIK_TESTING=true $(BIN)/pytest -q tests/deployment

# Lint, types and the deployment run beside the suite, which spends its first minute building its test database in
# one process (tests/worker_databases.py) and leaves the other cores to them; the journeys come after. Beside the
# suite, three workers each on two cores, a browser test's first page outlasted its ten seconds (CI: 17 minutes,
# one failure; one after the other: 19 minutes, green). The journeys' own test database (the demo) is built beside
# the suite's workers, though: `BIK_TEST_RUN_ID` names this run, the suite starts the build once its own database
# is there, and the journeys take it (tests/worker_databases.py, `DemoPreparation`) instead of building it while
# the other core waits.
test: setup system-deps
	@export BIK_TEST_RUN_ID=$$(date +%s%N); \
		$(MAKE) --no-print-directory -j4 lint types deployment suite && $(MAKE) --no-print-directory journeys

check-deploy: setup
	DEBUG=false SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))') \
		ALLOWED_HOSTS=bik.example SITE_URL=https://bik.example \
		$(BIN)/python manage.py check --deploy --fail-level WARNING

makemessages: setup
	cd bik && ../$(BIN)/django-admin makemessages --no-obsolete $(addprefix -l ,$(LANGUAGES)) --ignore 'demo/content.py'
	$(BIN)/python tools/translations.py headers
	$(BIN)/python tools/translations.py tidy

lock:
	$(BIN)/python -m pip freeze --exclude-editable --disable-pip-version-check > requirements.lock

clean:
	rm -rf $(VENV) var/static
