#!/usr/bin/env bash
# Runs the packaged launcher headless, proving the trimmed runtime holds everything the engine needs.
# Usage: packaging/smoke-test.sh [LAUNCHER]   (default: the app image built by package.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=${1:-target/installer/ActiveMat/bin/ActiveMat}
[ -x "$launcher" ] || { echo "smoke-test: no launcher at $launcher (run packaging/package.sh first)" >&2; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
echo "smoke-test: $launcher --version"
"$launcher" --version
data=$(ls -S sample-data/*.extxyz 2>/dev/null | head -1 || true)   # the largest bundled file: enough entries for the run
if [ -n "$data" ]; then
  echo "smoke-test: describe + tiny run on $data"
  "$launcher" describe "$data" > "$work/describe.txt"
  # a tiny protocol: 1 seed, 2 strategies, 10 + 2×5 labels, 2 small members
  "$launcher" run --data "$data" --target formation_energy_per_atom --seeds 1 --strategies random,uncertainty \
    --initial 10 --batch 5 --queries 2 --members 2 --hidden 16 --epochs 5 --quiet --out "$work/r.json" > "$work/run.txt"
  cat "$work/run.txt"
  test -s "$work/r.json"
else
  echo "smoke-test: no sample-data/*.extxyz yet; checking the launcher reports bad input with exit code 2"
  set +e; "$launcher" describe "$work/missing.extxyz" 2> "$work/err.txt"; rc=$?; set -e
  [ $rc -eq 2 ] || { echo "smoke-test: expected exit code 2, got $rc" >&2; cat "$work/err.txt" >&2; exit 1; }
fi
echo "smoke-test: OK"
