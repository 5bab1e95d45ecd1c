"""A regex tokenizer that reproduces spaCy's blank("nb") word tokens without importing spaCy.

spaCy costs ~0.65 s to import, which a cold `veileder ask` cannot pay. For search
only word-like tokens matter (punctuation is dropped), and for those this pattern
gives the same tokens as spaCy's tokenizer, except that web addresses, e-mail
addresses, "N=2", "1][3" and en-dash ranges ("10–20") come out as their parts,
which is what search wants. tests/index/test_tokenizer.py proves it on the whole
corpus and the question sets.
"""

from __future__ import annotations

import re

# A run of letters/digits joined by hyphens or apostrophes (not a genitive "’s"); by "." (abbreviations,
# section numbers) except between a lower-case letter and a capital, where spaCy sees
# a sentence end; and by "," or "/" between digits ("0,5", "24/7").
_WORD = re.compile(
    r"[^\W_]+(?:(?:-[^\W_]+)|(?:'[^\W_]+)|(?:’(?!s\b)[^\W_]+)|(?:\.(?![A-ZÆØÅ])|(?<![a-zæøå])\.)[^\W_]+"
    r"|(?:(?<=\d)[,/](?=\d)[^\W_]+))*"
)
# spaCy splits a number from a unit written against it ("30mg" -> "30", "mg").
_NUMBER_UNIT = re.compile(r"(?<=\d)(?=(?:mg|ml|kg|g|mcg|µg|mmol|l|t|h|min)\b)")


def tokenize(text: str) -> list[str]:
    """Return the word tokens of `text` in order, punctuation dropped, case kept."""
    return _WORD.findall(_NUMBER_UNIT.sub(" ", text))
