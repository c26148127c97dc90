#!/usr/bin/env python3
"""Validate the blind boilerplate gold set "AR" (18 pages, 6 outlets x 3 classes).

Format of a page file  iNN_<outlet-slug>_<story-slug>.txt :
  line 1          '#outlet: <outlet name>'   (metadata, not counted)
  '!<text>'       boilerplate line
  '|<text>'       content line whose own text starts with '!', '|' or '#'
  other non-blank content line
  blank lines     layout only (odd pages: exactly one between blocks,
                  even pages: none)

Usage: python3 check_counts.py [directory]    (exit 1 on any error)
"""
import os
import re
import sys
import unicodedata

CLASSES = {1: 'dirty', 2: 'middle', 0: 'clean'}          # NN % 3 -> class
SHARE = {'dirty': (0.15, 0.18), 'middle': (0.33, 0.38), 'clean': (0.55, 0.60)}
CONTENT_MIN, CONTENT_MAX = 12, 15
NAME_RE = re.compile(r'^i(\d\d)_([a-z0-9]+(?:-[a-z0-9]+)*)_([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$')
HEADER_RE = re.compile(r'^#outlet: (\S.*)$')
BIDI = set('\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069')
EPS = 1e-9


def check_file(path, errors):
    name = os.path.basename(path)
    err = lambda msg: errors.append(f'{name}: {msg}')
    m = NAME_RE.match(name)
    if not m:
        err('bad file name')
        return None
    nn = int(m.group(1))
    if not 1 <= nn <= 18:
        err('page number out of range 01-18')
        return None
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        err('UTF-8 BOM present')
        raw = raw[3:]
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        err(f'not valid UTF-8: {e}')
        return None
    if '\r' in text:
        err('CR characters (line ends must be LF)')
        text = text.replace('\r\n', '\n').replace('\r', '\n')
    if '\t' in text:
        err('tab characters')
    if not text.endswith('\n'):
        err('no final newline')
    if text.endswith('\n\n'):
        err('blank line(s) at end of file')
    if unicodedata.normalize('NFC', text) != text:
        err('text is not in Unicode NFC')
    for ch in sorted(set(text)):
        if ch in BIDI:
            err(f'bidi control character U+{ord(ch):04X}')
        elif ch not in '\n\t' and unicodedata.category(ch) == 'Cc':
            err(f'control character U+{ord(ch):04X}')
        elif ch == '\ufeff':
            err('U+FEFF inside text')
    lines = text[:-1].split('\n') if text.endswith('\n') else text.split('\n')

    # header
    hm = HEADER_RE.match(lines[0]) if lines else None
    if not hm:
        err("line 1 must be '#outlet: <outlet name>'")
        outlet = None
    else:
        outlet = hm.group(1)

    labels = []            # sequence of 'C' / 'B' for non-blank lines after header
    for i, line in enumerate(lines[1:], start=2):
        if line != line.rstrip():
            err(f'line {i}: trailing whitespace')
        if line.strip() == '':
            if line != '':
                err(f'line {i}: whitespace-only line')
            continue
        if line != line.lstrip():
            err(f'line {i}: leading whitespace')
        if line.startswith('!'):
            body = line[1:]
            if not body.strip():
                err(f'line {i}: empty boilerplate line')
            elif body != body.lstrip():
                err(f'line {i}: whitespace right after the ! label')
            labels.append('B')
        elif line.startswith('|'):
            body = line[1:]
            if not body or body[0] not in '!|#':
                err(f'line {i}: needless | escape (only for text starting with ! | #)')
            labels.append('C')
        elif line.startswith('#'):
            err(f'line {i}: content line starting with # must be escaped with |')
            labels.append('C')
        else:
            labels.append('C')

    # layout
    if nn % 2 == 1:
        # header, blank, block, blank, block, ... , block
        ok = len(lines) >= 3 and len(lines) % 2 == 1
        for i, line in enumerate(lines):
            if i % 2 == 1 and line != '':
                ok = False
            if i % 2 == 0 and line.strip() == '':
                ok = False
        if not ok:
            err('odd page: need exactly one blank line between every two blocks (also after the header)')
        layout = 'blank1'
    else:
        if any(l.strip() == '' for l in lines):
            err('even page: blank lines not allowed')
        layout = 'dense'

    c = labels.count('C')
    b = labels.count('B')
    share = c / (c + b) if c + b else 0.0
    cls = CLASSES[nn % 3]
    if not CONTENT_MIN <= c <= CONTENT_MAX:
        err(f'{c} content lines (need {CONTENT_MIN}-{CONTENT_MAX})')
    lo, hi = SHARE[cls]
    if not lo - EPS <= share <= hi + EPS:
        err(f'content share {share:.1%} outside {cls} range {lo:.0%}-{hi:.0%}')

    cpos = [k for k, l in enumerate(labels) if l == 'C']
    if cpos:
        first, last = cpos[0], cpos[-1]
        if 'B' not in labels[:first]:
            err('no chrome (boilerplate) above the headline')
        if 'B' not in labels[last + 1:]:
            err('no chrome (boilerplate) below the story')
        if 'B' not in labels[first:last]:
            err('no boilerplate between headline and last content line')
        if len(cpos) >= 3 and 'B' not in labels[cpos[2]:last]:
            err('no boilerplate after the third content line (before the last content line)')
        in_body = labels[first:last].count('B')
    else:
        in_body = 0
    return dict(nn=nn, name=name, outlet=outlet, slug=m.group(2), story=m.group(3),
                cls=cls, c=c, b=b, share=share, layout=layout, in_body=in_body)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors = []
    files = sorted(f for f in os.listdir(root) if f.endswith('.txt'))
    rows = []
    for f in files:
        r = check_file(os.path.join(root, f), errors)
        if r:
            rows.append(r)

    # set-level checks
    by_nn = {}
    for r in rows:
        by_nn.setdefault(r['nn'], []).append(r)
    for nn in range(1, 19):
        if nn not in by_nn:
            errors.append(f'page {nn:02d} missing')
        elif len(by_nn[nn]) > 1:
            errors.append(f'page {nn:02d} present {len(by_nn[nn])} times')
    groups = {}
    for r in rows:
        groups.setdefault((r['nn'] - 1) // 3, []).append(r)
    seen_names, seen_slugs = {}, {}
    for g in range(6):
        rs = groups.get(g, [])
        names = {r['outlet'] for r in rs}
        slugs = {r['slug'] for r in rs}
        if len(names) > 1:
            errors.append(f'outlet group {g + 1}: inconsistent outlet names {sorted(map(str, names))}')
        if len(slugs) > 1:
            errors.append(f'outlet group {g + 1}: inconsistent outlet slugs {sorted(slugs)}')
        if sorted(r['cls'] for r in rs) != ['clean', 'dirty', 'middle'] and len(rs) == 3:
            errors.append(f'outlet group {g + 1}: classes are not dirty/middle/clean')
        for n in names:
            if n in seen_names and seen_names[n] != g:
                errors.append(f'outlet name {n!r} used by two groups')
            seen_names[n] = g
        for s in slugs:
            if s in seen_slugs and seen_slugs[s] != g:
                errors.append(f'outlet slug {s!r} used by two groups')
            seen_slugs[s] = g
    if len(rows) != 18:
        errors.append(f'{len(rows)} valid page files (expected 18)')
    stories = [r['story'] for r in rows]
    if len(set(stories)) != len(stories):
        errors.append('duplicate story slugs')

    # table
    print(f"{'NN':<3} {'outlet-slug':<20} {'class':<7} {'layout':<7} {'content':>7} {'boiler':>6} {'total':>5} {'share':>6} {'inBody':>6}")
    tc = tb = 0
    for r in sorted(rows, key=lambda r: r['nn']):
        tc += r['c']
        tb += r['b']
        print(f"{r['nn']:02d}  {r['slug']:<20} {r['cls']:<7} {r['layout']:<7} {r['c']:>7} {r['b']:>6} {r['c'] + r['b']:>5} {r['share']:>6.1%} {r['in_body']:>6}")
    tot = tc + tb
    print(f"{'':<3} {'TOTAL':<20} {'':<7} {'':<7} {tc:>7} {tb:>6} {tot:>5} {(tc / tot if tot else 0):>6.1%}")
    for cls in ('dirty', 'middle', 'clean'):
        sh = [r['share'] for r in rows if r['cls'] == cls]
        if sh:
            print(f"{cls:<7} share range {min(sh):.1%} - {max(sh):.1%} ({len(sh)} pages)")
    if errors:
        print(f'\n{len(errors)} error(s):')
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('\nOK: all checks passed')


if __name__ == '__main__':
    main()
