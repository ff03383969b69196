"""CSV that is safe to open in a spreadsheet, and read back unchanged (issue 17, point 5).

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, and
some also after a tab or a carriage return (OWASP, "CSV Injection"): a note such as
``=HYPERLINK("http://…"&A1,"Klik")`` typed at a table would run on the laptop that opens
the export. Every CSV wijkdesk writes therefore goes through ``csv_text``, which decides per
cell by the value's type, never by the look of the text:

* a ``str`` is text: when it starts with one of those characters it gets a single quote
  ``'`` in front, which spreadsheets show as text and do not run;
* an ``int`` or ``float`` is a number and is written as it is (a coordinate -12.5 stays
  -12.5, a count stays a count).

So that wijkdesk's own importers read a text back exactly as it was typed, the quote is added
also to a text that already starts with quotes followed by such a character (``'=x`` becomes
``''=x``), and ``unquote_cell`` takes exactly one quote off a cell that looks like that:
``unquote_cell(neutralise(t)) == t`` for every text t, and a text without the pattern is read
as it is.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from typing import Any

#: The first characters that make a spreadsheet treat a cell as a formula.
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
#: A text that needs (on writing) or carries (on reading) the neutralising quote: quotes,
#: then a dangerous character.
_NEEDS_QUOTE = re.compile(r"'*[=+\-@\t\r]")
_HAS_QUOTE = re.compile(r"'+[=+\-@\t\r]")


def neutralise(text: str) -> str:
    """``text`` as a spreadsheet shows it but never runs it (a quote in front when needed)."""
    return QUOTE + text if _NEEDS_QUOTE.match(text) else text


def unquote_cell(text: str) -> str:
    """A cell as wijkdesk's export had it before ``neutralise``: one quote less when the rest
    starts with quotes and a dangerous character; any other text unchanged."""
    return text[1:] if _HAS_QUOTE.match(text) else text


def safe_cell(value: Any) -> Any:
    """A value for a CSV cell: a text neutralised, a number (int, float) as it is."""
    if isinstance(value, str):
        return neutralise(value)
    if value is None:
        return ""
    if isinstance(value, int | float):
        return value
    return neutralise(str(value))


def csv_text(rows: Iterable[Iterable[Any]], *, delimiter: str = ",") -> str:
    """The rows as CSV text with CRLF line ends, every cell through ``safe_cell``."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([safe_cell(v) for v in row] for row in rows)
    return buffer.getvalue()
