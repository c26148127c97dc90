#!/usr/bin/env python3
"""Validate the blind boilerplate gold set "AN" (18 pages, 6 outlets x 3 page classes).

Usage: python3 check_counts.py [DIR]     (DIR defaults to the folder of this script)

Checks per file:
  * file name  iNN_<outlet-slug>_<story-slug>.txt, NN = 01..18, all 18 present, no extras
  * strict UTF-8, no BOM, LF line ends only (no CR), no tabs, no trailing spaces,
    no control characters, file ends with exactly one newline
  * line 1 is '#outlet: <name>'
  * '!' lines are boilerplate (non-empty text after the label)
  * '|' lines are escaped content; the escaped text must start with '!', '|' or '#'
  * no other line may start with '#'
  * 12-15 content lines
  * content share content/(content+boilerplate) inside the range of the page class
      dirty  (pages 01,04,07,10,13,16): 15-18 %
      middle (pages 02,05,08,11,14,17): 33-38 %
      clean  (pages 03,06,09,12,15,18): 55-60 %
  * blank-line layout: odd NN = exactly one blank line between every two blocks
    (including after the header line), no leading/trailing blank line;
    even NN = no blank lines at all
  * at least one boilerplate line inside the story body, i.e. between the first
    content line (headline) and the last content line
  * set level: 6 distinct outlets, each on three consecutive pages (same outlet name
    and slug), one page of each class per outlet, story slugs unique
Prints a table per page and totals; exits 1 on any error.
"""
import os
import re
import sys
import unicodedata

CLASSES = ("dirty", "middle", "clean")
SHARE = {"dirty": (0.15, 0.18), "middle": (0.33, 0.38), "clean": (0.55, 0.60)}
CONTENT_MIN, CONTENT_MAX = 12, 15
NAME_RE = re.compile(r"^i(\d\d)_([a-z0-9]+(?:-[a-z0-9]+)*)_([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$")


