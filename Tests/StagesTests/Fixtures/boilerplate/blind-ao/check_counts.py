#!/usr/bin/env python3
"""Validate the blind boilerplate-stripping gold set "AO".

Usage: python3 check_counts.py [DIR]     (default: the folder of this script)

Checks every page file iNN_<outlet-slug>_<story-slug>.txt and prints one table
row per page.  Exit status 0 if everything passes, 1 on any error.

Format rules (see README.md):
  * UTF-8 (no BOM), LF line ends, no tabs, no trailing spaces, final newline.
  * Line 1: "#outlet: <outlet name>" (metadata, not counted).
  * "!text"  -> boilerplate line, page text is "text" (must be non-empty).
  * "|!..", "||..", "|#.." -> content line whose own text starts with !, | or #.
  * any other non-blank line -> content.  A bare "#" or a "|" not followed by
    one of "!|#" is an error (unescaped / ambiguous).
  * Odd NN: exactly one blank line between every two blocks (also after the
    header), no leading/trailing blank line.  Even NN: no blank lines at all.
  * 12-15 content lines; share = content / (content + boilerplate) in the
    range of the page class (1st page of an outlet dirty, 2nd middle, 3rd clean).
  * At least one boilerplate line between the first content line (headline)
    and the last content line (inBP), and at least one after the 3rd content
    line and before the last one (midBP), so that chrome really interrupts the
    paragraphs and not only the byline block under the headline.
  * 18 pages = 6 outlets x 3 classes, one outlet name and slug per outlet.
"""
import os
import re
import sys
import unicodedata

CLASSES = ["dirty", "middle", "clean"]
SHARE_RANGE = {"dirty": (0.15, 0.18), "middle": (0.33, 0.38), "clean": (0.55, 0.60)}
CONTENT_RANGE = (12, 15)
NAME_RE = re.compile(r"^i(\d\d)_([a-z0-9]+(?:-[a-z0-9]+)*)_([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$")
HEADER_RE = re.compile(r"^#outlet: \S.*\S$|^#outlet: \S$")
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# Script / letter expectations per outlet position (1..6), checked on content text.
def _has(pattern):
    rx = re.compile(pattern)
    return lambda text: bool(rx.search(text))

SCRIPT_CHECKS = {
    1: ("Gurmukhi", _has(r"[\u0A00-\u0A7F]")),
    2: ("Basque (Latin)", _has(r"\b(eta|da|du|dute|zuen|izango)\b")),
    3: ("Malayalam", _has(r"[\u0D00-\u0D7F]")),
    4: ("English (Latin)", _has(r"\b(the|and|of)\b")),
    5: ("Sorani (Arabic script)", _has(r"[\u0600-\u06FF]")),
    6: ("Tatar Cyrillic with ә/ө/ү/җ/ң/һ", _has(r"[әөүҗңһӘӨҮҖҢҺ]")),
}


def classify(raw):
    """Return (kind, text) for a non-header line: kind in blank/bp/content/bad."""
    if raw == "":
        return "blank", ""
    if raw.startswith("!"):
        return "bp", raw[1:]
    if raw.startswith("|"):
        if len(raw) >= 2 and raw[1] in "!|#":
            return "content", raw[1:]
        return "bad", "'|' not followed by !, | or # (unescaped or ambiguous)"
    if raw.startswith("#"):
        return "bad", "content line starting with '#' must be escaped as '|#'"
    return "content", raw


