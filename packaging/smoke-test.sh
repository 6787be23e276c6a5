#!/usr/bin/env bash
# Smoke test of a frozen Bulletin Editor: the PyInstaller bundle, or the .deb once installed.
#
#   packaging/smoke-test.sh BUNDLE_DIR [COMMAND_DIR]
#
# BUNDLE_DIR holds bulletin, bulletin-editor and _internal/ (packaging/dist/bulletin-editor,
# /opt/bulletin-editor); the commands are run from COMMAND_DIR (default BUNDLE_DIR; /usr/bin
# to go through the .deb's symlinks). Needs only bash and coreutils, so that it also runs
# in a minimal Debian root. EXPECTED_VERSION, when set, is compared with `bulletin --version`.
# Prints "figure: NAME SECONDS" lines for the start-up times.
set -euo pipefail

BUNDLE=$(cd "$1" && pwd)
BIN=${2:-$BUNDLE}
SAMPLE=$BUNDLE/_internal/editor_app/issue_templates/bulletin-2023-09-25.yaml
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config XDG_RUNTIME_DIR=$WORK/runtime
mkdir -p "$HOME" "$XDG_CONFIG_HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen

fail() { echo "smoke-test: FAILED: $*" >&2; exit 1; }
step() { echo "smoke-test: $*"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

[ -f "$SAMPLE" ] || fail "the sample issue is not in the bundle ($SAMPLE)"
[ -d "$BUNDLE/_internal/editor_app/resources/profiles" ] || fail "resources are not in the bundle"

step "bulletin --version"
t0=$(now)
version=$("$BIN/bulletin" --version)
t1=$(now)
echo "  $version"
echo "figure: cli_version_seconds $(elapsed "$t0" "$t1")"
case "$version" in "bulletin "[0-9]*) ;; *) fail "unexpected version output: $version" ;; esac
if [ -n "${EXPECTED_VERSION:-}" ] && [ "$version" != "bulletin $EXPECTED_VERSION" ]; then
  fail "version $version, expected $EXPECTED_VERSION"
fi

step "bulletin validate (sample issue)"
"$BIN/bulletin" validate "$SAMPLE"

step "bulletin new (blank template)"
"$BIN/bulletin" new --template blank -o "$WORK/new.yaml"
[ -s "$WORK/new.yaml" ] || fail "bulletin new wrote nothing"

step "bulletin export (sample issue -> Word, python-docx templates)"
"$BIN/bulletin" export "$SAMPLE" -o "$WORK/sample.docx"
[ "$(head -c 2 "$WORK/sample.docx")" = "PK" ] || fail "the exported file is not a .docx (zip)"

step "bulletin import (the exported Word file back)"
"$BIN/bulletin" import "$WORK/sample.docx" -o "$WORK/back.yaml"
grep -q "成都兴城双碳研究院" "$WORK/back.yaml" || fail "the re-imported issue lacks the issuer"
"$BIN/bulletin" validate "$WORK/back.yaml"

step "bulletin import (Traditional text with pinyin: opencc and pypinyin data)"
cat > "$WORK/pasted.txt" <<'EOF'
双碳资讯
2023年第9期
成都兴城双碳研究院  2023年9月25日

一、特别关注

國(guó)家發(fā)布雙碳政策
EOF
"$BIN/bulletin" import "$WORK/pasted.txt" -o "$WORK/pasted.yaml" 2> "$WORK/import.log"
cat "$WORK/import.log"
grep -q "国家发布双碳政策" "$WORK/pasted.yaml" || fail "Traditional text or pinyin left in the import"

step "bulletin preview (Qt offscreen -> PDF)"
"$BIN/bulletin" preview "$SAMPLE" -o "$WORK/preview.pdf"
[ "$(head -c 4 "$WORK/preview.pdf")" = "%PDF" ] || fail "the preview is not a PDF"

if [ -n "${SMOKE_PDF:-}" ] && command -v soffice >/dev/null; then
  step "bulletin export --pdf (LibreOffice as a child process)"
  "$BIN/bulletin" export "$SAMPLE" -o "$WORK/sample-pdf.docx" --pdf
  [ "$(head -c 4 "$WORK/sample-pdf.pdf")" = "%PDF" ] || fail "LibreOffice wrote no PDF"
fi

step "bulletin-editor (offscreen, sample issue, ${SMOKE_SECONDS:-5} s)"
t0=$(now)
status=0
BULLETIN_EDITOR_SMOKE_TEST=${SMOKE_SECONDS:-5} timeout 120 "$BIN/bulletin-editor" "$SAMPLE" \
  > "$WORK/editor.log" 2>&1 || status=$?
sed 's/^/  /' "$WORK/editor.log"
[ "$status" = 0 ] || fail "the editor exited with status $status"
shown=$(sed -n 's/^smoke: window shown at \([0-9.]*\)$/\1/p' "$WORK/editor.log")
[ -n "$shown" ] || fail "the editor never showed its window"
echo "figure: editor_window_seconds $(elapsed "$t0" "$shown")"
grep -q "smoke: window title '$(basename "$SAMPLE")" "$WORK/editor.log" \
  || fail "the editor did not open the sample issue"
if [ -n "${EXPECTED_VERSION:-}" ]; then
  grep -q "^smoke: about .*版本 $EXPECTED_VERSION" "$WORK/editor.log" \
    || fail "Help ▸ About does not show version $EXPECTED_VERSION"
fi

step "all passed"
