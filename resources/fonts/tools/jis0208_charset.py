#!/usr/bin/env python3
"""Write the code-point list used to subset Noto Sans CJK JP.

Usage:  python jis0208_charset.py > jis0208-unicodes.txt

Output: one "U+XXXX" per line, sorted, deduplicated (the format pyftsubset
accepts with --unicodes-file=).

Contents:
  * every character of JIS X 0208 (rows 1-84: symbols, Latin, Greek,
    Cyrillic, box drawing, kana, level 1 and level 2 kanji), obtained by
    decoding every valid 2-byte EUC-JP code 0xA1A1..0xFEFE;
  * the NEC row-13 specials of Windows-31J / cp932 (0x8740-0x879C:
    circled numbers, Roman numerals, (株), No., TEL, ...), common in
    Japanese business documents;
  * the four 2010 Joyo kanji that are not in JIS X 0208;
  * ASCII U+0020-U+007E;
  * whole blocks: CJK Symbols and Punctuation U+3000-303F, Hiragana
    U+3040-309F, Katakana U+30A0-30FF, Katakana Phonetic Extensions
    U+31F0-31FF, Halfwidth and Fullwidth Forms U+FF00-FFEF.
Code points the font lacks are simply skipped by pyftsubset.
"""
import sys


def jis_x_0208():
    chars = set()
    for hi in range(0xA1, 0xFF):
        for lo in range(0xA1, 0xFF):
            try:
                s = bytes([hi, lo]).decode("euc_jp")
            except UnicodeDecodeError:
                continue
            if len(s) == 1:
                chars.add(ord(s))
    return chars


def nec_row13():
    chars = set()
    for code in range(0x8740, 0x879D):
        try:
            s = code.to_bytes(2, "big").decode("cp932")
        except UnicodeDecodeError:
            continue
        if len(s) == 1:
            chars.add(ord(s))
    return chars


JOYO_2010_NOT_IN_0208 = {0x20B9F, 0x5861, 0x525D, 0x9830}  # 𠮟 塡 剝 頰

BLOCKS = [
    (0x0020, 0x007E),  # ASCII
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0x3040, 0x309F),  # Hiragana
    (0x30A0, 0x30FF),  # Katakana
    (0x31F0, 0x31FF),  # Katakana Phonetic Extensions
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
]


def charset():
    cps = jis_x_0208() | nec_row13() | JOYO_2010_NOT_IN_0208
    for lo, hi in BLOCKS:
        cps.update(range(lo, hi + 1))
    return sorted(cps)


if __name__ == "__main__":
    out = sys.stdout
    for cp in charset():
        out.write("U+%04X\n" % cp)
