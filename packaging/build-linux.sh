#!/usr/bin/env bash
# Build the Bulletin Editor for Linux end to end: the PyInstaller bundle, the .deb, the
# validation of the desktop entry and metainfo, a smoke test of the bundle, and the .deb
# installed with apt-get into a clean Debian root (debootstrap) where it is tested again.
#
#   sudo packaging/build-linux.sh          # Debian 12 or later / Ubuntu 22.04 or later, x86_64 or arm64
#
# Output: packaging/dist/bulletin-editor/ (the bundle) and
#         packaging/dist/bulletin-editor_<version>_<arch>.deb; figures in packaging/build/figures.txt.
# Work files: packaging/build/ (a virtual environment, PyInstaller's work, the clean root).
#
# Environment:
#   PYTHON=python3.11            interpreter for the build environment (default python3)
#   BULLETIN_USE_CURRENT_PYTHON=1  build with $PYTHON itself (it must have the project and
#                                pyinstaller installed) instead of packaging/build/venv
#   BULLETIN_CLEAN_ROOT=auto|debootstrap|extract|skip
#                                how to test the .deb: auto = debootstrap when root and
#                                debootstrap is usable, else extract (dpkg-deb -x and run)
#   BULLETIN_DEBIAN_SUITE=bookworm, BULLETIN_DEBIAN_MIRROR=http://deb.debian.org/debian
#   BULLETIN_COLD_START=auto|0   auto: when /proc/sys/vm/drop_caches is writable (root, not
#                                in a restricted container), drop the page cache before timing
#                                a cold start; 0: only the warm start-up times
set -euo pipefail

