# CityPitch: `make run` opens the wizard, `make test` runs the whole suite headless, `make check` the fast
# part of it (everything not marked slow), `make lint` runs ruff and mypy, `make demo` exports a bundled
# sample deck to out/ with no display, `make bench` runs the benchmarks, `make i18n` refreshes the translations.
# Each target first sets up what it needs: system libraries (apt-get, when root), the .venv and packages.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.citypitch-installed
DEMO_SAMPLE ?= lumara-transit
# Tests write nothing into the source tree: bytecode caches go to the temporary folder (see tests/conftest.py).
TEST_ENV := QT_QPA_PLATFORM=offscreen PYTHONPYCACHEPREFIX="$${TMPDIR:-/tmp}/citypitch-tests/pycache"

.PHONY: setup sysdeps run test check lint demo bench clean i18n

setup: sysdeps $(STAMP)

sysdeps:
	@bash .ci/system-deps.sh

$(STAMP): pyproject.toml .ci/requirements.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c .ci/requirements.lock -e '.[dev]'
	@touch $@

run: setup
	$(VENV)/bin/citypitch

test: setup
	$(TEST_ENV) $(PY) -m pytest

check: setup
	$(TEST_ENV) $(PY) -m pytest -m "not slow"

lint: setup
	$(VENV)/bin/ruff check wizard tests
	$(VENV)/bin/mypy

demo: setup
	@mkdir -p out
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/citypitch export resources/samples/$(DEMO_SAMPLE).json -o out/$(DEMO_SAMPLE).pdf

# Refresh the Qt Linguist catalogues (resources/i18n/citypitch_<lang>.ts) from the forms and the Qt layer,
# keeping the translations made, and rebuild the .qm files the app loads (both are committed).
i18n: setup
	$(PY) -m wizard.i18n.catalogues

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/run.py

clean:
	rm -rf $(VENV) out build dist .pytest_cache .mypy_cache .ruff_cache
