#!/usr/bin/env python3
"""Validate the blind boilerplate gold set "AS" (18 pages, 6 outlets x 3 classes).

Usage: python3 check_counts.py [DIR]   (default: the directory of this script)
Prints a per-page table and totals; exits 1 on any error.
"""
import os
import re
import sys
import unicodedata

CLASSES = {0: ("dirty", 0.15, 0.18), 1: ("middle", 0.33, 0.38), 2: ("clean", 0.55, 0.60)}
CONTENT_MIN, CONTENT_MAX = 12, 15
NAME_RE = re.compile(r"^i(\d\d)_([a-z0-9]+(?:-[a-z0-9]+)*)_([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$")
BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
OTHER_INVISIBLE = set("\ufeff\u00ad")

# expected story script per outlet group (1..6): (label, predicate on a char)
def _in(lo, hi):
    return lambda ch: lo <= ord(ch) <= hi

SCRIPTS = {
    1: ("Telugu", _in(0x0C00, 0x0C7F)),
    2: ("Bengali-Assamese", _in(0x0980, 0x09FF)),
    3: ("Arabic (Sindhi)", lambda ch: 0x0600 <= ord(ch) <= 0x06FF or 0x0750 <= ord(ch) <= 0x077F),
    4: ("Latin (Igbo)", lambda ch: ch.isalpha() and ord(ch) < 0x0250 or 0x1E00 <= ord(ch) <= 0x1EFF),
    5: ("Cyrillic (Chuvash)", _in(0x0400, 0x04FF)),
    6: ("Latin (English)", lambda ch: ch.isalpha() and ord(ch) < 0x0250),
}


def share_str(x):
    return f"{100 * x:5.1f}%"


