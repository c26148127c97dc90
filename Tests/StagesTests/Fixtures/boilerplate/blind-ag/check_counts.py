#!/usr/bin/env python3
"""Validate the boilerplate gold pages and print per-file counts and totals."""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME_RE = re.compile(r"^g(\d\d)_[a-z0-9-]+_[a-z0-9-]+\.txt$")


def check(path):
    errors = []
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return [f"not UTF-8: {e}"], None
    if "\r" in text:
        errors.append("contains CR")
    if "\t" in text:
        errors.append("contains tab")
    if not text.endswith("\n"):
        errors.append("no final newline")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or not lines[0].startswith("#outlet: ") or len(lines[0]) <= 9:
        errors.append("line 1 is not '#outlet: <name>'")
    content = boiler = blank = 0
    for i, line in enumerate(lines[1:], start=2):
        if line != line.rstrip():
            errors.append(f"line {i}: trailing whitespace")
        if line.strip() == "":
            if line != "":
                errors.append(f"line {i}: whitespace-only line")
            blank += 1
            continue
        if line.startswith("#"):
            errors.append(f"line {i}: unescaped '#' line")
        if line.startswith("!"):
            if line[1:].strip() == "":
                errors.append(f"line {i}: empty boilerplate line")
            boiler += 1
        else:
            if line.startswith("|") and len(line) < 2:
                errors.append(f"line {i}: empty escaped line")
            content += 1
    return errors, (content, boiler, blank)


def main():
    files = sorted(glob.glob(os.path.join(HERE, "g*.txt")))
    bad = 0
    tc = tb = 0
    print(f"{'file':52} {'content':>7} {'boiler':>6} {'share':>6} blanks")
    for f in files:
        name = os.path.basename(f)
        errs, counts = check(f)
        if not NAME_RE.match(name):
            errs.append("bad file name")
        if counts:
            c, b, bl = counts
            tc += c
            tb += b
            share = 100.0 * c / (c + b) if c + b else 0.0
            print(f"{name:52} {c:7d} {b:6d} {share:5.1f}% {'yes' if bl else 'no'}")
        for e in errs:
            bad += 1
            print(f"  ERROR {name}: {e}")
    share = 100.0 * tc / (tc + tb) if tc + tb else 0.0
    print(f"{'TOTAL (' + str(len(files)) + ' files)':52} {tc:7d} {tb:6d} {share:5.1f}%")
    if bad:
        print(f"{bad} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
