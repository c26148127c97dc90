#!/usr/bin/env python3
"""Yardsticks for the names stage on the gold variant tables (not a dependency of the project).

Scores rapidfuzz nearest-neighbour clustering and jellyfish phonetic keys on the same spellings
as NameNormalizerTests, with the same pairwise precision/recall/F1 and confusable-pair check.
Needs: pip install rapidfuzz jellyfish PyICU  (run with /work/venv/bin/python).
Usage: baselines.py [variant-table.tsv confusable-pairs.tsv]
"""
import itertools
import os
import sys

import icu
import jellyfish
from rapidfuzz import distance, fuzz

HERE = os.path.dirname(os.path.abspath(__file__))
TO_ASCII = icu.Transliterator.createInstance("Any-Latin; Latin-ASCII; Any-Lower")


def rows(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]


def scores(entities, clusters):
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(entities)), 2):
        gold, pred = entities[i] == entities[j], clusters[i] == clusters[j]
        tp += gold and pred
        fp += (not gold) and pred
        fn += gold and not pred
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def confusable_merges(entities, clusters, pairs):
    where = {}
    for e, c in zip(entities, clusters):
        where.setdefault(e, set()).add(c)
    return sum(1 for a, b, *_ in pairs if where[a] & where[b])


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


def nearest_neighbour(texts, scorer, threshold):
    """Link every spelling to its most similar other spelling if similar enough; connected components."""
    edges = []
    for i, a in enumerate(texts):
        best, best_j = -1.0, None
        for j, b in enumerate(texts):
            if i != j:
                s = scorer(a, b)
                if s > best:
                    best, best_j = s, j
        if best_j is not None and best >= threshold:
            edges.append((i, best_j))
    return components(len(texts), edges)


def single_linkage(texts, scorer, threshold):
    """Link every pair at least this similar; connected components."""
    edges = [(i, j) for i, j in itertools.combinations(range(len(texts)), 2) if scorer(texts[i], texts[j]) >= threshold]
    return components(len(texts), edges)


def phonetic(texts, code):
    words = [["".join(c for c in w if c.isalpha()) for w in t.replace("-", " ").split()] for t in texts]
    return [" ".join(code(w) for w in ws if w) for ws in words]


def main():
    table = sys.argv[1] if len(sys.argv) > 1 else "variant-table.tsv"
    pairs_file = sys.argv[2] if len(sys.argv) > 2 else "confusable-pairs.tsv"
    data = rows(table)
    pairs = rows(pairs_file)
    entities = [r[0] for r in data]
    texts = [TO_ASCII.transliterate(r[1]) for r in data]
    print(f"{table}: {len(texts)} spellings of {len(set(entities))} entities, {len(pairs)} confusable pairs")
    print(f"{'method':48} {'P':>6} {'R':>6} {'F1':>6}  confusable merges")

    def report(name, clusters):
        p, r, f = scores(entities, clusters)
        print(f"{name:48} {p:6.3f} {r:6.3f} {f:6.3f}  {confusable_merges(entities, clusters, pairs)}")

    scorers = {
        "rapidfuzz ratio": fuzz.ratio,
        "rapidfuzz token_sort_ratio": fuzz.token_sort_ratio,
        "rapidfuzz Jaro-Winkler": lambda a, b: 100 * distance.JaroWinkler.similarity(a, b),
    }
    for name, scorer in scorers.items():
        best = max(
            ((t, nearest_neighbour(texts, scorer, t)) for t in range(30, 100, 2)),
            key=lambda tc: scores(entities, tc[1])[2],
        )
        report(f"{name} NN, best threshold {best[0]} (oracle)", best[1])
        best = max(
            ((t, single_linkage(texts, scorer, t)) for t in range(60, 100, 2)),
            key=lambda tc: scores(entities, tc[1])[2],
        )
        report(f"{name} single-link, best threshold {best[0]} (oracle)", best[1])
    codes = {
        "jellyfish soundex": jellyfish.soundex,
        "jellyfish metaphone": jellyfish.metaphone,
        "jellyfish nysiis": jellyfish.nysiis,
        "jellyfish match_rating_codex": jellyfish.match_rating_codex,
    }
    for name, code in codes.items():
        report(name + " (key per word)", phonetic(texts, code))
    report("Any-Latin; Latin-ASCII exact", texts)
    rules = open(os.path.join(HERE, "../../../../Sources/Stages/Resources/names/transliteration-folding.txt"), encoding="utf-8").read()
    ours = icu.Transliterator.createFromRules("names", rules)
    keys = ["".join(ours.transliterate(w) for w in r[1].replace("-", " ").split()) for r in data]
    report("our key rules alone (no detector, no guards)", keys)


if __name__ == "__main__":
    main()