def check_file(path, nn):
    errors = []
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append("UTF-8 BOM present")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, ["not valid UTF-8: %s" % exc]
    if "\r" in text:
        errors.append("CR characters (line ends must be LF)")
    if "\t" in text:
        errors.append("tab characters")
    if not text.endswith("\n"):
        errors.append("file does not end with a newline")
    elif text.endswith("\n\n"):
        errors.append("blank line(s) at end of file")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")

    for i, line in enumerate(lines, 1):
        if line != line.rstrip():
            errors.append("line %d: trailing whitespace" % i)
        for ch in line:
            if unicodedata.category(ch) == "Cc":
                errors.append("line %d: control character U+%04X" % (i, ord(ch)))
                break

    outlet = None
    if not lines or not lines[0].startswith("#outlet: ") or not lines[0][9:].strip():
        errors.append("line 1 must be '#outlet: <outlet name>'")
    else:
        outlet = lines[0][9:].strip()

    kinds = []  # per line after the header: 'B', 'C' or '' (blank)
    for i, line in enumerate(lines[1:], 2):
        if line == "":
            kinds.append("")
        elif line.strip() == "":
            kinds.append("")
            errors.append("line %d: whitespace-only line" % i)
        elif line.startswith("!"):
            kinds.append("B")
            if not line[1:].strip():
                errors.append("line %d: empty boilerplate line" % i)
        elif line.startswith("|"):
            kinds.append("C")
            if not line[1:2] or line[1] not in "!|#":
                errors.append("line %d: needless '|' escape (text does not start with !, | or #)" % i)
        elif line.startswith("#"):
            kinds.append("C")
            errors.append("line %d: content line starting with '#' must be escaped as '|#'" % i)
        else:
            kinds.append("C")

    n_c = kinds.count("C")
    n_b = kinds.count("B")
    n_blank = kinds.count("")
    share = n_c / (n_c + n_b) if n_c + n_b else 0.0
    cls = CLASSES[(nn - 1) % 3]
    lo, hi = SHARE[cls]

    if not CONTENT_MIN <= n_c <= CONTENT_MAX:
        errors.append("%d content lines (need %d-%d)" % (n_c, CONTENT_MIN, CONTENT_MAX))
    if not lo <= share <= hi:
        errors.append("content share %.1f %% outside %s range %d-%d %%"
                      % (100 * share, cls, round(100 * lo), round(100 * hi)))

    # blank-line layout
    if nn % 2 == 1:
        layout = "blank-separated"
        for j, k in enumerate(kinds):
            want_blank = (j % 2 == 0)  # kinds[0] is line 2, right after the header
            if want_blank and k != "":
                errors.append("line %d: odd page needs a blank line here" % (j + 2))
                break
            if not want_blank and k == "":
                errors.append("line %d: odd page has a double blank line" % (j + 2))
                break
        if kinds and kinds[-1] == "":
            errors.append("odd page ends with a blank line")
    else:
        layout = "no blanks"
        if n_blank:
            errors.append("even page contains %d blank line(s)" % n_blank)

    # boilerplate inside the body
    c_idx = [j for j, k in enumerate(kinds) if k == "C"]
    body_b = 0
    if c_idx:
        body_b = sum(1 for k in kinds[c_idx[0]:c_idx[-1] + 1] if k == "B")
        if body_b == 0:
            errors.append("no boilerplate between headline and last content line")

    row = dict(nn=nn, cls=cls, layout=layout, outlet=outlet, content=n_c,
               boiler=n_b, blank=n_blank, share=share, body_b=body_b,
               before=sum(1 for k in kinds[:c_idx[0]] if k == "B") if c_idx else 0,
               after=sum(1 for k in kinds[c_idx[-1] + 1:] if k == "B") if c_idx else 0)
    return row, errors


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors = []
    files = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        m = NAME_RE.match(name)
        if not m:
            errors.append("%s: bad file name" % name)
            continue
        nn = int(m.group(1))
        if not 1 <= nn <= 18:
            errors.append("%s: page number out of range 01-18" % name)
            continue
        if nn in files:
            errors.append("%s: duplicate page number %02d" % (name, nn))
            continue
        files[nn] = (name, m.group(2), m.group(3))
    for nn in range(1, 19):
        if nn not in files:
            errors.append("page i%02d missing" % nn)

    rows = []
    for nn in sorted(files):
        name, oslug, sslug = files[nn]
        row, errs = check_file(os.path.join(folder, name), nn)
        errors.extend("%s: %s" % (name, e) for e in errs)
        if row:
            row.update(name=name, oslug=oslug, sslug=sslug, ok=not errs)
            rows.append(row)

    # set-level checks
    by_nn = {r["nn"]: r for r in rows}
    outlets = []
    for o in range(6):
        group = [by_nn.get(3 * o + k) for k in (1, 2, 3)]
        if None in group:
            continue
        names = {r["outlet"] for r in group}
        slugs = {r["oslug"] for r in group}
        if len(names) != 1 or len(slugs) != 1:
            errors.append("pages %02d-%02d: outlet name/slug differs within the outlet"
                          % (3 * o + 1, 3 * o + 3))
        if [r["cls"] for r in group] != list(CLASSES):
            errors.append("pages %02d-%02d: classes not dirty/middle/clean" % (3 * o + 1, 3 * o + 3))
        outlets.append((group[0]["outlet"], group[0]["oslug"]))
    if len({o[0] for o in outlets}) != len(outlets) or len({o[1] for o in outlets}) != len(outlets):
        errors.append("outlet names or slugs repeat across outlets")
    if len(outlets) != 6:
        errors.append("expected 6 complete outlets, found %d" % len(outlets))
    sslugs = [r["sslug"] for r in rows]
    if len(set(sslugs)) != len(sslugs):
        errors.append("story slugs are not unique")

    # table
    hdr = "%-3s %-44s %-6s %-15s %4s %4s %5s %7s %4s %4s %4s  %s" % (
        "NN", "file", "class", "layout", "cont", "boil", "total", "share", "pre", "body", "post", "ok")
    print(hdr)
    print("-" * len(hdr))
    for r in rows:
        print("%-3s %-44s %-6s %-15s %4d %4d %5d %6.1f%% %4d %4d %4d  %s" % (
            "%02d" % r["nn"], r["name"], r["cls"], r["layout"], r["content"], r["boiler"],
            r["content"] + r["boiler"], 100 * r["share"], r["before"], r["body_b"], r["after"],
            "OK" if r["ok"] else "ERR"))
    print("-" * len(hdr))
    for cls in CLASSES:
        rs = [r for r in rows if r["cls"] == cls]
        c = sum(r["content"] for r in rs)
        b = sum(r["boiler"] for r in rs)
        if rs:
            print("%-6s pages=%d content=%d boilerplate=%d total=%d share=%.1f%%"
                  % (cls, len(rs), c, b, c + b, 100 * c / (c + b)))
    c = sum(r["content"] for r in rows)
    b = sum(r["boiler"] for r in rows)
    if rows:
        print("all    pages=%d content=%d boilerplate=%d total=%d share=%.1f%%"
              % (len(rows), c, b, c + b, 100 * c / (c + b)))
    print("columns: pre = boilerplate before the headline, body = boilerplate between headline "
          "and last content line, post = boilerplate after the last content line")

    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
