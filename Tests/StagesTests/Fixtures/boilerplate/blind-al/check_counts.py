#!/usr/bin/env python3
"""Validate the blind boilerplate gold set "AL" (files iNN_<outlet>_<story>.txt).

Checks per file: strict UTF-8 (no BOM), LF line ends, final newline, no tabs,
no trailing whitespace, no other control characters, header line
`#outlet: <name>`, escapes (`|` only before `!`, `|` or `#`; no unescaped `#`
content), 12-15 content lines, content share inside the range of the page
class, blank-line layout (odd NN: exactly one blank line between every two
lines, even NN: no blank lines), boilerplate inside the story body.
Checks over the set: NN = 01..18, 6 outlets x 3 classes, one outlet slug and
one outlet name per group of three, six distinct outlets.

Prints a table per page and totals; exits with status 1 on any error.
Usage: python3 check_counts.py [DIRECTORY]
"""
import os
import re
import sys
import unicodedata

NAME_RE = re.compile(r"^i(\d{2})_([a-z0-9]+(?:-[a-z0-9]+)*)_([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$")
HEADER_RE = re.compile(r"^#outlet: (\S.*)$")
CLASSES = ("dirty", "middle", "clean")
# share ranges in percent, inclusive
SHARE = {"dirty": (15.0, 18.0), "middle": (33.0, 38.0), "clean": (55.0, 60.0)}
MIN_CONTENT, MAX_CONTENT = 12, 15
N_OUTLETS = 6


def page_class(nn):
    return CLASSES[(nn - 1) % 3]


