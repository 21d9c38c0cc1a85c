#!/usr/bin/env bash
# Stress: repeat what has failed rarely (a crash at quit, a test that failed under
# load) until a rare failure shows, with a CPU burner on every core and a disk
# writer running. On demand, not in CI (it takes about an hour at the defaults).
#
#   bash scripts/stress.sh [TARGET ...]
#
# Targets (all by default), each with its number of runs:
#   frozen-xvfb     the frozen app's --self-test from the unpacked .deb, on Xvfb   (100)
#   frozen-offscreen  the same, off-screen                                          (20)
#   source          the source app's --self-test, on Xvfb                          (20)
#   gui-tests       pytest tests/gui/                                               (10)
#   durability      pytest tests/test_job_durability.py                             (20)
# Counts: STRESS_FROZEN_XVFB, STRESS_FROZEN_OFFSCREEN, STRESS_SOURCE, STRESS_GUI,
# STRESS_DURABILITY. STRESS_LOAD=0 runs without the burner and the disk writer.
# Needs .venv (scripts/bootstrap.sh test) and, for the frozen targets, the .deb
# (packaging/linux/build.sh). Core dumps are on; logs and cores of failed runs
# are kept under STRESS_OUT (default build/stress). Prints one line per target:
#   TARGET: RUNS runs, FAILURES failures, exit codes {CODE: COUNT, ...}
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VERSION=$(sed -n 's/^version *= *"\(.*\)"/\1/p' pyproject.toml | head -n 1)
DEB="dist/veodesk_${VERSION}_amd64.deb"
OUT="${STRESS_OUT:-$ROOT/build/stress}"
TIMEOUT=240  # one self-test; a test-suite run gets TEST_TIMEOUT
TEST_TIMEOUT=3600
targets=("$@")
((${#targets[@]})) || targets=(frozen-xvfb frozen-offscreen source gui-tests durability)

rm -rf "$OUT"
mkdir -p "$OUT"
ulimit -c unlimited 2>/dev/null || true
WORK=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  wait 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ "${STRESS_LOAD:-1}" != 0 ]; then
  for _ in $(seq "$(nproc)"); do
    python3 -c 'while True: pass' &
    pids+=($!)
  done
  # Disk writes: 64 MB written and synced over and over, as a busy machine does.
  (while true; do
    dd if=/dev/zero of="$WORK/disk-load" bs=1M count=64 conv=fsync status=none
    rm -f "$WORK/disk-load"
  done) &
  pids+=($!)
fi

# run NAME COUNT COMMAND...: runs COMMAND COUNT times in a fresh VEODESK_HOME each;
# a run fails on a non-zero exit or when the command's own check (OK_PATTERN) is missing.
run() {
  local name=$1 count=$2
  shift 2
  local failures=0 codes="" i code dir
  for i in $(seq "$count"); do
    dir="$WORK/$name-$i"
    mkdir -p "$dir"
    (cd "$dir" && env VEODESK_HOME="$dir/home" timeout --kill-after=10 "${LIMIT:-$TIMEOUT}" "$@") \
      >"$dir/log" 2>&1
    code=$?
    if [ "$code" -eq 0 ] && [ -n "${OK_PATTERN:-}" ] && ! grep -q "$OK_PATTERN" "$dir/log"; then
      code=1000  # exited 0 without doing what it should
    fi
    codes+="$code "
    if [ "$code" -ne 0 ]; then
      failures=$((failures + 1))
      mkdir -p "$OUT/$name"
      cp -r "$dir" "$OUT/$name/run-$i"
      echo "stress: $name run $i exited $code (log and core in $OUT/$name/run-$i)" >&2
    fi
    rm -rf "$dir"
  done
  local summary
  summary=$(tr ' ' '\n' <<<"$codes" | sed '/^$/d' | sort -n | uniq -c \
    | awk '{printf "%s%s: %s", sep, $2, $1; sep=", "}')
  echo "$name: $count runs, $failures failures, exit codes {$summary}"
}

frozen_app() {
  [ -f "$DEB" ] || { echo "stress: no $DEB: run packaging/linux/build.sh first" >&2; exit 1; }
  if [ ! -x "$WORK/root/usr/bin/veodesk" ]; then
    dpkg-deb -x "$DEB" "$WORK/root"
  fi
  echo "$WORK/root/usr/bin/veodesk"
}

clean_env=(env -i "PATH=/usr/bin:/bin" "HOME=$WORK" "LANG=C.UTF-8" "XDG_RUNTIME_DIR=$WORK"
  "PYTHONFAULTHANDLER=1")
xvfb=(xvfb-run -a -s "-screen 0 1280x800x24")
self_test=(--self-test --timeout "$((TIMEOUT - 30))")

for target in "${targets[@]}"; do
  case "$target" in
    frozen-xvfb)
      app=$(frozen_app)
      OK_PATTERN="^self-test: ok" run "$target" "${STRESS_FROZEN_XVFB:-100}" \
        "${clean_env[@]}" QT_QPA_PLATFORM=xcb "${xvfb[@]}" "$app" "${self_test[@]}"
      ;;
    frozen-offscreen)
      app=$(frozen_app)
      OK_PATTERN="^self-test: ok" run "$target" "${STRESS_FROZEN_OFFSCREEN:-20}" \
        "${clean_env[@]}" QT_QPA_PLATFORM=offscreen "$app" "${self_test[@]}"
      ;;
    source)
      OK_PATTERN="^self-test: ok" run "$target" "${STRESS_SOURCE:-20}" \
        env QT_QPA_PLATFORM=xcb PYTHONFAULTHANDLER=1 "${xvfb[@]}" \
        "$ROOT/.venv/bin/python" -m veodesk "${self_test[@]}"
      ;;
    gui-tests)
      LIMIT=$TEST_TIMEOUT OK_PATTERN=" passed" run "$target" "${STRESS_GUI:-10}" \
        "$ROOT/.venv/bin/python" -m pytest -q -p no:cacheprovider --rootdir "$ROOT" \
        -c "$ROOT/pyproject.toml" "$ROOT/tests/gui"
      ;;
    durability)
      LIMIT=$TEST_TIMEOUT OK_PATTERN=" passed" run "$target" "${STRESS_DURABILITY:-20}" \
        "$ROOT/.venv/bin/python" -m pytest -q -p no:cacheprovider --rootdir "$ROOT" \
        -c "$ROOT/pyproject.toml" "$ROOT/tests/test_job_durability.py"
      ;;
    *)
      echo "stress: unknown target $target" >&2
      exit 2
      ;;
  esac
done
