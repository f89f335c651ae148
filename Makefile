# BackCoach: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test check lint package-check bench clean bundle bundle-size icons screenshots \
	install-desktop uninstall-desktop

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall when the project's metadata changes; the package itself is an editable install, with
# the test tools and the lint tools at the versions pyproject.toml's dev extra pins.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

run: $(VENV)/.installed  ## install into .venv and start the app
	$(BIN)/backcoach

test: lint  ## install into .venv, run the lint gates, then the whole suite headless
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The gates: each must be clean. ruff reads the whole repository (it skips what git ignores).
# lint-imports without its cache: a cached graph once outlived a moved module (it takes a second).
lint: $(VENV)/.installed  ## ruff, ruff's formatting, mypy and the import contracts
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

# CI runs this (.ci/run): the gates first (quick), then the packaging checks, which install the
# Debian tools the suite needs and build the bundle, so the suite's bundle tests run too.
check: lint package-check test  ## what CI runs: the gates, the packaging checks and the bundle, the suite

package-check: $(VENV)/.installed
	packaging/ci-check.sh

# Packaging (packaging/README-section.md says more).
$(VENV)/.bundle-tools: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[dev,bundle]'
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
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

bench: $(VENV)/.installed  ## measure start-up, history at scale, logging, countdown accuracy, idle cost
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks --markdown bench-results.md
