# Two commands set everything up: `make run` starts the studio, `make test` runs the whole suite.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
VOICES := voices/kokoro/.installed
PORT ?= 8501

.PHONY: setup run test test-fast benchmark browser train-text train-speech clean

setup: $(INSTALLED) $(VOICES)

$(INSTALLED): requirements.txt requirements-no-deps.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps -r requirements-no-deps.txt
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(VOICES): voices/kokoro/SHA256SUMS voices/fetch_kokoro_voices.sh
	voices/fetch_kokoro_voices.sh
	touch $@

# Debian's Chromium for the browser tests (Playwright drives it; it never downloads a browser).
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-color-emoji >/dev/null; }

run: setup
	$(PY) -m app demo --first-start
	$(VENV)/bin/streamlit run app/studio/main.py --server.port $(PORT) --server.headless true \
		--browser.gatherUsageStats false

test: setup browser
	$(PY) -m pytest

test-fast: setup
	$(PY) -m pytest -m "not browser"

benchmark: setup
	$(PY) -m benchmarks.render_rtf

train-text: setup
	$(PY) -m engine.training.text_finetune

train-speech: setup
	$(PY) -m engine.training.speech_emotion

clean:
	rm -rf $(VENV) .pytest_cache
