"""Dataclass <-> JSON, driven by the field annotations (frozensets, tuples, tuple-keyed dicts).

The persisted index stores the analyser's Vocabulary as plain JSON; the field types say
how to rebuild each value, so a new field needs no code here.
"""

from __future__ import annotations

import dataclasses
import typing
from functools import lru_cache


def to_state(instance) -> dict:
    """A JSON-able dict of a dataclass instance (sets sorted, so equal values write equal files)."""
    return {field.name: _encode(getattr(instance, field.name)) for field in dataclasses.fields(instance)}


def from_state(cls, state: dict):
    """Rebuild a `cls` instance from to_state's dict; ValueError/TypeError/KeyError if it does not fit."""
    decoders = _decoders(cls)
    return cls(**{name: decode(state[name]) for name, decode in decoders.items()})


@lru_cache(maxsize=None)
def _decoders(cls) -> dict:
    hints = typing.get_type_hints(cls)
    return {field.name: _decoder(hints[field.name]) for field in dataclasses.fields(cls)}


def _encode(value):
    if isinstance(value, (frozenset, set)):
        return sorted((_encode(item) for item in value), key=repr)
    if isinstance(value, (tuple, list)):
        return [_encode(item) for item in value]
    if isinstance(value, dict):
        if all(isinstance(key, str) for key in value):
            return {key: _encode(item) for key, item in value.items()}
        return [[_encode(key), _encode(item)] for key, item in value.items()]
    return value


def _decoder(hint):
    """A function rebuilding values of type `hint` from JSON (compiled once per type: the
    vocabulary has ~100,000 values, and loading must stay a few milliseconds)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint in (str, int, float, bool):
        return _checked(hint)
    if origin in (frozenset, list) or (origin is tuple and len(args) == 2 and args[1] is Ellipsis):
        item, build = _decoder(args[0]), origin
        if item is _IDENTITY:
            return lambda value: build(_list(value))
        return lambda value: build(item(part) for part in _list(value))
    if origin is tuple:
        items = [_decoder(arg) for arg in args]

        def fixed(value):
            if len(_list(value)) != len(items):
                raise ValueError(f"expected {len(items)} items, got {len(value)}")
            return tuple(decode(part) for decode, part in zip(items, value))
        return fixed
    if origin is dict:
        key, item = _decoder(args[0]), _decoder(args[1])
        if key is _IDENTITY and item is _IDENTITY:
            return lambda value: dict(_dict(value))
        return lambda value: {key(k): item(v) for k, v in (value.items() if isinstance(value, dict) else value)}
    raise TypeError(f"no decoder for {hint!r}")


def _IDENTITY(value):
    return value


def _checked(kind):
    """Leaves are trusted once the file's checksum holds; only strings are common enough to skip."""
    if kind is str:
        return _IDENTITY

    def check(value):
        if not isinstance(value, kind):
            raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
        return value
    return check


def _dict(value) -> dict:
    if not isinstance(value, dict):
        raise TypeError(f"expected an object, got {type(value).__name__}")
    return value


def _list(value) -> list:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {type(value).__name__}")
    return value
