#!/bin/sh
# Build the macOS app and its disk image: dist/wijkdesk.app and
# dist/wijkdesk-<version>-macos-<arch>.dmg (drag wijkdesk to Applications).
#
#   sh installers/build_macos.sh
#
# Run on a Mac with Python 3.11 and the project's .venv (make dist's first steps: python3 -m
# venv .venv && .venv/bin/pip install -e '.[dist]' && make translations), or set PYTHON.
# The app is for the kind of Mac it is built on (arm64 or x86_64). The .app declares the
# .wijkdesk document type (CFBundleDocumentTypes, an exported UTI; see wijkdesk.spec): Finder
# shows project files with wijkdesk's icon and opens them in it, as a QFileOpenEvent that
# wijkdesk/app.py handles.
#
# Signing: without CODESIGN_IDENTITY the app is signed ad hoc; macOS then asks the first time
# (right-click > Open). With CODESIGN_IDENTITY="Developer ID Application: ..." it is signed for
# distribution; notarise the .dmg afterwards (xcrun notarytool submit ... --wait, then
# xcrun stapler staple).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
PYTHON=${PYTHON:-.venv/bin/python}
version=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(uname -m)
app=dist/wijkdesk.app
dmg="dist/wijkdesk-$version-macos-$arch.dmg"

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installers/wijkdesk.spec

# The bundle runs its main flows without a screen before it is packed.
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/wijkdesk" --self-test

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$app"
else
    codesign --force --deep --sign - "$app"
fi
codesign --verify --deep --strict "$app"

# The disk image: the app and a link to /Applications to drag it onto.
stage=build/dmg
rm -rf "$stage" "$dmg"
mkdir -p "$stage"
ditto "$app" "$stage/wijkdesk.app"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "wijkdesk $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$dmg"
fi
echo "Built $dmg ($(du -sh "$dmg" | cut -f1))"
