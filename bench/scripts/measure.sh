#!/usr/bin/env bash
# Measures one running target with wrk (bench/run.sh calls it; usable by hand).
#   usage: scripts/measure.sh TARGET_URL NAME
# The target must be listening; TARGET_PID is the process to measure (else: whatever listens on the port).
# Phases: warm-up, RUNS runs at THREADS/CONNS, one run at 1 connection, then (RSS_CONVERSATIONS > 0) every one of
# RSS_CONVERSATIONS conversations walked once through the whole flow, and the RSS read after it. Target CPU comes
# from /proc/PID/stat (utime+stime) around each run. Writes RESULTS_DIR/NAME-STAMP.tsv (one line per phase),
# appends the figures to RESULTS_DIR/summary.tsv, prints a FIGURES line, exits non-zero on any wrk error.
# Knobs (env): WARMUP=10 DURATION=20 RUNS=3 CONNS=16 THREADS=2 SINGLE_DURATION=10 (seconds; 0 skips a phase)
#   CONVERSATIONS=1000 RSS_CONVERSATIONS=10000 RSS_MAX_DURATION=600 BENCH_FLOW="start over|..."
#   COLD_START_MS (recorded as given) TARGET_PID RESULTS_DIR
set -euo pipefail
URL=${1:?usage: measure.sh TARGET_URL NAME}
NAME=${2:?usage: measure.sh TARGET_URL NAME}
HERE=$(cd "$(dirname "$0")" && pwd)
RES=${RESULTS_DIR:-$HERE/../results}
WARMUP=${WARMUP:-10}; DURATION=${DURATION:-20}; RUNS=${RUNS:-3}
CONNS=${CONNS:-16}; THREADS=${THREADS:-2}; SINGLE_DURATION=${SINGLE_DURATION:-10}
CONVERSATIONS=${CONVERSATIONS:-1000}; RSS_CONVERSATIONS=${RSS_CONVERSATIONS:-10000}; RSS_MAX_DURATION=${RSS_MAX_DURATION:-600}
export BENCH_FLOW=${BENCH_FLOW:-start over}
mkdir -p "$RES"
STAMP=$(date +%Y%m%dT%H%M%S)
FILE_NAME=${NAME//[^A-Za-z0-9_.-]/_}
TSV="$RES/$FILE_NAME-$STAMP.tsv"
TCK=$(getconf CLK_TCK)

PORT=$(python3 -c 'import sys,urllib.parse as u; print(u.urlparse(sys.argv[1]).port or 80)' "$URL")
PID=${TARGET_PID:-$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)}
[[ -n "$PID" && -r /proc/$PID/stat ]] || { echo "cannot find the PID listening on port $PORT (set TARGET_PID)" >&2; exit 2; }

cpu_ticks() { sed 's/.*) //' "/proc/$PID/stat" | awk '{print $12+$13}'; }      # utime+stime of the target
machine()   { awk '/^cpu /{print $2+$3+$4+$5+$6+$7+$8+$9, $5+$6}' /proc/stat; } # total, idle(+iowait) jiffies
rss_kb()    { awk -v k="$1:" '$1==k{print $2}' "/proc/$PID/status"; }

