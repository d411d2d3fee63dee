#!/usr/bin/env bash
# UI translations: .ts sources in resources/translations (zh_CN is the source language; bo, en translated),
# compiled to .qm (build output, gitignored).
#
#   scripts/build-translations.sh            compile the .ts files to .qm (what `make run`/`make test` do)
#   scripts/build-translations.sh update     re-scan src/gov_desktop/ui and app.py with pyside6-lupdate into the .ts files
#                                            (new texts appear untranslated; existing translations are kept),
#                                            then compile
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
BIN="$VENV/bin"
TS_DIR=resources/translations
LANGS=(zh_CN bo en)

if [[ "${1:-}" == "update" ]]; then
    catalog=build/translations/catalog_noop.py
    "$BIN/python" scripts/translation_catalog.py "$catalog"
    mapfile -t sources < <(find src/gov_desktop/ui src/gov_desktop/app.py -name '*.py' | sort)
    for lang in "${LANGS[@]}"; do
        "$BIN/pyside6-lupdate" -no-obsolete -source-language zh_CN -target-language "$lang" \
            "${sources[@]}" "$catalog" -ts "$TS_DIR/gov_desktop_${lang}.ts" >/dev/null
    done
fi

for lang in "${LANGS[@]}"; do
    ts="$TS_DIR/gov_desktop_${lang}.ts"
    qm="$TS_DIR/gov_desktop_${lang}.qm"
    if [[ ! -f "$qm" || "$ts" -nt "$qm" ]]; then
        "$BIN/pyside6-lrelease" -silent "$ts" -qm "$qm"
    fi
done
