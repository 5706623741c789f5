#!/usr/bin/env bash
# `make dist-check`: smoke test of the built bundle (dist/mindmap-app) as a facilitator would
# run it: from a clean directory, with an empty environment (no venv, no PYTHONPATH, a fresh
# HOME). Checks --version and --help, the headless export of the workshop map to PNG and SVG,
# the window under Xvfb (its start time and a screenshot, dist/check/window.png: look at it),
# and prints the bundle's size. Needs Xvfb, xdotool and ImageMagick's import for the window part.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUNDLE="$ROOT/dist/mindmap-app"
EXE="$BUNDLE/mindmap-app"
OUT="$ROOT/dist/check"
DISPLAY_NUM="${DIST_CHECK_DISPLAY:-:117}"
[ -x "$EXE" ] || { echo "dist-check: no bundle at $EXE (run make dist first)" >&2; exit 1; }
VERSION="$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/pyproject.toml")"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
rm -rf "$OUT" && mkdir -p "$OUT"
cp "$ROOT/sample_maps/"*.yaml "$WORK/"
cd "$WORK"
# the bundle must not find the venv or the source tree
clean() { env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 \
    XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config" "$@"; }
mkdir -p "$WORK/home"
fail() { echo "dist-check FAILED: $*" >&2; exit 1; }

echo "== bundle: $BUNDLE"
got="$(clean "$EXE" --version)"
[ "$got" = "mindmap-app $VERSION" ] || fail "--version printed '$got', expected 'mindmap-app $VERSION'"
echo "ok --version: $got"

help="$(clean "$EXE" --help)"
for command in validate info export convert; do
    grep -q "$command" <<<"$help" || fail "--help does not list $command"
done
echo "ok --help lists its subcommands"

clean "$EXE" -m mindmap_app.safety.worker </dev/null || fail "the autosave worker does not start"
echo "ok the autosave worker starts from the bundle"
clean "$EXE" validate workshop.yaml
start=$(date +%s.%N)
clean "$EXE" export workshop.yaml -o "$OUT/workshop.png"
clean "$EXE" export workshop.yaml -o "$OUT/workshop.svg"
end=$(date +%s.%N)
[ "$(head -c 8 "$OUT/workshop.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] \
    || fail "workshop.png is not a PNG"
grep -q "<svg" "$OUT/workshop.svg" || fail "workshop.svg is not an SVG"
title="$(sed -n 's/^title: *//p' workshop.yaml | head -1 | tr -d "\"'")"
grep -qF "${title%% *}" "$OUT/workshop.svg" || fail "workshop.svg does not show the map's title '$title'"
echo "ok export PNG ($(stat -c %s "$OUT/workshop.png") bytes) and SVG ($(stat -c %s "$OUT/workshop.svg") bytes) headless, $(awk "BEGIN{printf \"%.2f\", $end - $start}") s for both"

clean "$EXE" --install-desktop >/dev/null
for file in applications/mindmap-app.desktop mime/packages/mindmap-app.xml \
        icons/hicolor/scalable/apps/mindmap-app.svg icons/hicolor/48x48/apps/mindmap-app.png; do
    [ -f "$WORK/data/$file" ] || fail "--install-desktop did not write $file"
done
grep -q "^Exec=$EXE %F$" "$WORK/data/applications/mindmap-app.desktop" \
    || fail "the menu entry does not start the bundle: $(grep ^Exec= "$WORK/data/applications/mindmap-app.desktop")"
echo "ok --install-desktop wrote the menu entry, icons and MIME type"

if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null || ! command -v import >/dev/null; then
    fail "the window check needs Xvfb, xdotool and ImageMagick (apt-get install xvfb xdotool imagemagick)"
fi
Xvfb "$DISPLAY_NUM" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 50); do xdotool -display "$DISPLAY_NUM" getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done
# the window is started as the desktop's menu would: from the installed entry's Exec line
ENTRY="$WORK/data/applications/mindmap-app.desktop"
EXEC_LINE="$(sed -n 's/^Exec=//p' "$ENTRY")"
echo "   menu entry Exec=$EXEC_LINE"
start=$(date +%s.%N)
eval "clean DISPLAY=$DISPLAY_NUM ${EXEC_LINE% %F} workshop.yaml" >"$OUT/window.log" 2>&1 &
APP=$!
window=""
for _ in $(seq 300); do
    window="$(DISPLAY=$DISPLAY_NUM xdotool search --onlyvisible --name 'Mindmap|Workshop|workshop' 2>/dev/null | head -1 || true)"
    [ -n "$window" ] && break
    kill -0 $APP 2>/dev/null || { cat "$OUT/window.log" >&2; fail "the window process ended early"; }
    sleep 0.1
done
[ -n "$window" ] || fail "no window appeared within 30 s"
shown=$(date +%s.%N)
sleep 2   # let it lay out and fit the map
DISPLAY=$DISPLAY_NUM import -window root "$OUT/window.png"
name="$(DISPLAY=$DISPLAY_NUM xdotool getwindowname "$window")"
if command -v xprop >/dev/null; then
    icon="$(DISPLAY=$DISPLAY_NUM xprop -id "$window" _NET_WM_ICON | head -1 || true)"
    grep -q "Icon (" <<<"$icon" || fail "the window has no icon (_NET_WM_ICON) for the taskbar"
    wm_class="$(DISPLAY=$DISPLAY_NUM xprop -id "$window" WM_CLASS)"
    grep -q '"mindmap-app"' <<<"$wm_class" || fail "WM_CLASS is not mindmap-app: $wm_class"
    echo "ok the window carries the app icon and $wm_class (the menu entry's StartupWMClass)"
fi
kill $APP 2>/dev/null || true
wait $APP 2>/dev/null || true
clean "$EXE" --uninstall-desktop >/dev/null
[ ! -e "$WORK/data/applications/mindmap-app.desktop" ] || fail "--uninstall-desktop left the entry"
echo "ok --uninstall-desktop removed them"
colours="$(convert "$OUT/window.png" -format '%k' info:)"
[ "$colours" -gt 50 ] || fail "the screenshot has only $colours colours: nothing drawn?"
echo "ok window '$name' shown $(awk "BEGIN{printf \"%.2f\", $shown - $start}") s after start; screenshot $OUT/window.png ($colours colours)"
echo "bundle size: $(du -sh "$BUNDLE" | cut -f1) ($(du -sb "$BUNDLE" | cut -f1) bytes)"
for tarball in "$ROOT"/dist/*.tar.gz; do
    [ -e "$tarball" ] && echo "tarball: $(basename "$tarball") $(du -h "$tarball" | cut -f1)"
done
echo "dist-check passed"
