"""Hostile text stays text: safe forms of user-written text for a terminal, JSON and Markdown.

Comments, labels and session notes are written by people and travel between machines, so any of them
may hold control characters (a terminal escape sequence that recolours or clears the screen, a
backspace that hides words), bidirectional overrides that reorder what a reader sees, or Markdown and
HTML that a viewer would turn into links and markup.  Nothing here removes what was written: each
character that could act instead of being read is shown as a visible escape (``\\x1b``, ``\\u202e``).
"""

from __future__ import annotations

import json
import re
from typing import Any

#: C0 controls except tab and newline, DEL, C1 controls, and the bidirectional formatting characters
#: (embeddings, overrides and isolates) that can make text read differently from what it holds.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_UNSAFE_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code == 0x09:
        return " "
    if code == 0x0A:
        return " "
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal(text: str) -> str:
    """``text`` safe to print on a terminal: line breaks kept, every control character made visible."""
    return _UNSAFE.sub(_escape, text.replace("\r\n", "\n"))


def one_line(text: str) -> str:
    """``text`` on one terminal line: line breaks and tabs become spaces, other controls visible."""
    return " ".join(_UNSAFE_ONE_LINE.sub(_escape, text.replace("\r\n", "\n")).split(" "))


_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def dumps(data: Any) -> str:
    """JSON for the terminal: readable non-ASCII text, but C1 controls and bidi marks as ``\\uXXXX``.

    ``json.dumps`` already escapes the C0 controls; the characters replaced here can only occur inside
    JSON strings, where an escape means the same character, so the result parses to the same data.
    """
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# --- Markdown ---------------------------------------------------------------------------------------

#: ASCII punctuation that Markdown (CommonMark) gives a meaning anywhere in a line.
_MD_INLINE = re.compile(r"([\\`*_{}\[\]<>#|~!&^$])")
#: Marks that mean something only at the start of a line (lists, setext headings, rules).
_MD_LINE_START = re.compile(r"^([-+=])")
_MD_ORDERED = re.compile(r"^(\d{1,9})([.)])")


def markdown(text: str) -> str:
    """``text`` as literal Markdown: it renders as the characters written, never as markup.

    Every punctuation mark Markdown could read as syntax is backslash-escaped (CommonMark lets any
    ASCII punctuation be escaped), a line that would start a numbered list has its dot escaped,
    leading spaces (which would start a code block) are dropped, and controls are made visible.
    Paragraphs are kept: a line break inside a paragraph becomes a Markdown hard break.
    """
    text = terminal(text)
    out: list[str] = []
    for line in text.split("\n"):
        line = _MD_INLINE.sub(r"\\\1", line.strip())
        line = _MD_ORDERED.sub(r"\1\\\2", line)
        line = _MD_LINE_START.sub(r"\\\1", line)
        out.append(line)
    paragraphs = "\n".join(out).split("\n\n")
    return "\n\n".join("\\\n".join(p for p in para.split("\n") if p) for para in paragraphs if para.strip())
