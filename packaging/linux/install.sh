#!/usr/bin/env bash
# Install gov-desktop from the unpacked archive (packaging/build.sh --archive) on a Linux desk or server.
#
#   ./install.sh                  as root: /opt/gov-desktop, commands in /usr/local/bin, menu entry for everyone
#                                 otherwise: ~/.local/opt/gov-desktop, ~/.local/bin, your own menu
#   ./install.sh --prefix DIR     install under DIR (DIR/opt/gov-desktop, DIR/bin, DIR/share)
#   ./install.sh --server-only    only the county server (no desktop app, no menu entry)
#   ./install.sh --uninstall      remove what this script installed (data directories are kept)
#
# The programs need the system's OpenGL/EGL libraries (libgl1 libegl1 on Debian/Ubuntu) and, for Chinese and
# Tibetan text, fonts such as fonts-noto-cjk and fonts-tibetan-machine. User data lives in the user's data
# directory (~/.local/share/gov-desktop), never in the install directory.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if [[ "$(id -u)" -eq 0 ]]; then
    prefix=/usr/local; opt=/opt/gov-desktop
else
    prefix="$HOME/.local"; opt="$HOME/.local/opt/gov-desktop"
fi
server_only=0
uninstall=0
while (( $# )); do
    case "$1" in
        --prefix) prefix="$2"; opt="$2/opt/gov-desktop"; shift 2 ;;
        --server-only) server_only=1; shift ;;
        --uninstall) uninstall=1; shift ;;
        -h|--help) sed -n '2,/^set -euo/{/^#/p}' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
bin="$prefix/bin"
apps="$prefix/share/applications"
icons="$prefix/share/icons/hicolor"

if (( uninstall )); then
    rm -f "$bin/gov-desktop" "$bin/gov-desktop-server" "$apps/gov-desktop.desktop" \
        "$icons/256x256/apps/gov-desktop.png" "$icons/scalable/apps/gov-desktop.svg"
    rm -rf "$opt"
    echo "removed gov-desktop from $opt (data directories are kept)"
    exit 0
fi

parts=(gov-desktop-server)
(( server_only )) || parts=(gov-desktop gov-desktop-server)
for part in "${parts[@]}"; do
    [[ -x "$here/$part/$part" ]] || { echo "install.sh: $here/$part/$part is missing" >&2; exit 1; }
done

mkdir -p "$opt" "$bin"
for part in "${parts[@]}"; do
    rm -rf "${opt:?}/$part"
    cp -a "$here/$part" "$opt/$part"
    ln -sfn "$opt/$part/$part" "$bin/$part"
done

if (( ! server_only )); then
    mkdir -p "$apps" "$icons/256x256/apps" "$icons/scalable/apps"
    install -m 644 "$here/gov-desktop.png" "$icons/256x256/apps/gov-desktop.png"
    install -m 644 "$here/gov-desktop.svg" "$icons/scalable/apps/gov-desktop.svg"
    # absolute Exec paths: ~/.local/bin is not on every desktop session's PATH
    sed -e "s|^Exec=gov-desktop|Exec=$opt/gov-desktop/gov-desktop|" "$here/gov-desktop.desktop" \
        > "$apps/gov-desktop.desktop"
    chmod 644 "$apps/gov-desktop.desktop"
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$apps" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$icons" || true
fi

echo "installed ${parts[*]} into $opt; commands in $bin"
case ":$PATH:" in *":$bin:"*) ;; *) echo "note: $bin is not on PATH" ;; esac
