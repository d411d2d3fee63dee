#!/usr/bin/env bash
# Build the one-folder bundles with PyInstaller (what `make package` runs):
#
#   dist/gov-desktop/          the desktop app (dist/gov-desktop/gov-desktop) and its command-line tools
#   dist/gov-desktop-server/   the county server (dist/gov-desktop-server/gov-desktop-server)
#
#   packaging/build.sh             build, then smoke-test the frozen programs
#   packaging/build.sh --archive   also pack dist/gov-desktop-VERSION-linux-ARCH.tar.gz (both bundles, the
#                                  .desktop file, the icons and install.sh)
#
# Needs the `package` and `server` extras in $VENV (default .venv): pip install -e ".[package,server]"
# (make package does it).
# SKIP_SMOKE=1 skips the smoke test. On Windows use packaging/windows/build.ps1.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
BIN="$VENV/bin"
archive=0
for arg in "$@"; do
    case "$arg" in
        --archive) archive=1 ;;
        -h|--help) sed -n '2,/^set -euo/{/^#/p}' "$0"; exit 0 ;;
        *) echo "build.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

if [[ ! -x "$BIN/pyinstaller" ]]; then
    echo "build.sh: no PyInstaller in $VENV; run: make package (or $BIN/pip install -e '.[package,server]')" >&2
    exit 1
fi

VENV="$VENV" bash scripts/build-translations.sh

start=$SECONDS
"$BIN/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/gov-desktop.spec
elapsed=$((SECONDS - start))

app=dist/gov-desktop/gov-desktop
server=dist/gov-desktop-server/gov-desktop-server

if [[ "${SKIP_SMOKE:-0}" != 1 ]]; then
    echo "smoke test:"
    scratch="$(mktemp -d)"
    trap 'rm -rf "$scratch"' EXIT
    QT_QPA_PLATFORM=offscreen "$app" --version
    # an unencrypted demo store exercises migrations (Alembic scripts as files), pinyin data and argon2
    "$app" --data-dir "$scratch/app" demo "$scratch/demo.db" --households 20 --plain >/dev/null
    "$app" --data-dir "$scratch/app" stats --db "$scratch/demo.db" --json >/dev/null
    "$server" --data-dir "$scratch/server" init >/dev/null
    "$server" --help >/dev/null
    echo "  gov-desktop: --version, demo, stats ok; gov-desktop-server: init ok"
fi

version="$("$BIN/python" -c 'import gov_desktop; print(gov_desktop.__version__)')"
echo "built gov-desktop $version in ${elapsed}s:"
du -sh dist/gov-desktop dist/gov-desktop-server | sed 's/^/  /'

if (( archive )); then
    name="gov-desktop-$version-linux-$(uname -m)"
    stage="build/archive/$name"
    rm -rf "build/archive"
    mkdir -p "$stage"
    cp -a dist/gov-desktop dist/gov-desktop-server "$stage/"
    cp packaging/linux/gov-desktop.desktop packaging/linux/install.sh resources/icons/gov-desktop.png \
        resources/icons/gov-desktop.svg "$stage/"
    tar -C build/archive -czf "dist/$name.tar.gz" "$name"
    rm -rf "build/archive"
    echo "  dist/$name.tar.gz ($(du -h "dist/$name.tar.gz" | cut -f1))"
fi
