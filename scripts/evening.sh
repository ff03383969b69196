#!/bin/sh
# make evening: the scripted bewonersavond (scripts/evening.py) in a real window on a virtual
# X screen (Xvfb) at 1024x768 and at 1920x1080; the pictures go to evening/SIZE/.
# Installs Debian's xvfb when it is missing and we are root; otherwise names it and stops.
set -eu
PY=${PY:-.venv/bin/python}
SIZES=${SIZES:-"1024x768 1920x1080"}
if ! command -v Xvfb >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing xvfb (a virtual X screen)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb >/dev/null
  else
    echo "make evening needs Xvfb: sudo apt-get install xvfb"; exit 1
  fi
fi
for size in $SIZES; do
  display=""
  for n in $(seq 90 140); do
    [ -e "/tmp/.X$n-lock" ] || { display=$n; break; }
  done
  [ -n "$display" ] || { echo "no free X display"; exit 1; }
  Xvfb ":$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
  xpid=$!
  trap 'kill $xpid 2>/dev/null || true' EXIT
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
  status=0
  DISPLAY=":$display" QT_QPA_PLATFORM=xcb "$PY" scripts/evening.py "evening/$size" \
    --size "$size" || status=$?
  kill $xpid 2>/dev/null || true
  wait $xpid 2>/dev/null || true
  [ $status = 0 ] || exit $status
done
