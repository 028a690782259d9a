#!/usr/bin/env bash
# Package the one-folder build as a .deb: the bundle under /opt/carefield, /usr/bin/carefield (a symlink),
# the desktop entry and hicolor icons. Depends: is worked out from the bundle (system_libs.py).
#
#   installer/linux/build_deb.sh [BUNDLE_DIR] [OUT_DIR]     (defaults: dist/carefield dist)
#
# Needs dpkg-deb and readelf; PYTHON (default .venv/bin/python) needs PySide6 to render the icons.
# DEB_COMPRESSION=xz makes a smaller package, slowly.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bundle="${1:-$root/dist/carefield}"
out="${2:-$root/dist}"
python="${PYTHON:-$root/.venv/bin/python}"
# gzip: ~20 s and ~105 MB; xz: ~3 min and ~80 MB (2 cores); zstd needs dpkg >= 1.21.18 on the target.
compression="${DEB_COMPRESSION:-gzip}"

test -x "$bundle/carefield" || { echo "no bundle at $bundle: run make dist first" >&2; exit 1; }
version="$("$python" -c 'from importlib.metadata import version; print(version("carefield"))')"
arch="$(dpkg --print-architecture)"
depends="$("$python" "$here/system_libs.py" "$bundle")"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
pkg="$stage/carefield_${version}_${arch}"
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" \
         "$pkg/usr/share/icons/hicolor/scalable/apps" "$pkg/usr/share/doc/carefield"

cp -a "$bundle" "$pkg/opt/carefield"
find "$pkg/opt/carefield" -name __pycache__ -prune -exec rm -rf {} +
ln -s /opt/carefield/carefield "$pkg/usr/bin/carefield"
install -m 0644 "$here/carefield.desktop" "$pkg/usr/share/applications/carefield.desktop"
install -m 0644 "$root/resources/icons/carefield.svg" "$pkg/usr/share/icons/hicolor/scalable/apps/carefield.svg"
"$python" "$root/installer/icons.py" "$stage/icons" >/dev/null
for png in "$stage"/icons/carefield-*.png; do
    size="$(basename "$png" .png)"; size="${size#carefield-}"
    install -D -m 0644 "$png" "$pkg/usr/share/icons/hicolor/${size}x${size}/apps/carefield.png"
done
cat > "$pkg/usr/share/doc/carefield/copyright" <<TEXT
Carefield ${version}: proprietary. Bundled third-party components keep their own licences; their
licence files are inside /opt/carefield/_internal (Qt/PySide6: LGPLv3; SQLCipher: BSD-style; DejaVu fonts:
see /opt/carefield/_internal/resources/fonts/LICENSE).
TEXT

# Debian wants 0755 directories and no group/world-writable files, whatever the umask was.
chmod -R u+rwX,go+rX,go-w "$pkg"
installed_kb="$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)"
cat > "$pkg/DEBIAN/control" <<TEXT
Package: carefield
Version: ${version}
Architecture: ${arch}
Maintainer: Carefield <carefield@localhost>
Installed-Size: ${installed_kb}
Depends: ${depends}
Recommends: fonts-dejavu-core
Section: misc
Priority: optional
Description: offline-first case management for field nurse case managers
 Members, visits, assessments and care plans on an encrypted laptop database
 (SQLCipher), synced with a central Carefield server when the network returns.
 .
 The application is a self-contained build under /opt/carefield; run
 "carefield --self-test" to check an installation.
TEXT

mkdir -p "$out"
deb="$out/carefield_${version}_${arch}.deb"
dpkg-deb --root-owner-group "-Z${compression}" --build "$pkg" "$deb" >/dev/null
echo "$deb"
