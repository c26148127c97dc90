#!/usr/bin/env python3
"""Validate the blind boilerplate gold set "AI" (18 pages, 6 outlets x 3 classes).

Usage: python3 check_counts.py [DIRECTORY]

Prints one table row per page plus totals; exits with status 1 if any check fails.
"""
import os
import re
import sys
import unicodedata

NAME_RE = re.compile(r"^i(\d{2})_([a-z0-9]+(?:-[a-z0-9]+)*)_([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$")
HEADER_RE = re.compile(r"^#outlet: \S.*$")
CLASSES = ("dirty", "middle", "clean")
SHARE = {"dirty": (15.0, 18.0), "middle": (33.0, 38.0), "clean": (55.0, 60.0)}
CONTENT_MIN, CONTENT_MAX = 12, 15
N_PAGES, N_OUTLETS = 18, 6


def page_class(nn):
    return CLASSES[(nn - 1) % 3]


def layout_of(nn):
    return "blank" if nn % 2 == 1 else "dense"


def check_page(path, nn):
    """Return (stats dict, list of error strings)."""
    errs = []
    raw = open(path, "rb").read()
    stats = {"outlet": "?", "content": 0, "boiler": 0, "share": 0.0, "inbody": 0, "escaped": 0}
    if raw.startswith(b"\xef\xbb\xbf"):
        errs.append("UTF-8 BOM present")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return stats, ["not valid UTF-8: %s" % e]
    if "\r" in text:
        errs.append("CR character found (line ends must be LF)")
    if "\t" in text:
        errs.append("tab character found")
    if not text.endswith("\n"):
        errs.append("file does not end with LF")
    if text.endswith("\n\n"):
        errs.append("file ends with a blank line")
    if unicodedata.normalize("NFC", text) != text:
        errs.append("text is not NFC-normalised")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for i, ln in enumerate(lines, 1):
        if ln != ln.rstrip():
            errs.append("line %d: trailing whitespace" % i)
        if ln and ln.strip() == "":
            errs.append("line %d: whitespace-only line" % i)
        for ch in ln:
            if unicodedata.category(ch) in ("Cc", "Cf") and ch not in ("\u200d", "\u200c"):
                errs.append("line %d: control/format character U+%04X" % (i, ord(ch)))
                break
    if not lines:
        return stats, errs + ["empty file"]

    # header
    if not HEADER_RE.match(lines[0]):
        errs.append("line 1 is not '#outlet: <name>'")
    else:
        stats["outlet"] = lines[0][len("#outlet: "):]

    # blank-line layout
    body = lines[1:]
    if layout_of(nn) == "blank":
        # header, blank, block, blank, block, ... , block
        if len(lines) < 3 or len(lines) % 2 == 0:
            errs.append("blank layout: expected odd number of lines (blank between every two blocks)")
        for i, ln in enumerate(lines):
            want_blank = (i % 2 == 1)
            if want_blank and ln != "":
                errs.append("line %d: blank layout expects a blank line here" % (i + 1))
                break
            if not want_blank and ln == "":
                errs.append("line %d: blank layout allows only single blank lines" % (i + 1))
                break
    else:
        for i, ln in enumerate(lines):
            if ln == "":
                errs.append("line %d: dense layout must not contain blank lines" % (i + 1))
                break

    # labels and escapes
    kinds = []  # (index, 'C'|'B')
    for i, ln in enumerate(body, 2):
        if ln == "":
            continue
        if ln.startswith("#"):
            errs.append("line %d: '#' line after header (content starting with '#' must be escaped as '|#')" % i)
            kinds.append((i, "C"))
            continue
        if ln.startswith("!"):
            if len(ln) == 1 or ln[1] in " \u00a0":
                errs.append("line %d: boilerplate label without text or with leading space" % i)
            kinds.append((i, "B"))
            continue
        if ln.startswith("|"):
            if len(ln) < 2 or ln[1] not in "!|#":
                errs.append("line %d: '|' escape must be followed by '!', '|' or '#'" % i)
            else:
                stats["escaped"] += 1
        if ln[0] in " \u00a0":
            errs.append("line %d: content line starts with whitespace" % i)
        kinds.append((i, "C"))

    c = sum(1 for _, k in kinds if k == "C")
    b = sum(1 for _, k in kinds if k == "B")
    stats["content"], stats["boiler"] = c, b
    stats["share"] = 100.0 * c / (c + b) if c + b else 0.0
    if not CONTENT_MIN <= c <= CONTENT_MAX:
        errs.append("content lines %d outside %d-%d" % (c, CONTENT_MIN, CONTENT_MAX))
    lo, hi = SHARE[page_class(nn)]
    if not lo <= stats["share"] <= hi:
        errs.append("share %.1f%% outside %s range %.0f-%.0f%%" % (stats["share"], page_class(nn), lo, hi))

    # boilerplate inside the story body (between headline and last content line)
    cidx = [i for i, k in kinds if k == "C"]
    if cidx:
        first, last = cidx[0], cidx[-1]
        stats["inbody"] = sum(1 for i, k in kinds if k == "B" and first < i < last)
        if stats["inbody"] == 0:
            errs.append("no boilerplate between headline and last content line")
    return stats, errs


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors = []
    pages = {}
    for fn in sorted(os.listdir(d)):
        if not fn.endswith(".txt"):
            continue
        m = NAME_RE.match(fn)
        if not m:
            errors.append("%s: file name does not match iNN_<outlet-slug>_<story-slug>.txt" % fn)
            continue
        nn = int(m.group(1))
        if nn in pages:
            errors.append("%s: duplicate page number %02d" % (fn, nn))
            continue
        pages[nn] = (fn, m.group(2), m.group(3))
    for nn in range(1, N_PAGES + 1):
        if nn not in pages:
            errors.append("page %02d missing" % nn)
    for nn in pages:
        if not 1 <= nn <= N_PAGES:
            errors.append("%s: page number outside 01-%02d" % (pages[nn][0], N_PAGES))

    hdr = "%-2s  %-48s %-6s %-5s %4s %4s %5s %7s %6s %3s  %s" % (
        "NN", "file", "class", "lay", "cont", "boil", "total", "share", "inbody", "esc", "status")
    print(hdr)
    print("-" * len(hdr))
    tot = {c: [0, 0, 0] for c in CLASSES}
    outlets = {}
    for nn in sorted(pages):
        fn, oslug, sslug = pages[nn]
        st, errs = check_page(os.path.join(d, fn), nn)
        cls = page_class(nn)
        tot[cls][0] += st["content"]
        tot[cls][1] += st["boiler"]
        tot[cls][2] += 1
        outlets.setdefault((nn - 1) // 3, []).append((nn, oslug, st["outlet"], cls))
        print("%02d  %-48s %-6s %-5s %4d %4d %5d %6.1f%% %6d %3d  %s" % (
            nn, fn[:48], cls, layout_of(nn), st["content"], st["boiler"], st["content"] + st["boiler"],
            st["share"], st["inbody"], st["escaped"], "OK" if not errs else "ERROR"))
        for e in errs:
            errors.append("%s: %s" % (fn, e))

    # outlet structure: 6 outlets x 3 classes, pages 3k+1..3k+3 share outlet name and slug
    names, slugs = set(), set()
    for g in range(N_OUTLETS):
        members = outlets.get(g, [])
        if len(members) != 3:
            errors.append("outlet group %d has %d pages, expected 3" % (g + 1, len(members)))
            continue
        if len({m[1] for m in members}) != 1 or len({m[2] for m in members}) != 1:
            errors.append("outlet group %d (pages %02d-%02d) mixes outlet slugs or names" % (
                g + 1, 3 * g + 1, 3 * g + 3))
        if sorted(m[3] for m in members) != sorted(CLASSES):
            errors.append("outlet group %d does not have one page per class" % (g + 1))
        names.add(members[0][2])
        slugs.add(members[0][1])
    if len(names) != N_OUTLETS or len(slugs) != N_OUTLETS:
        errors.append("expected %d distinct outlets, found %d names / %d slugs" % (
            N_OUTLETS, len(names), len(slugs)))

    print()
    print("%-7s %5s %6s %6s %7s" % ("class", "pages", "cont", "boil", "share"))
    allc = allb = 0
    for c in CLASSES:
        cc, bb, n = tot[c]
        allc += cc
        allb += bb
        print("%-7s %5d %6d %6d %6.1f%%" % (c, n, cc, bb, 100.0 * cc / (cc + bb) if cc + bb else 0))
    print("%-7s %5d %6d %6d %6.1f%%" % ("all", len(pages), allc, allb,
                                       100.0 * allc / (allc + allb) if allc + allb else 0))
    print()
    if errors:
        print("%d error(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
