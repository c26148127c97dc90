#!/usr/bin/env python3
"""Validate the blind boilerplate gold set Z and print per-file counts."""
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def check(path):
    errors = []
    with open(path, "rb") as fh:
        raw = fh.read()
    if b"\r" in raw:
        errors.append("contains CR")
    if b"\t" in raw:
        errors.append("contains tab")
    text = raw.decode("utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or not lines[0].startswith("#outlet: "):
        errors.append("line 1 is not '#outlet: ...'")
    content = boiler = blank = 0
    for no, line in enumerate(lines[1:], start=2):
        if line != line.rstrip():
            errors.append("trailing space on line %d" % no)
        if not line.strip():
            blank += 1
        elif line.startswith("!"):
            boiler += 1
        elif line.startswith("#"):
            errors.append("unescaped '#' on line %d" % no)
        else:
            content += 1
    return content, boiler, blank, errors


def main():
    files = sorted(glob.glob(os.path.join(HERE, "z[0-9][0-9]_*.txt")))
    tc = tb = 0
    bad = 0
    print("%-52s %7s %7s %6s %5s" % ("file", "content", "boiler", "share", "blank"))
    for f in files:
        c, b, bl, errs = check(f)
        tc += c
        tb += b
        share = 100.0 * c / (c + b) if c + b else 0.0
        print("%-52s %7d %7d %5.1f%% %5s" % (os.path.basename(f), c, b, share,
                                           "yes" if bl else "no"))
        for e in errs:
            bad += 1
            print("   ERROR:", e)
    share = 100.0 * tc / (tc + tb) if tc + tb else 0.0
    print("%-52s %7d %7d %5.1f%%" % ("TOTAL (%d files)" % len(files), tc, tb, share))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
