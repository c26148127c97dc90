#!/usr/bin/env python3
"""A stage in Python for pipe's `exec` stage: guesses each document's language.

The contract: read one JSON record per line on standard input ({"id", "text", ...}), write one
JSON object per line on standard output, flushed. Fields that were not sent become annotations
of the output record; {"error": "..."} makes that one document an error record.

The guess is deliberately simple and dependency-free: the writing system decides between
Latin-script and Cyrillic-script languages, then the share of each language's most common
function words among the document's words picks one. Fine for news articles, not for tweets.

    stage exec { command ["python3", "language_guess.py"] }
"""
import json
import re
import sys

FUNCTION_WORDS = {
    "en": "the of and to in a is that for on was with as by at from he it said his have be are has were an".split(),
    "fr": "le la les de des du et en un une est que qui dans pour sur au par pas il ne se plus avec".split(),
    "de": "der die das und in den von zu mit sich des ist im dem nicht ein eine auf für sie es auch".split(),
    "es": "el la de que y en los del se las un por con una para es al lo como más pero sus".split(),
    "it": "il di che e la in un per non una sono del della le si da con ha gli dei".split(),
    "pt": "de que e o da do em um para com não uma os no se na por mais as dos".split(),
    "nl": "de het een van en in is dat op te zijn voor met niet die aan er ook".split(),
    "tr": "ve bir bu da de için ile olarak çok daha gibi en ne ama olan kadar".split(),
    "ru": "и в не на что с по как это он из за к но от о его для же было".split(),
    "ky": "жана менен үчүн бул да деп анын болуп бир эле ал бар жок мен сен биз".split(),
    "uk": "і в на що не з та до як це він за від але його для ми було є".split(),
}
CYRILLIC = {"ru", "ky", "uk"}
WORD = re.compile(r"\w+", re.UNICODE)


def guess(text):
    words = WORD.findall(text.lower())
    letters = [c for c in text if c.isalpha()]
    if not words or not letters:
        return None
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff") / len(letters)
    candidates = CYRILLIC if cyrillic > 0.5 else set(FUNCTION_WORDS) - CYRILLIC
    counts = {lang: 0 for lang in candidates}
    for word in words:
        for lang in candidates:
            if word in FUNCTION_SETS[lang]:
                counts[lang] += 1
    best = max(sorted(counts), key=lambda lang: counts[lang])
    share = counts[best] / len(words)
    if counts[best] == 0:
        return {"code": "und", "script": "Cyrl" if cyrillic > 0.5 else "Latn", "score": 0.0}
    return {"code": best, "script": "Cyrl" if best in CYRILLIC else "Latn", "score": round(share, 3)}


FUNCTION_SETS = {lang: set(words) for lang, words in FUNCTION_WORDS.items()}


def main():
    for line in sys.stdin:
        record = json.loads(line)
        try:
            reply = {"id": record["id"], "language": guess(record["text"])}
        except Exception as error:  # one bad document must not stop the others
            reply = {"id": record.get("id"), "error": f"language_guess: {error}"}
        sys.stdout.write(json.dumps(reply, ensure_ascii=False) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
