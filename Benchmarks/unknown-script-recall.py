#!/usr/bin/env python3
"""Recall of story lines when the story is written in a script and language the stage has never seen.

The blind boilerplate sets keep finding story lines lost in languages no word list knows. This
rewrites the story lines of every released gold set (chrome left as it is) and measures what the
stage keeps of them, one batch per set and variant, each set under its README's byline convention:
  plain  the pages as they are;
  story  story lines' letters mapped to Georgian letters (caseless; no word any list knows);
  all    every line so mapped, the outlet's name too;
  kn     story lines written as an abugida in Kannada letters (consonants as letters, a vowel after
         a consonant as its combining sign), word for word;
  dv     the same in Thaana letters and their vowel marks;
  kn2    as kn, every two words joined into one: a language of long words, half as many per line.
Scripts that run words together (Thai, Chinese, Japanese) map to spaced-out nonsense under `story`
and `all`: read those variants on sets with spaces.

Usage, from the repository root after `swift build`:
  VARIANTS=plain,kn,dv python3 Benchmarks/unknown-script-recall.py .build/debug/pipe [blind-ai,blind-aj,...]
Prints per set and variant the story lines lost, the totals, and the rules that took them; writes
the lost lines to /tmp/scr/where.json. The unseen sets (UNSEEN below) are never read.
"""
import json, os, subprocess, sys, unicodedata, collections
FIX = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'Tests', 'StagesTests', 'Fixtures', 'boilerplate')
PIPE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else '.build/debug/pipe')
SETS = sys.argv[2].split(',') if len(sys.argv) > 2 else None
VARIANTS = os.environ.get('VARIANTS', 'plain,story,all').split(',')
UNSEEN = {'blind-ap', 'blind-aq', 'blind-ar'}
GEO = [chr(c) for c in range(0x10D0, 0x10F1)]

def scr(s):
    out = []
    for ch in s:
        if unicodedata.category(ch).startswith('L'):
            out.append(GEO[ord(ch.lower()[0]) % len(GEO)])
        elif unicodedata.category(ch) == 'Mn':
            continue
        else:
            out.append(ch)
    return ''.join(out)

KN_CONS = [chr(c) for c in range(0x0C95, 0x0CBA) if unicodedata.category(chr(c)) == 'Lo']
KN_VSIGN = {'a': '\u0CBE', 'e': '\u0CC6', 'i': '\u0CBF', 'o': '\u0CCA', 'u': '\u0CC1'}
KN_VIND = {'a': '\u0C85', 'e': '\u0C8E', 'i': '\u0C87', 'o': '\u0C92', 'u': '\u0C89'}
TH_CONS = [chr(c) for c in range(0x0780, 0x07A6)]
TH_FILI = {'a': '\u07A6', 'e': '\u07AC', 'i': '\u07A8', 'o': '\u07AE', 'u': '\u07AA'}
def base(ch):
    d = unicodedata.normalize('NFD', ch.lower())[0]
    if 'а' <= d <= 'я': d = 'abvgdezzijklmnoprstufhccssyyyeua'[ord(d) - ord('а')]
    return d

def abugida(s, script):
    """Latin and Cyrillic letters written as an abugida: consonants as the script's letters,
    a vowel after a consonant as its dependent sign (a combining mark), else an independent vowel."""
    out = []; prev_cons = False
    for ch in s:
        if not unicodedata.category(ch).startswith('L') or not ('a' <= base(ch) <= 'z'):
            if unicodedata.category(ch).startswith('L'): out.append(ch); prev_cons = False; continue
            if unicodedata.category(ch) == 'Mn': continue
            out.append(ch); prev_cons = False; continue
        b = base(ch)
        if b in 'aeiou':
            if script == 'kn':
                out.append(KN_VSIGN[b] if prev_cons else KN_VIND[b])
            else:
                out.append((TH_FILI[b]) if prev_cons else '\u0787' + TH_FILI[b])
            prev_cons = False
        else:
            cons = KN_CONS if script == 'kn' else TH_CONS
            out.append(cons[ord(b) % len(cons)]); prev_cons = True
    return ''.join(out)

