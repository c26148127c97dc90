#!/usr/bin/env python3
"""Check the blind boilerplate gold pages and print counts per file and totals."""
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
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or not lines[0].startswith("#outlet: ") or len(lines[0]) <= len("#outlet: "):
        errors.append("line 1 is not '#outlet: <name>'")
    content = boiler = 0
    blanks = False
    for no, line in enumerate(lines[1:], start=2):
        if line != line.rstrip():
            errors.append(f"line {no}: trailing whitespace")
        if line.strip() == "":
            if line:
                errors.append(f"line {no}: whitespace-only line")
            blanks = True
            continue
        if line.startswith("#"):
            errors.append(f"line {no}: unescaped '#' line")
            continue
        if line.startswith("!"):
            if not line[1:].strip():
                errors.append(f"line {no}: empty boilerplate line")
            boiler += 1
            continue
        if line.startswith("|") and (len(line) < 2 or line[1] not in "!|#"):
            errors.append(f"line {no}: '|' escape not followed by ! | #")
        content += 1
    return errors, content, boiler, blanks


def main():
    files = sorted(glob.glob(os.path.join(HERE, "a[0-9][0-9]_*.txt")))
    tc = tb = 0
    bad = 0
    print(f"{'file':48} {'content':>7} {'boiler':>6} {'share':>6} blanks")
    for path in files:
        errors, c, b, blanks = check(path)
        tc += c
        tb += b
        share = c / (c + b) if c + b else 0.0
        print(f"{os.path.basename(path):48} {c:7d} {b:6d} {share:6.1%} {'yes' if blanks else 'no'}")
        for err in errors:
            bad += 1
            print(f"  ERROR: {err}")
    share = tc / (tc + tb) if tc + tb else 0.0
    print(f"{'TOTAL (' + str(len(files)) + ' files)':48} {tc:7d} {tb:6d} {share:6.1%}")
    if bad:
        print(f"{bad} error(s)")
        sys.exit(1)


if __name__ == "__main__":
    main()
