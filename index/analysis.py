"""The one Norwegian analyser for both the corpus and the query.

tokenize -> lower-case -> drop stop words -> fold æ/ø/å -> lemma (from the persisted
vocabulary) -> compound parts; the query side adds typo repair and lexicon expansion
and reports what it did as an AnalyzedQuery.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from index.compounds import split_compound
from index.families import family_terms, relatives
from index.models import AnalyzedQuery
from index.textnorm import capitalised_inside_sentences, clean_query, fold, has_norwegian_letters
from index.tokenizer import tokenize
from index.general_words import is_common_word, profile
from index.nynorsk import bokmal_form
from index.typos import repair_typo, same_stem
from index.vocabulary import Vocabulary, word_atoms

ANALYSER_VERSION = "4"
"""Bump when analysis changes what terms a text yields; a persisted index then rebuilds."""

PART_WEIGHT = 0.6
"""Query weight of a compound's parts: they widen the match but the whole word is what was asked."""
VARIANT_WEIGHT = 0.3
"""Query weight of a word typed as a lexicon variant ("inpatient"): its entry's corpus term carries the search."""
EXPAND_WEIGHT = 0.5
"""Query weight of a lexicon entry's broader words."""
FAMILY_WEIGHT = 0.5
"""Query weight of a word's derivational relatives ("legges inn" also searches "innleggelse")."""
_ENGLISH_SUFFIXES = ("ing", "ed", "es", "s", "d")
_SUFFIXES = ("ene", "ane", "ens", "ets", "en", "et", "er", "ar", "a", "e", "s", "n", "t")


@dataclass
class WeightedQuery:
    """The analysed query and the weighted index terms to score."""

    analyzed: AnalyzedQuery
    weights: dict[str, float] = field(default_factory=dict)
    words: list[str] = field(default_factory=list)
    """Raw lower-cased tokens before stop-word removal (for the question-type features)."""
    sequence: list[str] = field(default_factory=list)
    """The main term of each content word, in question order (for phrase features)."""
    english: bool = False
    """The question is in English: no Norwegian typo repair or inflection look-up."""

    def add(self, term: str, weight: float) -> None:
        """Add `term`, keeping the highest weight it was given."""
        self.weights[term] = max(weight, self.weights.get(term, 0.0))