def check_file(path, errors):
    fn = os.path.basename(path)
    err = lambda msg: errors.append(f"{fn}: {msg}")
    info = {"file": fn, "ok": True}
    m = NAME_RE.match(fn)
    if not m:
        err("bad file name (want iNN_<outlet-slug>_<story-slug>.txt, lowercase ASCII)")
        return None
    nn = int(m.group(1))
    info.update(nn=nn, outlet_slug=m.group(2), story_slug=m.group(3))
    if not 1 <= nn <= 18:
        err("page number outside 01-18")
        return None
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("BOM present")
    if b"\r" in raw:
        err("CR found (need LF line ends)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"not UTF-8: {e}")
        return None
    if not text.endswith("\n"):
        err("no final newline")
    if text.endswith("\n\n"):
        err("blank line(s) at end of file")
    if unicodedata.normalize("NFC", text) != text:
        err("text is not in NFC")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for i, line in enumerate(lines, 1):
        if "\t" in line:
            err(f"line {i}: tab")
        if line != line.rstrip():
            err(f"line {i}: trailing whitespace")
        for ch in line:
            if ch in BIDI:
                err(f"line {i}: bidi control U+{ord(ch):04X}")
            elif ch in OTHER_INVISIBLE:
                err(f"line {i}: invisible char U+{ord(ch):04X}")
            elif unicodedata.category(ch) == "Cc":
                err(f"line {i}: control char U+{ord(ch):04X}")
    if not lines or not lines[0].startswith("#outlet: ") or not lines[0][9:].strip():
        err("line 1 must be '#outlet: <outlet name>'")
        return None
    info["outlet"] = lines[0][9:]
    body = lines[1:]

    # layout
    odd = nn % 2 == 1
    blanks = [i for i, l in enumerate(body) if l == ""]
    if odd:
        layout_ok = len(body) % 2 == 0 and all(
            (l == "") == (i % 2 == 0) for i, l in enumerate(body))
        if not layout_ok:
            err("odd page: need exactly one blank line between every two blocks (also after header)")
    else:
        layout_ok = not blanks
        if not layout_ok:
            err(f"even page: blank lines not allowed ({len(blanks)} found)")
    for i, l in enumerate(body, 2):
        if l != "" and l.strip() == "":
            err(f"line {i}: whitespace-only line")

    labels = []  # (lineno, 'c'/'b', text)
    for i, l in enumerate(body, 2):
        if l == "":
            continue
        if l.startswith("!"):
            t = l[1:]
            if not t.strip():
                err(f"line {i}: empty boilerplate line")
            elif t[0].isspace():
                err(f"line {i}: space after '!' label")
            labels.append((i, "b", t))
        elif l.startswith("|"):
            t = l[1:]
            if not t or t[0] not in "!|#":
                err(f"line {i}: '|' escape used on text not starting with ! | #")
            labels.append((i, "c", t))
        elif l.startswith("#"):
            err(f"line {i}: content starting with '#' must be escaped with '|'")
            labels.append((i, "c", l))
        else:
            labels.append((i, "c", l))

    seq = [k for _, k, _ in labels]
    nc, nb = seq.count("c"), seq.count("b")
    info.update(content=nc, boiler=nb, layout="blank" if odd else "dense")
    cls, lo, hi = CLASSES[(nn - 1) % 3]
    info["cls"] = cls
    if not CONTENT_MIN <= nc <= CONTENT_MAX:
        err(f"{nc} content lines (need {CONTENT_MIN}-{CONTENT_MAX})")
    share = nc / (nc + nb) if nc + nb else 0.0
    info["share"] = share
    if not lo <= share <= hi:
        err(f"content share {share_str(share)} outside {cls} range {lo:.0%}-{hi:.0%}")
    cidx = [j for j, k in enumerate(seq) if k == "c"]
    if cidx:
        first, last = cidx[0], cidx[-1]
        if "b" not in seq[:first]:
            err("no chrome above the headline")
        if "b" not in seq[last + 1:]:
            err("no chrome below the story")
        inbody = seq[first:last].count("b")
        info["inbody"] = inbody
        if inbody < 1:
            err("no boilerplate between headline and last content line")
        if len(cidx) >= 4 and "b" not in seq[cidx[2] + 1:last]:
            err("no boilerplate after the third content line inside the body")
        # dominant script of content text
        grp = (nn - 1) // 3 + 1
        sname, pred = SCRIPTS[grp]
        letters = [ch for _, k, t in labels if k == "c" for ch in t if ch.isalpha()]
        frac = sum(1 for ch in letters if pred(ch)) / max(1, len(letters))
        info["script"] = frac
        if frac < 0.85:
            err(f"content is only {frac:.0%} {sname} letters")
        ctext = "".join(t for _, k, t in labels if k == "c")
        if grp == 4 and not set(ctext) & set("ịọụỊỌỤ"):
            err("Igbo content has no dotted vowels")
        if grp == 5:
            if not set(ctext) & set("ӑӗҫӳӐӖҪӲ"):
                err("Chuvash content has none of ӑ ӗ ҫ ӳ")
            full = "".join(t for _, _, t in labels)
            if set(full) & set("ăĕçÿĂĔÇ"):
                err("Latin look-alikes (ă ĕ ç ÿ) used instead of Cyrillic ӑ ӗ ҫ ӳ")
    else:
        info["inbody"] = 0
        info["script"] = 0.0
    return info


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors = []
    files = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    pages = {}
    for f in files:
        if not f.startswith("i"):
            errors.append(f"{f}: unexpected .txt file")
            continue
        info = check_file(os.path.join(d, f), errors)
        if info:
            if info["nn"] in pages:
                errors.append(f"{f}: duplicate page number {info['nn']:02d}")
            pages[info["nn"]] = info
    missing = [n for n in range(1, 19) if n not in pages]
    if missing:
        errors.append("missing pages: " + ", ".join(f"{n:02d}" for n in missing))
    # outlet groups
    names, slugs = {}, {}
    for g in range(6):
        grp = [pages[n] for n in range(3 * g + 1, 3 * g + 4) if n in pages]
        on = {p["outlet"] for p in grp}
        os_ = {p["outlet_slug"] for p in grp}
        if len(on) > 1:
            errors.append(f"group {g + 1}: inconsistent outlet names {sorted(on)}")
        if len(os_) > 1:
            errors.append(f"group {g + 1}: inconsistent outlet slugs {sorted(os_)}")
        for o in on:
            names.setdefault(o, set()).add(g)
        for s in os_:
            slugs.setdefault(s, set()).add(g)
        if sorted(p["cls"] for p in grp) != sorted(["dirty", "middle", "clean"]) and len(grp) == 3:
            errors.append(f"group {g + 1}: classes are not dirty/middle/clean")
    for o, gs in names.items():
        if len(gs) > 1:
            errors.append(f"outlet name {o!r} used by several groups")
    for s, gs in slugs.items():
        if len(gs) > 1:
            errors.append(f"outlet slug {s!r} used by several groups")
    if len(names) != 6 and not missing:
        errors.append(f"{len(names)} outlets (need 6)")

    hdr = f"{'NN':<3} {'file':<52} {'class':<7} {'layout':<6} {'cont':>4} {'boil':>4} {'total':>5} {'share':>7} {'inbody':>6}"
    print(hdr)
    print("-" * len(hdr))
    tc = tb = 0
    byclass = {}
    bad = {e.split(":")[0] for e in errors}
    for n in sorted(pages):
        p = pages[n]
        tc += p["content"]
        tb += p["boiler"]
        byclass.setdefault(p["cls"], []).append(p["share"])
        mark = "" if p["file"] not in bad else "  <-- ERROR"
        print(f"{n:02d}  {p['file']:<52} {p['cls']:<7} {p['layout']:<6} {p['content']:>4} {p['boiler']:>4} "
              f"{p['content'] + p['boiler']:>5} {share_str(p['share']):>7} {p['inbody']:>6}{mark}")
    print("-" * len(hdr))
    if tc + tb:
        print(f"TOTAL {len(pages)} pages: content {tc}, boilerplate {tb}, lines {tc + tb}, "
              f"content share {share_str(tc / (tc + tb)).strip()}")
    for c in ("dirty", "middle", "clean"):
        if c in byclass:
            v = byclass[c]
            print(f"  {c:<6}: {len(v)} pages, share {share_str(min(v)).strip()} - {share_str(max(v)).strip()}")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
