# BackCoach: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# The extras .venv gets: dev = the test tools and the lint tools (test: the test tools alone).
EXTRAS ?= dev
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' backcoach/__init__.py)
# Where `make install-desktop` puts a copy of the bundle for this user.
USER_APP_DIR ?= $(HOME)/.local/opt/backcoach
# The .deb's compression: xz (smallest, a minute or more) or gzip (seconds; CI uses it).
DEB_COMPRESSION ?= xz

.PHONY: run test suite check lint package-check bench clean dist bundle bundle-size deb icons \
	screenshots install-desktop uninstall-desktop translations bench-quick

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall when the project's metadata changes; the package itself is an editable install, with
# the test tools and the lint tools at the versions pyproject.toml's dev extra pins.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS)]'
	touch $@

run: $(VENV)/.installed  ## install into .venv and start the app
	$(BIN)/backcoach

test: lint suite  ## install into .venv, run the lint gates, then the whole suite headless

suite: $(VENV)/.installed  ## the whole suite headless, without the gates
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# The gates: each must be clean. ruff reads the whole repository (it skips what git ignores).
# lint-imports without its cache: a cached graph once outlived a moved module (it takes a second).
lint: $(VENV)/.installed  ## ruff, ruff's formatting, mypy and the import contracts
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

# What CI runs (.ci/run, which times each part): the gates first (quick), then the packaging
# checks, which install the Debian packages they and the suite need, build the sdist, the wheel,
# the bundle and the .deb and try them, so that the suite's tests of the built files run too.
check: lint package-check suite  ## what CI runs: the gates, the packaging checks, the suite

package-check: $(VENV)/.installed
	packaging/ci-check.sh

# Packaging (docs/packaging.md says more).
$(VENV)/.bundle-tools: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS),bundle]'
	touch $@

$(VENV)/.release-tools: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS),release]'
	touch $@

dist: $(VENV)/.release-tools  ## build the sdist and the wheel into dist/, checked as PyPI reads them
	rm -f dist/backcoach-$(VERSION).tar.gz dist/backcoach-$(VERSION)-*.whl
	$(BIN)/python -m build --quiet --outdir dist .
	$(BIN)/twine check --strict dist/backcoach-$(VERSION).tar.gz dist/backcoach-$(VERSION)-*.whl

# Built again when the app, its assets, the spec or the installed tools change.
BUNDLE_INPUTS := $(shell find backcoach assets -type f -not -path '*/__pycache__/*') \
	packaging/backcoach.spec packaging/backcoach_main.py packaging/third_party_notices.py

bundle: dist/BackCoach/BackCoach  ## build the one-folder app into dist/BackCoach (no Python needed to run it)

dist/BackCoach/BackCoach: $(BUNDLE_INPUTS) $(VENV)/.bundle-tools
	$(BIN)/python -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller \
		packaging/backcoach.spec

deb: dist/BackCoach/BackCoach  ## build dist/backcoach_<version>_<arch>.deb from the bundle; lintian checks it
	$(BIN)/python packaging/make_deb.py --compression $(DEB_COMPRESSION)
	@if command -v lintian >/dev/null; then \
		echo "lintian --fail-on error dist/backcoach_$(VERSION)_*.deb"; \
		lintian --fail-on error dist/backcoach_$(VERSION)_*.deb; \
	else echo "lintian is not installed (packaging/debian-packages.sh install deb)"; fi

bundle-size: $(VENV)/.bundle-tools  ## compare the bundle's size with PyInstaller's defaults
	packaging/measure_bundle.sh $(BIN)/python

icons: $(VENV)/.installed  ## render assets/icons/backcoach.svg to the PNG, .ico and .icns files
	$(BIN)/python packaging/make_icons.py

screenshots: $(VENV)/.installed  ## remake docs/screenshots from a demo data folder (uses Xvfb)
	packaging/make_screenshots.sh $(BIN)/python

# The menu entry starts a copy of the bundle, so that `make clean` or a new build cannot break it.
install-desktop: dist/BackCoach/BackCoach  ## copy the bundle to ~/.local/opt/backcoach and add it to your menu
	@case '$(USER_APP_DIR)' in /*/*) ;; *) echo "USER_APP_DIR must be a folder's absolute path"; exit 2;; esac
	rm -rf '$(USER_APP_DIR).new'
	mkdir -p "$$(dirname '$(USER_APP_DIR)')"
	cp -a dist/BackCoach '$(USER_APP_DIR).new'
	rm -rf '$(USER_APP_DIR)'
	mv '$(USER_APP_DIR).new' '$(USER_APP_DIR)'
	'$(USER_APP_DIR)/BackCoach' --install-desktop

uninstall-desktop:  ## remove what install-desktop added: the menu entry, the icons, the copy
	@case '$(USER_APP_DIR)' in /*/*) ;; *) echo "USER_APP_DIR must be a folder's absolute path"; exit 2;; esac
	if [ -x '$(USER_APP_DIR)/BackCoach' ]; then '$(USER_APP_DIR)/BackCoach' --uninstall-desktop; \
	else $(BIN)/python -m backcoach --uninstall-desktop; fi
	rm -rf '$(USER_APP_DIR)'

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis \
		.import_linter_cache

translations: $(VENV)/.installed  ## update the .ts files from the code and build the .qm files (docs/translating.md)
	$(BIN)/python -m backcoach.tools.translations

# The generated histories (up to 300,000 sessions) are cached for the day in ~/.cache/backcoach-bench.
bench: $(VENV)/.installed  ## measure start-up, history at scale, logging, countdown accuracy, idle cost
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks --markdown bench-results.md

bench-quick: $(VENV)/.installed  ## the same figures at fewer sizes and shorter runs (a few minutes)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks --quick --runs 3 --markdown bench-results.md
