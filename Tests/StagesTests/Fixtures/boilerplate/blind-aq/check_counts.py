#!/usr/bin/env python3
"""Validate the blind boilerplate gold set "AQ" (18 pages, 6 outlets x 3 classes).

Usage: python3 check_counts.py [DIR]     (default: the directory of this script)

Page file format
  line 1          "#outlet: <outlet name>"                 (metadata, not counted)
  "!<text>"       boilerplate line
  "|<text>"       content line whose own text begins with "!", "|" or "#"
  any other       content line
  ""              blank line (layout only, never counted)

Prints a per-page table and totals; exits 1 if any error was found.
"""
import os
import re
import sys
import unicodedata

EXPECTED_PAGES = 18
NAME_RE = re.compile(r"^i(\d\d)_([a-z0-9]+(?:-[a-z0-9]+)*)_([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$")
HEADER_RE = re.compile(r"^#outlet: (\S(?:.*\S)?)$")

CLASSES = ("dirty", "middle", "clean")
SHARE_RANGE = {"dirty": (0.15, 0.18), "middle": (0.33, 0.38), "clean": (0.55, 0.60)}
CONTENT_RANGE = (12, 15)

# Expected story script per outlet group (group = (NN-1)//3).
GROUPS = [
    ("Pune / Marathi", "Devanagari", lambda c: 0x0900 <= ord(c) <= 0x097F),
    ("Galway / Irish", "Latin", lambda c: c.isalpha() and ord(c) < 0x0250),
    ("Diyarbakir / Kurmanji", "Latin", lambda c: c.isalpha() and ord(c) < 0x0250),
    ("Male / Dhivehi", "Thaana", lambda c: 0x0780 <= ord(c) <= 0x07BF),
    ("Mekelle / Tigrinya", "Ethiopic", lambda c: 0x1200 <= ord(c) <= 0x139F),
    ("Darwin / English", "Latin", lambda c: c.isalpha() and ord(c) < 0x0250),
]

# Bidi and other invisible format controls that must not appear in the files.
FORBIDDEN_FORMAT = {0x061C, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0xFEFF}
FORBIDDEN_FORMAT |= set(range(0x202A, 0x202F))
FORBIDDEN_FORMAT |= set(range(0x2066, 0x206A))


def page_class(nn):
    return CLASSES[(nn - 1) % 3]


