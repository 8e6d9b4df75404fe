#!/usr/bin/env bash
# Installs the Debian packages cafedesk needs, only where they are missing and
# only when we may (root with apt-get); elsewhere it just says what is missing.
#   venv: what `python3 -m venv` needs      test: Qt offscreen libraries and poppler-utils
#   run:  the X11 libraries Qt's xcb platform plugin loads (a minimal desktop may lack some)
set -euo pipefail
what="${1:-test}"

missing=()
# grep reads everything (no -q): with pipefail an early exit would fail the pipe.
have_lib() { ldconfig -p 2>/dev/null | grep -F "$1" >/dev/null; }
if [ "$what" = "venv" ]; then
  python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
elif [ "$what" = "run" ]; then
  [ "$(uname -s)" = "Linux" ] || exit 0
  for lib in libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 \
             libxcb-cursor.so.0:libxcb-cursor0 libxkbcommon-x11.so.0:libxkbcommon-x11-0 \
             libxcb-image.so.0:libxcb-image0 libxcb-render-util.so.0:libxcb-render-util0 \
             libxcb-shape.so.0:libxcb-shape0 libxcb-xkb.so.1:libxcb-xkb1 libX11-xcb.so.1:libx11-xcb1; do
    have_lib "${lib%%:*}" || missing+=("${lib##*:}")
  done
else
  have_lib libEGL.so.1 || missing+=(libegl1)
  have_lib libGL.so.1 || missing+=(libgl1)
  have_lib libfontconfig.so.1 || missing+=(libfontconfig1)
  have_lib libxkbcommon.so.0 || missing+=(libxkbcommon0)
  have_lib libglib-2.0.so.0 || missing+=(libglib2.0-0)
  have_lib libdbus-1.so.3 || missing+=(libdbus-1-3)
  command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
  command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)
  fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)
  # The test of the kernels the installers compile ahead of time builds an extension module.
  command -v cc >/dev/null 2>&1 || missing+=(gcc)
  py=${PYTHON:-python3}
  "$py" -c 'import os, sys, sysconfig; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))' 2>/dev/null \
    || { [ "$("$py" -c 'import sys; print(sys.prefix)' 2>/dev/null)" = /usr ] && missing+=(python3-dev); } || true
fi

[ ${#missing[@]} -eq 0 ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "Installing system packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Please install these system packages: ${missing[*]}" >&2
  [ "$what" = "venv" ] && exit 1
  true
fi
exit 0