def check_file(path, nn):
    """Return (stats dict, list of error strings)."""
    errs = []
    st = {"outlet": "?", "content": 0, "boiler": 0, "blank": 0,
          "before": 0, "inside": 0, "after": 0, "share": 0.0}
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errs.append("starts with a UTF-8 BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return st, ["not valid UTF-8: %s" % e]
    if "\r" in text:
        errs.append("contains CR (line ends must be LF)")
    if "\t" in text:
        errs.append("contains a tab")
    if not text.endswith("\n"):
        errs.append("no final LF")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines:
        return st, errs + ["empty file"]
    for i, ln in enumerate(lines, 1):
        if ln != ln.rstrip():
            errs.append("line %d: trailing whitespace" % i)
        if ln and ln[0].isspace():
            errs.append("line %d: leading whitespace" % i)
        for ch in ln:
            if unicodedata.category(ch) == "Cc" and ch != "\t":
                errs.append("line %d: control character U+%04X" % (i, ord(ch)))
                break
    m = HEADER_RE.match(lines[0])
    if not m:
        errs.append("line 1 is not '#outlet: <name>'")
    else:
        st["outlet"] = m.group(1)

    # layout: odd NN -> exactly one blank line after the header and between
    # every two non-blank lines, none at the end; even NN -> no blank lines
    body = lines[1:]
    odd = nn % 2 == 1
    run = 0  # blank lines seen since the previous non-blank line (or header)
    lay = []
    for k, ln in enumerate(body):
        lno = k + 2
        if ln == "":
            run += 1
            if not odd:
                lay.append("line %d: even page must not have blank lines" % lno)
            continue
        if odd and run != 1:
            lay.append("line %d: odd page needs exactly one blank line before it, found %d"
                       % (lno, run))
        run = 0
    if odd and run:
        lay.append("odd page: %d blank line(s) at the end" % run)
    errs.extend(lay[:3])
    if len(lay) > 3:
        errs.append("... and %d more layout errors" % (len(lay) - 3))

    # labels
    kinds = []  # 'c' or 'b' for non-blank lines in order
    for k, ln in enumerate(body):
        lno = k + 2
        if ln == "":
            st["blank"] += 1
            continue
        if ln.startswith("!"):
            if ln[1:].strip() == "":
                errs.append("line %d: empty boilerplate line" % lno)
            kinds.append("b")
            continue
        if ln.startswith("#"):
            errs.append("line %d: content starting with '#' must be escaped as '|#'" % lno)
        if ln.startswith("|"):
            if len(ln) < 2 or ln[1] not in "!|#":
                errs.append("line %d: '|' escape only allowed before '!', '|' or '#'" % lno)
            elif ln[1:].strip() in ("", "!", "|", "#"):
                errs.append("line %d: escaped content line has no text" % lno)
        kinds.append("c")
    st["content"] = kinds.count("c")
    st["boiler"] = kinds.count("b")
    if "c" in kinds:
        first = kinds.index("c")
        last = len(kinds) - 1 - kinds[::-1].index("c")
        st["before"] = kinds[:first].count("b")
        st["inside"] = kinds[first:last + 1].count("b")
        st["after"] = kinds[last + 1:].count("b")
    if st["inside"] == 0:
        errs.append("no boilerplate between headline and last content line")
    if not MIN_CONTENT <= st["content"] <= MAX_CONTENT:
        errs.append("content lines %d not in %d-%d" % (st["content"], MIN_CONTENT, MAX_CONTENT))
    tot = st["content"] + st["boiler"]
    st["share"] = 100.0 * st["content"] / tot if tot else 0.0
    lo, hi = SHARE[page_class(nn)]
    if not lo <= st["share"] <= hi:
        errs.append("content share %.1f%% outside %s range %.0f-%.0f%%"
                    % (st["share"], page_class(nn), lo, hi))
    return st, errs


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    names = sorted(n for n in os.listdir(d) if n.startswith("i") and n.endswith(".txt"))
    errors = []
    pages = {}
    for n in names:
        m = NAME_RE.match(n)
        if not m:
            errors.append("%s: bad file name" % n)
            continue
        nn = int(m.group(1))
        if nn in pages:
            errors.append("%s: duplicate page number %02d" % (n, nn))
            continue
        pages[nn] = (n, m.group(2), m.group(3))
    expected = set(range(1, 3 * N_OUTLETS + 1))
    for nn in sorted(expected - set(pages)):
        errors.append("page %02d missing" % nn)
    for nn in sorted(set(pages) - expected):
        errors.append("%s: page number out of range 01-%02d" % (pages[nn][0], 3 * N_OUTLETS))

    rows = []
    tot = {"content": 0, "boiler": 0, "blank": 0}
    for nn in sorted(pages):
        fname, oslug, sslug = pages[nn]
        st, errs = check_file(os.path.join(d, fname), nn)
        for e in errs:
            errors.append("%s: %s" % (fname, e))
        for k in tot:
            tot[k] += st[k]
        rows.append((nn, fname, oslug, st, "ok" if not errs else "ERROR"))

    # outlet grouping: pages 3g+1..3g+3 share slug and name; groups distinct
    seen_slugs, seen_names = {}, {}
    for g in range(N_OUTLETS):
        grp = [r for r in rows if (r[0] - 1) // 3 == g]
        if len(grp) != 3:
            continue
        slugs = {r[2] for r in grp}
        outl = {r[3]["outlet"] for r in grp}
        if len(slugs) != 1:
            errors.append("pages %02d-%02d: outlet slugs differ: %s" % (3 * g + 1, 3 * g + 3, sorted(slugs)))
        if len(outl) != 1:
            errors.append("pages %02d-%02d: outlet names differ: %s" % (3 * g + 1, 3 * g + 3, sorted(outl)))
        for s in slugs:
            if s in seen_slugs and seen_slugs[s] != g:
                errors.append("outlet slug %s used by two groups" % s)
            seen_slugs[s] = g
        for o in outl:
            if o in seen_names and seen_names[o] != g:
                errors.append("outlet name %s used by two groups" % o)
            seen_names[o] = g
    stories = [r[1] for r in rows]
    if len({s.split("_", 2)[2] for s in stories}) != len(stories):
        errors.append("story slugs are not unique")

    hdr = "%-2s  %-48s %-6s %4s %4s %4s %5s %6s %6s %6s %4s  %s" % (
        "NN", "file", "class", "cont", "bp", "all", "blank", "share", "bp<", "bp-in", "bp>", "status")
    print(hdr)
    print("-" * len(hdr))
    for nn, fname, oslug, st, status in rows:
        print("%02d  %-48s %-6s %4d %4d %4d %5d %5.1f%% %6d %6d %4d  %s" % (
            nn, fname, page_class(nn), st["content"], st["boiler"], st["content"] + st["boiler"],
            st["blank"], st["share"], st["before"], st["inside"], st["after"], status))
    print("-" * len(hdr))
    allnb = tot["content"] + tot["boiler"]
    print("total: %d pages, %d content, %d boilerplate, %d non-blank lines, %d blank lines, "
          "content share %.1f%%" % (len(rows), tot["content"], tot["boiler"], allnb, tot["blank"],
                                    100.0 * tot["content"] / allnb if allnb else 0.0))
    for c in CLASSES:
        cr = [r for r in rows if page_class(r[0]) == c]
        cc = sum(r[3]["content"] for r in cr)
        cb = sum(r[3]["boiler"] for r in cr)
        print("  %-6s %2d pages, %3d content, %4d boilerplate, share %.1f%%"
              % (c, len(cr), cc, cb, 100.0 * cc / (cc + cb) if cc + cb else 0.0))
    if errors:
        print("\n%d error(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
