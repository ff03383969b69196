"""Text as the minutes PDF sets it: right-to-left scripts shaped and in visual order, and
characters the font lacks named instead of drawn as a wrong glyph or an empty box.

reportlab lays out text left to right, one glyph per character, and (without optional
packages that are not on PyPI) neither joins Arabic letters nor reorders right-to-left text.
``visual`` does that before reportlab sees the text, with nothing but ``unicodedata``:

- Arabic (and Persian, Urdu) letters take their joined forms: the presentation forms that
  the shipped DejaVu Sans has, found through their Unicode decompositions (``<initial> 0628``);
  lam and alef become their ligature.
- A stretch of right-to-left text (Arabic, Hebrew, with the spaces, punctuation and numbers
  inside it) is reversed into visual order, numbers keeping their digits left to right and
  brackets mirrored. The minutes are Dutch, so a line reads left to right as soon as it
  holds a left-to-right letter ("محمد العلي wil een buurtbatterij": the name first, then
  what he wants, as the facilitator typed it); only a line without any is set right to left
  as a whole. Grapheme clusters (a letter and its vowel marks) stay together.
- The spaces inside a stretch become ``JOINER``, a character that the PDF draws as a space
  and copies as a space but at which a line does not break: a name stays on one line and in
  its order. A stretch of more than ``STRETCH`` characters is set in pieces of at most that
  many (at spaces), each read right to left; the pieces follow each other in the page's
  left-to-right flow. That is the honest limit of this approach for long passages.
- A character the font has no glyph for (most emoji) becomes its Unicode name in brackets,
  "[thumbs up sign]", rather than an empty box; invisible formatting characters that the
  font lacks, and an emoji's skin tone, are left out.

The PDF's text layer (``to_unicode``) maps every glyph back to the characters that were
typed, so that copying or ``pdftotext`` gives the typed text: joined forms map to their
letters (a ligature's letters in visual order, like the glyphs around it: extractors reverse
right-to-left text character by character), ``JOINER`` to a space, and characters beyond
U+FFFF (an emoji the font has) as UTF-16, where reportlab wrote a wrong character.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import lru_cache

#: Drawn and copied as a space; no line break at it (a private-use character).
JOINER = "\ue003"
#: The longest right-to-left stretch kept on one line, in characters.
STRETCH = 40

_LAM = 0x0644
_ALEFS = (0x0622, 0x0623, 0x0625, 0x0627)
_TATWEEL = 0x0640
_ZWJ = 0x200D
_MIRROR = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))


@lru_cache(maxsize=1)
def _forms() -> tuple[dict[int, dict[str, int]], dict[tuple[int, int], dict[str, int]]]:
    """Presentation forms by letter and form, and the lam-alef ligatures, from Unicode."""
    forms: dict[int, dict[str, int]] = {}
    ligatures: dict[tuple[int, int], dict[str, int]] = {}
    for cp in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)):
        parts = unicodedata.decomposition(chr(cp)).split()
        if len(parts) < 2 or parts[0] not in ("<isolated>", "<final>", "<initial>", "<medial>"):
            continue
        form = parts[0].strip("<>")
        letters = tuple(int(p, 16) for p in parts[1:])
        if len(letters) == 1:
            forms.setdefault(letters[0], {}).setdefault(form, cp)
        elif len(letters) == 2 and letters[0] == _LAM and letters[1] in _ALEFS:
            ligatures.setdefault(letters, {}).setdefault(form, cp)
    return forms, ligatures


def _joining(cp: int) -> str:
    """'D' dual-joining, 'R' right-joining, 'C' join-causing, 'T' transparent, 'U' none."""
    if cp in (_TATWEEL, _ZWJ):
        return "C"
    if unicodedata.category(chr(cp)) in ("Mn", "Me", "Cf"):
        return "T"
    found = _forms()[0].get(cp)
    if not found:
        return "U"
    return "D" if "initial" in found or "medial" in found else "R"


def is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def shape_arabic(text: str, has_glyph: Callable[[int], bool]) -> str:
    """Arabic letters in their joined forms (presentation forms the font has)."""
    if not any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in text):
        return text
    forms, ligatures = _forms()
    cps = [ord(c) for c in text]
    kinds = [_joining(cp) for cp in cps]

    def neighbour(i: int, step: int) -> str:
        i += step
        while 0 <= i < len(cps) and kinds[i] == "T":
            i += step
        return kinds[i] if 0 <= i < len(cps) else "U"

    out: list[str] = []
    i = 0
    while i < len(cps):
        cp, kind = cps[i], kinds[i]
        if kind not in ("D", "R"):
            out.append(chr(cp))
            i += 1
            continue
        joins_before = neighbour(i, -1) in ("D", "C")
        if cp == _LAM and i + 1 < len(cps) and cps[i + 1] in _ALEFS:
            found = ligatures.get((cp, cps[i + 1]), {})
            lig = found.get("final" if joins_before else "isolated")
            if lig is not None and has_glyph(lig):
                out.append(chr(lig))
                i += 2
                continue
        joins_after = kind == "D" and neighbour(i, 1) in ("D", "R", "C")
        form = {(True, True): "medial", (True, False): "final", (False, True): "initial",
                (False, False): "isolated"}[(joins_before, joins_after)]
        chosen = forms.get(cp, {}).get(form)
        out.append(chr(chosen) if chosen is not None and has_glyph(chosen) else chr(cp))
        i += 1
    return "".join(out)


def _clusters(text: str) -> list[str]:
    """Characters with the combining marks that follow them."""
    out: list[str] = []
    for ch in text:
        if out and unicodedata.combining(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _kind(cluster: str) -> str:
    """'L', 'R', 'N' (number) or ' ' (neutral) for a cluster's first character."""
    b = unicodedata.bidirectional(cluster[0])
    if b in ("R", "AL"):
        return "R"
    if b == "L":
        return "L"
    if b in ("EN", "AN"):
        return "N"
    return " "


