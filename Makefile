# Carefield — developer commands. Each target creates/updates .venv as needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DIST_STAMP := $(VENV)/.dist-installed

.PHONY: run test lint bench bench-quick translations dist deb clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[server,test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/carefield $(ARGS)

test: $(STAMP)
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench

bench-quick: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench --quick

translations: $(STAMP)
	$(BIN)/pyside6-lupdate -locations relative -no-obsolete $$(find ui -name '*.py' | sort) -ts resources/translations/carefield_es.ts
	$(BIN)/pyside6-lrelease resources/translations/carefield_es.ts -qm resources/translations/carefield_es.qm

# PyInstaller goes into .venv only for these targets (the "dist" extra).
$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	touch $(DIST_STAMP)

# The desktop app as one folder, dist/carefield/ (installer/README.md); checked: every app module and
# every library it needs is there. Try it with dist/carefield/carefield --self-test.
dist: $(DIST_STAMP)
	rm -rf dist/carefield build/pyinstaller
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller installer/carefield.spec
	$(BIN)/python installer/check_modules.py build/pyinstaller/carefield/PYZ-00.toc
	$(BIN)/python installer/linux/system_libs.py dist/carefield

# dist/carefield_<version>_<arch>.deb from that folder, built first if missing (`make dist deb` builds once;
# DEB_COMPRESSION=xz for a smaller package, slowly).
deb: $(DIST_STAMP)
	test -x dist/carefield/carefield || $(MAKE) dist
	PYTHON=$(BIN)/python bash installer/linux/build_deb.sh dist/carefield dist

clean:
	rm -rf $(VENV) build dist *.egg-info
