#!/usr/bin/env bash
# Run the whole test suite on a fresh machine: system packages (when run as root on Debian
# or Ubuntu), a virtual environment with the project and its test extras, ruff, pyright, pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  libreoffice-writer-nogui poppler-utils fontconfig fonts-noto-cjk fonts-arphic-ukai texlive-lang-chinese
  fonts-liberation xvfb libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
  libdbus-1-3 libglib2.0-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1
  pandoc
  # The review round trip's real writer (tests/review/lo_review.py): LibreOffice's UNO bridge.
  python3-uno
  # The journey test (tests/gui/test_journey.py, tests/xsession.py): a window manager, X input,
  # the clipboard, screenshots, and the accessibility bus read by the system Python.
  xdotool openbox xclip imagemagick x11-utils dbus at-spi2-core python3-gi
)
if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  missing=()
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
.venv/bin/ruff check src tests bench tools packaging
.venv/bin/lint-imports  # the layers of docs/architecture.md
.venv/bin/pyright  # basic mode, on src tests bench tools packaging (pyproject.toml)
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
