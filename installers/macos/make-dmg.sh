#!/usr/bin/env bash
# macOS: wrap the PyInstaller .app (dist/cafedesk.app, built with CAFEDESK_MACOS_APP=1) in a .dmg.
# Runs on a macOS CI runner (hdiutil is macOS-only). Unsigned: Gatekeeper asks once
# (right-click › Open). Untested on this project's own machines; see README.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(python -c 'import cafedesk; print(cafedesk.__version__)')
app=dist/cafedesk.app
[ -d "$app" ] || { echo "no $app: build it with CAFEDESK_MACOS_APP=1 pyinstaller installers/cafedesk.spec" >&2; exit 1; }
staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "cafedesk $version" -srcfolder "$staging" -ov -format UDZO "dist/cafedesk-$version.dmg"
rm -rf "$staging"
