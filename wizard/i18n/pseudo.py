"""The pseudo-locale ``en-XA``: every English text accented and made about 40% longer, by code.

It shows, without waiting for translators, where the interface would clip, truncate or misalign a
longer translation (German and Indonesian run 30-40% longer than English), where a text does not go
through translation at all (it stays plain English), and whether glyphs with marks above and below
fit their boxes (Vietnamese stacks two marks on one letter).  Vorta tests its layouts the same way
with its ``TRANS_SCALE`` setting.

What a program reads is kept exactly: placeholders (``{name}``, ``{0}``, ``%1``, ``%n``, ``%L1``,
``%s``), markup (``<b>``, ``&amp;``), a mnemonic's letter after ``&`` (so Alt+letter still works),
digits, line breaks and URLs.  Only the letters around them change.
"""

from __future__ import annotations

import math
import re

#: Each ASCII letter and a look-alike with a mark, from Latin-1 and Latin Extended-A only, so every
#: bundled UI font draws it.  Letters with no such look-alike (m, q, v, x, B, F, M, Q, V, X) stay.
_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_MARKED = "åbçðéfĝĥîĵķļmñöþqŕšţûvŵxýžÅBÇÐÉFĜĤÎĴĶĻMÑÖÞQŔŠŢÛVŴXÝŽ"
_ACCENT = str.maketrans(_PLAIN, _MARKED)

#: The share by which a pseudo-translated text is longer than its source (0.4: 40% longer).
SCALE = 0.4
OPEN, CLOSE = "[", "]"
#: Letters used for the lengthening; groups of at most five, separated by spaces, so text still wraps.
_FILL = "ẋ"

#: Runs a program reads, kept as they are: format placeholders, Qt's %-markers, printf markers,
#: tags, entities, a mnemonic (``&`` and its letter, or ``&&``) and URLs.
_PROTECTED = re.compile(
    r"\{[A-Za-z_0-9]*(?:![rsa])?(?::[^{}]*)?\}"  # str.format fields
    r"|%L?\d{1,2}|%n|%[sd]"  # Qt and printf markers
    r"|<[^<>]*>"  # markup
    r"|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);"  # entities
    r"|&&|&[^\s&]"  # a literal ampersand, or a mnemonic and its letter
    r"|(?:https?|file|mailto):[^\s<>]+"  # addresses
)
_LEADING_TAGS = re.compile(r"(?:<[^/<>][^<>]*>\s*)+")
_TRAILING_TAGS = re.compile(r"(?:<\s*/[^<>]*>\s*)+$")


def visible_length(text: str) -> int:
    """Length of what a reader sees: placeholders count as one character, tags and mnemonic marks as none."""
    length = 0
    position = 0
    for match in _PROTECTED.finditer(text):
        length += match.start() - position
        token = match.group(0)
        if token.startswith("<"):
            pass  # markup takes no room
        elif ":" in token and not token.startswith("{"):
            length += len(token)  # an address shows in full
        else:
            length += 1  # a placeholder's value, an entity's character, a mnemonic's letter (not its &)
        position = match.end()
    return length + len(text) - position


def _fill(count: int) -> str:
    if count <= 0:
        return ""
    groups = [_FILL * min(5, count - start) for start in range(0, count, 5)]
    return " ".join(groups)


def pseudo(text: str) -> str:
    """``text`` accented, bracketed and padded so that it is at least 40% longer than the original.

    Empty text stays empty.  The result is deterministic and keeps every placeholder, tag, entity,
    mnemonic and address of the source, in order.
    """
    if not text:
        return text
    pieces: list[str] = []
    position = 0
    for match in _PROTECTED.finditer(text):
        pieces.append(text[position:match.start()].translate(_ACCENT))
        pieces.append(match.group(0))
        position = match.end()
    pieces.append(text[position:].translate(_ACCENT))
    body = "".join(pieces)
    visible = visible_length(text)
    # Brackets and the space before the filling count towards the 40%: they take room as letters do.
    extra = max(1, math.ceil(visible * SCALE) - 3)
    padding = " " + _fill(extra)
    # In rich text the brackets go inside the outer tags, so they show in the same paragraph.
    head = _LEADING_TAGS.match(body)
    start = head.end() if head else 0
    tail = _TRAILING_TAGS.search(body, start)
    end = tail.start() if tail else len(body)
    return body[:start] + OPEN + body[start:end] + padding + CLOSE + body[end:]


def protected_tokens(text: str) -> list[str]:
    """The placeholders, tags, entities, mnemonics and addresses of ``text``, in order (for tests and checks)."""
    return [m.group(0) for m in _PROTECTED.finditer(text)]
