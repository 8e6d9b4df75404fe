#!/usr/bin/env bash
# Package the frozen app (dist/cafedesk, from `make installer`) as a .deb and a tarball.
#   /opt/cafedesk/…             the one-folder app
#   /usr/bin/cafedesk           the command (a link)
#   /usr/share/applications     the desktop entry; hicolor icons; the MIME type for .cafedesk
set -euo pipefail
cd "$(dirname "$0")/../.."
app=dist/cafedesk
[ -x "$app/cafedesk" ] || { echo "run 'make installer' first" >&2; exit 1; }
version=$(.venv/bin/python -c 'import cafedesk; print(cafedesk.__version__)')
arch=$(dpkg --print-architecture)
root=build/deb/cafedesk_${version}_${arch}
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
         "$root/usr/share/mime/packages" "$root/usr/share/doc/cafedesk"
cp -a "$app" "$root/opt/cafedesk"
ln -s /opt/cafedesk/cafedesk "$root/usr/bin/cafedesk"
install -m 644 installers/linux/cafedesk.desktop "$root/usr/share/applications/cafedesk.desktop"
install -m 644 installers/linux/cafedesk-mime.xml "$root/usr/share/mime/packages/cafedesk.xml"
.venv/bin/python installers/make_icons.py build/icons >/dev/null
for size in 16 24 32 48 64 128 256 512; do
  for name in apps/cafedesk mimetypes/application-x-cafedesk; do
    dir="$root/usr/share/icons/hicolor/${size}x${size}/$(dirname $name)"
    mkdir -p "$dir"
    install -m 644 "build/icons/cafedesk-$size.png" "$dir/$(basename $name).png"
  done
done
mkdir -p "$root/usr/share/icons/hicolor/scalable/apps"
install -m 644 src/cafedesk/resources/icons/cafedesk.svg "$root/usr/share/icons/hicolor/scalable/apps/cafedesk.svg"
cp LICENSE "$root/usr/share/doc/cafedesk/copyright" 2>/dev/null || true
size_kb=$(du -sk "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: cafedesk
Version: $version
Architecture: $arch
Maintainer: cafedesk <cafedesk@example.org>
Installed-Size: $size_kb
Section: office
Priority: optional
Depends: libc6, libegl1, libfontconfig1, libglib2.0-0 | libglib2.0-0t64, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libdbus-1-3, shared-mime-info, desktop-file-utils
Homepage: https://example.org/cafedesk
Description: offline desk for Open Space, World Café and Pro Action Café events
 Marketplace wall, time slots, room assignment, session reports, café seating,
 convergence and paper (books of proceedings, tents, cards, client reports),
 all on one laptop without internet. Event files (.cafedesk) open with a
 double-click.
CONTROL
for script in postinst postrm; do
  cat > "$root/DEBIAN/$script" <<'SCRIPT'
#!/bin/sh
set -e
command -v update-mime-database >/dev/null && update-mime-database /usr/share/mime || true
command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
exit 0
SCRIPT
  chmod 755 "$root/DEBIAN/$script"
done
mkdir -p dist
dpkg-deb --root-owner-group -Zxz -z9 -Sextreme --build "$root" "dist/cafedesk_${version}_${arch}.deb" >/dev/null
tar -C dist -czf "dist/cafedesk-${version}-linux-${arch}.tar.gz" cafedesk
ls -la "dist/cafedesk_${version}_${arch}.deb" "dist/cafedesk-${version}-linux-${arch}.tar.gz"
