# The two commands of the README: `make run` and `make test`. Both set up .venv themselves.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TS     := resources/translations/wijkdesk_nl.ts resources/translations/wijkdesk_en.ts
# Qt's own words missing from Qt's qtbase_nl.qm (written by hand, not by lupdate)
QT_EXTRA := resources/translations/qt_extra_nl.ts
QM     := $(TS:.ts=.qm) $(QT_EXTRA:.ts=.qm)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

DIST_STAMP := $(VENV)/.dist-installed
BUNDLE  := dist/wijkdesk/wijkdesk

.PHONY: run test bench lint translations update-translations screenshot system-deps clean \
        dist dist-test icons evening test-slow

run: $(STAMP) $(QM)
	$(PY) -m wijkdesk $(or $(FILE),--demo)

test: $(STAMP) $(QM)
	$(VENV)/bin/ruff check .
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n auto

# The long property runs (thousands of random evenings merged in random orders).
test-slow: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n auto -m slow

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

lint: $(STAMP)
	$(VENV)/bin/ruff check .

translations: $(QM)

# Re-extract the translatable strings from the code into the .ts files (then translate them).
update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find wijkdesk -name "*.py" | sort) -ts $(TS) -no-obsolete

# A whole evening, scripted, in a real window on a virtual screen at 1024x768 and 1920x1080:
# a picture of every step and every beamer screen in evening/SIZE/ (scripts/evening.py).
evening: $(STAMP) $(QM)
	PY=$(PY) sh scripts/evening.sh

screenshot: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshot.py docs/screenshot.png

# The Linux bundle: dist/wijkdesk-VERSION-linux-ARCH.tar.gz (installers/README.md).
dist: $(STAMP) $(QM) $(DIST_STAMP)
	PYTHON=$(PY) sh installers/build_linux.sh

# Run the built bundle's own executable through the main flows, without a screen.
dist-test:
	@test -x $(BUNDLE) || { echo "No bundle at $(BUNDLE): run make dist first"; exit 1; }
	cd "$${TMPDIR:-/tmp}" && QT_QPA_PLATFORM=offscreen $(CURDIR)/$(BUNDLE) --self-test

$(DIST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,dist]'
	@touch $(DIST_STAMP)

# The app icon's PNG sizes, .ico and .icns, from resources/icons/wijkdesk.svg (committed).
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/make_icons.py

system-deps:
	@sh scripts/system-deps.sh

$(STAMP): pyproject.toml
	@sh scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

clean:
	rm -rf $(VENV) resources/translations/*.qm .pytest_cache .ruff_cache build dist evening
