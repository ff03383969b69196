#!/bin/sh
# Install wijkdesk for this user only, without root: the program in ~/.local/lib/wijkdesk, the
# command ~/.local/bin/wijkdesk, the menu entry, the icon, and the .wijkdesk file type (a
# double-click on a project file opens it in wijkdesk).
#
#   ./install.sh               install, or update an earlier installation
#   ./install.sh --uninstall   remove it again (your projects and settings stay)
#
# wijkdesk also runs without installing: ./wijkdesk/wijkdesk [FILE]
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
app=$HOME/.local/lib/wijkdesk
bin=$HOME/.local/bin
sizes="16 24 32 48 64 128 256 512"

refresh() {
    # Tell the desktop about the new (or removed) menu entry, file type and icons, where the
    # tools for that exist; a missing tool only delays it until the next login.
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$data/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data/applications" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$data/icons/hicolor" >/dev/null 2>&1 || true
    fi
    if command -v kbuildsycoca6 >/dev/null 2>&1; then
        kbuildsycoca6 >/dev/null 2>&1 || true
    elif command -v kbuildsycoca5 >/dev/null 2>&1; then
        kbuildsycoca5 >/dev/null 2>&1 || true
    fi
}

uninstall() {
    rm -rf "$app"
    if [ -L "$bin/wijkdesk" ]; then
        rm -f "$bin/wijkdesk"
    fi
    rm -f "$data/applications/wijkdesk.desktop" "$data/mime/packages/wijkdesk.xml"
    for s in $sizes; do
        rm -f "$data/icons/hicolor/${s}x${s}/apps/wijkdesk.png" \
              "$data/icons/hicolor/${s}x${s}/mimetypes/application-x-wijkdesk.png"
    done
    rm -f "$data/icons/hicolor/scalable/apps/wijkdesk.svg"
    refresh
    echo "wijkdesk is removed. Your projects, and wijkdesk's own data in $data/wijkdesk, are kept."
}

if [ "${1:-}" = "--uninstall" ]; then
    uninstall
    exit 0
elif [ $# -gt 0 ]; then
    echo "usage: $0 [--uninstall]" >&2
    exit 2
fi

if [ ! -x "$here/wijkdesk/wijkdesk" ]; then
    echo "install.sh: $here/wijkdesk/wijkdesk is missing; unpack the whole archive first." >&2
    exit 1
fi
if [ "$(id -u)" = 0 ]; then
    echo "Note: this installs wijkdesk for root only. Run it as the user who will use wijkdesk."
fi

# The program: copied next to the old one, then swapped in.
mkdir -p "$(dirname "$app")" "$bin"
rm -rf "$app.new"
cp -R "$here/wijkdesk" "$app.new"
rm -rf "$app"
mv "$app.new" "$app"
ln -sf "$app/wijkdesk" "$bin/wijkdesk"

# The menu entry, with the program's full path in Exec (quoted and escaped as the Desktop Entry
# specification says), so it works whether or not ~/.local/bin is on the PATH.
exec_path=$(printf '%s' "$app/wijkdesk" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g')
mkdir -p "$data/applications"
while IFS= read -r line; do
    case $line in
        Exec=*) printf 'Exec="%s" %%f\n' "$exec_path" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$here/share/applications/wijkdesk.desktop" > "$data/applications/wijkdesk.desktop.new"
mv "$data/applications/wijkdesk.desktop.new" "$data/applications/wijkdesk.desktop"

# The file type and the icons.
mkdir -p "$data/mime/packages"
cp "$here/share/mime/packages/wijkdesk.xml" "$data/mime/packages/wijkdesk.xml"
for s in $sizes; do
    for kind in apps mimetypes; do
        mkdir -p "$data/icons/hicolor/${s}x${s}/$kind"
    done
    cp "$here/share/icons/hicolor/${s}x${s}/apps/wijkdesk.png" \
       "$data/icons/hicolor/${s}x${s}/apps/wijkdesk.png"
    cp "$here/share/icons/hicolor/${s}x${s}/mimetypes/application-x-wijkdesk.png" \
       "$data/icons/hicolor/${s}x${s}/mimetypes/application-x-wijkdesk.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$here/share/icons/hicolor/scalable/apps/wijkdesk.svg" "$data/icons/hicolor/scalable/apps/"
refresh
# wijkdesk opens .wijkdesk files unless the user chose another program for them.
if command -v xdg-mime >/dev/null 2>&1; then
    current=$(xdg-mime query default application/x-wijkdesk 2>/dev/null || true)
    if [ -z "$current" ]; then
        xdg-mime default wijkdesk.desktop application/x-wijkdesk >/dev/null 2>&1 || true
    fi
fi

echo "wijkdesk is installed in $app."
echo "Start it from the applications menu, by opening a .wijkdesk file, or with: $bin/wijkdesk"
case ":${PATH:-}:" in
    *":$bin:"*) ;;
    *) echo "($bin is not on your PATH: add it there to type just 'wijkdesk'.)" ;;
esac
