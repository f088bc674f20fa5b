#!/bin/sh
# Adds GCEN Desktop to this user's application menu and makes double-clicking a .gcen bundle open
# it (which starts an import). Run it from the unpacked build folder; run it again after moving
# the folder. Remove with: install-desktop-integration.sh --uninstall
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin

if [ "${1:-}" = "--uninstall" ]; then
    done_what=removed
    rm -f "$data/applications/org.gcen.Desktop.desktop" "$data/metainfo/org.gcen.Desktop.metainfo.xml" \
        "$data/mime/packages/org.gcen.Desktop.mime.xml" \
        "$data/icons/hicolor/scalable/apps/org.gcen.Desktop.svg" \
        "$data/icons/hicolor/scalable/mimetypes/application-x-gcen-bundle.svg"
    for name in gcen gcen-desktop; do
        [ -L "$bin/$name" ] && rm -f "$bin/$name"
    done
else
    done_what=installed
    mkdir -p "$data/applications" "$data/metainfo" "$data/mime/packages" \
        "$data/icons/hicolor/scalable/apps" "$data/icons/hicolor/scalable/mimetypes" "$bin"
    # The menu entry starts this folder's binary, wherever the folder was unpacked.
    sed -e "s|^Exec=gcen-desktop|Exec=\"$here/gcen-desktop\"|" -e "s|^TryExec=gcen-desktop|TryExec=$here/gcen-desktop|" \
        "$here/share/applications/org.gcen.Desktop.desktop" > "$data/applications/org.gcen.Desktop.desktop"
    cp "$here/share/metainfo/org.gcen.Desktop.metainfo.xml" "$data/metainfo/"
    cp "$here/share/mime/packages/org.gcen.Desktop.mime.xml" "$data/mime/packages/"
    cp "$here/share/icons/hicolor/scalable/apps/org.gcen.Desktop.svg" "$data/icons/hicolor/scalable/apps/"
    cp "$here/share/icons/hicolor/scalable/mimetypes/application-x-gcen-bundle.svg" \
        "$data/icons/hicolor/scalable/mimetypes/"
    ln -sf "$here/gcen-desktop" "$bin/gcen-desktop"
    ln -sf "$here/gcen" "$bin/gcen"
fi

command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
command -v xdg-mime >/dev/null && xdg-mime default org.gcen.Desktop.desktop application/x-gcen-bundle || true
echo "GCEN Desktop desktop integration $done_what in $data"
