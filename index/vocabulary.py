"""What the analyser knows, computed once at build time and persisted with the index.

Building it needs spaCy's stop list and simplemma's Norwegian dictionary (slow to
load); the query path only reads the finished maps, so a cold query pays neither.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from index.compounds import MIN_PART, split_compound
from index.lexicon import Lexicon
from index.nynorsk import FUNCTION_WORDS, nynorsk_spellings
from index.stopwords import ENGLISH_SEARCHED, build_stop_words, english_only
from index.textnorm import fold, has_norwegian_letters
from index.tokenizer import tokenize

_SEPARATORS = "-.'’/"


@dataclass
class Vocabulary:
    """Maps from a folded surface word to index terms, plus stop words and the lexicon."""

    stop: frozenset[str]
    stop_folded: frozenset[str]
    terms: dict[str, tuple[str, ...]]
    """Folded surface -> (its term, then the terms of its compound parts)."""
    lemmas: dict[str, str]
    """Folded surface -> lemma as written (for "also searched")."""
    splits: dict[str, tuple[str, str]]
    part_words: frozenset[str]
    """Folded corpus words that may be a compound's part."""
    typo_pool: dict[str, tuple[str, ...]]
    phrases: dict[tuple[str, ...], list[int]] = field(default_factory=dict)
    """Folded variant tokens -> indexes into `entries`."""
    entries: list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = field(
        default_factory=list
    )
    """(term as written, its index terms, expand words as written, their terms) per lexicon entry."""
    lexicon_words: frozenset[str] = frozenset()
    related: frozenset[tuple[str, ...]] = frozenset()
    """Folded tokens of lexicon words that only relate to their entry's term: searched, but unknown to the sources."""
    longest_phrase: int = 0
    """Tokens in the longest lexicon phrase: how far the query scans for one."""
    stop_lemmas: frozenset[str] = frozenset()
    """Folded lemmas of stop words ("ligge" of "ligger") and ENGLISH_SEARCHED: known words, never "unknown"."""
    inflections: dict[str, str] = field(default_factory=dict)
    """Folded inflection the corpus lacks -> a corpus surface key of the same lemma ("vekket" -> "vekke")."""
    english_only: frozenset[str] = frozenset()
    """English function words that are not Norwegian words: a question full of them is English."""
    known_parts: frozenset[str] = frozenset()
    """Words a compound may be built from when judging "unknown": part words plus long stop words ("plass")."""


def word_atoms(token: str) -> list[str]:
    """A token and, if it joins parts with - . ' / (e.g. "b1-vitamin"), its parts.

    A part needs three letters, or two with a digit ("b1", "10"): two letters alone are
    mostly noise ("no" of web addresses) or collide with a folded word (CIWA-"Ar" with "år").
    """
    if not any(sep in token for sep in _SEPARATORS):
        return [token]
    parts = [p for p in _split_separators(token) if len(p) > 2 or (len(p) == 2 and not p.isalpha())]
    return [token, *parts]


def _split_separators(token: str) -> list[str]:
    for sep in _SEPARATORS[1:]:
        token = token.replace(sep, "-")
    return token.split("-")


def surface_words(texts: Iterable[str]) -> Counter[str]:
    """Count the lower-cased tokens (and their parts) of `texts`."""
    counts: Counter[str] = Counter()
    for text in texts:
        for token in tokenize(text):
            counts.update(word_atoms(token.lower()))
    return counts


def build_vocabulary(texts: Iterable[str], lexicon: Lexicon, normaliser: str = "lemma") -> Vocabulary:
    """Lemmatise, split and index every corpus word and every lexicon word (slow imports here).

    `normaliser` "snowball" uses Snowball stems instead of simplemma lemmas (needs PyStemmer;
    kept for measuring the two against each other).
    """
    import simplemma

    base_form = _base_form(normaliser)
    stop = build_stop_words()
    counts = surface_words(texts)
    lexicon_counts = surface_words(w for e in lexicon.entries for w in (e.term, *e.expand))
    words = [w for w in counts | lexicon_counts if w not in stop]
    words.sort(key=lambda w: (not has_norwegian_letters(w), w))
    lemmas = {fold(w): base_form(w) for w in reversed(words)}
    terms = {key: (fold(lemma),) for key, lemma in lemmas.items()}
    part_words = frozenset(k for k in terms if len(k) >= MIN_PART and k.isalpha())
    splits = _splits(words, part_words, lambda w: simplemma.is_known(w, lang="nb"))
    for key, (left, right) in splits.items():
        terms[key] = (terms[key][0], terms[left][0], terms[right][0])
    vocab = Vocabulary(
        stop=stop,
        stop_folded=frozenset(fold(w) for w in stop),
        terms=terms,
        lemmas=lemmas,
        splits=splits,
        part_words=part_words,
        typo_pool={},
        stop_lemmas=frozenset(fold(base_form(w)) for w in stop) | ENGLISH_SEARCHED,
    )
    _add_lexicon(vocab, lexicon)
    vocab.typo_pool = _typo_pool(counts, vocab)
    vocab.english_only = english_only()
    vocab.inflections = _inflections(vocab) if normaliser == "lemma" else {}
    if normaliser == "lemma":
        _add_nynorsk(vocab)
    vocab.known_parts = part_words | frozenset(k for k in vocab.stop_folded if len(k) >= MIN_PART and k.isalpha())
    return vocab


def _base_form(normaliser: str):
    if normaliser == "snowball":
        import Stemmer

        return Stemmer.Stemmer("norwegian").stemWord
    import simplemma

    return lambda word: simplemma.lemmatize(word, lang="nb").lower()


