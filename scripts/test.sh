#!/usr/bin/env bash
# Installs what is missing and runs every test: the format and lint gates, the core's unit, property
# and documentation tests, the command tests on Tauri's mock runtime, the same two cross-built for
# Windows and run under Wine, the end-to-end tests that drive the real app window under Xvfb, then
# the Linux installers: built, validated, installed, launched and removed; last, the mutants, which
# show that the proofs fail on builds broken on purpose.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "Format and lint: rustfmt, clippy, Biome, and TypeScript on the UI's JSDoc"
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings
npx biome ci .
npx tsc -p .

step "Workflows and packaging metadata"
node --test tests/tooling/

step "Rust tests (core and shell)"
cargo test --workspace --locked

step "Windows: the app cross-built, and the Rust tests run as Windows programs under Wine"
bash scripts/windows.sh

step "Fuzzing the plan document, triage answers, routine file and photo parsers, 60 s each"
bash scripts/fuzz.sh 60

step "Building the app for the end-to-end tests"
cargo build --locked -p spinewise

step "End-to-end tests in the real window (screenshots in target/e2e-artifacts/)"
rm -rf target/e2e-artifacts
node --test --test-concurrency=1 --test-timeout=180000 tests/e2e/

step "Building the Linux installers (.deb and .rpm)"
npx tauri build --ci --bundles deb,rpm

step "Installer tests: validators, then install, launch and uninstall the .deb"
node --test --test-concurrency=1 --test-timeout=300000 tests/installer/

step "Mutants: each proof must fail on a build broken the way it is meant to catch"
node tests/mutants/run.mjs
