#!/usr/bin/env python3
"""Validate the boilerplate gold pages and print per-file counts.

Usage: python3 check_counts.py [folder]   (default: folder of this script)
"""
import os
import re
import sys

NAME_RE = re.compile(r"^b(\d\d)_[a-z0-9-]+_[a-z0-9-]+\.txt$")


def check(path):
    errors = []
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [f"not UTF-8: {exc}"], None
    if "\r" in text:
        errors.append("contains CR")
    if "\t" in text:
        errors.append("contains TAB")
    if not text.endswith("\n"):
        errors.append("no final newline")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or not lines[0].startswith("#outlet: ") or len(lines[0]) <= 9:
        errors.append("line 1 is not '#outlet: <name>'")
    content = boiler = blank = 0
    for no, line in enumerate(lines[1:], start=2):
        if line != line.rstrip():
            errors.append(f"line {no}: trailing whitespace")
        if line.strip() == "":
            if line != "":
                errors.append(f"line {no}: whitespace-only line")
            blank += 1
            continue
        if line.startswith("#"):
            errors.append(f"line {no}: unescaped '#' line")
            continue
        if line.startswith("!"):
            if line[1:].strip() == "":
                errors.append(f"line {no}: empty boilerplate line")
            boiler += 1
        else:
            if line.startswith("|") and len(line) == 1:
                errors.append(f"line {no}: empty escaped line")
            content += 1
    return errors, (content, boiler, blank)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    files = sorted(f for f in os.listdir(folder) if f.endswith(".txt"))
    bad = 0
    tc = tb = 0
    print(f"{'file':<50} {'content':>7} {'boiler':>6} {'share':>6} {'blanks':>6}")
    for name in files:
        if not NAME_RE.match(name):
            print(f"{name}: bad file name")
            bad += 1
        errors, counts = check(os.path.join(folder, name))
        for e in errors:
            print(f"{name}: {e}")
        bad += len(errors)
        if counts is None:
            continue
        c, b, bl = counts
        tc += c
        tb += b
        share = c / (c + b) if c + b else 0.0
        print(f"{name:<50} {c:>7} {b:>6} {share:>6.1%} {'yes' if bl else 'no':>6}")
    total = tc + tb
    print(f"{'TOTAL (' + str(len(files)) + ' files)':<50} {tc:>7} {tb:>6} "
          f"{(tc / total if total else 0):>6.1%}")
    if bad:
        print(f"{bad} problem(s) found")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
