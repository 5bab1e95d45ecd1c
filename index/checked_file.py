"""A cache file that cannot lie: JSON and numpy arrays behind a SHA-256, written atomically.

Layout: a magic line naming the kind of file, a line with the SHA-256 (hex) of everything
after it, a JSON header line (each array's dtype, shape and length), the JSON document,
then the raw array bytes, each starting at a multiple of ALIGN bytes from the file's
start: an unaligned array would be copied by numpy on every searchsorted. Nothing is executable on load
(no pickle); any damage (a flipped bit, a truncated or foreign file) fails the checksum
or the layout check and raises CorruptFile, which callers answer by rebuilding.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

import msgspec
import numpy as np

ALIGN = 64
STALE_SECONDS = 600
"""A temporary file this old was left by a writer that was killed; younger ones may be in use."""


class CorruptFile(Exception):
    """The file exists but is damaged or foreign."""


class StaleFile(CorruptFile):
    """The file is of the same kind but another format version: rebuilt without a notice."""


def write_checked(path: Path, magic: str, document: object, arrays: dict[str, np.ndarray]) -> None:
    """Write atomically and durably: temp file, fsync, rename over `path`, fsync the folder."""
    body = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    raw = {name: np.ascontiguousarray(array) for name, array in arrays.items()}
    layout = {name: [array.dtype.str, list(array.shape), array.nbytes] for name, array in raw.items()}
    header = json.dumps({"document": len(body), "arrays": layout}, separators=(",", ":")).encode()
    prefix = len(magic) + 1 + 64 + 1
    header += b" " * (-(prefix + len(header) + 1 + len(body)) % ALIGN)  # JSON ignores trailing spaces
    payload = [header, b"\n", body]
    for array in raw.values():
        payload += [array.tobytes(), b"\0" * (-array.nbytes % ALIGN)]
    digest = hashlib.sha256()
    for part in payload:
        digest.update(part)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(f"{magic}\n{digest.hexdigest()}\n".encode())
            for part in payload:
                stream.write(part)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)
    _sweep(path)


def _sweep(path: Path) -> None:
    """Remove temporary files of `path` that killed writers left (each is a whole file's size)."""
    now = time.time()
    for stale in path.parent.glob(f".{path.name}-*.tmp"):
        try:
            if now - stale.stat().st_mtime > STALE_SECONDS:
                stale.unlink()
        except OSError:
            pass


def read_checked(path: Path, magic: str) -> tuple[object, dict[str, np.ndarray]]:
    """The document and arrays of a file written by write_checked; CorruptFile if damaged.

    OSError (missing, unreadable, a directory) is left to the caller.
    """
    data = path.read_bytes()
    first = data.find(b"\n")
    second = data.find(b"\n", first + 1)
    found, kind = data[:first], magic.rsplit(" ", 1)[0].encode() + b" "
    if first >= 0 and found != magic.encode() and found.startswith(kind):
        raise StaleFile(f"{path} is {found.decode(errors='replace')}, not {magic}")
    if first < 0 or second < 0 or data[:first] != magic.encode():
        raise CorruptFile(f"{path} is not a {magic} file")
    payload = memoryview(data)[second + 1:]
    if hashlib.sha256(payload).hexdigest().encode() != data[first + 1:second]:
        raise CorruptFile(f"{path}: checksum mismatch")
    try:
        return _parse(payload)
    except (ValueError, KeyError, TypeError) as exc:  # checksum right, layout wrong: another writer's bug
        raise CorruptFile(f"{path}: {exc}") from exc


def _parse(payload: memoryview) -> tuple[object, dict[str, np.ndarray]]:
    end = bytes(payload[:4096]).find(b"\n")
    header = msgspec.json.decode(bytes(payload[:end]))
    start = end + 1
    document = msgspec.json.decode(payload[start:start + header["document"]])
    offset = start + header["document"]
    arrays = {}
    for name, (dtype, shape, nbytes) in header["arrays"].items():
        padded = nbytes + (-nbytes % ALIGN)
        if offset + padded > len(payload):
            raise ValueError(f"array {name} runs past the end")
        kind = np.dtype(dtype)
        array = np.frombuffer(payload, dtype=kind, count=nbytes // kind.itemsize, offset=offset).reshape(shape)
        arrays[name] = array if array.flags.aligned else array.copy()
        offset += padded
    if offset != len(payload):
        raise ValueError("trailing bytes")
    return document, arrays


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (a no-op where folders cannot be opened)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
