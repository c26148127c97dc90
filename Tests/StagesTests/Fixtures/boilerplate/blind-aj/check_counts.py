#!/usr/bin/env python3
"""Validate the blind boilerplate-stripping gold set "AJ".

Usage: python3 check_counts.py [DIR]   (default: the directory of this script)

Checks every iNN_<outlet-slug>_<story-slug>.txt file for:
  - strict UTF-8 without BOM, LF line ends only, final newline, no tabs,
    no trailing spaces, no control characters
  - line 1 is "#outlet: <name>"
  - label syntax: "!" = boilerplate (must have text), other non-blank = content;
    a content line may not start with "#", and a leading "|" must be an escape
    (followed by "!", "|" or "#")
  - 12-15 content lines
  - content share within the range of the page class
    (dirty 15-18 %, middle 33-38 %, clean 55-60 %; first/second/third page of an outlet)
  - blank-line layout: odd NN = exactly one blank line between every two blocks
    (also after the header), no leading/trailing blank; even NN = no blank lines
  - at least one boilerplate line between the headline (first content line)
    and the last content line
  - 18 files, NN = 01..18, 6 outlets x 3 pages, same outlet name and slug per group
Prints a table per page and totals; exit status 1 on any error.
"""
import os
import re
import sys
import unicodedata

CLASSES = ("dirty", "middle", "clean")
RANGES = {"dirty": (15.0, 18.0), "middle": (33.0, 38.0), "clean": (55.0, 60.0)}
NAME_RE = re.compile(r"^i(\d\d)_([a-z0-9]+(?:-[a-z0-9]+)*)_([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$")
CONTENT_MIN, CONTENT_MAX = 12, 15


