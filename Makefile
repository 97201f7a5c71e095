# hankeraportti: `make demo` and `make test` set everything up from this repository's own files.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.setup-stamp
DB     ?= demo.db
APT_PACKAGES := libvoikko1 voikko-fi tesseract-ocr tesseract-ocr-fin fonts-dejavu-core chromium

.PHONY: setup system-deps demo test train bench clean

setup: system-deps $(STAMP)

# Debian packages: the Finnish lemmatizer (Voikko), Tesseract OCR with its Finnish model for scans,
# the DejaVu fonts the test PDFs use, and Chromium for the browser tests. Installed only when missing.
system-deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" -ne 0 ]; then \
	    echo "error: missing Debian packages:$$missing; run: sudo apt-get update && sudo apt-get install -y$$missing" >&2; exit 1; \
	  fi; \
	  echo "installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	$(BIN)/python -c "import extractor.nlp as n; n.check_pipeline()"
	touch $(STAMP)

demo: setup
	$(BIN)/extractor ingest corpora/sample --db $(DB) || true
	$(BIN)/extractor serve --db $(DB)

test: setup
	$(BIN)/python -m pytest

# Ingest speed and memory on a generated corpus, against the naive baseline (prints figures).
bench: setup
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache $(DB)
