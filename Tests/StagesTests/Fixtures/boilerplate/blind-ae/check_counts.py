#!/usr/bin/env python3
"""Validate the boilerplate gold files and print counts per file and totals."""
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def check(path):
    errors = []
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [f"not UTF-8: {exc}"], 0, 0, False
    if "\r" in text:
        errors.append("contains CR")
    if "\t" in text:
        errors.append("contains tab")
    if not text.endswith("\n"):
        errors.append("no final newline")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or not lines[0].startswith("#outlet: ") or len(lines[0]) <= len("#outlet: "):
        errors.append("line 1 is not '#outlet: <name>'")
    content = boiler = 0
    blanks = False
    for no, line in enumerate(lines, 1):
        if line != line.rstrip():
            errors.append(f"line {no}: trailing whitespace")
        if no == 1:
            continue
        if line.strip() == "":
            blanks = True
            continue
        if line.startswith("#"):
            errors.append(f"line {no}: unescaped '#' line")
        if line.startswith("!"):
            if line[1:].strip() == "":
                errors.append(f"line {no}: empty boilerplate line")
            boiler += 1
        else:
            if line.startswith("|") and (len(line) < 2 or line[1] not in "!|#"):
                # a '|' escape is only needed before ! | #; flag stray use
                errors.append(f"line {no}: '|' escape not followed by ! | #")
            content += 1
    return errors, content, boiler, blanks


def main():
    files = sorted(glob.glob(os.path.join(HERE, "e[0-9][0-9]_*.txt")))
    bad = 0
    tc = tb = 0
    print(f"{'file':55} {'cont':>5} {'boil':>5} {'share':>6} blanks")
    for f in files:
        errors, c, b, blanks = check(f)
        tc += c
        tb += b
        share = c / (c + b) if c + b else 0.0
        print(f"{os.path.basename(f):55} {c:5d} {b:5d} {share:6.1%} {'yes' if blanks else 'no'}")
        for e in errors:
            bad += 1
            print(f"  ERROR {e}")
    share = tc / (tc + tb) if tc + tb else 0.0
    print(f"{'TOTAL (' + str(len(files)) + ' files)':55} {tc:5d} {tb:5d} {share:6.1%}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
