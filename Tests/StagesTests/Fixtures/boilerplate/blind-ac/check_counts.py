#!/usr/bin/env python3
"""Validate the boilerplate gold pages and print per-file counts.

Rules checked:
  * line 1 is '#outlet: <name>'
  * no tabs, no CR, no trailing spaces, file ends with LF
  * no line after line 1 starts with '#' (content lines starting with '#', '!'
    or '|' must be escaped with a leading '|')
Counts: content = non-blank lines after line 1 not starting with '!';
boilerplate = lines starting with '!'; blank = empty lines.
"""
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
        return [f"not UTF-8: {exc}"], None
    if "\r" in text:
        errors.append("contains CR")
    if "\t" in text:
        errors.append("contains TAB")
    if not text.endswith("\n"):
        errors.append("no final LF")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or not lines[0].startswith("#outlet: ") or not lines[0][9:].strip():
        errors.append("line 1 is not '#outlet: <name>'")
    content = boiler = blank = 0
    for no, line in enumerate(lines[1:], start=2):
        if line != line.rstrip(" "):
            errors.append(f"line {no}: trailing space")
        if line.startswith("#"):
            errors.append(f"line {no}: unescaped '#' line")
        if line.strip() == "":
            if line != "":
                errors.append(f"line {no}: whitespace-only line")
            blank += 1
        elif line.startswith("!"):
            if line[1:].strip() == "":
                errors.append(f"line {no}: empty boilerplate line")
            boiler += 1
        else:
            content += 1
    return errors, (content, boiler, blank)


def main():
    files = sorted(glob.glob(os.path.join(HERE, "c[0-9][0-9]_*.txt")))
    if not files:
        print("no files found")
        return 1
    bad = 0
    tc = tb = 0
    print(f"{'file':55} {'content':>7} {'boiler':>6} {'share':>6} blank")
    for path in files:
        errors, counts = check(path)
        name = os.path.basename(path)
        if errors:
            bad += 1
            for e in errors:
                print(f"ERROR {name}: {e}")
        if counts:
            c, b, bl = counts
            tc += c
            tb += b
            share = 100.0 * c / (c + b) if c + b else 0.0
            print(f"{name:55} {c:7d} {b:6d} {share:5.1f}% {'yes' if bl else 'no'}")
    share = 100.0 * tc / (tc + tb) if tc + tb else 0.0
    print(f"{'TOTAL (' + str(len(files)) + ' files)':55} {tc:7d} {tb:6d} {share:5.1f}%")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
