"""The stop list: spaCy's Norwegian stop words, pruned of words that matter here, plus English function words."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

# Words of spaCy's list that carry meaning in a detox guideline (time, order, amount,
# negation, setting): "tidligere overdoser", "siste drink", "under 18 år", "uten hjelp".
KEEP = frozenset(
    """tidligere samtidig etter før siste kort kveld dag flere under over uten ikke første
    først senere tid kontakt personer mennesker beste bedre ned gang mellom ny nye fem fire
    seks år utenfor mot tilbake""".split()
)

# Question words and function words spaCy's list lacks; "hvor lenge" and the like reach
# the index through the lexicon's phrases, which see every word.
NORWEGIAN_EXTRA = frozenset(
    """hva hvem hvilke hvilken hvilket hvor hvordan hvorfor hvis dersom hos bør burde hatt
    vårt våre deres dens ei""".split()
)

# English function words, so an English question is matched on its content words and the
# English abstract of the thesis does not win every English question. Words that are
# also Norwegian content words ("over", "under", "to" is kept out: "to dager") are not here.
ENGLISH = frozenset(
    """a about above again against all am an and any are as at be because been
    being below both but by can could did do does doing down each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not of off on once only or other ought our
    ours ourselves out own same she should so some such than that the their theirs them
    themselves then there these they this those through too until up very was we were what
    when where which while who whom why will with would you your yours yourself yourselves
    usually often really also may might must shall get got give given like well much many
    ever still yet any every within without upon soon long way whether someone somebody
    something anything anyone anybody everyone everybody everything nothing nobody
    isn aren wasn weren don doesn didn won wouldn shouldn couldn cannot""".split()
)

# English function words kept out of ENGLISH because their Norwegian forms are kept (see KEEP);
# the lexicon maps them to "før", "etter", "under", "mellom". Never reported as unknown.
ENGLISH_SEARCHED = frozenset("before after during between".split())

# English function words that a Norwegian question also uses ("a" typed for "å", "all alkohol").
_ALSO_NORWEGIAN = frozenset("a all be is most".split())


def build_stop_words() -> frozenset[str]:
    """Return the stop list (build time only: it reads spaCy's Norwegian stop words)."""
    return frozenset(spacy_stop_words() - KEEP) | NORWEGIAN_EXTRA | ENGLISH


def english_only() -> frozenset[str]:
    """English function words that are not also Norwegian stop words (build time only)."""
    return ENGLISH - spacy_stop_words() - NORWEGIAN_EXTRA - _ALSO_NORWEGIAN


@lru_cache(maxsize=1)
def spacy_stop_words() -> frozenset[str]:
    """spaCy's Norwegian stop words, read from its data file without importing spaCy.

    `import spacy` loads spacy.cli, whose download helpers import requests and urllib3;
    urllib3 opens an IPv6 socket at import to probe for support. The stop list is a plain
    module with no imports, so it is executed on its own under a private name: a build
    then loads no network-capable code and creates no socket.
    """
    package = importlib.util.find_spec("spacy")  # locates the package, imports nothing
    if package is None or not package.submodule_search_locations:
        raise ImportError("spaCy is not installed")
    path = Path(package.submodule_search_locations[0]) / "lang" / "nb" / "stop_words.py"
    spec = importlib.util.spec_from_file_location("_veileder_spacy_nb_stop_words", path)
    if not path.is_file() or spec is None or spec.loader is None:
        raise ImportError(f"spaCy's Norwegian stop words are missing: {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)