printf 'phase\tthreads\tconns\tconversations\trequests\twall_s\trps\tp50_ms\tp90_ms\tp99_ms\tp999_ms\tmax_ms\terrors\ttarget_cpu_s\treq_per_cpu_s\ttarget_cores\tmachine_busy_pct\twrk_cpu_s\n' > "$TSV"
one() { # phase threads conns duration_s conversations [stop_after_per_thread]
  local phase=$1 t=$2 c=$3 d=$4 n=$5 stop=${6:-} log="$RES/$FILE_NAME-$STAMP-$1.log"
  local c0 c1 m0 m1 w0 w1
  local done_dir; done_dir=$(mktemp -d)
  c0=$(cpu_ticks); m0=$(machine); w0=$(date +%s.%N)
  export BENCH_RUN=$STAMP-$phase BENCH_THREADS=$t BENCH_CONVERSATIONS=$n BENCH_STOP_AFTER=$stop BENCH_DONE_DIR=$done_dir
  if [[ -z $stop ]]; then
    { TIMEFORMAT='%U %S'; time wrk -t"$t" -c"$c" -d"${d}s" --latency -s "$HERE/flow.lua" "$URL" > "$log" 2>&1; } 2> "$log.time"
  else
    # Each thread stops after its share and leaves a mark; when all have, SIGINT makes wrk report and exit
    # (its main thread would otherwise sleep until -d). wrk's own CPU is read from /proc while it runs.
    (exec wrk -t"$t" -c"$c" -d"${d}s" --latency -s "$HERE/flow.lua" "$URL" > "$log" 2>&1) &
    local wpid=$! wticks=0 marks
    while [[ -r /proc/$wpid/stat && $(awk '{print $3}' "/proc/$wpid/stat" 2>/dev/null) != Z ]]; do
      wticks=$(awk '{print $14+$15}' "/proc/$wpid/stat" 2>/dev/null || echo "$wticks")
      marks=$(find "$done_dir" -type f | wc -l)
      if [[ $marks -ge $t ]]; then kill -INT "$wpid" 2>/dev/null || true; fi
      sleep 0.1
    done
    wait "$wpid" || true
    echo "$(awk -v x="$wticks" -v k="$TCK" 'BEGIN{print x/k}') 0" > "$log.time"
  fi
  unset BENCH_RUN BENCH_THREADS BENCH_CONVERSATIONS BENCH_STOP_AFTER BENCH_DONE_DIR
  w1=$(date +%s.%N); c1=$(cpu_ticks); m1=$(machine)
  rm -rf "$done_dir"
  python3 - "$phase" "$t" "$c" "$n" "$log" "$c0" "$c1" "$TCK" "$w0" "$w1" "$m0" "$m1" "$(cat "$log.time")" >> "$TSV" <<'PY'
import sys, re
phase, t, c, n, log, c0, c1, tck, w0, w1, m0, m1, wt = sys.argv[1:14]
txt = open(log).read()
m = re.search(r"WRK_RESULT (.*)", txt)
if not m: sys.exit(f"no WRK_RESULT in {log}:\n{txt}")
r = {k: float(v) for k, v in (kv.split("=") for kv in m.group(1).split())}
cpu = (int(c1) - int(c0)) / int(tck)
wall = float(w1) - float(w0)
mt0, mi0 = map(int, m0.split()); mt1, mi1 = map(int, m1.split())
busy = 100.0 * (1 - (mi1 - mi0) / max(1, mt1 - mt0))
err = r["err_connect"] + r["err_read"] + r["err_write"] + r["err_status"] + r["err_timeout"] + r["empty_replies"]
ms = lambda k: r[k] / 1000.0
print(f"{phase}\t{t}\t{c}\t{n}\t{int(r['requests'])}\t{r['duration_us']/1e6:.2f}\t{r['rps']:.0f}\t{ms('p50_us'):.3f}\t{ms('p90_us'):.3f}\t"
      f"{ms('p99_us'):.3f}\t{ms('p999_us'):.3f}\t{ms('max_us'):.3f}\t{int(err)}\t{cpu:.2f}\t{r['requests']/cpu if cpu else 0:.0f}\t"
      f"{cpu/wall:.2f}\t{busy:.0f}\t{sum(map(float, wt.split())):.2f}")
PY
}
STEPS=$(awk -F'|' '{print NF}' <<< "$BENCH_FLOW")
[[ "$WARMUP" != 0 ]] && one warmup "$THREADS" "$CONNS" "$WARMUP" "$CONVERSATIONS"
for i in $(seq 1 "$RUNS"); do one "run$i" "$THREADS" "$CONNS" "$DURATION" "$CONVERSATIONS"; done
[[ "$SINGLE_DURATION" != 0 ]] && one single 1 1 "$SINGLE_DURATION" "$CONVERSATIONS"
RSS=$(rss_kb VmRSS)
RSS_10K=0
if [[ "$RSS_CONVERSATIONS" != 0 ]]; then
  # Each thread owns RSS_CONVERSATIONS/THREADS conversations and visits each once per step of the flow.
  one rss "$THREADS" "$CONNS" "$RSS_MAX_DURATION" "$RSS_CONVERSATIONS" $(( (RSS_CONVERSATIONS * STEPS + THREADS - 1) / THREADS ))
  RSS_10K=$(rss_kb VmRSS)
