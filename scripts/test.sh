#!/usr/bin/env bash
# Runs every test, after installing what a fresh machine lacks (Chromium, AFL++, npm packages).
# Ends with one plain line: "N passed, N failed".
#   ./scripts/test.sh              every test, the benchmark smoke run and a short fuzzing run (what CI runs)
#   ./scripts/test.sh unit         only the in-process unit tests (seconds; nothing to install)
#   ./scripts/test.sh integration  unit and loopback-server tests, no real clients, no benchmark
set -euo pipefail
cd "$(dirname "$0")/.."

subset="${1:-all}"
case "$subset" in
  all) filter="" ;;
  unit) filter="Category=Unit" ;;
  integration) filter="Category=Unit|Category=Integration" ;;
  *) echo "usage: $0 [unit|integration]" >&2; exit 2 ;;
esac

if [ "$subset" = all ] && ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Chromium (Debian package) for the browser tests..."
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# npm packages of the real clients the tests drive (each folder pins its own lock file). bench/ installs its own
# peer only for a full benchmark run.
if [ "$subset" = all ]; then
  for dir in $(git ls-files '*package-lock.json' 2>/dev/null | xargs -r -n1 dirname | grep -v -e '^shared' -e '^bench/' || true); do
    if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
      echo "Installing npm packages in $dir..."
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    fi
  done
fi

results="$(pwd)/TestResults"
rm -rf "$results"
status=0
timeout 45m dotnet test GuidanceBot.sln --logger "trx;LogFileName=results.trx" --results-directory "$results" \
  --blame-hang-timeout 5m ${filter:+--filter "$filter"} -- RunConfiguration.TreatNoTestsAsError=true || status=$?

passed=0; failed=0
for trx in "$results"/*.trx "$results"/*/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p'); f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi

# The benchmark's smoke mode (a few seconds of load on the Release build, flow checked before and after), so the
# harness cannot rot; it counts as one test. The full benchmark (bench/run.sh) stays out of CI.
if [ "$subset" = all ]; then
  echo "Benchmark smoke run (bench/run.sh --smoke)..."
  if timeout 10m bench/run.sh --smoke; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); status=1
  fi
fi
# A short fuzzing run of the parsers that read outside bytes (AFL++ and SharpFuzz, fuzz/README.md); each target
# counts as one test and fails on any crashing input.
if [ "$subset" = all ]; then
  for target in activity yaml; do
    if FUZZ_SEED="${FUZZ_SEED:-1}" timeout 10m scripts/fuzz.sh "${FUZZ_SECONDS:-30}" "$target"; then
      passed=$((passed + 1))
    else
      failed=$((failed + 1)); status=1
    fi
  done
fi
echo "$passed passed, $failed failed"
exit "$status"
