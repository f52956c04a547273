# Two commands a newcomer needs: `make demo` and `make test`.
# Both create .venv and install the project (with the embedded broker and
# chDB) on first use; later runs reuse it until pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test test-scale-out lint typecheck unit integration e2e bench eval clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/voc demo

lint: $(STAMP)
	$(BIN)/ruff check streams schemas sinks tests training
	$(BIN)/ruff format --check streams schemas sinks tests training

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/python -m pytest tests/unit -q

integration: $(STAMP)
	$(BIN)/python -m pytest tests/integration -q

e2e: $(STAMP)
	$(BIN)/python -m pytest tests/e2e -q

test: lint typecheck
	$(BIN)/python -m pytest -q

test-scale-out: $(STAMP)
	$(BIN)/python -m pytest tests/e2e/test_scale_out.py -m scale_out -s

bench: $(STAMP)
	$(BIN)/voc bench

clean:
	rm -rf $(VENV) .voc .pytest_cache .mypy_cache .ruff_cache