def check_page(path, nn, errors):
    """Return a dict with the page's statistics; append problems to errors."""
    fname = os.path.basename(path)

    def err(msg):
        errors.append(f"{fname}: {msg}")

    raw = open(path, "rb").read()
    info = {"file": fname, "nn": nn, "outlet": None, "content": 0, "boiler": 0,
            "in_body": 0, "above": 0, "below": 0, "layout": "?", "ok": True}
    n_err_before = len(errors)

    if raw.startswith(b"\xef\xbb\xbf"):
        err("starts with a UTF-8 BOM")
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"not valid UTF-8 ({e})")
        info["ok"] = False
        return info
    if "\r" in text:
        err("contains CR characters (line ends must be LF)")
    if "\t" in text:
        err("contains tab characters")
    if not text.endswith("\n"):
        err("missing final newline")
    if text.endswith("\n\n"):
        err("ends with a blank line")

    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines:
        err("empty file")
        info["ok"] = False
        return info

    for i, line in enumerate(lines, 1):
        if line != line.rstrip():
            err(f"line {i}: trailing whitespace")
        if line and line[0].isspace():
            err(f"line {i}: leading whitespace")
        for ch in line:
            cp = ord(ch)
            if ch == "\t":
                continue  # reported above
            if unicodedata.category(ch) == "Cc" or cp in FORBIDDEN_FORMAT:
                err(f"line {i}: forbidden control/format character U+{cp:04X}")
            elif 0xE000 <= cp <= 0xF8FF or cp == 0xFFFD:
                err(f"line {i}: private-use or replacement character U+{cp:04X}")

    # Header
    m = HEADER_RE.match(lines[0])
    if not m:
        err("line 1 must be '#outlet: <outlet name>'")
    else:
        info["outlet"] = m.group(1)

    # Layout: odd pages = exactly one blank line between all blocks (also after the
    # header); even pages = no blank lines at all.
    odd = nn % 2 == 1
    info["layout"] = "blank-sep" if odd else "no-blank"
    if odd:
        if len(lines) % 2 == 0:
            err("odd page: wrong number of lines for strict block/blank alternation")
        for i, line in enumerate(lines):
            want_blank = (i % 2 == 1)
            if want_blank and line != "":
                err(f"line {i + 1}: odd page needs exactly one blank line between blocks")
                break
            if not want_blank and line == "":
                err(f"line {i + 1}: odd page has a double blank line or misplaced blank")
                break
    else:
        for i, line in enumerate(lines):
            if line == "":
                err(f"line {i + 1}: even page must not contain blank lines")
                break

    # Labels
    blocks = []  # (label, text, lineno)
    for i, line in enumerate(lines[1:], 2):
        if line == "":
            continue
        if line.startswith("#"):
            err(f"line {i}: unescaped '#' at line start (escape content as '|#')")
            continue
        if line.startswith("!"):
            body = line[1:]
            if not body:
                err(f"line {i}: empty boilerplate line")
            elif body[0].isspace():
                err(f"line {i}: whitespace directly after the '!' label")
            blocks.append(("B", body, i))
            continue
        if line.startswith("|"):
            body = line[1:]
            if not body or body[0] not in "!|#":
                err(f"line {i}: '|' escape used for text not starting with '!', '|' or '#'")
            blocks.append(("C", body, i))
            continue
        blocks.append(("C", line, i))

    labels = [b[0] for b in blocks]
    c_idx = [k for k, lab in enumerate(labels) if lab == "C"]
    b_idx = [k for k, lab in enumerate(labels) if lab == "B"]
    info["content"] = len(c_idx)
    info["boiler"] = len(b_idx)

    lo, hi = CONTENT_RANGE
    if not (lo <= len(c_idx) <= hi):
        err(f"{len(c_idx)} content lines (need {lo}-{hi})")

    total = len(c_idx) + len(b_idx)
    share = len(c_idx) / total if total else 0.0
    info["share"] = share
    cls = page_class(nn)
    info["class"] = cls
    smin, smax = SHARE_RANGE[cls]
    if not (smin - 1e-9 <= share <= smax + 1e-9):
        err(f"content share {share:.1%} outside {cls} range {smin:.0%}-{smax:.0%}")

    if c_idx:
        first, last = c_idx[0], c_idx[-1]
        info["above"] = sum(1 for k in b_idx if k < first)
        info["below"] = sum(1 for k in b_idx if k > last)
        info["in_body"] = sum(1 for k in b_idx if first < k < last)
        if info["above"] == 0:
            err("no chrome (boilerplate) above the headline")
        if info["below"] == 0:
            err("no chrome (boilerplate) below the last story line")
        if info["in_body"] == 0:
            err("no boilerplate between the headline and the last content line")
        if len(c_idx) >= 3:
            third = c_idx[2]
            if not any(third < k < last for k in b_idx):
                err("no boilerplate after the third content line inside the story body")

    # Script of story lines
    gname, script, is_script = GROUPS[(nn - 1) // 3]
    for lab, body, ln in blocks:
        if lab == "C" and not any(is_script(ch) for ch in body):
            err(f"line {ln}: content line contains no {script} letters ({gname})")

    info["ok"] = len(errors) == n_err_before
    return info


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors = []
    pages = {}
    slugs = {}
    for fn in sorted(os.listdir(root)):
        if not fn.endswith(".txt"):
            continue
        m = NAME_RE.match(fn)
        if not m:
            errors.append(f"{fn}: file name does not match iNN_<outlet-slug>_<story-slug>.txt")
            continue
        nn = int(m.group(1))
        if not 1 <= nn <= EXPECTED_PAGES:
            errors.append(f"{fn}: page number {nn:02d} out of range 01-{EXPECTED_PAGES}")
            continue
        if nn in pages:
            errors.append(f"{fn}: duplicate page number {nn:02d}")
            continue
        pages[nn] = os.path.join(root, fn)
        slugs[nn] = (m.group(2), m.group(3))

    missing = [nn for nn in range(1, EXPECTED_PAGES + 1) if nn not in pages]
    if missing:
        errors.append("missing pages: " + ", ".join(f"{n:02d}" for n in missing))

    infos = []
    for nn in sorted(pages):
        info = check_page(pages[nn], nn, errors)
        info["slug"], info["story"] = slugs[nn]
        infos.append(info)

    # Outlet groups: 3 consecutive pages, same name and slug, one page per class.
    seen_names, seen_slugs = {}, {}
    for g in range(EXPECTED_PAGES // 3):
        grp = [i for i in infos if (i["nn"] - 1) // 3 == g]
        names = {i["outlet"] for i in grp}
        gslugs = {i["slug"] for i in grp}
        label = f"group {g * 3 + 1:02d}-{g * 3 + 3:02d}"
        if len(names) != 1:
            errors.append(f"{label}: inconsistent outlet names {sorted(map(str, names))}")
        if len(gslugs) != 1:
            errors.append(f"{label}: inconsistent outlet slugs {sorted(gslugs)}")
        if sorted(i["class"] for i in grp if "class" in i) != sorted(CLASSES):
            errors.append(f"{label}: needs exactly one dirty, one middle and one clean page")
        for n in names:
            if n in seen_names and seen_names[n] != g:
                errors.append(f"{label}: outlet name {n!r} reused from another group")
            seen_names[n] = g
        for s in gslugs:
            if s in seen_slugs and seen_slugs[s] != g:
                errors.append(f"{label}: outlet slug {s!r} reused from another group")
            seen_slugs[s] = g
    if len(seen_names) != EXPECTED_PAGES // 3:
        errors.append(f"expected {EXPECTED_PAGES // 3} distinct outlets, found {len(seen_names)}")

    # Table
    hdr = f"{'NN':<3} {'outlet-slug':<19} {'story-slug':<28} {'class':<6} {'layout':<9} " \
          f"{'cont':>4} {'boil':>4} {'tot':>4} {'share':>6} {'above':>5} {'body':>4} {'below':>5}  ok"
    print(hdr)
    print("-" * len(hdr))
    tc = tb = 0
    by_class = {c: [] for c in CLASSES}
    for i in infos:
        tot = i["content"] + i["boiler"]
        tc += i["content"]
        tb += i["boiler"]
        if "class" in i:
            by_class[i["class"]].append(i.get("share", 0.0))
        print(f"{i['nn']:02d}  {i['slug']:<19} {i['story']:<28} {i.get('class', '?'):<6} "
              f"{i['layout']:<9} {i['content']:>4} {i['boiler']:>4} {tot:>4} "
              f"{i.get('share', 0.0):>6.1%} {i['above']:>5} {i['in_body']:>4} {i['below']:>5}  "
              f"{'yes' if i['ok'] else 'NO'}")
    print("-" * len(hdr))
    all_lines = tc + tb
    print(f"TOTAL {len(infos)} pages: {tc} content + {tb} boilerplate = {all_lines} counted lines"
          f" (content share {tc / all_lines:.1%})" if all_lines else "TOTAL: no lines")
    for c in CLASSES:
        s = by_class[c]
        if s:
            print(f"  {c:<6}: {len(s)} pages, share {min(s):.1%} - {max(s):.1%} "
                  f"(target {SHARE_RANGE[c][0]:.0%}-{SHARE_RANGE[c][1]:.0%})")

    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nAll checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
