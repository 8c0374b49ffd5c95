#!/usr/bin/env bash
# Creates .venv beside the checkout and installs the project into it (editable), once per
# change of pyproject.toml. Shared by ./start and ./run-tests.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
extra="${1:-}"
py="${PYTHON:-python3}"
venv="$here/.venv"
if ! "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "需要 Python 3.11 或更高版本 (Python 3.11+ is required): $("$py" --version 2>&1)" >&2
    exit 2
fi
make_venv() { rm -rf "$venv"; "$py" -m venv "$venv" >/dev/null 2>&1; }
if [ ! -x "$venv/bin/python" ]; then
    if ! make_venv; then
        # Debian splits venv out of python3 (package python3-venv / python3.X-venv).
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            ver="$("$py" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
            apt-get update -qq >/dev/null && { apt-get install -y -qq "python${ver}-venv" \
                || apt-get install -y -qq python3-venv; } >/dev/null
        fi
        if ! make_venv; then
            rm -rf "$venv"
            echo "python3 -m venv 失败：请先安装 python3-venv (sudo apt-get install python3-venv)" >&2
            exit 2
        fi
    fi
fi
stamp="$venv/.installed-${extra:-base}"
want="$(cat "$here/pyproject.toml" | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >/dev/null
    spec="$here"
    [ -n "$extra" ] && spec="$here[$extra]"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e "$spec"
    echo "$want" > "$stamp"
fi
