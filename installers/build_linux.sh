#!/bin/sh
# Build the Linux bundle: dist/wijkdesk-<version>-linux-<arch>.tar.gz, holding the one-folder app
# (wijkdesk/), a .desktop file, the .wijkdesk file type (shared-mime-info), the icons in the
# hicolor sizes and install.sh (a per-user install under ~/.local, no root needed).
#
#   sh installers/build_linux.sh        (make dist runs this, after installing PyInstaller)
#
# PYTHON may name the Python with wijkdesk and PyInstaller installed (default: .venv/bin/python).
# The archive runs on Linux systems with a glibc at least as new as the build machine's.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
PYTHON=${PYTHON:-.venv/bin/python}
version=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(uname -m)
name="wijkdesk-$version-linux-$arch"

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installers/wijkdesk.spec

# Python's own libraries come with debug information (some 30 MB); the rest is stripped already.
# Only --strip-debug, and only these: stripping the wheels' patched libraries can break them.
if command -v strip >/dev/null 2>&1; then
    for lib in dist/wijkdesk/_internal/libpython3*.so* dist/wijkdesk/_internal/python3*/lib-dynload/*.so; do
        if [ -f "$lib" ] && [ ! -L "$lib" ]; then strip --strip-debug "$lib"; fi
    done
fi

stage="dist/$name"
rm -rf "$stage"
mkdir -p "$stage/share/applications" "$stage/share/mime/packages" \
         "$stage/share/icons/hicolor/scalable/apps"
cp -R dist/wijkdesk "$stage/wijkdesk"
cp installers/linux/install.sh "$stage/install.sh"
chmod 755 "$stage/install.sh"
cp installers/linux/wijkdesk.desktop "$stage/share/applications/wijkdesk.desktop"
cp installers/linux/wijkdesk-mime.xml "$stage/share/mime/packages/wijkdesk.xml"
for s in 16 24 32 48 64 128 256 512; do
    mkdir -p "$stage/share/icons/hicolor/${s}x${s}/apps" "$stage/share/icons/hicolor/${s}x${s}/mimetypes"
    cp "resources/icons/wijkdesk-$s.png" "$stage/share/icons/hicolor/${s}x${s}/apps/wijkdesk.png"
    cp "resources/icons/wijkdesk-$s.png" \
       "$stage/share/icons/hicolor/${s}x${s}/mimetypes/application-x-wijkdesk.png"
done
cp resources/icons/wijkdesk.svg "$stage/share/icons/hicolor/scalable/apps/wijkdesk.svg"
cp LICENSE "$stage/LICENSE"
cat > "$stage/README.txt" <<EOF
wijkdesk $version for Linux ($arch)

Install for yourself (no root needed):   ./install.sh
Remove again:                            ./install.sh --uninstall
Or run it from here, without installing: ./wijkdesk/wijkdesk [FILE]
Check that everything works:             ./wijkdesk/wijkdesk --self-test

wijkdesk works without internet and never connects to one. Licence: EUPL-1.2 (LICENSE); the
software it includes and their licences: wijkdesk/_internal/resources/THIRD_PARTY_LICENSES.md.
EOF

# A reproducible archive: sorted names, one owner, the time of the last commit.
mtime=$(git log -1 --format=%cI 2>/dev/null || date -u +%Y-%m-%dT%H:%M:%SZ)
tar -C dist --sort=name --owner=0 --group=0 --numeric-owner --mtime="$mtime" \
    -czf "dist/$name.tar.gz" "$name"
echo "Built dist/$name.tar.gz ($(du -sh "dist/$name.tar.gz" | cut -f1); the folder: $(du -sh dist/wijkdesk | cut -f1))"
