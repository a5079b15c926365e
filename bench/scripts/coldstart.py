#!/usr/bin/env python3
"""Cold start: wall time from a process's launch to its first answered turn.

usage: coldstart.py LAUNCHED_AT URL [TIMEOUT_S] [TEXT]
LAUNCHED_AT is the launch time in seconds since the epoch (`date +%s.%N` just before the launch). Polls every
5 ms with a message activity (deliveryMode expectReplies, a fresh conversation) until the answer is 200 with
at least one reply activity; prints the milliseconds. Exits 1 on timeout.
"""
import json, sys, time, urllib.error, urllib.request

launched, url = float(sys.argv[1]), sys.argv[2]
timeout = float(sys.argv[3]) if len(sys.argv) > 3 else 60
text = sys.argv[4] if len(sys.argv) > 4 else "start over"
body = json.dumps({
    "type": "message", "id": "cold-1", "serviceUrl": "http://127.0.0.1:9/", "channelId": "msteams",
    "from": {"id": "29:cold-user", "name": "Cold User"}, "recipient": {"id": "28:bench-bot", "name": "BenchBot"},
    "conversation": {"conversationType": "personal", "id": f"a:cold-{int(launched * 1000)}"},
    "locale": "en-US", "text": text, "deliveryMode": "expectReplies",
}).encode()

while time.time() - launched < timeout:
    try:
        request = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            answered = response.status == 200 and json.loads(response.read()).get("activities")
        if answered:
            print(f"{(time.time() - launched) * 1000:.0f}")
            sys.exit(0)
    except (urllib.error.URLError, ConnectionError, ValueError):
        pass
    time.sleep(0.005)
sys.exit(f"no answered turn within {timeout:.0f} s of the launch")
