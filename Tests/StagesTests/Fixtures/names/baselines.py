#!/usr/bin/env python3
"""Yardsticks for the names stage on the gold variant tables (not a dependency of the project).

Scores the approaches the issue compares with on the same spellings as NameNormalizerTests, with the
same pairwise precision/recall/F1 and confusable-pair check.
Needs: pip install rapidfuzz jellyfish PyICU numpy  (run with /work/venv/bin/python).
Usage: baselines.py [TABLE.tsv PAIRS.tsv]   (paths relative to this folder or absolute)
TABLE: `entity_id<TAB>spelling` lines (`#` comments, blank lines ignored).
PAIRS: `entity_a<TAB>entity_b<TAB>why` lines: different entities a matcher must not merge.
Prints pairwise precision, recall and F1 (over all pairs of spellings: same entity vs same cluster)
and how many confusable pairs each method merges, for:
- fuzzy nearest-neighbour clustering (rapidfuzz ratio / token_sort_ratio / Jaro-Winkler on
  Any-Latin; Latin-ASCII; lower-cased text: every spelling is linked to its most similar other
  spelling when the score reaches a threshold; clusters are connected components). The
  threshold is the best one for this table (an oracle), as a generous yardstick; and the same
  scores with single linkage (every pair at least as similar as the threshold is linked);
- phonetic keys per word (Soundex, Metaphone, NYSIIS, Match Rating), same key = same cluster;
- OpenRefine's fingerprint key (trim, lower-case, strip punctuation, fold Latin accents, unique
  sorted tokens), same key = same cluster.
"""
import os
import string
import sys
import unicodedata

import icu
import jellyfish
import numpy as np
from rapidfuzz import distance, fuzz, process

HERE = os.path.dirname(os.path.abspath(__file__))
TO_ASCII = icu.Transliterator.createInstance("Any-Latin; Latin-ASCII; Any-Lower")


def rows(path):
    with open(os.path.join(HERE, path), encoding="utf-8") as f:
        return [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]


def scores(entities, clusters):
    by_entity, by_cluster, both = {}, {}, {}
    for e, c in zip(entities, clusters):
        by_entity[e] = by_entity.get(e, 0) + 1
        by_cluster[c] = by_cluster.get(c, 0) + 1
        both[(e, c)] = both.get((e, c), 0) + 1
    pairs = lambda n: n * (n - 1) // 2
    tp = sum(pairs(n) for n in both.values())
    gold = sum(pairs(n) for n in by_entity.values())
    pred = sum(pairs(n) for n in by_cluster.values())
    p = tp / max(1, pred)
    r = tp / max(1, gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def confusable_merges(entities, clusters, pairs):
    where = {}
    for e, c in zip(entities, clusters):
        where.setdefault(e, set()).add(c)
    return sum(1 for a, b, *_ in pairs if where.get(a, set()) & where.get(b, set()))


def components(n, edges):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return [find(i) for i in range(n)]


def phonetic(texts, code):
    words = [["".join(c for c in w if c.isalpha()) for w in t.replace("-", " ").split()] for t in texts]
    return [" ".join(code(w) for w in ws if w) for ws in words]


def fingerprint(s):
    s = s.strip().lower()
    s = "".join(c for c in s if c not in string.punctuation and unicodedata.category(c)[0] != "P")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return " ".join(sorted(set(s.split())))


def main():
    table = sys.argv[1] if len(sys.argv) > 1 else "variant-table.tsv"
    data = rows(table)
    pairs = rows(sys.argv[2] if len(sys.argv) > 2 else "confusable-pairs.tsv")
    entities = [r[0] for r in data]
    texts = [TO_ASCII.transliterate(r[1]) for r in data]
    print(f"{table}: {len(texts)} spellings of {len(set(entities))} entities, {len(pairs)} confusable pairs")
    print(f"{'method':52} {'P':>6} {'R':>6} {'F1':>6}  confusable merges")

    def report(name, clusters):
        p, r, f = scores(entities, clusters)
        print(f"{name:52} {p:6.3f} {r:6.3f} {f:6.3f}  {confusable_merges(entities, clusters, pairs)}", flush=True)

    scorers = {
        "rapidfuzz ratio": fuzz.ratio,
        "rapidfuzz token_sort_ratio": fuzz.token_sort_ratio,
        "rapidfuzz Jaro-Winkler": distance.JaroWinkler.normalized_similarity,
    }
    for name, scorer in scorers.items():
        matrix = process.cdist(texts, texts, scorer=scorer, dtype=np.float32, workers=1)
        if name.endswith("Winkler"):
            matrix *= 100
        np.fill_diagonal(matrix, -1)
        best_j = matrix.argmax(axis=1)
        best_s = matrix[np.arange(len(texts)), best_j]
        results = []
        for t in range(30, 100, 2):
            edges = [(i, int(best_j[i])) for i in range(len(texts)) if best_s[i] >= t]
            clusters = components(len(texts), edges)
            results.append((scores(entities, clusters)[2], t, clusters))
        f, t, clusters = max(results, key=lambda x: x[0])
        report(f"{name} NN, best threshold {t} (oracle)", clusters)
        results = []
        for t in range(60, 100, 2):
            rows_, cols = np.nonzero(matrix >= t)
            clusters = components(len(texts), zip(rows_.tolist(), cols.tolist()))
            results.append((scores(entities, clusters)[2], t, clusters))
        f, t, clusters = max(results, key=lambda x: x[0])
        report(f"{name} single-link, best threshold {t} (oracle)", clusters)
    for name, code in {
        "jellyfish soundex": jellyfish.soundex,
        "jellyfish metaphone": jellyfish.metaphone,
        "jellyfish nysiis": jellyfish.nysiis,
        "jellyfish match_rating_codex": jellyfish.match_rating_codex,
    }.items():
        report(name + " (key per word)", phonetic(texts, code))
    report("OpenRefine fingerprint", [fingerprint(r[1]) for r in data])
    report("Any-Latin; Latin-ASCII exact", texts)
    rules = open(os.path.join(HERE, "../../../../Sources/Stages/Resources/names/transliteration-folding.txt"), encoding="utf-8").read()
    ours = icu.Transliterator.createFromRules("names", rules)
    keys = ["".join(ours.transliterate(w) for w in r[1].replace("-", " ").split()) for r in data]
    report("our key rules alone (no detector, no guards)", keys)


if __name__ == "__main__":
    main()
