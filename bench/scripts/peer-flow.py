#!/usr/bin/env python3
"""Writes peer B's flow.json from our content, so B asks our questions with our choices and synonyms.

usage: peer-flow.py CONTENT_DIR OUT_JSON [COUNT]
Takes the first COUNT (5) questions of guidance/questions.yml that are not optional. Each choice is
{"value": label, "synonyms": [option id, synonyms...]}: botbuilder's ChoicePrompt shows the value as the button
title and matches typed text against value and synonyms, as our bot matches label, value and synonyms.
The restart words are our bot's "restart" and "start" commands from responses.yml.
"""
import json, os, sys

try:
    import yaml
except ImportError:
    sys.exit("peer-flow.py needs PyYAML: apt-get install -y python3-yaml (or pip install pyyaml)")

content, out = sys.argv[1], sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 5
questions = [q for q in yaml.safe_load(open(os.path.join(content, "guidance", "questions.yml"), encoding="utf-8"))["questions"]
             if not q.get("optional")][:count]
commands = yaml.safe_load(open(os.path.join(content, "responses.yml"), encoding="utf-8"))["commands"]
flow = {
    "restart": [str(word) for word in commands["restart"] + commands["start"]],
    "questions": [{
        "slot": q["slot"],
        "prompt": q["prompt"],
        "choices": [{"value": o["label"], "synonyms": [o["value"]] + [str(s) for s in o.get("synonyms") or []]}
                    for o in q["options"]],
    } for q in questions],
}
with open(out, "w", encoding="utf-8") as fh:
    json.dump(flow, fh, indent=1, ensure_ascii=False)
print(f"peer flow: {len(flow['questions'])} questions, {sum(len(q['choices']) for q in flow['questions'])} choices -> {out}")
