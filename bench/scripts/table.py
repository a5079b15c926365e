#!/usr/bin/env python3
"""Markdown tables from a session's summary.tsv: per round, per target (median over rounds), ratios of ours
to A and B, and ours against the issue's targets (reported, not asserted)."""
import csv, statistics as st, sys

rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
cols = [("name", "target#round"), ("rps_median", "req/s c16"), ("rps_min", "min"), ("rps_max", "max"),
        ("p50_ms", "p50 ms"), ("p99_ms", "p99 ms"), ("req_per_cpu_s", "req per target CPU-s"),
        ("target_cores", "target cores"), ("machine_busy_pct", "box busy %"), ("c1_rps", "c1 req/s"),
        ("c1_p50_ms", "c1 p50 ms"), ("c1_p99_ms", "c1 p99 ms"), ("rss_mib", "RSS MiB after runs"),
        ("rss_after_conversations_mib", "RSS MiB after N conv."), ("rss_conversations", "N conv."), ("rss_phase_req_per_cpu_s", "req per CPU-s, RSS phase"),
        ("peak_rss_mib", "peak RSS MiB"), ("cold_start_ms", "cold start ms"), ("errors", "errors")]
print("Per round (in the order run):\n")
print("| " + " | ".join(h for _, h in cols) + " |")
print("|" + "---|" * len(cols))
for r in rows:
    print("| " + " | ".join(str(r.get(k, "")) for k, _ in cols) + " |")

by = {}
for r in rows:
    by.setdefault(r["name"].split("#")[0], []).append(r)


def agg(name, key):
    values = [float(r[key]) for r in by.get(name, []) if r.get(key) not in (None, "")]
    return st.median(values) if values else None


fmt = {"rps_median": "{:.0f}", "req_per_cpu_s": "{:.0f}", "c1_rps": "{:.0f}", "p50_ms": "{:.3f}", "p99_ms": "{:.2f}",
       "c1_p50_ms": "{:.3f}", "c1_p99_ms": "{:.2f}", "rss_mib": "{:.0f}", "rss_after_conversations_mib": "{:.0f}",
       "rss_phase_req_per_cpu_s": "{:.0f}", "peak_rss_mib": "{:.0f}", "target_cores": "{:.2f}", "cold_start_ms": "{:.0f}"}
keys = list(fmt)
hdr = dict(cols)
show = lambda v, k: "-" if v is None else fmt[k].format(v)
print(f"\nPer target, median over {max(len(v) for v in by.values())} round(s):\n")
print("| target | " + " | ".join(hdr[k] for k in keys) + " |")
print("|---|" + "---|" * len(keys))
for name in by:
    print(f"| {name} | " + " | ".join(show(agg(name, k), k) for k in keys) + " |")


def ratio(a, b):
    return f"{a / b:.2f}x" if a is not None and b else "-"


ours = [n for n in by if n.startswith("ours")]
refs = [n for n in ("A", "B") if n in by]
if ours and refs:
    print("\nRatios (medians over rounds; > 1 means ours is better):\n")
    print("| | req per CPU-s | req/s c16 | p50 c16 | p99 c16 | RSS after 10k conv. | cold start |")
    print("|---|---|---|---|---|---|---|")
    for n in ours:
        for ref in refs:
            print(f"| {n} vs {ref} | {ratio(agg(n, 'req_per_cpu_s'), agg(ref, 'req_per_cpu_s'))} "
                  f"| {ratio(agg(n, 'rps_median'), agg(ref, 'rps_median'))} "
                  f"| {ratio(agg(ref, 'p50_ms'), agg(n, 'p50_ms'))} | {ratio(agg(ref, 'p99_ms'), agg(n, 'p99_ms'))} "
                  f"| {ratio(agg(ref, 'rss_after_conversations_mib'), agg(n, 'rss_after_conversations_mib'))} "
                  f"| {ratio(agg(ref, 'cold_start_ms'), agg(n, 'cold_start_ms'))} |")
if "A" in by and "B" in by:
    print(f"\nA vs B (the anchors' gap): req per CPU-s {ratio(agg('A', 'req_per_cpu_s'), agg('B', 'req_per_cpu_s'))}, "
          f"req/s {ratio(agg('A', 'rps_median'), agg('B', 'rps_median'))}")

goals = [  # (target, key, comparison, goal, label)
    ("ours-sqlite", "req_per_cpu_s", ">=", 15000, "turns per CPU-second, SQLite"),
    ("ours-memory", "req_per_cpu_s", ">=", 30000, "turns per CPU-second, memory"),
    ("ours-sqlite", "p99_ms", "<", 5, "p99 ms at 16 connections, SQLite"),
    ("ours-memory", "p99_ms", "<", 5, "p99 ms at 16 connections, memory"),
    ("ours-sqlite", "rss_after_conversations_mib", "<", 150, "RSS MiB after 10,000 conversations, SQLite"),
    ("ours-memory", "rss_after_conversations_mib", "<", 150, "RSS MiB after 10,000 conversations, memory"),
    ("ours-sqlite", "cold_start_ms", "<", 1500, "cold start ms, SQLite"),
    ("ours-memory", "cold_start_ms", "<", 1500, "cold start ms, memory"),
]
lines = []
for target, key, op, goal, label in goals:
    value = agg(target, key)
    if value is None:
        continue
    met = value >= goal if op == ">=" else value < goal
    lines.append(f"| {label} | {op} {goal:,} | {fmt[key].format(value)} | {'met' if met else 'NOT met'} |")
if lines:
    print("\nOurs against the targets (reported, not asserted):\n")
    print("| figure | target | measured | |")
    print("|---|---|---|---|")
    print("\n".join(lines))