class Analyzer:
    """Turns a text into index terms using a persisted Vocabulary (no slow imports)."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab

    def is_stop(self, word: str) -> bool:
        """True for a stop word, also when typed without æ/ø/å ("nar" for "når")."""
        if word in self.vocab.stop:
            return True
        return not has_norwegian_letters(word) and word in self.vocab.stop_folded

    def document_terms(self, text: str) -> list[str]:
        """Index terms of a corpus text, in order (compound parts follow their word)."""
        found: list[str] = []
        for token in tokenize(text):
            for atom in word_atoms(token.lower()):
                if not self.is_stop(atom):
                    key = fold(atom)
                    found.extend(self.vocab.terms.get(key, (key,)))
        return found

    def query(self, text: str) -> WeightedQuery:
        """Analyse a question: spelling repair, lexicon phrases, lemmas, compound parts."""
        text = clean_query(text)
        words = [self._stop_spelling(self._clipped(t.lower())) for t in tokenize(text)]
        result = WeightedQuery(AnalyzedQuery(text=text, tokens=[], terms=[]), words=words)
        result.english = result.analyzed.english = self._is_english(words)
        # A word capitalised inside a sentence is a name ("i Synergi"), not a misspelling.
        names = capitalised_inside_sentences(text)
        keys = []
        for word in words:
            key = fold(word)
            keys.append(key if self.is_stop(word) else self._spelled(key, result, key not in names, word))
        variants = self._expand(keys, result, words)
        for position, (word, key) in enumerate(zip(words, keys)):
            if not self.is_stop(word):
                self._add_word(word, key, result, VARIANT_WEIGHT if position in variants else 1.0)
        if not result.english:
            self._add_families(result)
        result.analyzed.terms = list(result.weights)
        result.analyzed.weights = {term: round(weight, 3) for term, weight in result.weights.items()}
        return result

    def _add_families(self, result: WeightedQuery) -> None:
        """Search the corpus's nouns of the verbs asked with and its verbs of the nouns."""
        content = [word if not self.is_stop(word) else None for word in result.words]
        for relative in sorted(family_terms(result.words, content, self.vocab.terms)):
            result.add(relative, FAMILY_WEIGHT)

    def _is_english(self, words: list[str]) -> bool:
        """True when English function words outnumber Norwegian ones (and there are two or more)."""
        english = sum(1 for w in words if w in self.vocab.english_only)
        norwegian = sum(1 for w in words if w in self.vocab.stop and w not in self.vocab.english_only)
        return english >= 2 and english > norwegian

    def _clipped(self, word: str) -> str:
        """Drop an apostrophe ending ("od'er", "ct'en", "wernicke's") unless the whole word is known."""
        stem, mark, ending = word.partition("'")
        if not mark or len(ending) > 3 or "'" in ending or fold(word) in self.vocab.lexicon_words:
            return word
        joined = stem + ending
        if ending == "s" and (fold(joined) in self.vocab.terms or fold(joined) in self.vocab.lexicon_words):
            return joined
        return stem

    def _spelled(self, key: str, result: WeightedQuery, repair: bool = True, word: str = "") -> str:
        vocab = self.vocab
        if key in vocab.terms or key in vocab.lexicon_words or self._base(key, result.english):
            return key
        if result.english:
            return self._english_base(key) or key
        bokmal = self._bokmal(word or key)
        if bokmal:
            result.analyzed.lemmas[key] = bokmal
            return bokmal
        if not repair or split_compound(key, vocab.part_words) or is_common_word(key):
            return key
        repaired = repair_typo(key, vocab.typo_pool)
        # A real word is no typo ("takster" is not "takler"); it may only reach its own inflection.
        if repaired and profile(key).in_dictionary and not same_stem(key, repaired):
            repaired = None
        if repaired:
            result.analyzed.repairs[key] = repaired
            return repaired
        return key

    def _stop_spelling(self, word: str) -> str:
        """A Nynorsk spelling of a Bokmål stop word is that stop word ("meiner" -> "mener")."""
        if self.is_stop(word) or fold(word) in self.vocab.terms:
            return word
        form = bokmal_form(word)
        return form if form is not None and self.is_stop(form) else word

    def _bokmal(self, word: str) -> str | None:
        """The folded Bokmål word the corpus knows that a Nynorsk form is spelt for ("halde")."""
        form = bokmal_form(word)
        if form is None:
            return None
        key = fold(form)
        vocab = self.vocab
        known = key in vocab.terms or key in vocab.lexicon_words or self._base(key)
        return key if known else None

    def _english_base(self, key: str) -> str | None:
        """The known word an English inflection comes from ("detoxed" -> "detox", "tapered" -> "taper")."""
        for suffix in _ENGLISH_SUFFIXES:
            base = key[: -len(suffix)]
            if key.endswith(suffix) and len(base) >= 3:
                for candidate in (base, base + "e"):
                    if candidate in self.vocab.lexicon_words or candidate in self.vocab.terms:
                        return candidate
        return None

    def _base(self, key: str, english: bool = False) -> str | None:
        """The known word an unseen inflection of it comes from ("innkomstundersokelsen")."""
        if key in self.vocab.inflections and not english:
            return self.vocab.inflections[key]
        for suffix in _SUFFIXES:
            base = key[: -len(suffix)]
            if key.endswith(suffix) and len(base) >= 4:
                for candidate in (base, base + "e"):
                    if candidate in self.vocab.terms:
                        return candidate
        return None

    def _expand(self, keys: list[str], result: WeightedQuery, words: list[str]) -> set[int]:
        """Add the lexicon entries the query names; return the positions typed as a variant."""
        longest = self.vocab.longest_phrase
        variants: set[int] = set()
        for start in range(len(keys)):
            for size in range(min(longest, len(keys) - start), 0, -1):
                # A lone stop word names no entry: folded "for" would otherwise search "før".
                if size == 1 and self.is_stop(words[start]):
                    continue
                phrase = tuple(keys[start : start + size])
                for index in self.vocab.phrases.get(phrase, ()):
                    if self._add_entry(index, phrase, result):
                        variants.update(range(start, start + size))
                if phrase in self.vocab.related:
                    self._related_unknown(phrase, self.vocab.phrases[phrase], result.analyzed)
        return variants

    def _related_unknown(self, phrase: tuple[str, ...], entries: list[int], analyzed: AnalyzedQuery) -> None:
        """A lexicon word only related to its term ("nesespray" for "nalokson") is searched
        as the term but stays unknown to the sources, for the honesty check."""
        for index in entries:
            for term in self.vocab.entries[index][1]:
                if term not in analyzed.related_terms:
                    analyzed.related_terms.append(term)
        for word in phrase:
            if word not in self.vocab.terms and not self.is_stop(word) and word not in analyzed.related:
                analyzed.related.append(word)
                if word not in analyzed.unknown:
                    analyzed.unknown.append(word)

    def _add_entry(self, index: int, phrase: tuple[str, ...], result: WeightedQuery) -> bool:
        """Add an entry's terms and expansions; True when `phrase` is a variant, not the term itself."""
        written, terms, expand_words, expand_terms = self.vocab.entries[index]
        added = list(expand_words)
        variant = phrase != tuple(fold(t.lower()) for t in tokenize(written))
        if variant:
            added.insert(0, written)
        for word in added:
            if word not in result.analyzed.expansions:
                result.analyzed.expansions.append(word)
        for term in terms:
            result.add(term, 1.0)
        for term in expand_terms:
            result.add(term, EXPAND_WEIGHT)
        return variant

    def _add_word(self, word: str, key: str, result: WeightedQuery, weight: float = 1.0) -> None:
        analyzed = result.analyzed
        analyzed.tokens.append(word)
        for atom in word_atoms(key):
            if self.is_stop(atom):
                continue
            atom_key = self._base(atom, result.english) if atom not in self.vocab.terms else atom
            terms = self._atom_terms(atom_key or atom, analyzed)
            if atom_key and atom_key != atom:
                analyzed.lemmas.pop(atom_key, None)
                analyzed.lemmas[atom] = self.vocab.lemmas.get(atom_key, atom_key)
            if terms is None:
                self._unknown(atom, analyzed)
                result.add(atom, weight)
                result.sequence.append(atom)
                continue
            result.add(terms[0], weight)
            result.sequence.append(terms[0])
            for part in terms[1:]:
                result.add(part, PART_WEIGHT * weight)

    def _atom_terms(self, key: str, analyzed: AnalyzedQuery) -> tuple[str, ...] | None:
        vocab = self.vocab
        if key in vocab.terms:
            if key in vocab.lemmas and vocab.lemmas[key] != key:
                analyzed.lemmas[key] = vocab.lemmas[key]
            if key in vocab.splits:
                analyzed.splits[key] = list(vocab.splits[key])
            return vocab.terms[key]
        parts = split_compound(key, vocab.part_words)
        if parts:
            analyzed.splits[key] = list(parts)
            return (key, *(vocab.terms[p][0] for p in parts))
        return None

    def _unknown(self, atom: str, analyzed: AnalyzedQuery) -> None:
        vocab = self.vocab
        # A word whose derivational relative the sources use ("beskyttelse": "beskytte") is
        # not foreign to them.
        if atom in vocab.lexicon_words or atom in vocab.stop_lemmas or relatives(atom, self.vocab.terms):
            return
        # Nynorsk is Norwegian: a Nynorsk word is no sign of a topic the sources lack. A
        # Nynorsk spelling of a Bokmål word is judged as that word ("halde" as "holde").
        if profile(atom).nynorsk:
            return
        form = bokmal_form(atom)
        if form is not None:
            bokmal = fold(form)
            if bokmal in vocab.lexicon_words or relatives(bokmal, vocab.terms) or split_compound(bokmal, vocab.known_parts):
                return
        # A compound of known words is known, also when a part is a stop word ("avrusningsplass").
        if atom.isalpha() and len(atom) > 2 and not split_compound(atom, vocab.known_parts):
            if atom not in analyzed.unknown:
                analyzed.unknown.append(atom)