def _stretches(clusters: list[str], base_rtl: bool) -> list[tuple[bool, list[str]]]:
    """The line cut into left-to-right and right-to-left stretches (logical order).

    Neutrals between two right-to-left characters (or numbers after one) belong to the
    stretch; neutrals at its edges take the base direction. Numbers take the direction of
    the strong character before them.
    """
    kinds = [_kind(c) for c in clusters]
    last = "R" if base_rtl else "L"
    for i, k in enumerate(kinds):
        if k == "N":
            kinds[i] = "RN" if last == "R" else "L"
        elif k in ("L", "R"):
            last = k
    resolved: list[bool] = []
    for i, k in enumerate(kinds):
        if k in ("R", "RN"):
            resolved.append(True)
        elif k == "L":
            resolved.append(False)
        else:
            before = next((kinds[j] for j in range(i - 1, -1, -1) if kinds[j] != " "), None)
            after = next((kinds[j] for j in range(i + 1, len(kinds)) if kinds[j] != " "), None)
            rtl_before = before in ("R", "RN") if before else base_rtl
            rtl_after = after in ("R", "RN") if after else base_rtl
            resolved.append(rtl_before and rtl_after if rtl_before == rtl_after else base_rtl)
    out: list[tuple[bool, list[str]]] = []
    for cluster, rtl in zip(clusters, resolved, strict=True):
        if out and out[-1][0] == rtl:
            out[-1][1].append(cluster)
        else:
            out.append((rtl, [cluster]))
    return out


def _reverse(clusters: list[str]) -> str:
    """A right-to-left stretch in visual order: numbers (with a separator between digits,
    as in 12.5 or 3,50) keep their order, brackets mirror."""
    groups: list[list[str]] = []
    for i, c in enumerate(clusters):
        number = _kind(c) == "N"
        between_digits = (c in ".,:/-" and groups and _kind(groups[-1][-1]) == "N"
                          and i + 1 < len(clusters) and _kind(clusters[i + 1]) == "N")
        if groups and (number or between_digits) and _kind(groups[-1][0]) == "N":
            groups[-1].append(c)
        else:
            groups.append([c])
    return "".join(_MIRROR.get(g[0], g[0]) if len(g) == 1 else "".join(g)
                   for g in reversed(groups))


def _pieces(clusters: list[str]) -> list[list[str]]:
    """A stretch cut at spaces into pieces of at most STRETCH characters."""
    if len(clusters) <= STRETCH:
        return [clusters]
    pieces: list[list[str]] = [[]]
    word: list[str] = []
    for c in [*clusters, " "]:
        if c == " ":
            if pieces[-1] and len(pieces[-1]) + 1 + len(word) > STRETCH:
                pieces.append([])
            if pieces[-1] and word:
                pieces[-1].append(" ")
            pieces[-1] += word
            word = []
        else:
            word.append(c)
    return [p for p in pieces if p]


def _visual_line(line: str) -> str:
    clusters = _clusters(line)
    base_rtl = not any(k == "L" for k in map(_kind, clusters))  # a Dutch document: see above
    parts: list[str] = []
    for rtl, stretch in _stretches(clusters, base_rtl):
        if not rtl:
            parts.append("".join(stretch))
            continue
        pieces = [_reverse(p).replace(" ", JOINER) for p in _pieces(stretch)]
        parts.append(" ".join(pieces))
    if base_rtl and len(parts) > 1:  # the stretches themselves from right to left
        parts.reverse()
    return "".join(parts)


def name_missing(text: str, has_glyph: Callable[[int], bool]) -> str:
    """Each character the font lacks as "[its name]"; invisible ones it lacks left out."""
    if all(has_glyph(ord(c)) or c in "\n\t" for c in text):
        return text
    out = []
    for c in text:
        if has_glyph(ord(c)) or c in "\n\t":
            out.append(c)
        elif unicodedata.category(c) in ("Cf", "Mn", "Me", "Cc", "Cs", "Co", "Cn") \
                or 0xFE00 <= ord(c) <= 0xFE0F or 0x1F3FB <= ord(c) <= 0x1F3FF:
            continue  # invisible, or an emoji's skin tone: the emoji's name stands for both
        else:
            name = unicodedata.name(c, "")
            out.append(f"[{name.lower()}]" if name else "[?]")
    return "".join(out)


def visual(text: str, has_glyph: Callable[[int], bool]) -> str:
    """The text as the PDF sets it (see the module's description); plain text in, plain
    text out, lines kept."""
    text = name_missing(text, has_glyph)
    if not any(is_rtl(c) for c in text):
        return text
    text = shape_arabic(text, has_glyph)
    return "\n".join(_visual_line(line) if any(is_rtl(c) for c in line) else line
                     for line in text.split("\n"))


def to_unicode(cp: int) -> str:
    """What a glyph drawn for code point cp copies as (see the module's description)."""
    if cp == ord(JOINER):
        return " "
    ch = chr(cp)
    if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        letters = unicodedata.normalize("NFKC", ch)
        if len(letters) > 1 and all(is_rtl(c) for c in letters):
            letters = letters[::-1]  # in visual order, as the glyphs around it
        return letters
    return ch
