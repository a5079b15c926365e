#!/usr/bin/env python3
"""The check before (and after) measuring: one conversation walked through the benchmark flow by HTTP.

usage: check.py URL NAME --mode reply|guided [--flow "start over|mixed|..."] [--questions questions.yml]
                [--final pathways|REGEX] [--pathways pathways.yml] [--out DIR] [--conversation ID]

reply   every answer is 200 with a non-empty {"activities":[...]} (the ceiling, A).
guided  the flow's first text asks question 1; answer i asks question i+1 (its prompt from questions.yml,
        so wording lives in one place); the last answer brings the final reply (--final: "pathways" = an
        attachment and a pathway title or id P1..P7 from pathways.yml, else a regex); the first text again
        asks question 1. Every reply activity must carry text or an attachment.
Exits non-zero with the offending turn and body. Prints one line per turn.
"""
import argparse, json, os, re, sys, time, urllib.error, urllib.request

try:
    import yaml
except ImportError:
    sys.exit("check.py needs PyYAML: apt-get install -y python3-yaml (or pip install pyyaml)")


def activity(conversation, number, text):
    return {
        "type": "message", "id": f"check-{number}", "timestamp": "2025-01-01T12:00:00.000Z",
        "localTimestamp": "2025-01-01T13:00:00.000+01:00", "serviceUrl": "http://127.0.0.1:9/",
        "channelId": "msteams",
        "from": {"id": "29:check-user", "name": "Check User", "aadObjectId": "00000000-0000-0000-0000-00000000c0de"},
        "conversation": {"conversationType": "personal", "tenantId": "11111111-1111-1111-1111-111111111111",
                         "id": f"a:{conversation}"},
        "recipient": {"id": "28:bench-bot", "name": "BenchBot"}, "textFormat": "plain", "locale": "en-US",
        "text": text, "deliveryMode": "expectReplies",
        "entities": [{"locale": "en-US", "country": "US", "platform": "Web", "timezone": "Europe/Berlin", "type": "clientInfo"}],
        "channelData": {"tenant": {"id": "11111111-1111-1111-1111-111111111111"}, "source": {"name": "bench"}},
    }


def post(url, body):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def strings(node):
    """Every string inside a JSON value, so a check does not depend on where a card puts its text."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)


def squash(text):
    return " ".join(text.split()).casefold()


def show(activities):
    parts = []
    for a in activities:
        text = (a.get("text") or "").strip().splitlines()
        cards = [att.get("contentType", "?").split(".")[-1] for att in a.get("attachments") or []]
        parts.append(f"{a.get('type')}: {text[0][:70] if text else ''}" + (f" [{', '.join(cards)}]" if cards else ""))
    return " | ".join(parts)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url"); parser.add_argument("name")
    parser.add_argument("--mode", choices=["reply", "guided"], required=True)
    parser.add_argument("--flow", default=os.environ.get("BENCH_FLOW", "start over"))
    parser.add_argument("--questions"); parser.add_argument("--pathways")
    parser.add_argument("--final", default="pathways")
    parser.add_argument("--out"); parser.add_argument("--conversation", default=f"check-{int(time.time() * 1000)}")
    args = parser.parse_args()

    flow = args.flow.split("|")
    expected = [None] * len(flow)
    if args.mode == "guided":
        questions = [q for q in yaml.safe_load(open(args.questions, encoding="utf-8"))["questions"] if not q.get("optional")]
        if len(questions) < len(flow) - 1:
            sys.exit(f"CHECK FAILED: the flow has {len(flow) - 1} answers but questions.yml only {len(questions)} questions")
        expected = [("prompt", q["prompt"]) for q in questions[:len(flow) - 1]] + [("final", args.final)]
        flow = flow + flow[:1]                 # and back to the start
        expected = expected + expected[:1]
    pathway_marks = []
    if args.final == "pathways" and args.pathways:
        items = yaml.safe_load(open(args.pathways, encoding="utf-8"))["items"]
        pathway_marks = [squash(item["title"]) for item in items if item.get("kind") == "pathway"]

    for turn, (text, want) in enumerate(zip(flow, expected), start=1):
        started = time.perf_counter()
        status, body = post(args.url, activity(args.conversation, turn, text))
        took = (time.perf_counter() - started) * 1000
        if args.out:
            with open(os.path.join(args.out, f"{args.name}-check-{turn}.json"), "wb") as fh:
                fh.write(body)

        def fail(why):
            sys.exit(f"CHECK FAILED ({args.name}, turn {turn}, sent {text!r}): {why}\n  HTTP {status}, body {body[:600]!r}")

        if status != 200:
            fail("not 200")
        try:
            activities = json.loads(body)["activities"]
        except (ValueError, KeyError, TypeError) as error:
            fail(f"not an expectReplies body: {error}")
        if not isinstance(activities, list) or not activities:
            fail("no reply activities")
        if args.mode == "guided":
            for a in activities:
                if a.get("type") == "message" and not (a.get("text") or "").strip() and not a.get("attachments"):
                    fail("a reply message carries neither text nor an attachment")
            found = squash("\n".join(strings(activities)))
            kind, value = want
            if kind == "prompt" and squash(value) not in found:
                fail(f"the reply does not ask {value!r}")
            if kind == "final" and value == "pathways":
                if not any(a.get("attachments") for a in activities):
                    fail("the guidance reply has no attachment (card)")
                if not (re.search(r"\bp[1-7]\b", found) or any(mark in found for mark in pathway_marks)):
                    fail("the guidance reply names no pathway (a title from pathways.yml or an id P1..P7)")
            elif kind == "final" and not re.search(value, found, re.IGNORECASE):
                fail(f"the final reply does not match {value!r}")
        print(f"check {args.name} turn {turn} {text!r}: HTTP {status}, {len(body)} B, {took:.1f} ms: {show(activities)}")


if __name__ == "__main__":
    main()
