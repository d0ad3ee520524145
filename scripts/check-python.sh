#!/usr/bin/env bash
# Python package check, run by .ci/run after the workspace's tests: installs
# the `mlirrl` package from ./mlirrl-py the way the README says (pip, which
# builds the extension with maturin), then runs its pytest suite, which
# compares it with the `mlirrl` binary the tests built.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install --quiet --disable-pip-version-check ./mlirrl-py pytest
MLIRRL_BIN="$PWD/target/debug/mlirrl" python3 -m pytest -q mlirrl-py/tests
