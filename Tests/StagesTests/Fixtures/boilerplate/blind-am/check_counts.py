#!/usr/bin/env python3
"""Validate the blind boilerplate-stripping gold set "AM".

Usage: python3 check_counts.py [DIRECTORY]

Checks every page file iNN_<outlet-slug>_<story-slug>.txt in DIRECTORY
(default: the directory of this script) and prints one table row per page.
Exit status 0 if everything is valid, 1 if any error was found.

Format rules checked:
  * UTF-8 (strict, no BOM), LF line ends only, final LF, no tabs,
    no trailing whitespace, no whitespace-only lines
  * line 1 is "#outlet: <name>"; no other line starts with "#"
  * "!" lines are boilerplate and must carry text after the "!"
  * every other non-blank line is content; a content line starting with
    "|" is an escape and its text must begin with "!", "|" or "#"
  * 12-15 content lines per page
  * content share = content / (content + boilerplate) within the range of
    the page class: pages 1, 2, 3 of each outlet are dirty, middle, clean
  * odd-numbered pages: exactly one blank line between every two lines,
    including after the header, no blank line at the end;
    even-numbered pages: no blank lines at all
  * at least one boilerplate line between the first content line (the
    headline) and the last content line
  * exactly 18 pages, NN = 01..18, 6 outlets x 3 classes, one outlet slug
    and one outlet name per group of three pages, distinct across groups
"""

import os
import re
import sys

CLASSES = ("dirty", "middle", "clean")
SHARE_RANGE = {
    "dirty": (0.15, 0.18),
    "middle": (0.33, 0.38),
    "clean": (0.55, 0.60),
}
CONTENT_MIN, CONTENT_MAX = 12, 15
N_OUTLETS, PAGES_PER_OUTLET = 6, 3
NAME_RE = re.compile(r"^i(\d\d)_([a-z0-9]+(?:-[a-z0-9]+)*)_([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$")
HEADER_RE = re.compile(r"^#outlet: (\S.*)$")


def page_class(nn):
    return CLASSES[(nn - 1) % PAGES_PER_OUTLET]


