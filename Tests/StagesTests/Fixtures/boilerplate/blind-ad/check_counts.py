#!/usr/bin/env python3
"""Validate the boilerplate gold pages and print counts per file and totals."""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME_RE = re.compile(r"^d\d\d_[a-z0-9-]+_[a-z0-9-]+\.txt$")


def check(path):
    errors = []
    raw = open(path, "rb").read()
    if b"\r" in raw:
        errors.append("CR found")
    if b"\t" in raw:
        errors.append("tab found")
    text = raw.decode("utf-8")
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
            errors.append("line %d: trailing whitespace" % i)
        if line.strip() == "":
            blank += 1
            continue
        if line.startswith("#"):
            errors.append("line %d: unescaped '#' line" % i)
        elif line.startswith("!"):
            if line[1:].strip() == "":
                errors.append("line %d: empty boilerplate line" % i)
            boiler += 1
        else:
            if line.startswith("|") and len(line) > 1 and line[1] not in "!|#":
                errors.append("line %d: '|' escape not followed by ! | #" % i)
            content += 1
    return lines[0][9:] if lines else "", content, boiler, blank, errors


def main():
    files = sorted(glob.glob(os.path.join(HERE, "d*.txt")))
    bad = 0
    tc = tb = 0
    print("%-45s %-28s %5s %5s %6s %5s" % ("file", "outlet", "cont", "boil", "share", "blank"))
    for f in files:
        name = os.path.basename(f)
        outlet, c, b, bl, errs = check(f)
        if not NAME_RE.match(name):
            errs.append("bad file name")
        tc += c
        tb += b
        share = 100.0 * c / (c + b) if c + b else 0.0
        print("%-45s %-28s %5d %5d %5.1f%% %5s" % (name, outlet, c, b, share, "yes" if bl else "no"))
        for e in errs:
            bad += 1
            print("  ERROR:", e)
    share = 100.0 * tc / (tc + tb) if tc + tb else 0.0
    print("%-45s %-28s %5d %5d %5.1f%%" % ("TOTAL (%d files)" % len(files), "", tc, tb, share))
    if bad:
        print("%d error(s)" % bad)
        sys.exit(1)


if __name__ == "__main__":
    main()
