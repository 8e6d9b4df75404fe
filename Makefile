# cafedesk: `make run` starts the app on the demo event, `make test` runs every check.
# Both set up .venv first (only when pyproject.toml changed since the last setup).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   := .run/demo.cafedesk

.PHONY: run test setup system-deps lint typecheck pytest bench translations installer package-deb test-installer clean

$(STAMP): pyproject.toml
	bash tools/ensure-system-deps.sh venv
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

setup: $(STAMP)

system-deps:
	bash tools/ensure-system-deps.sh test

run: setup
	@bash tools/ensure-system-deps.sh run
	@mkdir -p .run
	@test -f $(DEMO) || $(BIN)/cafedesk demo $(DEMO)
	$(BIN)/cafedesk $(DEMO)

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

pytest: setup system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test: lint pytest

bench: setup
	$(BIN)/python benchmarks/run_all.py

translations: setup
	bash tools/update-translations.sh

installer: setup
	$(BIN)/python -m pip install --quiet -e '.[build]'
	$(BIN)/python installers/make_icons.py build/icons
	$(BIN)/python installers/build_kernels.py build/kernels
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build installers/cafedesk.spec

# The .deb and a tarball of the frozen app (Linux).
package-deb: installer
	bash installers/linux/build-deb.sh

# Installs the .deb into this system with apt, uses it, removes it (root; about a minute).
# Not part of `make test`: it changes the system and needs the frozen build first.
test-installer: package-deb
	bash installers/test-deb.sh

clean:
	rm -rf $(VENV) .run build dist .pytest_cache .mypy_cache .ruff_cache
