#!/usr/bin/env bash
# Regenerates the platform icons from the one source, assets/icon.svg.
# Needs: rsvg-convert (librsvg2-bin), convert (imagemagick), png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for s in 16 32 48 64 128 256 512; do rsvg-convert -w $s -h $s assets/icon.svg -o "$tmp/icon-$s.png"; done
cp "$tmp/icon-512.png" packaging/linux/activemat.png
cp "$tmp/icon-256.png" src/main/resources/org/activemat/ui/icon.png 2>/dev/null || { mkdir -p src/main/resources/org/activemat/ui; cp "$tmp/icon-256.png" src/main/resources/org/activemat/ui/icon.png; }
convert "$tmp/icon-16.png" "$tmp/icon-32.png" "$tmp/icon-48.png" "$tmp/icon-64.png" "$tmp/icon-256.png" packaging/windows/activemat.ico
png2icns packaging/macos/activemat.icns "$tmp/icon-16.png" "$tmp/icon-32.png" "$tmp/icon-128.png" "$tmp/icon-256.png" "$tmp/icon-512.png" >/dev/null
echo "icons written: packaging/linux/activemat.png packaging/windows/activemat.ico packaging/macos/activemat.icns src/main/resources/org/activemat/ui/icon.png"
