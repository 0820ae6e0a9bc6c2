#!/usr/bin/env bash
# Installs what is missing and runs every test: the core's unit, property and
# documentation tests, the command tests on Tauri's mock runtime, then the
# end-to-end tests that drive the real app window under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "Rust tests (core and shell)"
cargo test --workspace --locked

step "Building the app for the end-to-end tests"
cargo build --locked -p spinewise

step "End-to-end tests in the real window (screenshots in target/e2e-artifacts/)"
rm -rf target/e2e-artifacts
node --test --test-concurrency=1 --test-timeout=180000 tests/e2e/
