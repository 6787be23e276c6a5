#!/usr/bin/env bash
# The README's set-up on a fresh machine, tried on a bare Debian (issue #18, point 9): in a
# clean root made with debootstrap (the one build-linux.sh keeps), install python3-venv,
# run the README's launch command word for word under Xvfb, and check that the editor's
# window appears with the sample issue in its title. Run once before the README's apt line
# (the launch must end with the error the README quotes), then after it (the window must open).
#
#   sudo packaging/clean-root-readme.sh      # prints PASS or FAIL; exit status 0 or 1
#
# Needs root (debootstrap, chroot), network (deb.debian.org, PyPI) and about 1.5 GB in
# packaging/build/. Environment: BULLETIN_DEBIAN_SUITE (default bookworm),
# BULLETIN_DEBIAN_MIRROR, BULLETIN_README_TIMEOUT (seconds for each launch, default 900:
# the launch includes pip's download of PySide6). Behind a proxy that re-signs HTTPS, the
# host's PIP_CERT (a CA bundle) is copied into the root and given to pip there.
set -euo pipefail

PACKAGING=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$PACKAGING")
BUILD=$PACKAGING/build
SUITE=${BULLETIN_DEBIAN_SUITE:-bookworm}
MIRROR=${BULLETIN_DEBIAN_MIRROR:-http://deb.debian.org/debian}
TIMEOUT=${BULLETIN_README_TIMEOUT:-900}
CHROOT=$BUILD/clean-root-readme
REPO=/home/editor/bulletin-editor
SAMPLE_NAME=bulletin-2023-09-25.yaml
# Only to watch the window: a display and xdotool. What they bring of the editor's libraries
# (libx11-6, libxkbcommon0, libgl1) the packages of the README's apt line depend on anyway.
WATCH_PACKAGES=(xvfb xdotool)

log() { printf '\n== %s\n' "$*"; }
fail() { echo "clean-root-readme: $*" >&2; echo FAIL; exit 1; }
[ "$(id -u)" = 0 ] || fail "run as root (debootstrap and chroot)"
command -v debootstrap >/dev/null || fail "debootstrap is missing: apt-get install debootstrap"
START=$(date +%s)

# --- what the README says -----------------------------------------------------------------
readme() {  # launch | packages: the README's launch command, or its apt line's packages
  python3 - "$ROOT/README.md" "$1" <<'EOF'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
if sys.argv[2] == "launch":
    print(re.search(r"^python3 -m venv \.venv && .*$", text, re.M).group(0))
else:
    print(" ".join(re.search(r"`sudo apt-get install ([^`]*)`", text).group(1).split()))
EOF
}
LAUNCH=$(readme launch) || fail "README.md: no line starting with 'python3 -m venv .venv && '"
README_PACKAGES=$(readme packages) || fail "README.md: no \`sudo apt-get install …\` line"
echo "launch command: $LAUNCH"
echo "README's apt line: $README_PACKAGES"

# --- the clean root -----------------------------------------------------------------------
ARCH=$(dpkg --print-architecture)
base=$BUILD/clean-root-$SUITE-$ARCH.tar  # shared with build-linux.sh
mkdir -p "$BUILD"
if [ ! -f "$base" ]; then
  log "debootstrap --variant=minbase $SUITE"
  rm -rf "$BUILD/clean-root-base"
  debootstrap --variant=minbase "$SUITE" "$BUILD/clean-root-base" "$MIRROR" >/dev/null
  tar -C "$BUILD/clean-root-base" -cf "$base.tmp" . && mv "$base.tmp" "$base"
  rm -rf "$BUILD/clean-root-base"
fi
XVFB_PID=""
cleanup() {
  local mount
  if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; wait "$XVFB_PID" 2>/dev/null || true; fi
  for mount in "$CHROOT/dev/pts" "$CHROOT/proc"; do
    if mountpoint -q "$mount" 2>/dev/null; then umount "$mount"; fi
  done
}
trap cleanup EXIT
cleanup
rm -rf "$CHROOT" && mkdir -p "$CHROOT"
tar -C "$CHROOT" -xf "$base"
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
mount -t proc proc "$CHROOT/proc"
if mount -t devpts -o newinstance,ptmxmode=0666 devpts "$CHROOT/dev/pts" 2>/dev/null; then
  ln -sf pts/ptmx "$CHROOT/dev/ptmx"
fi
in_root() { chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
AS_EDITOR=(chroot --userspec=editor:editor "$CHROOT" /usr/bin/env -i PATH=/usr/bin:/bin
  LANG=C.UTF-8 HOME=/home/editor DISPLAY=:7)
if [ -n "${PIP_CERT:-}" ] && [ -f "$PIP_CERT" ]; then
  mkdir -p "$CHROOT/etc/ssl" && cp "$PIP_CERT" "$CHROOT/etc/ssl/host-ca.pem"
  AS_EDITOR+=(PIP_CERT=/etc/ssl/host-ca.pem)
fi
as_editor() { "${AS_EDITOR[@]}" "$@"; }
apt_install() {
  in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" \
    | tail -n 1
}

log "a user, python3-venv (the README's Python 3.10+) and the display to watch"
in_root useradd --create-home --shell /bin/bash editor
in_root apt-get update -q >/dev/null
apt_install python3-venv "${WATCH_PACKAGES[@]}"
mkdir -p "$CHROOT$REPO"
git -C "$ROOT" ls-files -z | (cd "$ROOT" && tar --null -T - -cf -) | tar -C "$CHROOT$REPO" -xf -
in_root chown -R editor:editor "$REPO"
"${AS_EDITOR[@]}" Xvfb :7 -screen 0 1600x1000x24 -nolisten tcp >"$BUILD/readme-xvfb.log" 2>&1 &
XVFB_PID=$!  # chroot and env exec: this is Xvfb
sleep 1

# launch LOG: run the README's command in the copy of the repository; 0 when the editor's
# window with the sample issue appears (its title is printed), 1 when the command ends first.
launch() {
  local log=$1 pid title=""
  # chroot, env and bash exec: $! is timeout, which leads a process group of the command's
  # processes (pip, the editor): killing that group ends them all.
  "${AS_EDITOR[@]}" bash -c "cd $REPO && exec timeout $TIMEOUT bash -c '$LAUNCH'" >"$log" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    title=$(as_editor xdotool search --name "$SAMPLE_NAME" getwindowname 2>/dev/null | head -n 1) || true
    if [ -n "$title" ]; then
      sleep 3  # a start-up error would come now and close it
      as_editor xdotool search --name "$SAMPLE_NAME" >/dev/null || return 1
      echo "window: $title"
      kill -TERM -- "-$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
      return 0
    fi
    sleep 1
  done
  return 1
}

log "1. the README's launch command before its apt line"
t0=$(date +%s)
if launch "$BUILD/readme-launch-before.log"; then
  fail "the window opened without the README's apt line: the README's extra step is not needed (log: $BUILD/readme-launch-before.log)"
fi
reason=$(grep -o -m 1 -E 'Could not load the Qt platform plugin "xcb"|[^ ]+: cannot open shared object file' \
  "$BUILD/readme-launch-before.log") || fail "the launch failed otherwise than the README says; see $BUILD/readme-launch-before.log"
grep -q -F "$reason" <(tr '\n' ' ' <"$ROOT/README.md") \
  || fail "the launch ended with “$reason”, which the README does not quote"
echo "ended as the README says: $reason ($(( $(date +%s) - t0 )) s, with pip's downloads)"

log "2. the README's apt line (as root: apt-get install …)"
# shellcheck disable=SC2086  # a list of package names
apt_install $README_PACKAGES

log "3. the README's launch command again"
t0=$(date +%s)
launch "$BUILD/readme-launch.log" || fail "no editor window; see $BUILD/readme-launch.log"
if grep -q Traceback "$BUILD/readme-launch.log"; then fail "a traceback; see $BUILD/readme-launch.log"; fi
echo "window shown ($(( $(date +%s) - t0 )) s); whole check $(( $(date +%s) - START )) s"
cleanup && rm -rf "$CHROOT"  # kept only when the check fails, to look into
echo PASS
