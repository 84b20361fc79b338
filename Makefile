# Two commands: `make run` (set up, build, serve on 127.0.0.1:8001) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
CORPUS := corpus
DB := build/ncnd.db
PORT ?= 8001

.PHONY: run test build bench bench-serve soak serve clean install install-dev

run: build
	$(BIN)/ncnd serve --db $(DB) --port $(PORT)

# Incremental: an unchanged corpus is not parsed again.
build: $(VENV)/.runtime
	$(BIN)/ncnd build --corpus $(CORPUS) --db $(DB)
	$(BIN)/datasette inspect $(DB) --inspect-file build/inspect-data.json

test: $(VENV)/.dev
	$(BIN)/python -m pytest

# Build speed at 10k and 100k notices against a bare load, then family precision/recall at 10k.
bench: $(VENV)/.dev
	$(BIN)/python bench/run.py
	$(BIN)/python bench/families.py --corpus bench/out/corpus-10000 --truth bench/out/truth-10000.jsonl

# 60 s of loopback load at 32 connections with abusive SQL and builds running; prints p50/p95, errors, peak RSS.
soak: $(VENV)/.dev
	$(BIN)/python bench/soak.py --seconds 60 --connections 32

# The site under load at 10k and 100k notices: ncnd serve against plain Datasette on the same database.
bench-serve: $(VENV)/.dev
	$(BIN)/python bench/serve.py

install: $(VENV)/.runtime
install-dev: $(VENV)/.dev

$(VENV)/.created:
	$(PYTHON) -m venv $(VENV)
	touch $@

$(VENV)/.runtime: $(VENV)/.created requirements.txt constraints.txt pyproject.toml
	$(BIN)/pip install --quiet -r requirements.txt -c constraints.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(BIN)/pip install --quiet -r requirements-dev.txt -c constraints.txt
	touch $@

clean:
	rm -rf build