def check_page(path, nn):
    """Return (stats dict, list of error strings) for one page file."""
    errors = []
    stats = {"outlet": "?", "content": 0, "boiler": 0, "blank": 0,
             "share": 0.0, "layout": "odd" if nn % 2 else "even",
             "inside": 0, "escapes": 0}
    with open(path, "rb") as fh:
        raw = fh.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append("starts with a UTF-8 BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return stats, ["not valid UTF-8: %s" % exc]
    if "\r" in text:
        errors.append("contains CR characters (line ends must be LF)")
    if "\t" in text:
        errors.append("contains tab characters")
    if not text.endswith("\n"):
        errors.append("does not end with a LF")
    if text.endswith("\n\n"):
        errors.append("ends with a blank line")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines:
        return stats, errors + ["file is empty"]

    for i, line in enumerate(lines, 1):
        if line != line.rstrip():
            errors.append("line %d: trailing whitespace or whitespace-only line" % i)
        for ch in line:
            if ord(ch) < 32 or ord(ch) == 127:
                errors.append("line %d: control character U+%04X" % (i, ord(ch)))
                break

    m = HEADER_RE.match(lines[0])
    if not m:
        errors.append("line 1 is not '#outlet: <name>'")
    else:
        stats["outlet"] = m.group(1)

    kinds = []  # per body line: 'B', 'C' or ''
    for i, line in enumerate(lines[1:], 2):
        if line == "":
            kinds.append("")
            continue
        if line.startswith("#"):
            errors.append("line %d: unescaped '#' line outside the header" % i)
            kinds.append("C")
            continue
        if line.startswith("!"):
            if line[1:].strip() == "":
                errors.append("line %d: '!' label without text" % i)
            kinds.append("B")
            continue
        if line.startswith("|"):
            stats["escapes"] += 1
            if not line[1:2] or line[1] not in "!|#":
                errors.append("line %d: unnecessary '|' escape (text after it must start with !, | or #)" % i)
        kinds.append("C")

    content = kinds.count("C")
    boiler = kinds.count("B")
    stats["content"] = content
    stats["boiler"] = boiler
    stats["blank"] = kinds.count("")
    stats["share"] = content / (content + boiler) if content + boiler else 0.0

    # blank-line layout
    if nn % 2 == 1:
        for j, kind in enumerate(kinds):
            want_blank = (j % 2 == 0)
            if want_blank and kind != "":
                errors.append("line %d: odd page needs a blank line here" % (j + 2))
                break
            if not want_blank and kind == "":
                errors.append("line %d: odd page has two blank lines in a row" % (j + 2))
                break
        if kinds and kinds[-1] == "":
            errors.append("odd page ends with a blank line")
    else:
        if stats["blank"]:
            errors.append("even page contains %d blank line(s)" % stats["blank"])

    # counts and share
    if not CONTENT_MIN <= content <= CONTENT_MAX:
        errors.append("content lines %d outside %d-%d" % (content, CONTENT_MIN, CONTENT_MAX))
    cls = page_class(nn)
    lo, hi = SHARE_RANGE[cls]
    if not lo <= stats["share"] <= hi:
        errors.append("content share %.3f outside %s range %.2f-%.2f"
                      % (stats["share"], cls, lo, hi))

    # boilerplate inside the story body
    idx = [j for j, k in enumerate(kinds) if k == "C"]
    if idx:
        first, last = idx[0], idx[-1]
        stats["inside"] = sum(1 for k in kinds[first:last + 1] if k == "B")
    if stats["inside"] == 0:
        errors.append("no boilerplate between the headline and the last content line")
    return stats, errors


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    all_errors = []
    pages = {}
    for name in sorted(os.listdir(base)):
        if not name.endswith(".txt"):
            continue
        m = NAME_RE.match(name)
        if not m:
            all_errors.append("%s: file name does not match iNN_<outlet-slug>_<story-slug>.txt" % name)
            continue
        nn = int(m.group(1))
        if nn in pages:
            all_errors.append("%s: duplicate page number %02d" % (name, nn))
            continue
        pages[nn] = (name, m.group(2), m.group(3))

    expected = set(range(1, N_OUTLETS * PAGES_PER_OUTLET + 1))
    for nn in sorted(expected - set(pages)):
        all_errors.append("page %02d is missing" % nn)
    for nn in sorted(set(pages) - expected):
        all_errors.append("%s: page number %02d out of range 01-18" % (pages[nn][0], nn))

    header = "%-2s  %-52s  %-6s  %-5s  %4s  %4s  %5s  %6s  %6s  %s" % (
        "NN", "file", "class", "blank", "cont", "boil", "total", "share", "inside", "status")
    print(header)
    print("-" * len(header))
    totals = {c: [0, 0, 0] for c in CLASSES}  # pages, content, boiler
    outlet_info = {}
    story_slugs = {}
    for nn in sorted(pages):
        name, oslug, sslug = pages[nn]
        stats, errors = check_page(os.path.join(base, name), nn)
        cls = page_class(nn)
        if nn in expected:
            group = (nn - 1) // PAGES_PER_OUTLET
            outlet_info.setdefault(group, set()).add((oslug, stats["outlet"]))
            totals[cls][0] += 1
            totals[cls][1] += stats["content"]
            totals[cls][2] += stats["boiler"]
        if sslug in story_slugs:
            errors.append("story slug '%s' also used by %s" % (sslug, story_slugs[sslug]))
        story_slugs[sslug] = name
        print("%02d  %-52s  %-6s  %-5s  %4d  %4d  %5d  %5.1f%%  %6d  %s" % (
            nn, name, cls, stats["layout"], stats["content"], stats["boiler"],
            stats["content"] + stats["boiler"], 100 * stats["share"], stats["inside"],
            "ok" if not errors else "ERROR"))
        for err in errors:
            all_errors.append("%s: %s" % (name, err))

    # 6 outlets x 3 classes
    seen_slugs, seen_names = {}, {}
    for group in sorted(outlet_info):
        info = outlet_info[group]
        first = 1 + group * PAGES_PER_OUTLET
        label = "pages %02d-%02d" % (first, first + PAGES_PER_OUTLET - 1)
        slugs = {s for s, _ in info}
        names = {n for _, n in info}
        if len(slugs) != 1:
            all_errors.append("%s: outlet slugs differ: %s" % (label, sorted(slugs)))
        if len(names) != 1:
            all_errors.append("%s: #outlet names differ: %s" % (label, sorted(names)))
        for s in slugs:
            if s in seen_slugs and seen_slugs[s] != group:
                all_errors.append("%s: outlet slug '%s' already used by another outlet" % (label, s))
            seen_slugs[s] = group
        for n in names:
            if n in seen_names and seen_names[n] != group:
                all_errors.append("%s: outlet name '%s' already used by another outlet" % (label, n))
            seen_names[n] = group
    if len(outlet_info) != N_OUTLETS:
        all_errors.append("found %d outlets, expected %d" % (len(outlet_info), N_OUTLETS))

    print()
    print("%-7s  %5s  %7s  %7s  %7s  %6s" % ("class", "pages", "content", "boiler", "total", "share"))
    gc = gb = gp = 0
    for cls in CLASSES:
        p, c, b = totals[cls]
        gp, gc, gb = gp + p, gc + c, gb + b
        print("%-7s  %5d  %7d  %7d  %7d  %5.1f%%" % (cls, p, c, b, c + b, 100 * c / (c + b) if c + b else 0))
    print("%-7s  %5d  %7d  %7d  %7d  %5.1f%%" % ("all", gp, gc, gb, gc + gb, 100 * gc / (gc + gb) if gc + gb else 0))
    print("outlets: %d" % len(outlet_info))

    if all_errors:
        print()
        print("%d error(s):" % len(all_errors))
        for err in all_errors:
            print("  " + err)
        return 1
    print()
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
