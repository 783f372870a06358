# Forecourt: `make run` starts everything on embedded services; `make test` runs every check.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
WEB := web-admin
WEB_STAMP := $(WEB)/node_modules/.installed-stamp
WEB_SOURCES := $(shell [ -d $(WEB)/src ] && find $(WEB)/src $(WEB)/index.html $(WEB)/vite.config.ts $(WEB)/package.json schema.graphql -type f 2>/dev/null)
export XDG_RUNTIME_DIR ?= /tmp/forecourt-runtime-$(shell id -u)

.PHONY: install run test pytest lint schema schema-check web web-test e2e bench clean coverage miniprogram-test

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)
	@mkdir -p -m 700 $(XDG_RUNTIME_DIR)

run: install web
	$(BIN)/forecourt demo

# --- the admin console -------------------------------------------------------------------------
$(WEB_STAMP): $(WEB)/package.json $(WEB)/package-lock.json
	cd $(WEB) && npm ci --no-audit --no-fund
	@touch $(WEB_STAMP)

$(WEB)/dist/index.html: $(WEB_STAMP) $(WEB_SOURCES)
	cd $(WEB) && npm run build

web:
	@if [ -f $(WEB)/package.json ]; then $(MAKE) --no-print-directory $(WEB)/dist/index.html; fi

web-test: install
	@if [ -f $(WEB)/package.json ]; then \
		$(MAKE) --no-print-directory $(WEB)/dist/index.html && \
		cd $(WEB) && npm run codegen:check && npm test && bash scripts/ensure-browser.sh && npm run e2e; \
	fi

# --- the drivers' mini-program --------------------------------------------------------------------
MP := miniprogram
MP_STAMP := $(MP)/node_modules/.installed-stamp

$(MP_STAMP): $(MP)/package.json $(MP)/package-lock.json
	cd $(MP) && npm ci --no-audit --no-fund
	@touch $(MP_STAMP)

# documents validated against schema.graphql and the manifest fresh, tsc, the project check (what WeChat
# DevTools would refuse: scripts/project-check.mjs), component tests, the package's size,
# then the harness: the one-tap fueling flow against `forecourt demo`
miniprogram-test: install
	@if [ -f $(MP)/package.json ]; then \
		$(MAKE) --no-print-directory $(MP_STAMP) && \
		cd $(MP) && npm run documents:check && npm run vendor:check && npm run build && npm run check && npm test && \
		npm run size && npm run harness; \
	fi

# --- checks --------------------------------------------------------------------------------------
lint: install
	$(BIN)/ruff check api workers pump_link tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports
	@$(MAKE) --no-print-directory schema-check

schema: install
	$(BIN)/forecourt export-schema > schema.graphql

schema-check: install
	@$(BIN)/forecourt export-schema | diff -u schema.graphql - \
		|| (echo "schema.graphql is stale: run 'make schema'"; exit 1)

pytest: install
	$(BIN)/python -m pytest -q

test: lint pytest web-test miniprogram-test

bench: install
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) .data $(WEB)/node_modules $(WEB)/dist $(MP)/node_modules $(MP)/build

coverage: install
	$(BIN)/coverage run --include='pump_link/protocol/*' -m pytest -q tests/pump_link
	$(BIN)/coverage report -m --fail-under=100
