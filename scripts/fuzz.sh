#!/usr/bin/env bash
# Fuzzes the plan document, triage answers, routine file and photo parsers for a bounded
# time each (default 60 s): scripts/fuzz.sh [seconds] [target...]. Runs on
# the stable toolchain without a sanitizer (-s none), optimised with debug
# assertions and overflow checks kept on (-O -a): Rust's own checks catch
# panics and overflows, and the targets assert what must hold. The seeds are
# the test fixtures themselves (plan files of every version; the calm answers
# and every vignette's complete answers). A failing input is saved under
# core/fuzz/artifacts/ and printed.
set -euo pipefail
cd "$(dirname "$0")/../core"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(plan_document triage_answers routine_file photo)
export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked --quiet

# The triage fuzzer starts from every vignette's complete answers, written
# out by the vignette test, so it begins at every sign and combination.
triage_seeds=$(mktemp -d)
SPINEWISE_FUZZ_SEEDS="$triage_seeds" cargo test --locked -q --test triage_vignettes write_fuzz_seeds_when_asked >/dev/null
cp tests/cases/triage/calm.json "$triage_seeds/"
trap 'rm -rf "$triage_seeds"' EXIT

seeds_of() {
  case "$1" in
    plan_document) echo tests/fixtures ;;
    triage_answers) echo "$triage_seeds" ;;
    routine_file) echo tests/fixtures/routines ;;
    photo) echo tests/fixtures/photos ;;
  esac
}

for target in "${targets[@]}"; do
  corpus=$(mktemp -d)
  echo "==> fuzzing $target for ${seconds}s"
  # New inputs go to the scratch corpus; the committed seeds are only read.
  set +e
  cargo fuzz run -s none -O -a --target-dir "${CARGO_TARGET_DIR:-../target}/fuzz" "$target" "$corpus" "$(seeds_of "$target")" -- \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -print_final_stats=1 2>&1 |
    awk '/panicked/ { print; getline; print; next }
         /^(#[0-9]+.*DONE|stat::number_of_executed_units|==|Done)|SUMMARY|Test unit written/ { print }'
  status=${PIPESTATUS[0]}
  set -e
  rm -rf "$corpus"
  if [ "$status" -ne 0 ]; then
    echo "fuzzing $target failed; the input is in core/fuzz/artifacts/$target/" >&2
    exit "$status"
  fi
done
