# Rapport: the commands people type. `make help` lists them.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Tools that nbgrader and jupyter start by name (alembic, kernels) come from the venv too.
export PATH := $(abspath $(BIN)):$(PATH)
# Extra arguments for JupyterLab, e.g. `make lab LAB_ARGS=--no-browser` or `LAB_ARGS=--port=9999`.
LAB_ARGS ?=
# Extra arguments for Voila, e.g. `make tracker VOILA_ARGS=--port=8867`.
VOILA_ARGS ?=
# Extra arguments for `make grade`, e.g. GRADE_ARGS="--workers 4 --resume".
GRADE_ARGS ?=
# Extra arguments for pytest, e.g. `make test PYTEST_ARGS="-k nbgrader"`.
PYTEST_ARGS ?=
ASSIGNMENTS := $(notdir $(wildcard solutions/*))

# Where `make workshop` listens: WORKSHOP_IP=0.0.0.0 serves a room (default: this machine only).
WORKSHOP_IP ?= 127.0.0.1
WORKSHOP_PORT ?= 8000
# Extra arguments for `rapport workshop start`, e.g. WORKSHOP_ARGS="--roster class.csv".
WORKSHOP_ARGS ?=

.PHONY: help runtime venv lock test-fast lab tracker test lint format clean-nbs release grade slides sample-data bench clean fit-coach workshop workshop-stop

help:  ## list the commands
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

# The exact versions the suite last passed with; `make lock` refreshes it (see README).
LOCK := requirements/constraints.txt
PIP_INSTALL = $(BIN)/python -m pip install --quiet -c $(LOCK)

$(BIN)/python:
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Rapport needs Python 3.11 or newer; set PYTHON=python3.11"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Learners get the runtime only; developers and CI add the test tools. Each set is (re)installed
# when pyproject.toml or the lock changes; a stamp records it.
$(BIN)/.installed-runtime: pyproject.toml $(LOCK) | $(BIN)/python
	$(PIP_INSTALL) -e .
	$(BIN)/python -m pip check
	touch $@

$(BIN)/.installed-test: pyproject.toml $(LOCK) | $(BIN)/python
	$(PIP_INSTALL) -e ".[test]"
	$(BIN)/python -m pip check
	touch $@ $(BIN)/.installed-runtime

runtime: $(BIN)/.installed-runtime  ## create or update .venv with what learners need (no test tools)

venv: $(BIN)/.installed-test  ## create or update .venv with the project and its test tools

# JupyterHub for `make workshop` and the hub tests; `make lab` does not need it.
$(BIN)/.installed-workshop: pyproject.toml $(LOCK) | $(BIN)/python
	$(PIP_INSTALL) -e ".[test,workshop]"
	$(BIN)/python -m pip check
	touch $@ $(BIN)/.installed-test $(BIN)/.installed-runtime

lock:  ## re-resolve every dependency from scratch and record the exact versions in the lock file
	rm -rf build/lock-venv && $(PYTHON) -m venv build/lock-venv
	build/lock-venv/bin/python -m pip install --quiet --upgrade pip
	build/lock-venv/bin/python -m pip install --quiet -e ".[test,workshop]"
	build/lock-venv/bin/python -m pip check
	{ echo "# Exact versions the suite passed with (Python $$(build/lock-venv/bin/python -c 'import platform; print(platform.python_version())'), Linux)."; \
	  echo "# Used as pip constraints by make runtime/venv. Refresh: make lock, then make test."; \
	  build/lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^-e '; } > $(LOCK)
	rm -rf build/lock-venv
	@echo "wrote $(LOCK); run make test before committing it"

lab: runtime  ## copy the workbook into your workspace (outside the kit) and open JupyterLab there
	$(BIN)/rapport lab $(LAB_ARGS)

tracker: runtime  ## the weekly tracker as a standalone app (Voila; prints the URL)
	$(BIN)/voila apps/tracker.ipynb --Voila.ip=127.0.0.1 --no-browser $(VOILA_ARGS)

lint: venv  ## ruff lint and format check, and notebooks must be clean
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/rapport clean-nbs --check

test: lint $(BIN)/.installed-workshop  ## the whole suite: lint, unit, notebook, nbgrader, browser, hub
	$(BIN)/python -m pytest $(PYTEST_ARGS)

workshop: $(BIN)/.installed-workshop  ## start a JupyterHub for a room (as root); prints URL and logins
	$(BIN)/rapport workshop start --ip $(WORKSHOP_IP) --port $(WORKSHOP_PORT) $(WORKSHOP_ARGS)

workshop-stop: runtime  ## stop the workshop hub and every learner's server (files are kept)
	$(BIN)/rapport workshop stop

test-fast: venv  ## the unit layer only (no notebooks, nbgrader runs or browser)
	$(BIN)/python -m pytest -m "not notebook and not nbgrader and not browser and not slow" $(PYTEST_ARGS)

format: venv  ## apply ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean-nbs: venv  ## strip outputs and volatile metadata from every notebook
	$(BIN)/rapport clean-nbs

release: venv  ## regenerate exercises/ from solutions/ with nbgrader
	@for a in $(ASSIGNMENTS); do \
		$(BIN)/nbgrader generate_assignment "$$a" --force \
			--CourseDirectory.db_url=sqlite:///$$(mktemp -d)/release.db || exit 1; \
	done
	$(BIN)/rapport clean-nbs exercises

# The sample class is graded in its own demo course, so it never enters the real gradebook.
DEMO_COURSE ?= build/demo-course
grade: venv  ## grade the bundled sample class in a demo course (build/demo-course/graded/)
	$(BIN)/python -m rapport.grading.samples --demo-course $(DEMO_COURSE)
	$(BIN)/rapport grade 01-first-look samples/submitted --course $(DEMO_COURSE) \
		--timeout-cell 10 $(GRADE_ARGS)

slides: venv  ## build the opening talk as offline reveal.js slides in build/slides/
	$(BIN)/python -m rapport.slides docs/slides/opening-talk.ipynb --out build/slides

sample-data: venv  ## regenerate the bundled fictional sample exports
	$(BIN)/rapport sample-data --out rapport/data

fit-coach: venv  ## refit the message coach's weights on the dev sets (rapport/data/coach_weights.json)
	$(BIN)/python -m rapport.messages.fit

bench: venv  ## run the performance comparisons in benchmarks/
	@for b in benchmarks/*.py; do echo "== $$b"; $(BIN)/python "$$b" || exit 1; done

clean:  ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis build *.egg-info
