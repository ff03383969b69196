#!/bin/sh
# Debian packages that Python's venv and Qt (PySide6 wheels) need on a fresh machine.
# Installs the missing ones when run as root with apt-get; otherwise names them and stops.
pkgs="python3-venv libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core"
# For a real window on an X display (make run) Qt's xcb plugin needs these as well.
pkgs="$pkgs libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0"
pkgs="$pkgs libxcb-render-util0 libxcb-xinerama0 libxcb-xkb1 libxcb-shape0 libxcb-randr0"
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian: see the README
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
# python3-venv is only needed when the python3 in use is Debian's own.
if python3 -c 'import ensurepip' >/dev/null 2>&1; then
  missing=$(echo "$missing" | sed 's/ python3-venv//')
fi
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages:$missing"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
else
  echo "wijkdesk needs these Debian packages:$missing"
  echo "Install them with: sudo apt-get install$missing"
  exit 1
fi
