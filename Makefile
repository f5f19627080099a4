# Two commands set everything up: `make site` builds the example site, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Material for MkDocs prints at every build that it reaches end of life on 5 May 2027. The README says what that
# means for this project ("Material's end of life"), so make does not repeat it on every build.
export NO_MKDOCS_2_WARNING := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1
export DEBIAN_FRONTEND := noninteractive

.PHONY: help site serve test check checks report new cohort schema options bench fuzz lint format chromium clean snapshots lock
.DEFAULT_GOAL := help
# The exact version and hash of every package an install uses (make site, publishing, CI): the site's packages
# and the build backend in LOCK, those plus the test tools in TEST_LOCK. pip checks every file against its hash;
# schemebook itself is then installed from this folder without fetching anything. `make lock` refreshes both.
LOCK := requirements.lock
TEST_LOCK := requirements-test.lock
# The tool that writes the locks (uv's pip compile), at a fixed version.
UV := uv==0.13.8
# The build tests run a second time under ProperDocs by `make test` (tests/adapter/test_engines.py runs both engines too).
BUILD_TESTS := tests/adapter/test_plugin.py tests/project/test_site_options.py

## List the targets with what each does.
help:
	@awk '/^## /{doc=substr($$0,4); next} /^[a-z][a-z-]*:/{if (doc) printf "  make %-10s %s\n", substr($$1,1,length($$1)-1), doc} {doc=""}' $(MAKEFILE_LIST)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml $(LOCK) | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check
	touch $@

$(VENV)/.test-installed: pyproject.toml $(TEST_LOCK) | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r $(TEST_LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check
	touch $@ $(VENV)/.installed

# The build backend pinned in pyproject.toml, so the locks hash it too (installs build schemebook with it, offline).
BUILD_REQUIRES = $(PYTHON) -c 'import tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"], sep="\n")'
COMPILE = .venv-lock/bin/uv pip compile --quiet --upgrade --universal --python-version 3.11 --generate-hashes \
	--custom-compile-command "make lock" pyproject.toml -

## Refresh the locks: resolve the newest versions pyproject.toml allows, pin each with its hashes.
lock:
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet '$(UV)'
	$(BUILD_REQUIRES) | $(COMPILE) -o $(LOCK)
	$(BUILD_REQUIRES) | $(COMPILE) --extra test -c $(LOCK) -o $(TEST_LOCK)
	rm -rf .venv-lock
	@echo "$(LOCK) and $(TEST_LOCK) refreshed; run make test, then commit them."

## Build the example site into site/ (creates .venv and installs schemebook first).
site: $(VENV)/.installed
	$(BIN)/mkdocs build --strict

## Preview the site with live reload on http://127.0.0.1:8000/; a save makes again only what it changed.
# --dirty: with schemebook a dirty preview is exact (pages judged by content, removed ones deleted), and quick.
serve: $(VENV)/.installed
	$(BIN)/mkdocs serve --dirty

## Validate the scheme files only.
check: $(VENV)/.installed
	$(BIN)/schemebook check

## List the recommended parts each scheme still lacks, as a table.
report: $(VENV)/.installed
	$(BIN)/schemebook check --report

## Start a new scheme file: make new NAME="Reverse mentoring in Engineering"
new: $(VENV)/.installed
	@test -n "$(NAME)" || { echo 'Give the scheme a name: make new NAME="Reverse mentoring"' >&2; exit 2; }
	$(BIN)/schemebook new "$(NAME)"

## Add next year's cohort, dates moved on a year: make cohort SCHEME=nottingham-stemm-change ID=2021
cohort: $(VENV)/.installed
	@test -n "$(SCHEME)" -a -n "$(ID)" || { echo 'Say which scheme and the new id: make cohort SCHEME=my-scheme ID=2027' >&2; exit 2; }
	$(BIN)/schemebook new-cohort "$(SCHEME)" "$(ID)"

## Regenerate schemes/scheme.schema.json from the model (a test checks it is current).
schema: $(VENV)/.installed
	$(BIN)/schemebook schema > schemes/scheme.schema.json

## Regenerate content/plugin-options.md from the plugin's typed config (a test checks it is current).
options: $(VENV)/.installed
	$(BIN)/python -m schemebook.adapter.options_page > content/plugin-options.md

## Install the test tools, Chromium and axe-core, run the whole suite on two workers (one per core, a test file each, the every-page check in two parts) and list its 20 slowest tests, then the build tests under ProperDocs.
test: $(VENV)/.test-installed chromium node_modules/axe-core/axe.min.js
	$(BIN)/python -m pytest -n 2 --dist loadgroup --durations=20
	SCHEMEBOOK_ENGINE=properdocs $(BIN)/python -m pytest -q $(BUILD_TESTS)

## Run the browser tests and record their results for the accessibility statement (plugins/schemebook/checks.json).
checks: $(VENV)/.test-installed chromium node_modules/axe-core/axe.min.js
	SCHEMEBOOK_RECORD_CHECKS=1 $(BIN)/python -m pytest -q tests/browser

## Long property-based run (10,000 cases per property): the loader, and schema-generated documents loaded and rendered.
fuzz: $(VENV)/.test-installed
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q tests/read/test_loading_properties.py tests/test_schema_fuzz.py tests/test_site_invariants.py

SCHEMES ?= 10 100
## Benchmark: schemebook against plain MkDocs (SCHEMES="10 100 500" for the full run).
bench: $(VENV)/.installed
	cd benchmarks && ../$(BIN)/python run.py $(SCHEMES)

## Check code style (ruff).
lint: $(VENV)/.test-installed
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

## Fix code style (ruff).
format: $(VENV)/.test-installed
	$(BIN)/ruff check --fix . && $(BIN)/ruff format .

# Debian's Chromium drives the browser tests (Playwright's own browser download cannot work offline).
## Install Debian's Chromium for the browser tests (needs root or sudo).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
	  elif command -v sudo >/dev/null 2>&1; then sudo apt-get update -qq && sudo apt-get install -y -qq chromium; \
	  else echo "Chromium is missing: install the Debian package 'chromium', then run make test again." >&2; exit 1; fi; }

# axe-core has no dependencies, so the exact version in package.json pins it without a lock file.
node_modules/axe-core/axe.min.js: package.json
	@command -v npm >/dev/null 2>&1 || { echo "npm is missing: install Node.js and npm (Debian: apt-get install npm), then run make test again." >&2; exit 1; }
	npm install --no-package-lock --no-audit --no-fund --silent
	touch $@

## Remove the built site and test caches.
clean:
	rm -rf site .pytest_cache .hypothesis node_modules

## Rewrite the text snapshots of every scheme page and the accessibility trees (tests/snapshots/) after a deliberate change.
snapshots: $(VENV)/.test-installed
	UPDATE_SNAPSHOTS=1 $(BIN)/python -m pytest -q tests/test_snapshots.py tests/browser/test_accessibility_tree.py