def _splits(words: list[str], part_words: frozenset[str], is_known) -> dict[str, tuple[str, str]]:
    splits = {}
    for word in words:
        if len(word) >= 2 * MIN_PART and word.isalpha() and not is_known(word):
            parts = split_compound(fold(word), part_words)
            if parts:
                splits[fold(word)] = parts
    return splits


def _add_lexicon(vocab: Vocabulary, lexicon: Lexicon) -> None:
    words: set[str] = set()
    related: set[tuple[str, ...]] = set()
    for index, entry in enumerate(lexicon.entries):
        expand_terms = _expand_terms(vocab, entry)
        vocab.entries.append((entry.term, _phrase_terms(vocab, entry.term), entry.expand, expand_terms))
        for variant in (entry.term, *entry.variants, *entry.related):
            key = tuple(fold(t.lower()) for t in tokenize(variant))
            if key:
                vocab.phrases.setdefault(key, []).append(index)
                words.update(key)
                if variant in entry.related:
                    related.add(key)
    vocab.lexicon_words = frozenset(words)
    vocab.related = frozenset(related)
    vocab.longest_phrase = max((len(phrase) for phrase in vocab.phrases), default=0)


def _phrase_terms(vocab: Vocabulary, text: str) -> tuple[str, ...]:
    found = []
    for token in tokenize(text):
        for atom in word_atoms(token.lower()):
            if atom not in vocab.stop:
                found.extend(vocab.terms.get(fold(atom), (fold(atom),))[:1])
    return tuple(dict.fromkeys(found))


def _expand_terms(vocab: Vocabulary, entry) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t for word in entry.expand for t in _phrase_terms(vocab, word)))


def _inflections(vocab: Vocabulary) -> dict[str, str]:
    """Every form simplemma's Norwegian dictionary knows of a corpus lemma, the corpus lacks, mapped to a corpus word.

    The query side cannot afford simplemma (slow to load), and suffix stripping guesses
    wrong ("vekket" -> "vekk"); this table is exact for the lemmas the corpus has.
    """
    surface_of = _surface_of(vocab)
    table: dict[str, str] = {}
    for form, lemma in _dictionary_pairs():
        key = fold(form.lower())
        target = surface_of.get(lemma.lower())
        if target and key.isalpha() and key not in vocab.terms and key not in vocab.stop_folded:
            table.setdefault(key, target)
    return table


def _add_nynorsk(vocab: Vocabulary) -> None:
    """Read Nynorsk as Bokmål (index/nynorsk.py): its function words become stop words or
    their Bokmål word, and every Nynorsk form of a corpus lemma maps to the corpus word.
    A form the corpus itself uses as a word keeps its Bokmål meaning."""
    taken = set(vocab.terms) | vocab.stop_folded | set(vocab.inflections)
    stop = set(vocab.stop)
    for word, bokmal in FUNCTION_WORDS.items():
        key, target = fold(word), fold(bokmal)
        if key in vocab.terms:
            continue
        if bokmal in vocab.stop:
            stop.add(word)
        elif target in vocab.terms:
            vocab.inflections.setdefault(key, target)
    vocab.stop = frozenset(stop)
    vocab.stop_folded = frozenset(fold(w) for w in stop)
    taken |= vocab.stop_folded
    forms_of: dict[str, list[str]] = {}
    for form, lemma in _dictionary_pairs("nn"):
        forms_of.setdefault(lemma.lower(), []).append(form.lower())
    surface_of = _surface_of(vocab)
    for lemma, target in surface_of.items():
        for spelling in nynorsk_spellings(lemma):
            for form in (spelling, *forms_of.get(spelling, ())) if spelling in forms_of else ():
                key = fold(form)
                if key.isalpha() and key not in taken:
                    vocab.inflections.setdefault(key, target)


def _surface_of(vocab: Vocabulary) -> dict[str, str]:
    surface_of: dict[str, str] = {}
    for key, lemma in vocab.lemmas.items():
        if key == fold(lemma) or lemma not in surface_of:
            surface_of[lemma] = key
    return surface_of


def _dictionary_pairs(lang: str = "nb") -> Iterable[tuple[str, str]]:
    """(form, lemma) pairs of simplemma's Norwegian Bokmål (or Nynorsk) dictionary."""
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    dictionary = DefaultDictionaryFactory().get_dictionary(lang)
    # The wrapper decodes every key on iteration; its bytes dict is ten times faster to scan.
    raw = getattr(dictionary, "_dict", None)
    if isinstance(raw, dict):
        return ((form.decode(), lemma.decode()) for form, lemma in raw.items())
    return dictionary.items()


def _typo_pool(counts: Counter[str], vocab: Vocabulary) -> dict[str, tuple[str, ...]]:
    frequency: Counter[str] = Counter()
    for word, count in counts.items():
        if word.isalpha() and len(word) >= MIN_PART and word not in vocab.stop:
            frequency[fold(word)] += count
    for word in vocab.lexicon_words:
        if word.isalpha() and len(word) >= MIN_PART:
            frequency[word] += 1
    pool: dict[str, list[str]] = {}
    # Ties in frequency go alphabetically: the lexicon's words come from a frozenset, whose
    # order changes from process to process, and the first of two equally near words wins a
    # repair; a fresh build and a loaded index must repair alike.
    for word, _ in sorted(frequency.items(), key=lambda pair: (-pair[1], pair[0])):
        pool.setdefault(word[0], []).append(word)
    return {letter: tuple(words) for letter, words in pool.items()}
