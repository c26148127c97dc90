#!/usr/bin/env python3
"""Validate the blind boilerplate gold set "AK" and print a table per page.

Usage: python3 check_counts.py [DIR]      (DIR defaults to this script's folder)
Exit status 0 when every check passes, 1 on any error.

Format rules checked (see README.md):
  * files iNN_<outlet-slug>_<story-slug>.txt, NN = 01..18, exactly one per NN;
    pages 01-03 are outlet 1, 04-06 outlet 2, ... (6 outlets x 3 pages);
    within an outlet the pages are dirty, middle, clean in that order
  * strict UTF-8 without BOM, LF line ends only, no tabs, no trailing
    whitespace, no leading whitespace, file ends with exactly one LF
  * line 1 is "#outlet: <name>", the same name on all three pages of an outlet,
    and the six names are distinct
  * "!" marks a boilerplate line (its text after "!" must not be empty)
  * any other non-blank line is content; a content line whose own text starts
    with "!", "|" or "#" is written with one leading "|"; a line starting with
    "|" must therefore be followed by "!", "|" or "#", and no line after line 1
    may start with "#"
  * 12-15 content lines per page
  * content share = content / (content + boilerplate):
      dirty 15-18 %, middle 33-38 %, clean 55-60 %
  * odd NN: exactly one blank line between every two blocks (also after the
    header line), no blank line at the end; even NN: no blank lines at all
  * at least one boilerplate line between the first content line (headline)
    and the last content line
"""
import os
import re
import sys
import unicodedata

CLASSES = ("dirty", "middle", "clean")
SHARE_RANGE = {"dirty": (0.15, 0.18), "middle": (0.33, 0.38), "clean": (0.55, 0.60)}
CONTENT_RANGE = (12, 15)
N_OUTLETS = 6
PAGES_PER_OUTLET = 3
NAME_RE = re.compile(r"^i(\d\d)_([a-z0-9]+(?:-[a-z0-9]+)*)_([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$")
HEADER_RE = re.compile(r"^#outlet: (\S.*)$")


