# Two commands on a fresh machine: `make extract` and `make test`; everything else follows.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= sqlite:///data/processed/sutja.db

.PHONY: install extract test fuzz bench lint clean

install: $(STAMP)

# Re-installs only when the project's metadata changes, so repeated runs cost nothing.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

extract: install
	mkdir -p data/processed
	$(BIN)/sutja extract data/raw --db $(DB)
	$(BIN)/sutja export --db $(DB) --format csv --out data/processed/figures.csv

test: install
	$(BIN)/ruff check .
	$(BIN)/pytest -q

# The property tests with a wide random search (tests/conftest.py's `fuzz` profile); CI runs
# them derandomized. A failure prints the example to add as a regression test.
fuzz: install
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest -q -m property

bench: install
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_html.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf data/processed/sutja.db* data/processed/figures.csv
