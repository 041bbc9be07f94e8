#!/bin/sh
# Regenerates every rendering of the app icon from cosell-studio.svg: the PNG sizes, the Windows .ico,
# the macOS .icns, and the copies the window loads from the jar. Run from anywhere: icons/render.sh
# Needs rsvg-convert (librsvg2-bin), convert (ImageMagick) and png2icns (icnsutils); see README.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/cosell-studio.svg"
png="$here/png"
window="$here/../src/main/resources/com/cosellstudio/app"

for tool in rsvg-convert convert png2icns; do
    command -v "$tool" >/dev/null 2>&1 || { echo "render.sh: $tool is missing; see icons/README.md" >&2; exit 2; }
done

mkdir -p "$png"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" --format png "$svg" --output "$png/cosell-studio-$size.png"
done

# Windows picks the size nearest the place it draws (title bar, taskbar, Explorer views).
convert "$png/cosell-studio-16.png" "$png/cosell-studio-24.png" "$png/cosell-studio-32.png" \
    "$png/cosell-studio-48.png" "$png/cosell-studio-64.png" "$png/cosell-studio-128.png" \
    "$png/cosell-studio-256.png" "$here/cosell-studio.ico"

# The sizes an .icns holds (24 and 64 have no slot in the format).
png2icns "$here/cosell-studio.icns" "$png/cosell-studio-16.png" "$png/cosell-studio-32.png" \
    "$png/cosell-studio-48.png" "$png/cosell-studio-128.png" "$png/cosell-studio-256.png" \
    "$png/cosell-studio-512.png" >/dev/null

for size in 16 32 48 256; do
    cp "$png/cosell-studio-$size.png" "$window/icon-$size.png"
done
echo "render.sh: icons regenerated in $here"
