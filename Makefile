# BackCoach: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test check lint bench clean bundle bundle-size icons screenshots install-desktop uninstall-desktop

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

check: $(VENV)/.installed  ## what CI runs: the desktop files and the bundle's smoke test, then the suite
	packaging/ci-check.sh
	$(MAKE) --no-print-directory test

lint: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet ruff mypy
	$(BIN)/python -m ruff check backcoach tests
	$(BIN)/python -m mypy

# Packaging (packaging/README-section.md says more).
$(VENV)/.bundle-tools: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	touch $@

bundle: $(VENV)/.bundle-tools  ## build the one-folder app into dist/BackCoach (no Python needed to run it)
	$(BIN)/python -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller \
		packaging/backcoach.spec

bundle-size: $(VENV)/.bundle-tools  ## compare the bundle's size with PyInstaller's defaults
	packaging/measure_bundle.sh $(BIN)/python

icons: $(VENV)/.installed  ## render assets/icons/backcoach.svg to the PNG, .ico and .icns files
	$(BIN)/python packaging/make_icons.py

screenshots: $(VENV)/.installed  ## remake docs/screenshots from a demo data folder (uses Xvfb)
	packaging/make_screenshots.sh $(BIN)/python

install-desktop:  ## add BackCoach to this user's application menu (the bundle if built, else .venv's)
	packaging/desktop-integration.sh install

uninstall-desktop:
	packaging/desktop-integration.sh uninstall

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache

bench: $(VENV)/.installed  ## measure start-up, history at scale, logging, countdown accuracy, idle cost
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks --markdown bench-results.md
