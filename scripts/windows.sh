#!/usr/bin/env bash
# Windows, proven here: cross-builds Spinewise for Windows (x86_64-pc-windows-gnu,
# linked by mingw-w64), then runs the core's tests and the shell's command tests
# (Tauri's mock runtime: no WebView2 needed) as Windows programs under Wine.
#
#   scripts/windows.sh          (scripts/test.sh runs it; setup.sh installs what it needs)
#
# Left out, and why: the crash harness and the read-only-folder test are Unix by
# nature (SIGKILL, running as another user) and compile to nothing on Windows;
# the PDF test needs Chromium and poppler, Linux-only here; the real-window tests
# need WebView2, which Wine does not provide. docs/release.md says what is proven
# where.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

target=x86_64-pc-windows-gnu
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
# `cargo test --target` then runs each test program through Wine.
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=wine
export WINEDEBUG=-all
# A Wine prefix of the project's own, so nothing outside target/ changes.
export WINEPREFIX="$PWD/target/wine"
# The tests read the system's language the way Windows reports it ("en-GB").
# Wine takes it from the Linux locale, and turns Windows file names into Linux
# ones with it too, so the locale must exist (setup.sh makes it) and be UTF-8.
export LANG=en_GB.UTF-8 LC_ALL=en_GB.UTF-8 SPINEWISE_EXPECT_REGION=GB
# No window may open: Wine needs no display for console programs.
unset DISPLAY

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Rust's standard library takes random numbers from ProcessPrng
# (bcryptprimitives.dll), which Wine 8 lacks: a small stand-in built from
# source here (packaging/windows/wine/) gives it.
shim=target/wine-shim/bcryptprimitives.dll
mkdir -p "$(dirname "$shim")"
x86_64-w64-mingw32-gcc -shared -O2 -o "$shim" \
  packaging/windows/wine/bcryptprimitives.c packaging/windows/wine/bcryptprimitives.def -ladvapi32
if [ ! -d "$WINEPREFIX/drive_c/windows/system32" ]; then
  say "Making the Wine prefix (first run only)"
  wineboot --init >/dev/null 2>&1 || true
  wineserver --wait || true
fi
cp "$shim" "$WINEPREFIX/drive_c/windows/system32/"
# One Wine server for the whole run. Without it, each test program starts a
# server that quits three seconds after its last program; a program starting
# in that moment loses its connection ("wine client error: recvmsg: Connection
# reset by peer") and fails a test that did nothing wrong (CI at stop 24).
wineserver --persistent
trap 'wineserver --kill || true' EXIT

say "Cross-building spinewise.exe for Windows"
started=$(date +%s)
cargo build --locked --target "$target" -p spinewise
exe="target/$target/debug/spinewise.exe"
test -s "$exe"
file "$exe" | grep -q 'PE32+ executable.*x86-64.*MS Windows' || { file "$exe"; echo "not a 64-bit Windows program" >&2; exit 1; }
echo "built $exe ($(du -h "$exe" | cut -f1)) in $(( $(date +%s) - started )) s"
# The shell links WebView2's small loader DLL (beside the exe): the test
# programs, elsewhere in target/, find it in the prefix's system folder. The
# mock runtime never calls it.
cp "target/$target/debug/WebView2Loader.dll" "$WINEPREFIX/drive_c/windows/system32/"

say "Clippy on the Windows build (code behind cfg(windows) is linted only there)"
cargo clippy --locked --target "$target" --workspace --all-targets -- -D warnings

say "The core's and the shell's tests, as Windows programs under Wine"
started=$(date +%s)
cargo test --locked --target "$target" -p spinewise-core -p spinewise
echo "Windows tests took $(( $(date +%s) - started )) s"
