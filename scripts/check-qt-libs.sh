#!/usr/bin/env bash
# Qt's X11 plugin needs system libraries that a minimal Debian/Ubuntu lacks (libxcb-cursor0
# above all). Without them Qt aborts with a cryptic message; find out first, install them
# when we may (root with apt-get), else say which command to run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ "$(uname -s)" = Linux ] || exit 0
[ -n "${DISPLAY:-}" ] || exit 0                       # no X11: app.py explains itself
[ -z "${QT_QPA_PLATFORM:-}" ] || exit 0               # the user chose a platform
plugin="$("$here/.venv/bin/python" -c 'import PySide6, pathlib; print(next(pathlib.Path(PySide6.__file__).parent.glob("Qt/plugins/platforms/libqxcb.so"), ""))')"
[ -n "$plugin" ] || exit 0
missing="$( { ldd "$plugin"; ldd "$(dirname "$plugin")/../../lib/libQt6XcbQpa.so.6" 2>/dev/null; } | grep 'not found' || true)"
[ -n "$missing" ] || exit 0
packages="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1 libegl1 \
libfontconfig1 libdbus-1-3 libgl1"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "正在安装图形界面需要的系统库 (installing the X11 libraries Qt needs)…" >&2
    apt-get update -qq >/dev/null && apt-get install -y -qq $packages >/dev/null
    exit 0
fi
echo "调解工作台的窗口需要几个系统库，请先运行：" >&2
echo "  sudo apt-get install $packages" >&2
echo "(Qt's X11 plugin is missing: $(echo "$missing" | awk '{print $1}' | tr '\n' ' '))" >&2
exit 2
