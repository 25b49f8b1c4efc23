# CityPitch: `make run` opens the wizard, `make test` runs the whole suite headless,
# `make demo` exports a bundled sample deck to out/ with no display, `make bench` runs the benchmarks.
# Each target first sets up what it needs: system libraries (apt-get, when root), the .venv and packages.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.citypitch-installed
DEMO_SAMPLE ?= lumara-transit

.PHONY: setup sysdeps run test demo bench clean

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
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

demo: setup
	@mkdir -p out
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/citypitch export resources/samples/$(DEMO_SAMPLE).json -o out/$(DEMO_SAMPLE).pdf

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/run.py

clean:
	rm -rf $(VENV) out build dist .pytest_cache
