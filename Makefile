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

.PHONY: install demo test lint fix bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

install: $(STAMP)

demo: install
	$(BIN)/dateline ingest examples $(SEED) --db $(DB)
	$(BIN)/dateline articles --db $(DB)
	$(BIN)/dateline events --db $(DB)

lint: install
	$(BIN)/ruff check src tests scripts bench eval
	$(BIN)/ruff format --check src tests scripts bench eval
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

bench: install
	$(BIN)/python bench/clean_throughput.py
	$(BIN)/python bench/gazetteer.py

eval: install
	$(BIN)/python eval/geoparse.py --json eval/results/geoparse-dev.json
	$(BIN)/python eval/events.py --json eval/results/events-dev.json

fix: install
	$(BIN)/ruff check --fix src tests scripts bench eval
	$(BIN)/ruff format src tests scripts bench eval

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache .ruff_cache build src/*.egg-info
