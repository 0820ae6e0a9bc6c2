#!/usr/bin/env bash
# Installs what is missing, builds Spinewise and opens it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh app
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: Spinewise is a desktop app. Run it from a desktop session (or under xvfb-run)." >&2
  exit 1
fi
# `tauri dev` builds the app and opens its window; it rebuilds when the code changes.
exec npx --no-install tauri dev
