#!/usr/bin/env python3
"""Validate the blind-ah boilerplate gold pages and print their counts.

Usage: python3 check_counts.py [folder]   (default: the folder of this script)
Exit status 1 if any error is found.
"""
import os
import re
import sys

NAME_RE = re.compile(r'^h(\d\d)_([a-z0-9-]+)_([a-z0-9-]+)\.txt$')
# expected content share by page class, page number -> class
CLASS_BY_POS = {1: 'dirty', 2: 'middle', 0: 'clean'}  # NN % 3
RANGES = {'dirty': (0.15, 0.18), 'middle': (0.33, 0.38), 'clean': (0.55, 0.60)}


def check_file(path, errors):
    name = os.path.basename(path)
    m = NAME_RE.match(name)
    if not m:
        errors.append(f'{name}: bad file name')
        return None
    nn = int(m.group(1))
    raw = open(path, 'rb').read()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        errors.append(f'{name}: not UTF-8 ({e})')
        return None
    if text.startswith('\ufeff'):
        errors.append(f'{name}: BOM')
    if '\r' in text:
        errors.append(f'{name}: CR characters')
    if not text.endswith('\n') or text.endswith('\n\n'):
        errors.append(f'{name}: file must end with exactly one LF')
    lines = text.rstrip('\n').split('\n')
    for i, line in enumerate(lines, 1):
        if '\t' in line:
            errors.append(f'{name}:{i}: tab')
        if line != line.rstrip():
            errors.append(f'{name}:{i}: trailing whitespace')
    if not lines[0].startswith('#outlet: ') or not lines[0][9:].strip():
        errors.append(f'{name}:1: first line must be "#outlet: <name>"')
    outlet = lines[0][9:].strip()
    content, boiler, blank = [], [], 0
    kinds = []  # per body line: 'c', 'b' or '' (blank)
    for i, line in enumerate(lines[1:], 2):
        if line == '':
            blank += 1
            kinds.append('')
        elif line.startswith('!'):
            if not line[1:].strip():
                errors.append(f'{name}:{i}: empty boilerplate line')
            boiler.append(line[1:])
            kinds.append('b')
        elif line.startswith('#'):
            errors.append(f'{name}:{i}: unescaped "#" at line start')
        elif line.startswith('|'):
            body = line[1:]
            if not body or body[0] not in '!|#':
                errors.append(f'{name}:{i}: needless "|" escape')
            content.append(body)
            kinds.append('c')
        else:
            if line != line.strip():
                errors.append(f'{name}:{i}: leading whitespace')
            content.append(line)
            kinds.append('c')
    nc, nb = len(content), len(boiler)
    if not 12 <= nc <= 15:
        errors.append(f'{name}: {nc} content lines (want 12-15)')
    share = nc / (nc + nb) if nc + nb else 0.0
    cls = CLASS_BY_POS[nn % 3]
    lo, hi = RANGES[cls]
    if not lo <= share <= hi:
        errors.append(f'{name}: content share {share:.1%} outside {cls} range {lo:.0%}-{hi:.0%}')
    # blank-line layout: odd pages separate every block with one blank line, even pages none
    want_blank = nn % 2 == 1
    if want_blank:
        for j in range(len(kinds) - 1):
            if (kinds[j] == '') == (kinds[j + 1] == ''):
                errors.append(f'{name}: blank layout broken near line {j + 2}')
                break
        if kinds and kinds[0] != '':
            errors.append(f'{name}: expected blank line after the header')
    elif blank:
        errors.append(f'{name}: {blank} blank lines on a no-blank page')
    # boilerplate must also occur inside the story body
    nonblank = [k for k in kinds if k]
    first_c = nonblank.index('c') if 'c' in nonblank else 0
    last_c = len(nonblank) - 1 - nonblank[::-1].index('c') if 'c' in nonblank else 0
    inner = nonblank[first_c:last_c + 1].count('b')
    if inner < 2:
        errors.append(f'{name}: only {inner} boilerplate lines inside the story body')
    if not (nonblank and nonblank[0] == 'b' and nonblank[-1] == 'b'):
        errors.append(f'{name}: page should start and end with boilerplate')
    escaped = sum(1 for k, l in zip(kinds, lines[1:]) if k == 'c' and l.startswith('|'))
    return dict(nn=nn, file=name, outlet=outlet, cls=cls, c=nc, b=nb, share=share,
                blank='yes' if blank else 'no', inner=inner, esc=escaped)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    files = sorted(f for f in os.listdir(folder) if f.startswith('h') and f.endswith('.txt'))
    errors, rows = [], []
    for f in files:
        r = check_file(os.path.join(folder, f), errors)
        if r:
            rows.append(r)
    nums = sorted(r['nn'] for r in rows)
    if nums != list(range(1, 19)):
        errors.append(f'page numbers are {nums}, want 01..18')
    outlets = {}
    for r in rows:
        outlets.setdefault(r['outlet'], []).append(r['cls'])
    if len(outlets) != 6 or any(sorted(v) != ['clean', 'dirty', 'middle'] for v in outlets.values()):
        errors.append(f'want 6 outlets with one dirty, middle and clean page each: {outlets}')
    print(f"| {'file':<42} | {'outlet':<22} | {'class':<6} | content | boilerplate | share | blank lines |")
    print(f"|{'-' * 44}|{'-' * 24}|{'-' * 8}|---------|-------------|-------|-------------|")
    for r in rows:
        print(f"| {r['file']:<42} | {r['outlet']:<22} | {r['cls']:<6} | {r['c']:>7} | {r['b']:>11} |"
              f" {r['share']:>5.1%} | {r['blank']:<11} |")
    tc = sum(r['c'] for r in rows)
    tb = sum(r['b'] for r in rows)
    print(f"\npages: {len(rows)}  content lines: {tc}  boilerplate lines: {tb}  "
          f"overall share: {tc / (tc + tb):.1%}  pages with blank lines: "
          f"{sum(r['blank'] == 'yes' for r in rows)}  escaped content lines: {sum(r['esc'] for r in rows)}")
    print(f"boilerplate lines inside story bodies: {sum(r['inner'] for r in rows)}")
    if errors:
        print('\nERRORS:')
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('OK: no errors')


if __name__ == '__main__':
    main()