def joinPairs(s):
    """Every two words joined into one, as a language of long words writes them (Kannada, Sakha, Zulu)."""
    words = s.split(' ')
    return ' '.join(''.join(words[i:i + 2]) for i in range(0, len(words), 2))

def load(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '': lines.pop()
    outlet = lines[0][len('#outlet:'):].strip()
    body = []
    for l in lines[1:]:
        if l.strip() == '': body.append((l, None)); continue
        if l.startswith('!'): body.append((l[1:], False)); continue
        if l.startswith('|'): l = l[1:]
        body.append((l, True))
    return outlet, body

def run(docs, tag, bylines):
    d = '/tmp/scr'; os.makedirs(d, exist_ok=True)
    inp, out = f'{d}/{tag}.jsonl', f'{d}/{tag}.out.jsonl'
    with open(inp, 'w') as f:
        for doc in docs: f.write(json.dumps(doc, ensure_ascii=False) + '\n')
    conf = f'{d}/{tag}.conf'
    open(conf, 'w').write(f'input "{inp}"\noutput "{out}"\nstage boilerplate {{ bylines "{bylines}" }}\n')
    for suffix in ('', '.sqlite', '.sqlite-wal', '.sqlite-shm'):
        if os.path.exists(out.replace('.jsonl', '') + suffix if suffix else out): os.remove(out.replace('.jsonl', '') + suffix if suffix else out)
    subprocess.run([PIPE, 'run', conf], capture_output=True)
    res = {}
    for l in open(out):
        r = json.loads(l); res[r['id']] = {b['line']: b['rule'] for b in r.get('boilerplate', [])}
    return res

tot = collections.Counter(); rules = collections.Counter(); where = collections.defaultdict(list)
for name in sorted(os.listdir(FIX)):
    p = os.path.join(FIX, name)
    if not os.path.isdir(p) or name in UNSEEN or not name.startswith('blind-'): continue
    if SETS and name not in SETS: continue
    pages = sorted(f for f in os.listdir(p) if f.endswith('.txt'))
    for variant in VARIANTS:
        docs, golds = [], {}
        for f in pages:
            outlet, body = load(os.path.join(p, f))
            text = []
            for l, c in body:
                if variant == 'all' or (variant == 'story' and c): l = scr(l)
                if variant in ('kn', 'dv', 'kn2') and c: l = abugida(l, 'dv' if variant == 'dv' else 'kn')
                if variant == 'kn2' and c: l = joinPairs(l)
                text.append(l)
            o = scr(outlet) if variant == 'all' else outlet
            docs.append({'id': f, 'outlet': o, 'text': '\n'.join(text) + '\n'})
            golds[f] = (body, text)
        res = run(docs, f'{name}-{variant}', 'remove' if name >= 'blind-ai' and len(name) == 8 else 'keep')
        kept = lost = 0
        for f, (body, text) in golds.items():
            removed = res.get(f, {})
            for i, (l, c) in enumerate(body, start=1):
                if c:
                    if i in removed:
                        lost += 1
                        if variant != 'plain':
                            rules[(variant, removed[i])] += 1
                            where[(variant, removed[i])].append(f'{name}/{f}:{i}: {l[:90]}')
                    else: kept += 1
        tot[(variant, 'kept')] += kept; tot[(variant, 'lost')] += lost
        print(f'{name:10} {variant:6} story lines {kept+lost:4} lost {lost:3}', flush=True)
for v in VARIANTS:
    k, l = tot[(v, 'kept')], tot[(v, 'lost')]
    print(f'TOTAL {v:6} recall {k/(k+l):.4f} lost {l}/{k+l}')
for (v, r), n in rules.most_common():
    print(f'{v:6} {r:40} {n}')
json.dump({f'{v}|{r}': ls for (v, r), ls in where.items()}, open('/tmp/scr/where.json', 'w'), ensure_ascii=False, indent=1)
