# Quick start: `make run` opens the app on the workshop map; `make test` runs ruff and the suite.
# Both create .venv (from the machine's python3) when it is missing.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-test
RUN_STAMP := $(VENV)/.installed

.PHONY: run test lint bench fuzz clean dist dist-check translations

$(RUN_STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	touch $@

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@ $(RUN_STAMP)

# compileall: the editable install runs from src/, and with PYTHONDONTWRITEBYTECODE set Python
# would compile every module again at each start (0.3 s of the launch); an installed wheel
# has its .pyc files from pip
run: $(RUN_STAMP)
	$(PY) -m compileall -q src > /dev/null
	$(VENV)/bin/mindmap-app $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks tools

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not fuzz_long" $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) -m compileall -q src > /dev/null
	for b in benchmarks/*_bench.py; do QT_QPA_PLATFORM=offscreen $(PY) $$b || exit 1; done

fuzz: $(STAMP)
	QT_QPA_PLATFORM=offscreen FUZZ_LONG=1 $(PY) -m pytest -q -m fuzz tests

# The Linux bundle (PyInstaller, one folder, no Python needed) and its tarball under dist/.
# Not part of `make test` (it takes a minute and 150 MB); `make dist-check` smoke-tests it.
DIST_STAMP := $(VENV)/.installed-dist
VERSION = $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
TARBALL = dist/mindmap-app-$(VERSION)-linux-$(shell uname -m).tar.gz

$(DIST_STAMP): pyproject.toml $(RUN_STAMP)
	$(PY) -m pip install -q -e '.[dist]'
	touch $@

dist: $(DIST_STAMP)
	rm -rf dist/mindmap-app build/pyinstaller
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/mindmap-app.spec
	tar -C dist -czf $(TARBALL) mindmap-app
	@du -sh dist/mindmap-app $(TARBALL)

dist-check:
	bash tools/dist_check.sh

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info

# The catalogues of the second language: find the app's strings (code and running window),
# update src/mindmap_app/i18n/mindmap_LANG.ts and compile the .qm files (see README).
translations: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/i18n_catalogue.py
