"""Validate what the parser made of the sources against the corpus contract, with pydantic.

The records are plain dataclasses (corpus/models.py) so that answering imports no
validation library; the one place where free text becomes typed records is checked here
in full (a grade outside A–D, a missing span, a number where text belongs), once per build.
"""

from __future__ import annotations

from dataclasses import asdict

from corpus.errors import CorpusError
from corpus.models import Corpus


def validated(corpus: Corpus) -> Corpus:
    """`corpus` itself if every record holds what its type says; CorpusError naming the first fault."""
    from pydantic import TypeAdapter, ValidationError  # build time only: a cold answer never pays for it

    try:
        TypeAdapter(Corpus).validate_python(asdict(corpus))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise CorpusError(f"Kildene ble tolket til noe ugyldig ({where}): {first['msg']}", str(exc)) from exc
    return corpus
