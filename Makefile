# Two commands a newcomer needs: `make demo` and `make test`.
# Both create .venv and install the project (with the embedded broker and
# chDB) on first use; later runs reuse it until pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The dashboard's browser test drives Debian's Chromium: Playwright never downloads one.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install browser demo test test-scale-out test-heldout lint typecheck unit integration e2e bench eval clean

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

e2e: $(STAMP) browser
	$(BIN)/python -m pytest tests/e2e -q

# Debian's chromium for tests/e2e/test_dashboard.py, installed when missing.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-headless-shell >/dev/null 2>&1 || \
	  ($(SUDO) apt-get update -qq && \
	   DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null)

# pytest in two processes (pytest-xdist), one test file at a time each; the
# process-killing e2e files share one process (RUN_TOGETHER in tests/conftest.py).
# Then the files marked alone, by themselves. The -m lists repeat pyproject's.
test: lint typecheck browser
	$(BIN)/python -m pytest -q -n 2 --dist loadfile -m 'not alone and not scale_out and not heldout'
	$(BIN)/python -m pytest -q -m 'alone and not scale_out and not heldout'

test-scale-out: $(STAMP)
	$(BIN)/python -m pytest tests/e2e/test_scale_out.py -m scale_out -s

test-heldout: $(STAMP)
	$(BIN)/python -m pytest tests/integration/test_scenarios_through_the_worker.py -m heldout -q

bench: $(STAMP)
	$(BIN)/voc bench

clean:
	rm -rf $(VENV) .voc .pytest_cache .mypy_cache .ruff_cache
