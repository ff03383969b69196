# The two commands of the README: `make run` and `make test`. Both set up .venv themselves.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TS     := resources/translations/wijkdesk_nl.ts resources/translations/wijkdesk_en.ts
QM     := $(TS:.ts=.qm)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test bench lint translations update-translations screenshot system-deps clean

run: $(STAMP) $(QM)
	$(PY) -m wijkdesk $(or $(FILE),--demo)

test: $(STAMP) $(QM)
	$(VENV)/bin/ruff check .
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

lint: $(STAMP)
	$(VENV)/bin/ruff check .

translations: $(QM)

# Re-extract the translatable strings from the code into the .ts files (then translate them).
update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find wijkdesk -name "*.py" | sort) -ts $(TS) -no-obsolete

screenshot: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshot.py docs/screenshot.png

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
	rm -rf $(VENV) resources/translations/*.qm .pytest_cache .ruff_cache
