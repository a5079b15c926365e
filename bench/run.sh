#!/usr/bin/env bash
# The benchmark: builds Release and measures, in one session and interleaved, the same workload on
#   A            the bare ASP.NET Core ceiling (bench/ceiling-dotnet)
#   B            the Bot Framework SDK for JavaScript peer (bench/peer-botbuilder-js, botbuilder 4.23.3)
#   ours-sqlite  GuidanceBot as a user starts it (Release, Production) with durable SQLite storage
#   ours-memory  the same with memory storage
# in rounds A B ours-sqlite ours-memory, A B ... (each a fresh process). See bench/README.md.
#
#   bench/run.sh                      the full benchmark (2 rounds, about 15 minutes)
#   bench/run.sh A ours-memory        only some targets
#   bench/run.sh --smoke              a few seconds of load on ours-memory: checks the harness, measures nothing
#   bench/run.sh --no-build ...       skip building (the Release outputs must exist)
# Knobs (env): ROUNDS=2, BENCH_FLOW, PORT_BASE=5381, OURS_CHECK=guided|reply, and scripts/measure.sh's (WARMUP
# DURATION RUNS CONNS THREADS SINGLE_DURATION CONVERSATIONS RSS_CONVERSATIONS RSS_MAX_DURATION).
# Results: bench/results/session-STAMP/.
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
SCRIPTS=$BENCH/scripts
CONTENT=$ROOT/Knowledge/Content

SMOKE=; BUILD=1; TARGETS=()
for arg in "$@"; do
  case $arg in
    --smoke) SMOKE=1 ;;
    --no-build) BUILD= ;;
    A|B|ours-sqlite|ours-memory) TARGETS+=("$arg") ;;
    *) echo "unknown argument '$arg' (targets: A B ours-sqlite ours-memory; options: --smoke --no-build)" >&2; exit 2 ;;
  esac
done

