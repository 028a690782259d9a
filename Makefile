# Carefield — developer commands. Each target creates/updates .venv as needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench bench-quick translations clean

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

clean:
	rm -rf $(VENV) build dist *.egg-info
