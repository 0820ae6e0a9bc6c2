#!/usr/bin/env bash
# Draws every icon Tauri needs from the SVG sources:
#   spinewise.svg        the mark, for 32 px and up (Linux, macOS, Windows, stores)
#   spinewise-small.svg  the same mark on a 16 px grid, for the 16 and 24 px layers
#                        of the Windows .ico (taskbar, title bar, file lists),
#                        where the full drawing blurs into a grey stripe.
# Needs the Tauri CLI (npm ci) and ImageMagick.
set -euo pipefail
cd "$(dirname "$0")/.."

npx tauri icon icons/spinewise.svg -o icons
# Mobile icons: Spinewise is a desktop app.
rm -rf icons/android icons/ios

small=$(mktemp -d)
trap 'rm -rf "$small"' EXIT
npx tauri icon icons/spinewise-small.svg -o "$small" -p 16 -p 24
# The .ico keeps its 32 to 256 px layers and takes the small drawing below them.
convert "$small/16x16.png" "$small/24x24.png" \
  'icons/icon.ico[2]' 'icons/icon.ico[3]' 'icons/icon.ico[4]' 'icons/icon.ico[5]' "$small/icon.ico"
mv "$small/icon.ico" icons/icon.ico
