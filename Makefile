# gov-desktop developer commands. `make run` starts the demo app, `make test` is what CI runs.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV ?= .venv
PYTHON ?= python3
PYTEST_WORKERS ?= 2
# wildcard: bench/ is absent from a fresh clone while it holds no files
LINT_PATHS := $(wildcard src tests bench)
TYPED_PATHS := src/gov_desktop/core src/gov_desktop/store

BIN := $(VENV)/bin
VPY := $(BIN)/python
# Stamps live inside the venv: a fresh venv reinstalls, and so does any change to pyproject.toml.
STAMP_RUN := $(VENV)/.installed-run
STAMP_DEV := $(VENV)/.installed-dev
STAMP_PKG := $(VENV)/.installed-package

export PIP_DISABLE_PIP_VERSION_CHECK := 1
PIP := $(VPY) -m pip install --quiet

.PHONY: help run test test-fast lint typecheck format package clean distclean venv dev-env system-deps-run system-deps-test translations

help:
	@echo "make run        install the app into $(VENV) and start the demo (gov-desktop --demo)"
	@echo "make test       lint + type check + the whole test suite (what CI runs)"
	@echo "make test-fast  the test suite only"
	@echo "make lint       ruff check + mypy (the static part of make test)"
	@echo "make typecheck  mypy on core and store (strict)"
	@echo "make format     ruff format (and import sorting)"
	@echo "make package    build the app and server bundles into dist/ (packaging/build.sh)"
	@echo "make clean      remove caches and build output (distclean also removes $(VENV))"

# --- environments -------------------------------------------------------------------------------

$(VPY):
	$(PYTHON) -m venv $(VENV)

venv: $(VPY)

$(STAMP_RUN): pyproject.toml | $(VPY)
	$(PIP) -e .
	@touch $@

# The dev install is a superset of the run install, so it refreshes both stamps.
$(STAMP_DEV): pyproject.toml | $(VPY)
	$(PIP) -e ".[dev]"
	@touch $@ $(STAMP_RUN)

# the server extra too: the county server bundle is built from the same environment
$(STAMP_PKG): pyproject.toml | $(VPY)
	$(PIP) -e ".[package,server]"
	@touch $@ $(STAMP_RUN)

dev-env: $(STAMP_DEV)

system-deps-run:
	@bash scripts/ensure-system-deps.sh run

system-deps-test:
	@bash scripts/ensure-system-deps.sh test

# --- everyday targets ---------------------------------------------------------------------------

# UI translations: resources/translations/*.ts -> .qm (build output); `scripts/build-translations.sh update`
# re-scans the sources for new texts
translations: $(STAMP_RUN)
	VENV="$(VENV)" bash scripts/build-translations.sh

run: $(STAMP_RUN) system-deps-run translations
	$(BIN)/gov-desktop --demo

# Sequential on purpose: static checks first, the pytest summary last (CI reads its closing line).
test: $(STAMP_DEV) system-deps-test translations
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/mypy $(TYPED_PATHS)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n $(PYTEST_WORKERS)

test-fast: $(STAMP_DEV) system-deps-test translations
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n $(PYTEST_WORKERS)

lint: $(STAMP_DEV)
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/mypy $(TYPED_PATHS)

typecheck: $(STAMP_DEV)
	$(BIN)/mypy $(TYPED_PATHS)

format: $(STAMP_DEV)
	$(BIN)/ruff check --select I --fix --quiet $(LINT_PATHS)
	$(BIN)/ruff format $(LINT_PATHS)

# dist/gov-desktop/ and dist/gov-desktop-server/ (PyInstaller one-folder bundles), smoke-tested;
# `make package PACKAGE_ARGS=--archive` also packs dist/gov-desktop-VERSION-linux-ARCH.tar.gz
package: $(STAMP_PKG) system-deps-run translations
	VENV="$(VENV)" bash packaging/build.sh $(PACKAGE_ARGS)

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis src/*.egg-info
	find $(LINT_PATHS) -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