def check_file(path, nn):
    errs = []
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errs.append("UTF-8 BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return None, ["not valid UTF-8: %s" % e]
    if "\r" in text:
        errs.append("CR character (line ends must be LF)")
    if "\t" in text:
        errs.append("tab character")
    if not text.endswith("\n"):
        errs.append("no final newline")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, line in enumerate(lines, 1):
        if line != line.rstrip():
            errs.append("line %d: trailing whitespace" % i)
        for ch in line:
            cat = unicodedata.category(ch)
            if cat == "Cc" or ch == "\ufeff":
                errs.append("line %d: control character U+%04X" % (i, ord(ch)))
                break
    header = lines[0] if lines else ""
    m = re.match(r"^#outlet: (\S.*)$", header)
    outlet = m.group(1) if m else None
    if not m:
        errs.append("line 1 is not '#outlet: <name>'")

    body = lines[1:]
    content = boiler = blank = 0
    content_idx, boiler_idx = [], []
    for i, line in enumerate(body, 2):
        if line == "":
            blank += 1
            continue
        if line.strip() == "":
            errs.append("line %d: whitespace-only line" % i)
            continue
        if line.startswith("!"):
            if line[1:].strip() == "":
                errs.append("line %d: boilerplate label without text" % i)
            if line[1:2] == " ":
                errs.append("line %d: space after '!' label" % i)
            boiler += 1
            boiler_idx.append(i)
            continue
        if line.startswith("#"):
            errs.append("line %d: content line starts with '#' (escape it with '|')" % i)
        if line.startswith("|"):
            if len(line) < 2 or line[1] not in "!|#":
                errs.append("line %d: leading '|' is not a valid escape" % i)
            elif line[1:].strip() == "":
                errs.append("line %d: empty escaped content" % i)
        content += 1
        content_idx.append(i)

    # blank-line layout
    if nn % 2 == 1:
        layout = "spaced"
        for j, line in enumerate(lines):
            want_blank = (j % 2 == 1)
            if (line == "") != want_blank:
                errs.append("line %d: layout expects %s line" % (j + 1, "a blank" if want_blank else "a non-blank"))
                break
        if lines and lines[-1] == "":
            errs.append("trailing blank line")
    else:
        layout = "dense"
        if blank:
            errs.append("%d blank line(s) on an even (dense) page" % blank)

    # boilerplate inside the story body
    inside = 0
    if content_idx:
        first, last = content_idx[0], content_idx[-1]
        inside = sum(1 for b in boiler_idx if first < b < last)
        if inside == 0:
            errs.append("no boilerplate between headline and last content line")

    if not CONTENT_MIN <= content <= CONTENT_MAX:
        errs.append("content lines %d not in %d-%d" % (content, CONTENT_MIN, CONTENT_MAX))
    share = 100.0 * content / (content + boiler) if content + boiler else 0.0
    cls = CLASSES[(nn - 1) % 3]
    lo, hi = RANGES[cls]
    if not lo <= share <= hi:
        errs.append("share %.1f %% outside %s range %g-%g %%" % (share, cls, lo, hi))
    info = dict(outlet=outlet, cls=cls, layout=layout, content=content, boiler=boiler,
                blank=blank, share=share, inside=inside)
    return info, errs


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    files = sorted(f for f in os.listdir(root) if f.startswith("i") and f.endswith(".txt"))
    errors = 0
    rows = []
    seen = {}
    groups = {}
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            print("ERROR %s: file name does not match iNN_<outlet-slug>_<story-slug>.txt" % f)
            errors += 1
            continue
        nn = int(m.group(1))
        if nn in seen:
            print("ERROR %s: duplicate number %02d (also %s)" % (f, nn, seen[nn]))
            errors += 1
        seen[nn] = f
        info, errs = check_file(os.path.join(root, f), nn)
        for e in errs:
            print("ERROR %s: %s" % (f, e))
        errors += len(errs)
        if info is None:
            continue
        g = (nn - 1) // 3
        groups.setdefault(g, []).append((nn, m.group(2), info["outlet"], info["cls"], f))
        rows.append((f, info, "ok" if not errs else "FAIL"))

    missing = [n for n in range(1, 19) if n not in seen]
    if missing:
        print("ERROR: missing page numbers %s" % ", ".join("%02d" % n for n in missing))
        errors += 1
    extra = [n for n in seen if not 1 <= n <= 18]
    if extra:
        print("ERROR: page numbers out of range: %s" % extra)
        errors += 1
    outlets = set()
    for g, members in sorted(groups.items()):
        slugs = {s for _, s, _, _, _ in members}
        names = {o for _, _, o, _, _ in members}
        classes = sorted(c for _, _, _, c, _ in members)
        if len(slugs) != 1 or len(names) != 1:
            print("ERROR: outlet group %d mixes slugs %s / names %s" % (g + 1, sorted(slugs), sorted(names)))
            errors += 1
        if classes != sorted(CLASSES):
            print("ERROR: outlet group %d has classes %s" % (g + 1, classes))
            errors += 1
        outlets |= names
    if len(groups) != 6 or len(outlets) != 6:
        print("ERROR: expected 6 outlets x 3 pages, got %d groups / %d outlet names" % (len(groups), len(outlets)))
        errors += 1

    hdr = "%-48s %-7s %-6s %4s %4s %4s %6s %6s  %s" % (
        "file", "class", "layout", "cont", "boil", "blnk", "share", "inbody", "status")
    print(hdr)
    print("-" * len(hdr))
    tc = tb = 0
    per_cls = {c: [0, 0] for c in CLASSES}
    for f, i, st in rows:
        print("%-48s %-7s %-6s %4d %4d %4d %5.1f%% %6d  %s" % (
            f, i["cls"], i["layout"], i["content"], i["boiler"], i["blank"], i["share"], i["inside"], st))
        tc += i["content"]
        tb += i["boiler"]
        per_cls[i["cls"]][0] += i["content"]
        per_cls[i["cls"]][1] += i["boiler"]
    print("-" * len(hdr))
    for c in CLASSES:
        cc, bb = per_cls[c]
        if cc + bb:
            print("%-48s %-7s %-6s %4d %4d %4s %5.1f%%" % ("class total", c, "", cc, bb, "", 100.0 * cc / (cc + bb)))
    if tc + tb:
        print("%-48s %-7s %-6s %4d %4d %4s %5.1f%%" % ("TOTAL (%d pages, %d outlets)" % (len(rows), len(outlets)),
                                                   "", "", tc, tb, "", 100.0 * tc / (tc + tb)))
    print("errors: %d" % errors)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
