#!/usr/bin/env python3
"""Validate the boilerplate gold pages and print per-file counts.

Checks: line 1 is '#outlet: <name>'; no tabs, no CR, no trailing spaces;
no line after line 1 starting with '#' (content lines whose text begins with
'#' must be escaped with a leading '|'); file ends with a newline.
Counts: content lines (non-blank, not starting with '!'), boilerplate lines
(starting with '!'), blank lines. Line 1 is excluded from all counts.
"""
import glob
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
files = sorted(glob.glob(os.path.join(here, "f[0-9][0-9]_*.txt")))
errors = 0
tot_c = tot_b = 0
print(f"{'file':48} {'content':>7} {'boiler':>6} {'share':>6} blanks")
for path in files:
    name = os.path.basename(path)
    raw = open(path, "rb").read()
    text = raw.decode("utf-8")
    def err(msg):
        global errors
        errors += 1
        print(f"ERROR {name}: {msg}")
    if "\r" in text:
        err("contains CR")
    if "\t" in text:
        err("contains tab")
    if not text.endswith("\n"):
        err("no final newline")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or not lines[0].startswith("#outlet: ") or not lines[0][9:].strip():
        err("line 1 is not '#outlet: <name>'")
    c = b = blank = 0
    for i, line in enumerate(lines[1:], start=2):
        if line != line.rstrip():
            err(f"line {i}: trailing whitespace")
        if line.strip() == "":
            if line != "":
                err(f"line {i}: whitespace-only line")
            blank += 1
        elif line.startswith("#"):
            err(f"line {i}: unescaped '#' line")
        elif line.startswith("!"):
            if line[1:].strip() == "":
                err(f"line {i}: empty boilerplate line")
            b += 1
        else:
            c += 1
    share = c / (c + b) if c + b else 0.0
    tot_c += c
    tot_b += b
    print(f"{name:48} {c:7d} {b:6d} {share:6.1%} {'yes' if blank else 'no'}")
share = tot_c / (tot_c + tot_b) if tot_c + tot_b else 0.0
print(f"{'TOTAL (' + str(len(files)) + ' files)':48} {tot_c:7d} {tot_b:6d} {share:6.1%}")
if errors:
    print(f"{errors} error(s)")
    sys.exit(1)
print("OK")
