# GCEN Desktop — every target bootstraps .venv itself on a bare Debian machine with Python 3.11+.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Shared libraries the Qt wheels need that a minimal Debian lacks, the fonts PDF export embeds
# (Noto CJK covers Chinese, Korean, Japanese; DejaVu symbols, Arabic and Hebrew; Noto Color Emoji
# emoji), and poppler, which the tests use to read PDFs back.
QT_SYSTEM_LIBS := poppler-utils libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 \
	libdbus-1-3 libglib2.0-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
	libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 \
	libxcb-xkb1 libxrender1 libxi6 libsm6 libice6 fonts-noto-cjk fonts-dejavu-core fonts-noto-color-emoji
# The network hub's tests start a PostgreSQL of their own (Debian's server, run as its `postgres`
# user) and look at the hub's pages in a headless Chromium.
HUB_SYSTEM_PACKAGES := postgresql chromium chromium-driver

.PHONY: run test bench soak package wheel lint translations clean system-libs venv

# The app's translations (.qm) are build products: compiled for every run, so a chosen language shows.
run: venv translations
	$(VENV)/bin/gcen-desktop

test: venv
	QT_QPA_PLATFORM=offscreen $(PY) scripts/run_tests.py

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

bench: venv
	$(PY) -m pip install -q -e '.[bench]'
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.benchmarks.run_all

soak: venv
	QT_QPA_PLATFORM=offscreen GCEN_SOAK=1 $(PY) -m pytest -q tests/sync -m slow -p no:randomly

package: venv
	$(PY) -m pip install -q -e '.[package]'
	$(PY) packaging/build.py

# Compiles gcen_desktop/resources/translations/*.ts into the .qm beside them (git-ignored).
translations: venv
	$(PY) scripts/translations.py compile

# A wheel in dist/ that ships the compiled translations with the icons and the sample data.
wheel: venv translations
	$(PY) -m pip wheel . -w dist --no-deps --no-build-isolation -q

venv: $(STAMP)

$(STAMP): pyproject.toml Makefile
	@$(MAKE) --no-print-directory system-libs
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || { apt-get update -qq && apt-get install -y -qq python3-venv && $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,hub]'
	touch $(STAMP)

# Installs only what is missing, and only when we are root (otherwise it says what to install).
system-libs:
	@missing=""; for p in $(QT_SYSTEM_LIBS) $(HUB_SYSTEM_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "Installing system packages (Qt's libraries, the hub's PostgreSQL and Chromium):$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
		elif command -v sudo >/dev/null; then \
			sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
		else echo "Please install:$$missing"; fi; \
	fi

clean:
	rm -rf $(VENV) build dist .pytest_cache *.egg-info gcen_desktop/resources/translations/*.qm
