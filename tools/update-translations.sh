#!/usr/bin/env bash
# Collect every translatable string into resources/translations/*.ts (sources,
# edited with Qt Linguist), fill in English plural forms, and compile the .qm
# files that ship inside the package.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
mapfile -t sources < <(find src/cafedesk -name '*.py' | sort)
# Some modules call QT_TRANSLATE_NOOP under the short name _T.
"$BIN/pyside6-lupdate" -no-obsolete -locations none -tr-function-alias QT_TRANSLATE_NOOP+=_T \
  "${sources[@]}" \
  -ts resources/translations/cafedesk_en.ts resources/translations/cafedesk_de.ts
"$BIN/python" tools/fill_english_plurals.py resources/translations/cafedesk_en.ts
mkdir -p src/cafedesk/resources/translations
for ts in resources/translations/*.ts; do
  name=$(basename "$ts" .ts)
  "$BIN/pyside6-lrelease" -silent "$ts" -qm "src/cafedesk/resources/translations/$name.qm"
done