fi
HWM=$(rss_kb VmHWM)

python3 - "$TSV" "$NAME" "$RSS" "$RSS_10K" "$HWM" "$RES/summary.tsv" "$STAMP" "$URL" "${COLD_START_MS:-}" "$RSS_CONVERSATIONS" "$STEPS" <<'PY'
import sys, csv, statistics as st, os
tsv, name, rss, rss10k, hwm, summ, stamp, url, cold, rss_convs, steps = sys.argv[1:12]
rows = list(csv.DictReader(open(tsv), delimiter="\t"))
runs = [r for r in rows if r["phase"].startswith("run")]
single = next((r for r in rows if r["phase"] == "single"), None)
rssrow = next((r for r in rows if r["phase"] == "rss"), None)
f = lambda rs, k: [float(r[k]) for r in rs]
med = lambda rs, k: st.median(f(rs, k))
print(f"\n== {name}  {url}  ({stamp})")
print(open(tsv).read().rstrip())
errs = sum(int(r["errors"]) for r in rows)
# Turns the RSS phase completed, in whole conversations (all of them unless RSS_MAX_DURATION cut it short).
walked = min(int(rss_convs), int(rssrow["requests"]) // int(steps)) if rssrow else 0
out = {
  "name": name, "stamp": stamp,
  "rps_median": round(med(runs, "rps")), "rps_min": round(min(f(runs, "rps"))), "rps_max": round(max(f(runs, "rps"))),
  "p50_ms": round(med(runs, "p50_ms"), 3), "p99_ms": round(med(runs, "p99_ms"), 3),
  "req_per_cpu_s": round(med(runs, "req_per_cpu_s")), "target_cores": round(med(runs, "target_cores"), 2),
  "machine_busy_pct": round(med(runs, "machine_busy_pct")),
  "c1_rps": round(float(single["rps"])) if single else "", "c1_p50_ms": float(single["p50_ms"]) if single else "",
  "c1_p99_ms": float(single["p99_ms"]) if single else "",
  "rss_mib": round(int(rss) / 1024, 1),
  "rss_conversations": walked,
  "rss_after_conversations_mib": round(int(rss10k) / 1024, 1) if rssrow else "",
  "rss_phase_req_per_cpu_s": round(float(rssrow["req_per_cpu_s"])) if rssrow else "",
  "peak_rss_mib": round(int(hwm) / 1024, 1), "cold_start_ms": cold, "errors": errs,
}
print(f"\nFIGURES {name}: {out['rps_median']} req/s median of {len(runs)} (min {out['rps_min']}, max {out['rps_max']}), "
      f"p50 {out['p50_ms']} ms, p99 {out['p99_ms']} ms @c{runs[0]['conns']}; "
      f"{out['req_per_cpu_s']} req per target CPU-second (target used {out['target_cores']} cores, machine {out['machine_busy_pct']}% busy); "
      + (f"c1: {out['c1_rps']} req/s, p50 {out['c1_p50_ms']} ms, p99 {out['c1_p99_ms']} ms; " if single else "")
      + f"RSS {out['rss_mib']} MiB"
      + (f", {out['rss_after_conversations_mib']} MiB after {walked} conversations" if rssrow else "")
      + f" (peak {out['peak_rss_mib']} MiB); cold start {cold or '-'} ms; errors {errs}")
new = not os.path.exists(summ)
with open(summ, "a") as fh:
    if new: fh.write("\t".join(out.keys()) + "\n")
    fh.write("\t".join(str(v) for v in out.values()) + "\n")
if errs: sys.exit("ERRORS during the runs (wrk errors, non-2xx or replies without activities): see the logs")
if rssrow and walked < int(rss_convs):
    print(f"WARNING: the RSS phase walked only {walked} of {rss_convs} conversations through the flow within RSS_MAX_DURATION")
PY
