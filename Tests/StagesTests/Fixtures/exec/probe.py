#!/usr/bin/env python3
"""A test command for the exec stage: its behaviour is chosen by words in the document's text."""
import json
import os
import sys
import time

for line in sys.stdin:
    record = json.loads(line)
    text = record["text"]
    if "die-now" in text:
        print("probe: asked to die", file=sys.stderr, flush=True)
        os._exit(3)
    if "hang-now" in text:
        time.sleep(30)
    if "garbage-now" in text:
        print("this is not json", flush=True)
        continue
    if "wrong-id-now" in text:
        print(json.dumps({"id": "someone-else", "length": 0}), flush=True)
        continue
    if "refuse-now" in text:
        print(json.dumps({"id": record["id"], "error": "refused: the text asked for it"}), flush=True)
        continue
    if "shout-now" in text:
        print(json.dumps({"id": record["id"], "text": text.upper()}), flush=True)
        continue
    # Echo the whole record back with new fields, as a typical script does.
    record["length"] = len(text)  # code points
    record["pid"] = os.getpid()
    record["seen"] = sorted(k for k in record if k not in ("length", "pid"))
    print(json.dumps(record, ensure_ascii=False), flush=True)
