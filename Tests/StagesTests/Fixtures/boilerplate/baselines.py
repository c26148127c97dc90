#!/usr/bin/env python3
"""Yardsticks for boilerplate stripping on the labelled plain-text pages (not a project dependency).

Scores C4's line filters and jusText (each line wrapped as an HTML paragraph, the page's stoplist
chosen as the one with most hits) on a folder of pages in the fixtures' format: `#` header lines,
`!` = boilerplate, a leading `|` escapes content, blank lines ignored. Line-level precision,
recall and F1 of KEPT CONTENT: micro over the set, macro over pages, and the worst page.
Needs: pip install jusText  (run with /work/venv/bin/python; never a project dependency).
Usage: baselines.py DIR [DIR ...]   (e.g. seeds blind-w, from this folder)
"""
import html
import os
import sys

import justext

END_MARKS = (".", "?", "!", '"', "\u201d", "\u00bb")
C4_BAD_PHRASES = ("javascript", "terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies", "use cookies", "lorem ipsum")
STOPLISTS = {name: justext.get_stoplist(name) for name in justext.get_stoplists()}


def page(path):
    lines = []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            raw = raw.rstrip("\n")
            if not raw.strip() or raw.startswith("#"):
                continue
            if raw.startswith("!"):
                lines.append((raw[1:], False))
            else:
                lines.append((raw[1:] if raw.startswith("|") else raw, True))
    return lines


def c4_keeps(text):
    t = text.strip()
    low = t.lower()
    return t.endswith(END_MARKS) and len(t.split()) >= 5 and not any(p in low for p in C4_BAD_PHRASES) and "{" not in t


def justext_keeps(texts):
    words = " ".join(texts).lower().split()
    best = max(STOPLISTS, key=lambda name: sum(w in STOPLISTS[name] for w in words))
    doc = "<html><body>" + "".join(f"<p>{html.escape(t)}</p>" for t in texts) + "</body></html>"
    paragraphs = justext.justext(doc.encode("utf-8"), STOPLISTS[best], encoding="utf-8")
    kept = {}
    for p in paragraphs:
        kept.setdefault(" ".join(p.text.split()), []).append(not p.is_boilerplate)
    out = []
    for t in texts:
        key = " ".join(t.split())
        queue = kept.get(key)
        out.append(queue.pop(0) if queue else False)
    return out


def prf(tp, fp, fn):
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    for folder in sys.argv[1:]:
        files = sorted(f for f in os.listdir(folder) if f.endswith(".txt"))
        for method in ("C4 line filters", "jusText"):
            tp = fp = fn = 0
            pages = []
            for name in files:
                lines = page(os.path.join(folder, name))
                texts = [t for t, _ in lines]
                keeps = [c4_keeps(t) for t in texts] if method.startswith("C4") else justext_keeps(texts)
                a = sum(1 for (_, c), k in zip(lines, keeps) if c and k)
                b = sum(1 for (_, c), k in zip(lines, keeps) if not c and k)
                d = sum(1 for (_, c), k in zip(lines, keeps) if c and not k)
                tp, fp, fn = tp + a, fp + b, fn + d
                pages.append(prf(a, b, d)[2])
            p, r, f = prf(tp, fp, fn)
            macro = sum(pages) / max(1, len(pages))
            print(f"{os.path.basename(folder.rstrip('/')):10} {method:16} micro P {p:.3f} R {r:.3f} F1 {f:.3f}  macro {macro:.3f}  worst {min(pages):.3f}  ({len(pages)} pages)", flush=True)


if __name__ == "__main__":
    main()
