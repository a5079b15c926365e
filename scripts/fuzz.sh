#!/usr/bin/env bash
# Fuzzes the parsers that read outside bytes (the activity JSON reader, the YAML content reader) with AFL++ and
# SharpFuzz. Installs afl++ (Debian) and the sharpfuzz tool when missing, builds the harness in Release,
# instruments our assemblies and YamlDotNet, and runs afl-fuzz for a fixed time per target.
#   scripts/fuzz.sh [seconds-per-target] [target...]     e.g. scripts/fuzz.sh 30 (the test command's short run)
# Crashing inputs are copied to TestResults/fuzz/<target>/ and make the script fail. Long runs: fuzz/README.md.
# FUZZ_SEED fixes AFL's random seed (the test command sets it, so its short run covers the same ground each time
# and cannot fail by luck); without it every run explores anew, as a long run should.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-30}"; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(activity yaml)

if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "Installing AFL++ (Debian package afl++) for the fuzzing run..."
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq afl++ >/dev/null
fi
dotnet tool restore >/dev/null

out="$(pwd)/fuzz/out"
rm -rf "$out"
dotnet publish fuzz/GuidanceBot.Fuzz -c Release -o "$out" -v q --nologo >/dev/null
for dll in GuidanceBot.Dialogs.dll GuidanceBot.Knowledge.dll YamlDotNet.dll; do
  dotnet sharpfuzz "$out/$dll" >/dev/null
done

# AFL's checks that do not apply here: the target is the dotnet host, crashes are exceptions (no core files), and
# the machine's CPU governor and core affinity are not ours to set.
export AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1
export AFL_NO_UI=1 AFL_QUIET=1 AFL_FORKSRV_INIT_TMOUT=60000

results="$(pwd)/TestResults/fuzz"
status=0
for target in "${targets[@]}"; do
  findings="$(mktemp -d)"
  echo "Fuzzing '$target' for ${seconds}s..."
  if ! timeout $((seconds + 120)) afl-fuzz -i "fuzz/seeds/$target" -o "$findings" -V "$seconds" -t 5000 -m none \
      ${FUZZ_SEED:+-s "$FUZZ_SEED"} \
      -- dotnet "$out/GuidanceBot.Fuzz.dll" "$target" >"$findings.log" 2>&1; then
    echo "afl-fuzz did not run for '$target':"; tail -20 "$findings.log"; status=1; continue
  fi
  stats="$findings/default/fuzzer_stats"
  execs=$(sed -n 's/^execs_done *: *//p' "$stats"); paths=$(sed -n 's/^corpus_count *: *//p' "$stats")
  crashes=$(find "$findings/default/crashes" -type f -name 'id:*' | wc -l)
  echo "  $target: $execs inputs run, $paths in the corpus, $crashes crashing"
  if [ "$crashes" -gt 0 ]; then
    mkdir -p "$results/$target"; cp "$findings"/default/crashes/id:* "$results/$target/"
    echo "  crashing inputs copied to TestResults/fuzz/$target/ (replay: dotnet fuzz/out/GuidanceBot.Fuzz.dll $target --replay TestResults/fuzz/$target)"
    status=1
  fi
  rm -rf "$findings" "$findings.log"
done
exit "$status"