PACKAGING=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$PACKAGING")
BUILD=$PACKAGING/build
DIST=$PACKAGING/dist
APP_ID=cn.xingcheng.BulletinEditor
PACKAGE=bulletin-editor
INSTALL_DIR=/opt/bulletin-editor
PYTHON=${PYTHON:-python3}
CLEAN_ROOT=${BULLETIN_CLEAN_ROOT:-auto}
SUITE=${BULLETIN_DEBIAN_SUITE:-bookworm}
MIRROR=${BULLETIN_DEBIAN_MIRROR:-http://deb.debian.org/debian}

# Run-time libraries of the bundle that come from the distribution (Debian 12 names; the
# Ubuntu 24.04 "t64" packages provide these names). The clean-root test checks that with
# only these installed no library of the bundle is missing (except the GTK theme plugin).
DEPENDS=(
  libc6 libstdc++6 libgcc-s1 zlib1g libzstd1 libbz2-1.0 liblzma5 libffi8 libuuid1 libssl3
  libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 libcups2
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0
  libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0
  libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
  libwayland-client0 libwayland-cursor0 libwayland-egl1
  # An editor of Chinese text without a CJK font shows boxes and lays pages out wrongly.
  "fonts-noto-cjk | fonts-wqy-microhei | fonts-wqy-zenhei"
)
# Qt's GTK theme plugin (native file dialogs under GNOME) needs GTK 3; CJK fonts for the
# editor; LibreOffice only for `bulletin export --pdf`.
RECOMMENDS=(libgtk-3-0)
SUGGESTS=(libreoffice-writer)
# Libraries that may be missing in the clean root: plugins Qt loads only when present.
OPTIONAL_PLUGINS='platformthemes/libqgtk3\.so'
HOST_PACKAGES=(desktop-file-utils appstream debootstrap python3-venv binutils)

log() { printf '\n== %s\n' "$*"; }
die() { echo "build-linux.sh: $*" >&2; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
FIGURES=()
figure() { FIGURES+=("$1: $2"); echo "figure: $1: $2"; }

START=$(now)
mkdir -p "$BUILD" "$DIST"
VERSION=$("$PYTHON" "$PACKAGING/version.py")
ARCH=$(dpkg --print-architecture)
DEB=$DIST/${PACKAGE}_${VERSION}_${ARCH}.deb
echo "Bulletin Editor $VERSION ($ARCH)"

# --- host tools and the run-time libraries (to run the bundle here) ----------------------
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  missing=()
  for dependency in "${HOST_PACKAGES[@]}" "${DEPENDS[@]}"; do
    installed=""  # "a | b" is met by any of its alternatives; the first is installed if none is
    for pkg in ${dependency//|/ }; do
      dpkg -s "$pkg" >/dev/null 2>&1 && installed=$pkg
    done
    [ -n "$installed" ] || missing+=("${dependency%% *}")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "apt-get install ${missing[*]}"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
fi
for tool in dpkg-deb desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null || die "$tool is missing (apt-get install dpkg desktop-file-utils appstream)"
done

# --- build environment ---------------------------------------------------------------------
if [ "${BULLETIN_USE_CURRENT_PYTHON:-}" = 1 ]; then
  BUILD_PY=$PYTHON
else
  log "build environment packaging/build/venv"
  t0=$(now)
  [ -x "$BUILD/venv/bin/python" ] || "$PYTHON" -m venv "$BUILD/venv"
  BUILD_PY=$BUILD/venv/bin/python
  "$BUILD_PY" -m pip install -q --upgrade pip
  "$BUILD_PY" -m pip install -q "pyinstaller>=6.10,<7"
  # The project itself, not editable: its metadata (the version) goes into the bundle.
  "$BUILD_PY" -m pip install -q --force-reinstall --no-deps "$ROOT"
  "$BUILD_PY" -m pip install -q "$ROOT"
  figure "build environment (venv, pip)" "$(elapsed "$t0" "$(now)") s"
fi
"$BUILD_PY" -c "import editor_app, PyInstaller; print('editor_app', editor_app.__version__, '· PyInstaller', PyInstaller.__version__)"
[ "$("$BUILD_PY" -c 'import editor_app; print(editor_app.__version__)')" = "$VERSION" ] \
  || die "the installed editor_app is not version $VERSION (reinstall the project)"

# --- PyInstaller bundle --------------------------------------------------------------------
log "PyInstaller bundle"
rm -rf "$BUILD/pyinstaller" "$BUILD/icons" "${DIST:?}/$PACKAGE"
t0=$(now)
"$BUILD_PY" "$PACKAGING/icons/make_icons.py" "$BUILD/icons"
"$BUILD_PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$DIST" --workpath "$BUILD/pyinstaller" "$PACKAGING/bulletin-editor.spec" 2>&1 \
  | grep -v "WARNING: Library not found: could not resolve 'libg[dt]k-3" || true
BUNDLE=$DIST/$PACKAGE
[ -x "$BUNDLE/bulletin" ] && [ -x "$BUNDLE/bulletin-editor" ] || die "PyInstaller built no bundle"
figure "PyInstaller build" "$(elapsed "$t0" "$(now)") s"
figure "bundle size" "$(du -sm "$BUNDLE" | cut -f1) MB ($(find "$BUNDLE" -type f | wc -l) files)"

log "bundle contents"
internal=$BUNDLE/_internal
for path in editor_app/resources/profiles/xingcheng.yaml editor_app/issue_templates/blank.yaml \
    docx/templates/default.docx opencc/dictionary/TSCharacters.txt pypinyin/pinyin_dict.json \
    "editor_app-$VERSION.dist-info/METADATA" PySide6/Qt/translations/qtbase_zh_CN.qm \
    PySide6/Qt/plugins/platforms/libqxcb.so PySide6/Qt/plugins/platforms/libqwayland.so \
    PySide6/Qt/plugins/printsupport/libcupsprintersupport.so icons/bulletin-editor.png \
    editor_app/resources/translations/editor_en.ts editor_app/resources/translations/editor_zh_TW.ts; do
  [ -e "$internal/$path" ] || die "missing in the bundle: $path"
done
unwanted=$(find "$internal" \( -name "libQt6Network*" -o -name "libQt6Qml*" -o -name "libQt6Quick*" \
  -o -name "libQt6Pdf*" -o -name "QtNetwork*" -o -name "libqvnc*" -o -name "designer_*.qm" \
  -o -name "libX11.so*" -o -name "libfontconfig.so*" -o -name "libglib-2.0.so*" \) | head -5)
[ -z "$unwanted" ] || die "unwanted files in the bundle: $unwanted"
echo "resources, templates, python-docx/opencc/pypinyin data, metadata and Qt parts: ok"

# --- smoke test of the bundle --------------------------------------------------------------
log "smoke test of the bundle"
SMOKE_PDF=1 EXPECTED_VERSION=$VERSION "$PACKAGING/smoke-test.sh" "$BUNDLE" | tee "$BUILD/smoke-bundle.log"

log "start-up times of the bundle"
SAMPLE=$BUNDLE/_internal/editor_app/issue_templates/bulletin-2023-09-25.yaml
drop_caches() { sync && echo 3 > /proc/sys/vm/drop_caches; }
version_seconds() { local t0; t0=$(now); "$BUNDLE/bulletin" --version >/dev/null; elapsed "$t0" "$(now)"; }
editor_seconds() {  # from exec to the main window painted with the sample issue open
  local home t0 shown
  home=$(mktemp -d)
  t0=$(now)
  shown=$(HOME=$home XDG_RUNTIME_DIR=$home QT_QPA_PLATFORM=offscreen BULLETIN_EDITOR_SMOKE_TEST=1 \
    "$BUNDLE/bulletin-editor" "$SAMPLE" 2>/dev/null | sed -n 's/^smoke: window shown at //p')
  rm -rf "$home"
  [ -n "$shown" ] || die "the editor did not start"
  elapsed "$t0" "$shown"
}
if [ "${BULLETIN_COLD_START:-auto}" != 0 ] && [ -w /proc/sys/vm/drop_caches ]; then
  drop_caches; figure "bulletin --version, cold (page cache dropped)" "$(version_seconds) s"
  drop_caches; figure "editor window shown, cold (page cache dropped)" "$(editor_seconds) s"
else
  echo "cold start not measured (/proc/sys/vm/drop_caches is not writable or BULLETIN_COLD_START=0)"
fi
runs=(); for _ in 1 2 3 4 5; do runs+=("$(version_seconds)"); done
figure "bulletin --version, warm (5 runs)" "$(printf '%s ' "${runs[@]}")s"
runs=(); for _ in 1 2 3; do runs+=("$(editor_seconds)"); done
figure "editor window shown, warm (3 runs)" "$(printf '%s ' "${runs[@]}")s"

# --- .deb ----------------------------------------------------------------------------------
log ".deb package"
t0=$(now)
STAGE=$BUILD/deb-root
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/metainfo" "$STAGE/usr/share/doc/$PACKAGE" \
  "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$STAGE$INSTALL_DIR"
ln -s "$INSTALL_DIR/bulletin" "$STAGE/usr/bin/bulletin"
ln -s "$INSTALL_DIR/bulletin-editor" "$STAGE/usr/bin/bulletin-editor"
install -m 644 "$PACKAGING/linux/$APP_ID.desktop" "$STAGE/usr/share/applications/"
RELEASE_DATE=$(git -C "$ROOT" log -1 --format=%cs 2>/dev/null || date +%F)
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$RELEASE_DATE/" \
  "$PACKAGING/linux/$APP_ID.metainfo.xml" > "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
install -m 644 "$ROOT/resources/icons/bulletin-editor.svg" \
  "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in "$BUILD"/icons/png/*/bulletin-editor.png; do
  size=$(basename "$(dirname "$png")")
  install -D -m 644 "$png" "$STAGE/usr/share/icons/hicolor/$size/apps/$APP_ID.png"
done
cat > "$STAGE/usr/share/doc/$PACKAGE/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Bulletin Editor (双碳资讯编辑器)

Files: *
Copyright: 成都兴城双碳研究院
License: proprietary

Files: opt/bulletin-editor/_internal/*
Comment: Python, Qt (LGPL-3), PySide6 (LGPL-3), python-docx, lxml, PyYAML, msgspec,
 OpenCC and pypinyin, with the licences they ship in the bundle's *.dist-info folders.
License: various
EOF
find "$STAGE" -type d -exec chmod 755 {} +
find "$STAGE/usr/share" -type f -exec chmod 644 {} +
join() { local IFS=,; echo "$*" | sed 's/,/, /g'; }
cat > "$STAGE/DEBIAN/control" <<EOF
Package: $PACKAGE
Version: $VERSION
Architecture: $ARCH
Maintainer: 成都兴城双碳研究院 <noreply@xingcheng.invalid>
Installed-Size: $(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
Depends: $(join "${DEPENDS[@]}")
Recommends: $(join "${RECOMMENDS[@]}")
Suggests: $(join "${SUGGESTS[@]}")
Section: editors
Priority: optional
Description: 双碳资讯编辑器 (Bulletin Editor)
 The desktop editor of the dual-carbon bulletin (双碳资讯) of 成都兴城双碳研究院:
 compose each issue, check it and export a Word file in the institute's layout.
 Includes the bulletin command (new, validate, export, import, preview).
EOF
rm -f "$DIST"/"${PACKAGE}"_*.deb
dpkg-deb --root-owner-group --build "$STAGE" "$DEB" >/dev/null
figure ".deb build" "$(elapsed "$t0" "$(now)") s"
figure ".deb size" "$(du -m "$DEB" | cut -f1) MB (installed $(( $(du -sk --exclude=DEBIAN "$STAGE" | cut -f1) / 1024 )) MB)"
dpkg-deb --info "$DEB" | sed -n '/Package:/,$p'

# --- validators ----------------------------------------------------------------------------
log "desktop-file-validate and appstreamcli validate --no-net"
desktop-file-validate "$STAGE/usr/share/applications/$APP_ID.desktop"
appstreamcli validate --no-net "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
echo "desktop entry and metainfo: valid"

# --- the .deb in a clean root -------------------------------------------------------------
if [ "$CLEAN_ROOT" = auto ]; then
  if [ "$(id -u)" = 0 ] && command -v debootstrap >/dev/null; then CLEAN_ROOT=debootstrap; else CLEAN_ROOT=extract; fi
fi
CHROOT=$BUILD/clean-root
cleanup_chroot() {
  local mount
  for mount in "$CHROOT/dev/pts" "$CHROOT/proc"; do
    if mountpoint -q "$mount" 2>/dev/null; then umount "$mount"; fi
  done
}
trap cleanup_chroot EXIT

case "$CLEAN_ROOT" in
debootstrap)
  log "apt-get install ./$(basename "$DEB") in a clean $SUITE root (debootstrap)"
  t0=$(now)
  base=$BUILD/clean-root-$SUITE-$ARCH.tar
  made="reused $(basename "$base")"
  if [ ! -f "$base" ]; then
    made="debootstrap --variant=minbase"
    rm -rf "$BUILD/clean-root-base"
    debootstrap --variant=minbase "$SUITE" "$BUILD/clean-root-base" "$MIRROR" >/dev/null
    tar -C "$BUILD/clean-root-base" -cf "$base.tmp" . && mv "$base.tmp" "$base"
    rm -rf "$BUILD/clean-root-base"
  fi
  cleanup_chroot
  rm -rf "$CHROOT" && mkdir -p "$CHROOT"
  tar -C "$CHROOT" -xf "$base"
  cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
  mount -t proc proc "$CHROOT/proc"
  # A pseudo-terminal for dpkg's log (else apt prints "Can not write log"); optional.
  if mount -t devpts -o newinstance,ptmxmode=0666 devpts "$CHROOT/dev/pts" 2>/dev/null; then
    ln -sf pts/ptmx "$CHROOT/dev/ptmx"
  fi
  cp "$DEB" "$CHROOT/tmp/"
  cp "$PACKAGING/smoke-test.sh" "$CHROOT/tmp/smoke-test.sh"
  in_root() { chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
  in_root apt-get update -q >/dev/null
  in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "/tmp/$(basename "$DEB")" | tail -n 3
  figure "clean root ($made) + apt-get install" "$(elapsed "$t0" "$(now)") s"
  log "no library missing in the clean root"
  cat > "$CHROOT/tmp/missing-libs.sh" <<'EOF'
cd "$1" && find . -type f \( -name '*.so*' -o -name bulletin -o -name bulletin-editor \) |
  while read -r f; do ldd "$f" 2>/dev/null | sed -n "s|^[[:space:]]*\(.*\) => not found|$f: \1|p"; done
EOF
  missing=$(in_root bash /tmp/missing-libs.sh "$INSTALL_DIR" | grep -Ev "$OPTIONAL_PLUGINS" || true)
  [ -z "$missing" ] || die "libraries missing in a clean root (add their packages to DEPENDS):
$missing"
  echo "all libraries found (only the optional GTK theme plugin may lack GTK)"
  log "smoke test of the installed package (/usr/bin → $INSTALL_DIR)"
  in_root env EXPECTED_VERSION="$VERSION" bash /tmp/smoke-test.sh "$INSTALL_DIR" /usr/bin \
    | tee "$BUILD/smoke-clean-root.log"
  in_root apt-get remove -y -q "$PACKAGE" >/dev/null
  [ ! -e "$CHROOT$INSTALL_DIR" ] && [ ! -e "$CHROOT/usr/bin/bulletin" ] || die "apt-get remove left files"
  echo "apt-get remove: clean"
  cleanup_chroot
  ;;
extract)
  log "dpkg-deb -x and run (no clean root: not root, or no debootstrap)"
  rm -rf "$BUILD/deb-extract"
  dpkg-deb -x "$DEB" "$BUILD/deb-extract"
  EXPECTED_VERSION=$VERSION "$PACKAGING/smoke-test.sh" "$BUILD/deb-extract$INSTALL_DIR"
  ;;
skip) echo "clean-root test skipped (BULLETIN_CLEAN_ROOT=skip)" ;;
*) die "BULLETIN_CLEAN_ROOT=$CLEAN_ROOT: use auto, debootstrap, extract or skip" ;;
esac

figure "whole build-linux.sh" "$(elapsed "$START" "$(now)") s"
{
  echo "Bulletin Editor $VERSION, $ARCH, $(date -u +'%F %H:%M UTC'), $(nproc) CPUs"
  printf '%s\n' "${FIGURES[@]}"
} > "$BUILD/figures.txt"
log "done"
cat "$BUILD/figures.txt"
echo "bundle: $BUNDLE"
echo "package: $DEB"
