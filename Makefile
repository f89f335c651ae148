# BackCoach: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall when the project's metadata changes; the package itself is an editable install.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed  ## install into .venv and start the app
	$(BIN)/backcoach

test: $(VENV)/.installed  ## install into .venv and run the whole suite headless
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet ruff mypy
	$(BIN)/python -m ruff check backcoach tests
	$(BIN)/python -m mypy

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache

bench: $(VENV)/.installed  ## measure start-up, history at scale, logging, countdown accuracy, idle cost
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks --markdown bench-results.md
