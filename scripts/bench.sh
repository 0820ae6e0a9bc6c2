#!/usr/bin/env bash
# The performance benchmark, in one command: installs what is missing, builds
# Spinewise and a bare Tauri app with the same Tauri crates, measures both side
# by side and writes bench/report.md (and bench/report.json). About 20 minutes,
# 10 of them a real session. Options: --runs N (start-ups), --clock-minutes M.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
export PATH="$HOME/.cargo/bin:$PATH"
node bench/bench.mjs "$@"
