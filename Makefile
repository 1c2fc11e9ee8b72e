# Two commands on a fresh machine: `make demo` and `make test`. Everything else is set-up.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= dateline.duckdb
# The gazetteer index is built on first use; keep it with the environment that built it.
export DATELINE_CACHE_DIR ?= $(CURDIR)/$(VENV)/cache
# The shared seed page joins the demo when this checkout sits beside ../shared.
SEED := $(wildcard ../shared/corpus/*.txt)
# The page's npm libraries, copied into the package by web/vendor.mjs (git-ignored).
VENDOR := src/dateline/serve/static/vendor/.copied

.PHONY: install browser demo test lint fix bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

$(VENDOR): web/package.json web/package-lock.json web/vendor.mjs
	@command -v npm >/dev/null || [ "$$(id -u)" != 0 ] || { apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; }
	npm ci --prefix web --no-audit --no-fund --loglevel=error
	node web/vendor.mjs
	touch $@

install: $(STAMP) $(VENDOR)

# Debian's headless Chromium for tests/serve/test_browser.py (`playwright install` cannot
# download its own browser here); the test skips where it is absent.
browser:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" != 0 ]; then echo "note: no /usr/bin/chromium (not root): the browser test skips"; \
	else echo "installing Debian chromium" && apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-dejavu-core >/dev/null; fi

demo: install
	$(BIN)/dateline ingest examples $(SEED) --db $(DB)
	$(BIN)/dateline articles --db $(DB)
	$(BIN)/dateline events --db $(DB)

lint: install
	$(BIN)/ruff check src tests scripts bench eval
	$(BIN)/ruff format --check src tests scripts bench eval
	$(BIN)/mypy

test: lint browser
	$(BIN)/pytest

bench: install
	$(BIN)/python bench/clean_throughput.py
	$(BIN)/python bench/gazetteer.py
	$(BIN)/python bench/pipeline.py
	$(BIN)/python bench/merge.py
	$(BIN)/python bench/scale.py
	$(BIN)/python bench/api.py

eval: install
	$(BIN)/python eval/geoparse.py --json eval/results/geoparse-dev.json
	$(BIN)/python eval/geoparse.py eval/data/geoparse-dev2.jsonl --json eval/results/geoparse-dev2.json
	$(BIN)/python eval/events.py --json eval/results/events-dev.json
	$(BIN)/python eval/events.py eval/data/events-dev2-fr.jsonl eval/data/events-dev2-en.jsonl \
	  --json eval/results/events-dev2.json
	$(BIN)/python eval/events.py eval/data/events-dev3-fr.jsonl eval/data/events-dev3-en.jsonl \
	  --json eval/results/events-dev3.json
	$(BIN)/python eval/events.py eval/data/events-dev4-fr.jsonl eval/data/events-dev4-en.jsonl \
	  --json eval/results/events-dev4.json
	$(BIN)/python eval/events.py eval/data/events-dev5-fr.jsonl eval/data/events-dev5-en.jsonl \
	  --json eval/results/events-dev5.json
	$(BIN)/python eval/events.py eval/data/events-dev6-fr.jsonl eval/data/events-dev6-en.jsonl \
	  --json eval/results/events-dev6.json
	$(BIN)/python eval/events.py eval/data/events-dev7-fr.jsonl eval/data/events-dev7-en.jsonl \
	  --json eval/results/events-dev7.json
	$(BIN)/python eval/events.py eval/data/events-dev8-fr.jsonl eval/data/events-dev8-en.jsonl \
	  --json eval/results/events-dev8.json
	$(BIN)/python eval/events.py eval/data/events-dev9-fr.jsonl eval/data/events-dev9-en.jsonl \
	  --json eval/results/events-dev9.json
	$(BIN)/python eval/events.py eval/data/events-test-fr.jsonl eval/data/events-test-en.jsonl \
	  --json eval/results/events-test.json

fix: install
	$(BIN)/ruff check --fix src tests scripts bench eval
	$(BIN)/ruff format src tests scripts bench eval

clean:
	rm -rf $(VENV) $(DB) web/node_modules src/dateline/serve/static/vendor .pytest_cache .mypy_cache .ruff_cache build src/*.egg-info