def check_file(path, nn):
    """Return (stats dict, list of error strings) for one page."""
    errs = []
    stats = {"content": 0, "boiler": 0, "blank": 0, "body_bp": 0, "escaped": 0,
             "outlet": "?", "layout": "blank-sep" if nn % 2 else "no-blank"}
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errs.append("UTF-8 BOM present")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append("not valid UTF-8: %s" % e)
        return stats, errs
    if "\r" in text:
        errs.append("CR character found (line ends must be LF only)")
    if "\t" in text:
        errs.append("tab character found")
    if not text.endswith("\n"):
        errs.append("file does not end with LF")
    elif text.endswith("\n\n"):
        errs.append("file ends with a blank line")
    for ch in set(text):
        cat = unicodedata.category(ch)
        if cat == "Cc" and ch != "\n":
            errs.append("control character U+%04X found" % ord(ch))
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines:
        errs.append("empty file")
        return stats, errs

    m = HEADER_RE.match(lines[0])
    if not m:
        errs.append("line 1 is not '#outlet: <name>'")
    else:
        stats["outlet"] = m.group(1)

    kinds = []  # per line after the header: 'C', 'B' or ''
    for i, line in enumerate(lines[1:], start=2):
        if line != line.rstrip():
            errs.append("line %d: trailing whitespace" % i)
        if line.strip() == "":
            if line != "":
                errs.append("line %d: blank line contains whitespace" % i)
            kinds.append("")
            continue
        if line[0].isspace():
            errs.append("line %d: leading whitespace" % i)
        if line.startswith("#"):
            errs.append("line %d: unescaped '#' at line start (content must be '|#...')" % i)
            kinds.append("C")
            continue
        if line.startswith("!"):
            if line[1:].strip() == "":
                errs.append("line %d: boilerplate marker without text" % i)
            kinds.append("B")
            continue
        if line.startswith("|"):
            body = line[1:]
            if not body or body[0] not in "!|#":
                errs.append("line %d: needless '|' escape (text does not start with !, | or #)" % i)
            stats["escaped"] += 1
        kinds.append("C")

    stats["content"] = kinds.count("C")
    stats["boiler"] = kinds.count("B")
    stats["blank"] = kinds.count("")

    # blank-line layout
    if nn % 2 == 1:
        # header, blank, block, blank, block, ..., block
        for j, k in enumerate(kinds):
            want_blank = (j % 2 == 0)
            if want_blank and k != "":
                errs.append("line %d: expected a blank line (odd page layout)" % (j + 2))
                break
            if not want_blank and k == "":
                errs.append("line %d: unexpected blank line (odd page layout)" % (j + 2))
                break
        if kinds and kinds[-1] == "":
            errs.append("odd page ends with a blank line")
    else:
        if stats["blank"]:
            first = kinds.index("") + 2
            errs.append("even page has %d blank line(s), first at line %d" % (stats["blank"], first))

    # boilerplate inside the body
    idx = [j for j, k in enumerate(kinds) if k == "C"]
    if idx:
        inside = kinds[idx[0] + 1:idx[-1]]
        stats["body_bp"] = inside.count("B")
        if stats["body_bp"] == 0:
            errs.append("no boilerplate between headline and last content line")
    return stats, errs


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors = []
    pages = {}
    for name in sorted(os.listdir(root)):
        if not name.endswith(".txt"):
            continue
        m = NAME_RE.match(name)
        if not m:
            if name.startswith("i"):
                errors.append("%s: file name does not match iNN_<outlet-slug>_<story-slug>.txt" % name)
            continue
        nn = int(m.group(1))
        if nn in pages:
            errors.append("%s: duplicate page number %02d" % (name, nn))
            continue
        pages[nn] = (name, m.group(2), m.group(3))

    n_pages = N_OUTLETS * PAGES_PER_OUTLET
    for nn in range(1, n_pages + 1):
        if nn not in pages:
            errors.append("page %02d missing" % nn)
    for nn in pages:
        if not 1 <= nn <= n_pages:
            errors.append("%s: page number out of range 01..%02d" % (pages[nn][0], n_pages))

    rows = []
    outlet_slugs, outlet_names, story_slugs = {}, {}, {}
    totals = {c: [0, 0, 0] for c in CLASSES}
    for nn in sorted(pages):
        name, oslug, sslug = pages[nn]
        if not 1 <= nn <= n_pages:
            continue
        outlet = (nn - 1) // PAGES_PER_OUTLET + 1
        cls = CLASSES[(nn - 1) % PAGES_PER_OUTLET]
        stats, errs = check_file(os.path.join(root, name), nn)
        outlet_slugs.setdefault(outlet, set()).add(oslug)
        outlet_names.setdefault(outlet, set()).add(stats["outlet"])
        if sslug in story_slugs:
            errs.append("story slug also used by %s" % story_slugs[sslug])
        story_slugs[sslug] = name
        c, b = stats["content"], stats["boiler"]
        share = c / (c + b) if c + b else 0.0
        lo, hi = SHARE_RANGE[cls]
        if not CONTENT_RANGE[0] <= c <= CONTENT_RANGE[1]:
            errs.append("%d content lines (want %d-%d)" % (c, CONTENT_RANGE[0], CONTENT_RANGE[1]))
        if not lo <= share <= hi:
            errs.append("content share %.1f %% outside %s range %d-%d %%"
                        % (100 * share, cls, round(100 * lo), round(100 * hi)))
        totals[cls][0] += c
        totals[cls][1] += b
        totals[cls][2] += 1
        rows.append((nn, outlet, cls, stats, share, name, errs))
        errors.extend("%s: %s" % (name, e) for e in errs)

    for outlet in range(1, N_OUTLETS + 1):
        if len(outlet_slugs.get(outlet, ())) > 1:
            errors.append("outlet %d: pages use different outlet slugs %s"
                          % (outlet, sorted(outlet_slugs[outlet])))
        if len(outlet_names.get(outlet, ())) > 1:
            errors.append("outlet %d: pages use different #outlet names %s"
                          % (outlet, sorted(outlet_names[outlet])))
    all_slugs = [next(iter(s)) for s in outlet_slugs.values() if len(s) == 1]
    if len(set(all_slugs)) != len(all_slugs):
        errors.append("two outlets share an outlet slug")
    all_names = [next(iter(s)) for s in outlet_names.values() if len(s) == 1]
    if len(set(all_names)) != len(all_names):
        errors.append("two outlets share an #outlet name")

    hdr = "%-3s %-2s %-6s %-9s %7s %7s %5s %7s %7s %3s  %s" % (
        "NN", "O", "class", "layout", "content", "boiler", "total", "share%", "body-bp", "esc", "file")
    print(hdr)
    print("-" * len(hdr))
    for nn, outlet, cls, st, share, name, errs in rows:
        c, b = st["content"], st["boiler"]
        print("%02d  %-2d %-6s %-9s %7d %7d %5d %7.1f %7d %3d  %s%s" % (
            nn, outlet, cls, st["layout"], c, b, c + b, 100 * share, st["body_bp"],
            st["escaped"], name, "  ERROR" if errs else ""))
    print("-" * len(hdr))
    gc = gb = 0
    for cls in CLASSES:
        c, b, n = totals[cls]
        gc += c
        gb += b
        share = 100.0 * c / (c + b) if c + b else 0.0
        print("%-6s pages %2d  content %4d  boilerplate %4d  total %4d  share %5.1f %%"
              % (cls, n, c, b, c + b, share))
    share = 100.0 * gc / (gc + gb) if gc + gb else 0.0
    print("all    pages %2d  content %4d  boilerplate %4d  total %4d  share %5.1f %%"
          % (len(rows), gc, gb, gc + gb, share))

    if errors:
        print("\n%d error(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