def check_file(path, nn):
    errors = []
    info = {"outlet": None, "content": 0, "bp": 0, "inner_bp": 0, "mid_bp": 0, "blank": 0,
            "escaped": 0, "share": 0.0}
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append("UTF-8 BOM present")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return ["not valid UTF-8: %s" % exc], info
    if "\r" in text:
        errors.append("CR character found (need LF line ends)")
    if "\t" in text:
        errors.append("tab character found")
    if not text.endswith("\n"):
        errors.append("file does not end with a newline")
    if text.endswith("\n\n"):
        errors.append("trailing blank line(s) at end of file")
    if any(ch in BIDI_CONTROLS for ch in text):
        errors.append("bidi embedding/override/isolate control found (text must be in plain logical order)")
    if unicodedata.normalize("NFC", text) != text:
        errors.append("text is not NFC-normalised")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for i, line in enumerate(lines, 1):
        if line != line.rstrip(" \u00a0\u3000"):
            errors.append("line %d: trailing space" % i)
        if line and line.strip() == "":
            errors.append("line %d: whitespace-only line" % i)
    if not lines or not HEADER_RE.match(lines[0]):
        errors.append("line 1 is not '#outlet: <name>'")
    else:
        info["outlet"] = lines[0][len("#outlet: "):]

    odd = nn % 2 == 1
    body = lines[1:]
    kinds = []
    for offset, raw in enumerate(body):
        lineno = offset + 2
        kind, payload = classify(raw)
        if kind == "bad":
            errors.append("line %d: %s" % (lineno, payload))
            continue
        if kind == "bp" and (payload == "" or payload != payload.strip()):
            errors.append("line %d: boilerplate text empty or with leading/trailing space" % lineno)
        if kind == "content" and raw.startswith("|"):
            info["escaped"] += 1
        kinds.append((lineno, kind))
    # blank-line layout
    if odd:
        for offset, raw in enumerate(body):
            lineno = offset + 2
            want_blank = offset % 2 == 0  # line 2, 4, 6, ... blank
            if want_blank and raw != "":
                errors.append("line %d: odd page needs a blank line here" % lineno)
                break
            if not want_blank and raw == "":
                errors.append("line %d: odd page has two blank lines in a row" % lineno)
                break
        if body and body[-1] == "":
            errors.append("odd page ends with a blank line")
    else:
        blanks = [off + 2 for off, raw in enumerate(body) if raw == ""]
        if blanks:
            errors.append("even page has blank lines (first at line %d)" % blanks[0])
    info["blank"] = sum(1 for raw in body if raw == "")

    blocks = [(n, k) for n, k in kinds if k in ("bp", "content")]
    info["content"] = sum(1 for _, k in blocks if k == "content")
    info["bp"] = sum(1 for _, k in blocks if k == "bp")
    content_pos = [i for i, (_, k) in enumerate(blocks) if k == "content"]
    if content_pos:
        first, last = content_pos[0], content_pos[-1]
        info["inner_bp"] = sum(1 for _, k in blocks[first:last + 1] if k == "bp")
        if len(content_pos) >= 3:
            third = content_pos[2]
            info["mid_bp"] = sum(1 for _, k in blocks[third:last + 1] if k == "bp")
    if info["inner_bp"] == 0:
        errors.append("no boilerplate inside the story body (between headline and last content line)")
    if info["mid_bp"] == 0:
        errors.append("no boilerplate between the story paragraphs (after the 3rd content line, "
                      "before the last one); byline/photo block under the headline is not enough")
    lo, hi = CONTENT_RANGE
    if not lo <= info["content"] <= hi:
        errors.append("content lines = %d, need %d-%d" % (info["content"], lo, hi))
    total = info["content"] + info["bp"]
    info["share"] = info["content"] / total if total else 0.0
    cls = CLASSES[(nn - 1) % 3]
    slo, shi = SHARE_RANGE[cls]
    if not slo <= info["share"] <= shi:
        errors.append("content share %.3f outside %s range %.2f-%.2f" % (info["share"], cls, slo, shi))
    # script check on content text
    outlet_no = (nn - 1) // 3 + 1
    label, test = SCRIPT_CHECKS[outlet_no]
    content_text = "\n".join(classify(raw)[1] for raw in body if classify(raw)[0] == "content")
    if not test(content_text):
        errors.append("content does not look like %s" % label)
    return errors, info


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
    all_errors = []
    pages = {}
    for n in names:
        m = NAME_RE.match(n)
        if not m:
            all_errors.append("%s: file name does not match iNN_<outlet-slug>_<story-slug>.txt" % n)
            continue
        nn = int(m.group(1))
        if nn in pages:
            all_errors.append("%s: duplicate page number %02d" % (n, nn))
            continue
        pages[nn] = (n, m.group(2), m.group(3))
    missing = [nn for nn in range(1, 19) if nn not in pages]
    extra = [nn for nn in pages if not 1 <= nn <= 18]
    if missing:
        all_errors.append("missing page numbers: %s" % ", ".join("%02d" % x for x in missing))
    if extra:
        all_errors.append("page numbers outside 01-18: %s" % ", ".join("%02d" % x for x in extra))

    header = "%-4s %-46s %-7s %-6s %4s %4s %5s %6s %5s %5s %4s %3s  %s" % (
        "NN", "file", "class", "layout", "cont", "bp", "total", "share", "inBP", "midBP", "esc", "ok", "outlet")
    print(header)
    print("-" * len(header))
    outlets = {}
    tot = {"content": 0, "bp": 0}
    per_class = {c: [0, 0] for c in CLASSES}
    for nn in sorted(pages):
        name, oslug, _ = pages[nn]
        errors, info = check_file(os.path.join(folder, name), nn)
        cls = CLASSES[(nn - 1) % 3] if 1 <= nn <= 18 else "?"
        group = (nn - 1) // 3
        outlets.setdefault(group, []).append((nn, oslug, info["outlet"]))
        tot["content"] += info["content"]
        tot["bp"] += info["bp"]
        if cls in per_class:
            per_class[cls][0] += info["content"]
            per_class[cls][1] += info["bp"]
        print("%-4s %-46s %-7s %-6s %4d %4d %5d %6.3f %5d %5d %4d %3s  %s" % (
            "%02d" % nn, name, cls, "blank" if nn % 2 else "dense", info["content"], info["bp"],
            info["content"] + info["bp"], info["share"], info["inner_bp"], info["mid_bp"], info["escaped"],
            "yes" if not errors else "NO", info["outlet"] or "?"))
        for e in errors:
            all_errors.append("%s: %s" % (name, e))
    print("-" * len(header))
    total = tot["content"] + tot["bp"]
    print("TOTAL %d pages: content %d, boilerplate %d, blocks %d, content share %.3f" % (
        len(pages), tot["content"], tot["bp"], total, tot["content"] / total if total else 0))
    for c in CLASSES:
        cc, bb = per_class[c]
        if cc + bb:
            print("  %-6s content %3d, boilerplate %3d, share %.3f" % (c, cc, bb, cc / (cc + bb)))

    # outlet structure: 6 outlets x 3 classes
    names_seen, slugs_seen = set(), set()
    for group in range(6):
        members = outlets.get(group, [])
        if len(members) != 3:
            continue  # missing pages already reported
        slugs = {m[1] for m in members}
        onames = {m[2] for m in members}
        if len(slugs) != 1:
            all_errors.append("pages %s: outlet slug differs within one outlet: %s" % (
                ",".join("%02d" % m[0] for m in members), sorted(slugs)))
        if len(onames) != 1:
            all_errors.append("pages %s: #outlet header differs within one outlet" % (
                ",".join("%02d" % m[0] for m in members)))
        slug, oname = sorted(slugs)[0], sorted(o or "" for o in onames)[0]
        if slug in slugs_seen:
            all_errors.append("outlet slug %r used by more than one outlet" % slug)
        if oname in names_seen:
            all_errors.append("outlet name %r used by more than one outlet" % oname)
        slugs_seen.add(slug)
        names_seen.add(oname)

    if all_errors:
        print("\nERRORS (%d):" % len(all_errors))
        for e in all_errors:
            print("  " + e)
        return 1
    print("\nAll checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