# The guided flow by typed text: the first text restarts from any state, then one valid answer per question
# (values and synonyms from Knowledge/Content/guidance/questions.yml); the last answer brings the guidance.
export BENCH_FLOW=${BENCH_FLOW:-start over|mixed|can join|new|jobs|ngo}
# The smoke run (inside the test command) takes three free ports of its own, so it never collides with a bot or a
# benchmark already running on this machine; the full benchmark keeps fixed, documented ports.
if [[ -n ${SMOKE:-} && -z ${PORT_BASE:-} ]]; then
  PORT_BASE=$(python3 -c 'import random, socket
for _ in range(200):
    base = random.randint(20000, 60000)
    try:
        for p in range(base, base + 3):
            s = socket.socket(); s.bind(("127.0.0.1", p)); s.close()
        print(base); break
    except OSError:
        pass')
fi
PORT_BASE=${PORT_BASE:-5381}
# guided (default): ours must walk the flow to the guidance. reply: only a non-empty reply per turn, to measure
# a bot whose flow does not (yet) match BENCH_FLOW; the figures then may not measure the flow, and the notes say so.
OURS_CHECK=${OURS_CHECK:-guided}
[[ $OURS_CHECK == guided || $OURS_CHECK == reply ]] || { echo "OURS_CHECK must be guided or reply" >&2; exit 2; }

if [[ -n $SMOKE ]]; then
  [[ ${#TARGETS[@]} -gt 0 ]] || TARGETS=(ours-memory)
  ROUNDS=1
  export WARMUP=0 RUNS=1 DURATION=${DURATION:-3} CONNS=2 THREADS=1 SINGLE_DURATION=0 RSS_CONVERSATIONS=0 CONVERSATIONS=50
  SESSION_DIR=$(mktemp -d -t bench-smoke.XXXXXX)
else
  [[ ${#TARGETS[@]} -gt 0 ]] || TARGETS=(A B ours-sqlite ours-memory)
  ROUNDS=${ROUNDS:-2}
  SESSION_DIR=$BENCH/results/session-$(date +%Y%m%dT%H%M%S)
fi
export RESULTS_DIR=$SESSION_DIR
mkdir -p "$SESSION_DIR"
wants() { [[ " ${TARGETS[*]} " == *" $1 "* ]]; }

# --- tools: wrk comes from Debian, like Chromium in scripts/test.sh; never skip silently -----------------------
if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk (Debian package) for the benchmark..."
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  { $SUDO apt-get install -y -qq wrk >/dev/null 2>&1 || { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null; }; } \
    || { echo "BENCH FAILED: wrk is missing and could not be installed (apt-get install -y wrk)" >&2; exit 1; }
fi
for tool in python3 curl ss; do
  command -v $tool >/dev/null 2>&1 || { echo "BENCH FAILED: $tool is missing" >&2; exit 1; }
done
python3 -c 'import yaml' 2>/dev/null || { echo "BENCH FAILED: python3 lacks PyYAML (apt-get install -y python3-yaml)" >&2; exit 1; }

# --- build ----------------------------------------------------------------------------------------------------
OURS_DLL=$ROOT/Bot/bin/Release/net10.0/GuidanceBot.dll
CEILING_DLL=$BENCH/ceiling-dotnet/bin/Release/net10.0/Ceiling.dll
if [[ -n $BUILD ]]; then
  if wants ours-sqlite || wants ours-memory; then
    echo "Building GuidanceBot (Release)..."
    dotnet build "$ROOT/Bot/Bot.csproj" -c Release -nologo -v q -clp:NoSummary >"$SESSION_DIR/build.log" 2>&1 \
      || { cat "$SESSION_DIR/build.log" >&2; echo "BENCH FAILED: the Release build failed" >&2; exit 1; }
  fi
  if wants A; then
    echo "Building the ceiling (Release)..."
    dotnet build "$BENCH/ceiling-dotnet/Ceiling.csproj" -c Release -nologo -v q -clp:NoSummary >>"$SESSION_DIR/build.log" 2>&1 \
      || { cat "$SESSION_DIR/build.log" >&2; echo "BENCH FAILED: the ceiling build failed" >&2; exit 1; }
  fi
fi
if wants B; then
  PEER=$BENCH/peer-botbuilder-js
  if [[ ! -d $PEER/node_modules || $PEER/package-lock.json -nt $PEER/node_modules/.package-lock.json ]]; then
    echo "Installing peer B's npm packages..."
    # botbuilder-dialogs' postinstall runs `npx rimraf`, which must not prompt.
    (cd "$PEER" && npm_config_yes=true npm ci --no-audit --no-fund --loglevel=error)
  fi
  python3 "$SCRIPTS/peer-flow.py" "$CONTENT" "$PEER/flow.json"
fi

# --- targets --------------------------------------------------------------------------------------------------
port_of() { case $1 in A) echo $PORT_BASE;; B) echo $((PORT_BASE + 1));; ours-*) echo $((PORT_BASE + 2));; esac; }
TPID=; STATE_DIR=
start_target() { # $1 target; sets TPID, TURL; records LAUNCHED
  local port; port=$(port_of "$1")
  TURL=http://127.0.0.1:$port/api/messages
  if ss -ltnH "sport = :$port" | grep -q .; then
    echo "BENCH FAILED: port $port is already in use (set PORT_BASE)" >&2; exit 1
  fi
  local log=$SESSION_DIR/$1.server.log
  LAUNCHED=$(date +%s.%N)
  case $1 in
    A) (exec dotnet "$CEILING_DLL" --urls "http://127.0.0.1:$port") >>"$log" 2>&1 & ;;
    B) (cd "$BENCH/peer-botbuilder-js" && PORT=$port exec node index.js) >>"$log" 2>&1 & ;;
    ours-sqlite|ours-memory)
      STATE_DIR=$(mktemp -d -t bench-state.XXXXXX)
      local provider=Memory; [[ $1 == ours-sqlite ]] && provider=Sqlite
      # As a user starts the Release build; Production needs these two to run anonymously with Direct Line on.
      (cd "$ROOT" && ASPNETCORE_ENVIRONMENT=Production BotFrameworkAuth__AllowAnonymous=true \
        DirectLine__Secret="bench-$RANDOM$RANDOM$RANDOM" Storage__Provider=$provider Storage__SqlitePath="$STATE_DIR/state.db" \
        exec dotnet "$OURS_DLL" --urls "http://127.0.0.1:$port") >>"$log" 2>&1 & ;;
  esac
  TPID=$!
}
stop_target() {
  if [[ -n $TPID ]]; then kill "$TPID" 2>/dev/null || true; wait "$TPID" 2>/dev/null || true; fi
  TPID=
  if [[ -n $STATE_DIR ]]; then rm -rf "$STATE_DIR"; STATE_DIR=; fi
}
trap 'exit 143' INT TERM
trap 'status=$?; stop_target; [[ $status == 0 ]] || echo "BENCH FAILED (exit $status); logs in $SESSION_DIR" >&2' EXIT

check() { # target url label
  local mode=guided final=pathways
  [[ $1 == A ]] && mode=reply
  [[ $1 == ours-* ]] && mode=$OURS_CHECK
  [[ $1 == B ]] && final='your answers'
  python3 "$SCRIPTS/check.py" "$2" "$1" --mode $mode --flow "$BENCH_FLOW" --final "$final" \
    --questions "$CONTENT/guidance/questions.yml" --pathways "$CONTENT/study/pathways.yml" \
    --conversation "check-$3-$RANDOM" --out "$SESSION_DIR"
}

{ echo "# $(date -Is) $(uname -r), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); dotnet $(dotnet --list-runtimes | grep -m1 -o 'Microsoft.NETCore.App [0-9.]*'); node $(node --version 2>/dev/null || echo -); $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
  echo "# targets ${TARGETS[*]} x $ROUNDS round(s); flow: $BENCH_FLOW; smoke: ${SMOKE:-no}; check of ours: $OURS_CHECK"
  [[ $OURS_CHECK == guided ]] || echo "# WARNING: OURS_CHECK=reply: ours is not checked to walk the guided flow; its figures may not measure it"; } | tee "$SESSION_DIR/env.txt"
for round in $(seq 1 "$ROUNDS"); do
  for target in "${TARGETS[@]}"; do
    echo "--- $target, round $round"
    start_target "$target"
    COLD=$(python3 "$SCRIPTS/coldstart.py" "$LAUNCHED" "$TURL" 60) \
      || { tail -20 "$SESSION_DIR/$target.server.log" >&2; echo "BENCH FAILED: $target did not answer a turn" >&2; exit 1; }
    echo "cold start to the first answered turn: $COLD ms"
    check "$target" "$TURL" before
    COLD_START_MS=$COLD TARGET_PID=$TPID "$SCRIPTS/measure.sh" "$TURL" "$target#$round" | tee -a "$SESSION_DIR/console.log"
    check "$target" "$TURL" after >/dev/null   # still the right flow after the load
    stop_target
    sleep 2
  done
done
trap - EXIT

if [[ -n $SMOKE ]]; then
  python3 - "$SESSION_DIR/summary.tsv" <<'PY'
import csv, sys
for row in csv.DictReader(open(sys.argv[1]), delimiter="\t"):
    print(f"bench smoke: PASSED {row['name']}: {row['rps_median']} req/s at 2 connections, errors {row['errors']}, "
          f"cold start {row['cold_start_ms']} ms (a smoke run, not a measurement)")
PY
  rm -rf "$SESSION_DIR"
else
  echo "# finished $(date -Is), load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$SESSION_DIR/env.txt"
  python3 "$SCRIPTS/table.py" "$SESSION_DIR/summary.tsv" | tee "$SESSION_DIR/table.md"
  echo "Results: $SESSION_DIR"
fi
