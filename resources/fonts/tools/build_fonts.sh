#!/usr/bin/env bash
# Rebuild the bundled fonts in resources/fonts/ from Debian 12 (bookworm) packages.
# Needs: apt-get (after `apt-get update`), dpkg, python with fontTools 4.68.0 (pyftsubset, cu2qu).
# Usage: bash resources/fonts/tools/build_fonts.sh [PYTHON]
#   PYTHON defaults to .venv/bin/python of the repo.
# Nothing is installed system-wide: packages are downloaded and unpacked in a temp dir.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
FONTS="$(dirname "$HERE")"
REPO="$(cd "$FONTS/../.." && pwd)"
PY="${1:-$REPO/.venv/bin/python}"

# Versions the bundled files were made from (README.md records them too).
declare -A WANT=(
  [fonts-inter]="4.0~beta7+ds-1"
  [fonts-noto-core]="20201225-1"
  [fonts-noto-cjk]="1:20220127+repack1-1"
)

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
for pkg in "${!WANT[@]}"; do
  apt-get download "$pkg=${WANT[$pkg]}"
done
for deb in ./*.deb; do dpkg -x "$deb" x; done
S="$WORK/x/usr/share/fonts"

# Inter and the Noto script faces: copied unmodified.
cp "$S/opentype/inter/Inter-Regular.otf" "$S/opentype/inter/Inter-Bold.otf" "$FONTS/inter/"
for s in Thai Khmer Lao Myanmar; do
  d="$FONTS/noto-sans-$(echo "$s" | tr 'A-Z' 'a-z')"
  cp "$S/truetype/noto/NotoSans$s-Regular.ttf" "$S/truetype/noto/NotoSans$s-Bold.ttf" "$d/"
done

# Noto Sans CJK JP: face 0 of the TTC, subset to JIS X 0208 + kana/punctuation/full-width/ASCII, then
# converted from CFF to TrueType outlines (otf2ttf.py says why: MuPDF and Ghostscript could not draw
# the CFF subset as WeasyPrint embeds it).
"$PY" "$HERE/jis0208_charset.py" > "$WORK/jis0208-unicodes.txt"
for w in Regular Bold; do
  "$PY" -m fontTools.subset "$S/opentype/noto/NotoSansCJK-$w.ttc" \
    --font-number=0 \
    --unicodes-file="$WORK/jis0208-unicodes.txt" \
    --layout-features=kern,palt \
    --name-IDs='*' --name-languages='*' --name-legacy \
    --notdef-outline \
    --output-file="$WORK/NotoSansCJKjp-$w.subset.otf"
  "$PY" "$HERE/otf2ttf.py" "$WORK/NotoSansCJKjp-$w.subset.otf" "$FONTS/noto-sans-cjk-jp/NotoSansCJKjp-$w.subset.ttf"
done

cd "$FONTS"
sha256sum -c SHA256SUMS
