"""A JSON object whose values are decoded when first looked up.

The model files map thousands of words to small records, and a question looks up a
dozen of them: decoding every value on the first question cost 15-20 ms of a cold
`veileder ask`. msgspec checks the whole document is well-formed JSON on load and keeps
each value as raw bytes (msgspec.Raw) until it is needed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Generic, TypeVar

import msgspec

from corpus.errors import VeilederError

V = TypeVar("V")


class LazyObject(Mapping[str, V], Generic[V]):
    """Read-only mapping over {key: raw JSON}; each value decoded to `kind` once, on first use."""

    def __init__(self, raw: dict[str, msgspec.Raw], kind: type, source: str) -> None:
        self._raw = raw
        self._decoder = msgspec.json.Decoder(kind)
        self._decoded: dict[str, V] = {}
        self._source = source

    def __getitem__(self, key: str) -> V:
        try:
            return self._decoded[key]
        except KeyError:
            pass
        try:
            value = self._decoded[key] = self._decoder.decode(self._raw[key])
        except msgspec.DecodeError as exc:
            raise VeilederError(
                f"Modellfilen {self._source} er skadet; bygg den med «veileder index train».", repr(exc)
            ) from exc
        return value

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)
