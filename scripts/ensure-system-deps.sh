#!/usr/bin/env bash
# Make sure the Debian packages gov-desktop needs at run or test time are installed.
#
#   scripts/ensure-system-deps.sh run    Qt runtime libraries (offscreen and xcb) and CJK/Tibetan fonts
#   scripts/ensure-system-deps.sh test   the above plus PostgreSQL (throwaway test servers) and Xvfb
#
# Idempotent and quiet: asks dpkg-query first and only runs apt-get update + install when something is
# missing. As root it installs directly (no sudo needed). Otherwise, or on a system without dpkg/apt, it
# names what is missing and how to install it, and exits 0 so the caller carries on.
# SKIP_SYSTEM_DEPS=1 skips the whole check.
set -euo pipefail

me="ensure-system-deps"
profile="${1:-run}"

qt_offscreen=(libegl1 libgl1 libfontconfig1 libglib2.0-0 libxkbcommon0 libdbus-1-3)
qt_xcb=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
        libxcb-xkb1 libxkbcommon-x11-0)
fonts=(fonts-noto-cjk fonts-tibetan-machine)
test_only=(postgresql xvfb xauth)

case "$profile" in
  run)  wanted=("${qt_offscreen[@]}" "${qt_xcb[@]}" "${fonts[@]}") ;;
  test) wanted=("${qt_offscreen[@]}" "${qt_xcb[@]}" "${fonts[@]}" "${test_only[@]}") ;;
  *)    echo "usage: $0 run|test" >&2; exit 2 ;;
esac

if [[ "${SKIP_SYSTEM_DEPS:-0}" == 1 ]]; then
  exit 0
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "$me: no dpkg-query here (not Debian/Ubuntu); make sure the equivalents of these are installed:" >&2
  echo "  ${wanted[*]}" >&2
  exit 0
fi

missing=()
for pkg in "${wanted[@]}"; do
  status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done

if (( ${#missing[@]} == 0 )); then
  exit 0
fi

if [[ "$(id -u)" -ne 0 ]]; then
  echo "$me: missing Debian packages: ${missing[*]}" >&2
  echo "$me: not root, so not installing them; run: sudo apt-get install ${missing[*]}" >&2
  echo "$me: carrying on (Qt, PostgreSQL-backed tests or fonts may fail until they are installed)" >&2
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "$me: missing Debian packages: ${missing[*]}, and no apt-get to install them; carrying on" >&2
  exit 0
fi

echo "$me: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "$me: apt-get failed to install: ${missing[*]}" >&2
  exit 1
fi
echo "$me: done"
