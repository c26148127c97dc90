#!/usr/bin/env python3
"""Validate the blind boilerplate gold set "AP" in this folder.

Checks every iNN_<outlet-slug>_<story-slug>.txt file for:
  * strict UTF-8 (no BOM), LF line ends only, no tabs, no trailing whitespace,
    no control characters, final newline
  * header line `#outlet: <name>`, same name and slug for the three pages of an outlet,
    six distinct outlets
  * labels: `!` = boilerplate (text after the `!` must be non-empty), `|` = escaped content
    (the escaped text must begin with `!`, `|` or `#`), unescaped `#` lines are an error
  * 12-15 content lines per page
  * content share per page class: dirty 15-18 %, middle 33-38 %, clean 55-60 %
  * blank-line layout: odd NN = exactly one blank line between every two blocks (also after
    the header), even NN = no blank lines at all
  * boilerplate inside the story body: at least one boilerplate line between the first and
    the last content line, and at least one after the third content line (so that it sits
    among the paragraphs, not only under the headline)
  * 18 pages = 6 outlets x 3 classes (NN 01-03 outlet 1, 04-06 outlet 2, ...)
Prints a table per page and totals; exit status 1 on any error.
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
NAME_RE = re.compile(r"^i(\d\d)_([a-z0-9]+(?:-[a-z0-9]+)*)_([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$")
HEADER_RE = re.compile(r"^#outlet: (\S.*)$")
CLASSES = ("dirty", "middle", "clean")
SHARE = {"dirty": (15.0, 18.0), "middle": (33.0, 38.0), "clean": (55.0, 60.0)}
CONTENT_MIN, CONTENT_MAX = 12, 15
N_PAGES, N_OUTLETS = 18, 6


def check_file(path, nn, errors):
    """Return a dict of stats for one page; append problems to errors."""
    fname = os.path.basename(path)

    def err(msg):
        errors.append(f"{fname}: {msg}")

    raw = open(path, "rb").read()
    stats = {"file": fname, "nn": nn, "outlet": "?", "content": 0, "boiler": 0,
             "blank": 0, "inner": 0, "share": 0.0, "ok": True}
    n_err_before = len(errors)
    if raw.startswith(b"\xef\xbb\xbf"):
        err("starts with a UTF-8 BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"not valid UTF-8 ({e})")
        stats["ok"] = False
        return stats
    if "\r" in text:
        err("contains CR characters (line ends must be LF)")
    if "\t" in text:
        err("contains tab characters")
    if not text.endswith("\n"):
        err("does not end with a newline")
    if text.endswith("\n\n"):
        err("ends with a blank line")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for i, line in enumerate(lines, 1):
        if line != line.rstrip():
            err(f"line {i}: trailing whitespace")
        if line != line.lstrip() and line.strip():
            err(f"line {i}: leading whitespace")
        for ch in line:
            cat = unicodedata.category(ch)
            if cat == "Cc":
                err(f"line {i}: control character U+{ord(ch):04X}")
                break
    if not lines:
        err("empty file")
        stats["ok"] = False
        return stats

    m = HEADER_RE.match(lines[0])
    if not m:
        err("line 1 is not '#outlet: <name>'")
    else:
        stats["outlet"] = m.group(1)

    # blank-line layout
    body = lines[1:]
    odd = nn % 2 == 1
    stats["layout"] = "blank" if odd else "packed"
    if odd:
        for j, line in enumerate(body):
            want_blank = j % 2 == 0  # body[0] = line 2 must be blank
            if want_blank and line != "":
                err(f"line {j + 2}: expected a blank line (odd page layout)")
                break
            if not want_blank and line == "":
                err(f"line {j + 2}: unexpected blank line (odd page layout)")
                break
        if body and body[-1] == "":
            err("odd page ends with a blank line")
    else:
        for j, line in enumerate(body):
            if line == "":
                err(f"line {j + 2}: blank line on an even page")
                break

    # labels
    labels = []  # (line number, 'C' or 'B')
    for j, line in enumerate(body):
        ln = j + 2
        if line == "":
            stats["blank"] += 1
            continue
        if line.startswith("!"):
            t = line[1:]
            if not t.strip():
                err(f"line {ln}: boilerplate label without text")
            elif t[0].isspace():
                err(f"line {ln}: whitespace right after the '!' label")
            labels.append((ln, "B"))
        elif line.startswith("|"):
            t = line[1:]
            if not t or t[0] not in "!|#":
                err(f"line {ln}: '|' escape used but the text does not begin with '!', '|' or '#'")
            labels.append((ln, "C"))
        elif line.startswith("#"):
            err(f"line {ln}: content line beginning with '#' is not escaped with '|'")
            labels.append((ln, "C"))
        else:
            labels.append((ln, "C"))

    c = sum(1 for _, k in labels if k == "C")
    b = sum(1 for _, k in labels if k == "B")
    stats["content"], stats["boiler"] = c, b
    stats["share"] = 100.0 * c / (c + b) if c + b else 0.0
    cls = CLASSES[(nn - 1) % 3]
    stats["class"] = cls
    if not CONTENT_MIN <= c <= CONTENT_MAX:
        err(f"{c} content lines (want {CONTENT_MIN}-{CONTENT_MAX})")
    lo, hi = SHARE[cls]
    if not lo <= stats["share"] <= hi:
        err(f"content share {stats['share']:.1f} % outside {lo:.0f}-{hi:.0f} % for class {cls}")

    # boilerplate inside the body
    cidx = [i for i, (_, k) in enumerate(labels) if k == "C"]
    if cidx:
        first, last = cidx[0], cidx[-1]
        inner = sum(1 for _, k in labels[first:last + 1] if k == "B")
        stats["inner"] = inner
        if inner == 0:
            err("no boilerplate between the headline and the last content line")
        if len(cidx) >= 4:
            third = cidx[2]
            deep = sum(1 for _, k in labels[third:last + 1] if k == "B")
            stats["deep"] = deep
            if deep == 0:
                err("no boilerplate among the paragraphs (after the third content line)")
        if labels[0][1] != "B":
            err("page does not start with boilerplate (site chrome expected above the headline)")
        if labels[-1][1] != "B":
            err("page does not end with boilerplate (site chrome expected below the story)")
    stats["ok"] = len(errors) == n_err_before
    return stats


def main():
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    pages = {}
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            errors.append(f"{f}: file name does not match iNN_<outlet-slug>_<story-slug>.txt")
            continue
        nn = int(m.group(1))
        if not 1 <= nn <= N_PAGES:
            errors.append(f"{f}: page number {nn:02d} outside 01-{N_PAGES}")
            continue
        if nn in pages:
            errors.append(f"{f}: page number {nn:02d} used twice")
            continue
        pages[nn] = (f, m.group(2), m.group(3))
    for nn in range(1, N_PAGES + 1):
        if nn not in pages:
            errors.append(f"missing page i{nn:02d}")

    rows = []
    for nn in sorted(pages):
        f, oslug, sslug = pages[nn]
        st = check_file(os.path.join(HERE, f), nn, errors)
        st["oslug"], st["sslug"] = oslug, sslug
        rows.append(st)

    # outlet grouping: 6 outlets x 3 classes
    groups = {}
    for st in rows:
        groups.setdefault((st["nn"] - 1) // 3, []).append(st)
    names_seen, slugs_seen = {}, {}
    for g in range(N_OUTLETS):
        members = groups.get(g, [])
        if sorted(s["class"] for s in members) != sorted(CLASSES):
            errors.append(f"outlet group {g + 1}: classes {[s['class'] for s in members]} "
                          f"(want one each of {', '.join(CLASSES)})")
        names = {s["outlet"] for s in members}
        slugs = {s["oslug"] for s in members}
        if len(names) != 1:
            errors.append(f"outlet group {g + 1}: differing outlet names {sorted(names)}")
        if len(slugs) != 1:
            errors.append(f"outlet group {g + 1}: differing outlet slugs {sorted(slugs)}")
        for n in names:
            if n in names_seen and names_seen[n] != g:
                errors.append(f"outlet name '{n}' used by groups {names_seen[n] + 1} and {g + 1}")
            names_seen[n] = g
        for s in slugs:
            if s in slugs_seen and slugs_seen[s] != g:
                errors.append(f"outlet slug '{s}' used by groups {slugs_seen[s] + 1} and {g + 1}")
            slugs_seen[s] = g
    if len(names_seen) != N_OUTLETS:
        errors.append(f"{len(names_seen)} distinct outlets (want {N_OUTLETS})")

    hdr = (f"{'page':<50} {'class':<6} {'layout':<6} {'cont':>4} {'boil':>4} {'total':>5} "
           f"{'share':>6} {'in-body':>7} {'ok':>3}")
    print(hdr)
    print("-" * len(hdr))
    tc = tb = 0
    per_class = {c: [0, 0] for c in CLASSES}
    for st in rows:
        c, b = st["content"], st["boiler"]
        tc += c
        tb += b
        per_class[st.get("class", "dirty")][0] += c
        per_class[st.get("class", "dirty")][1] += b
        print(f"{st['file']:<50} {st.get('class', '?'):<6} {st.get('layout', '?'):<6} {c:>4} {b:>4} "
              f"{c + b:>5} {st['share']:>5.1f}% {st['inner']:>7} {'yes' if st['ok'] else 'NO':>3}")
    print("-" * len(hdr))
    for cls in CLASSES:
        c, b = per_class[cls]
        share = 100.0 * c / (c + b) if c + b else 0.0
        print(f"{'class ' + cls:<50} {'':<6} {'':<6} {c:>4} {b:>4} {c + b:>5} {share:>5.1f}%")
    share = 100.0 * tc / (tc + tb) if tc + tb else 0.0
    print(f"{'TOTAL (' + str(len(rows)) + ' pages)':<50} {'':<6} {'':<6} {tc:>4} {tb:>4} "
          f"{tc + tb:>5} {share:>5.1f}%")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nAll checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
