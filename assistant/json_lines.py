"""JSON lines that every line-based reader splits where we mean it to.

JSON allows U+2028, U+2029 and the C1 controls (U+0080–U+009F, NEL among them) raw
inside strings, but `str.splitlines()`, JavaScript before ES2019 and many terminals
treat them as line breaks or control codes. They can only occur inside strings, so
escaping them keeps the JSON equal and each object on one line.
"""

from __future__ import annotations

_ESCAPES = {code: f"\\u{code:04x}" for code in (*range(0x80, 0xA0), 0x2028, 0x2029)}


def line_safe(serialised_json: str) -> str:
    """`serialised_json` with line separators and C1 controls written as \\u escapes."""
    return serialised_json.translate(_ESCAPES)
