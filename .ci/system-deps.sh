#!/usr/bin/env bash
# Check the system libraries Qt and WeasyPrint need; on Debian/Ubuntu install missing ones with
# apt-get when running as root, otherwise print the exact command to run. Called by `make`.
set -euo pipefail

# WeasyPrint: Pango (text layout) and fontconfig. Qt: EGL/GL, xkbcommon, fontconfig, D-Bus and the xcb
# libraries its desktop platform plugin loads (the offscreen plugin used by tests needs none of them).
# poppler-utils: pdftoppm, used by the render review script and the deck tests to look at pages.
# libharfbuzz-subset0: WeasyPrint subsets fonts with it (without it, a warning per export and slower PDFs).
# mupdf-tools, ghostscript: the other PDF consumers the tests render every exported page with
# (tests/test_pdf_consumers.py); qpdf: to inspect PDF structure by hand.
# xvfb, xdotool: a real X server and real key presses for the wizard's open/quit cycles
# (tests/reliability/quit_cycles.py, tests/test_gui_quit_cycles.py).
# libreoffice-impress-nogui: opens the PowerPoint export headless (soffice --convert-to pdf) in
# tests/test_export_pptx_render.py, the check that the PPTX renders (python-pptx cannot render).
PACKAGES=(
  libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libfontconfig1 fontconfig
  libegl1 libgl1 libglib2.0-0 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1
  poppler-utils libharfbuzz-subset0 mupdf-tools ghostscript qpdf xvfb xdotool libreoffice-impress-nogui
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian/Ubuntu system; make sure Pango (for WeasyPrint) and Qt's platform libraries are installed."
  exit 0
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "system-deps: missing system packages. Run:"
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}"
  exit 1
fi
