"""A table turned into lines: the report's figures, not chrome (fresh47's look: a data page's
every row was dropped, its header and its total too).

A page's table reaches ``briefing`` as lines: cells set apart by pipes ("Bezirk | 2060 |
2061"), by tabs, or aligned by runs of spaces. One row alone is as short as a label, has a
pipe as a breadcrumb has, and a figure as a stamp has, so the line rules drop it; together the
rows tell what they are: a header row of names over two rows or more with as many cells (a
total row may leave some empty), each with a figure. Such a block stays whole, whatever the
line rules say of its rows one by one (``table_rows``), and each row is a paragraph of its own,
never glued to the text around it. The page's rows are never so: a byline over a date row, a
menu's items, share buttons, a weather strip have no header over rows of the same cells.

The table's credit under or over it ("Source: the utility's annual report", "Tabelle:
Redaktion") is no row: a label's word or two, its colon and a name, not a figure, goes
(``drop_table_credits``); a label over a figure ("Total: 27 400 kg") is the report's, and so
is a label over a sentence or a quote (a dateline's lead, "Update: the council votes on
Tuesday.", a speaker's words): a credit is a name, not a sentence.

A page's own strip can have a header over rows of figures too (a weather box's days over highs
and lows, a markets box, a most-read box with counts); it stands over the text or after it,
where no text leads into it. So a table stays only inside the text the line rules keep: the
line right over it kept (the report's "... by district:"), or paragraphs over and under it,
or a caption under the word "table" right over its header ("Tabell: Evakuerte per sone") and
paragraphs under it
(``in_text``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.text import SENTENCE_END

__all__ = ["drop_table_credits", "in_text", "table_rows"]

_PIPES = "|│¦"
_PIPE = re.compile(r"[|│¦]")
_TABS = re.compile(r"\s*\t\s*(?:\t\s*)*")
_SPACES = re.compile(r" {2,}")
# a rule row under the header: "---|:---:|---", "===  ===", "─────┼─────"
_RULE_CELL = re.compile(r"^[-=:─━┼+_ ]*$")
_MAX_CELL_WORDS = 12
_MAX_HEAD_WORDS = 8
_MIN_DATA_ROWS = 2
# a figure's cell: "27 400", "−9,2", "296–292", "3.4%", "€12m", "14,2 Mio." (figures outnumber
# the letters of a unit)
_DIGIT = re.compile(r"\d")
# the table's credit: a label's word or two and its colon, then a name (no figure first)
_CREDIT = re.compile(
    r"^(?P<label>[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*)?)\s?[:：]\s+(?P<tail>\S.*)$"
)
_CREDIT_MAX_WORDS = 14
# a credit's name may end with a full stop ("Quelle: Statistisches Landesamt."); a longer tail
# with one is a sentence
_CREDIT_NAME_WORDS = 4
# the word "table" as a caption's label, in the page's language
_TABLE_WORD = re.compile(
    r"^(?:table|tabell|tabellen|tabelle|tableau|tabla|tabela|taula|taulukko|tabel|tabulka"
    r"|tabuľka|táblázat|tabelul|lentelė|tabula|tabel|πίνακας|таблица|таблиця|табела|tablo|jadual"
    r"|bảng|ตาราง|表|표|جدول|טבלה|तालिका|সারণি)\s*(?:\d{1,2}\s*)?[:：]",
    re.I,
)
_QUOTES = re.compile(r"[\"„“”«»「」『』]")


def _cells(line: str) -> tuple[str, list[str]] | None:
    """The kind of separator of ``line`` (pipe, tab, spaces) and its cells, or None."""
    text = line.strip()
    if not text:
        return None
    if _PIPE.search(text):
        inner = text.strip(_PIPES + " ")
        cells = [cell.strip() for cell in _PIPE.split(inner)]
        kind = "pipe"
    elif "\t" in text:
        cells = [cell.strip() for cell in _TABS.split(text)]
        kind = "tab"
    else:
        cells = [cell.strip() for cell in _SPACES.split(text)]
        kind = "space"
    return (kind, cells) if len(cells) >= 2 else None


def _figure(cell: str) -> bool:
    digits = len(_DIGIT.findall(cell))
    letters = sum(ch.isalpha() for ch in cell)
    return digits > 0 and digits >= letters


def _words(cell: str) -> int:
    return len(cell.split())


def _is_rule(cells: list[str]) -> bool:
    return all(_RULE_CELL.match(cell) for cell in cells) and any(cells)


def _is_header(cells: list[str]) -> bool:
    filled = [cell for cell in cells if cell]
    named = [cell for cell in filled if sum(ch.isalpha() for ch in cell) >= 2]
    return (
        len(filled) >= 2
        and 2 * len(named) >= len(filled)
        and all(_words(cell) <= _MAX_HEAD_WORDS for cell in filled)
        and not SENTENCE_END.search(cells[-1] or cells[-2])
    )


def _is_data(cells: list[str], width: int) -> bool:
    return (
        2 <= len(cells) <= width
        and any(_figure(cell) for cell in cells)
        and all(_words(cell) <= _MAX_CELL_WORDS for cell in cells)
    )


def _rule_line(line: str) -> bool:
    cells = _cells(line)
    return cells is not None and _is_rule(cells[1])


def _table(block: list[tuple[str, list[str]]]) -> list[int]:
    """The indices (in ``block``) of a table's rows when ``block`` opens with one, else none:
    a header row, maybe a rule row, then the data rows of as many cells or fewer."""
    kind, head = block[0]
    width = len(head)
    if not _is_header(head) or (kind == "space" and width < 3):
        return []
    rows = [0]
    start = 1
    if len(block) > 1 and _is_rule(block[1][1]):
        start = 2
    full = 0
    for k in range(start, len(block)):
        row_kind, cells = block[k]
        if row_kind != kind or not _is_data(cells, width):
            break
        rows.append(k)
        full += len(cells) == width
    data = len(rows) - 1
    if data < _MIN_DATA_ROWS or 2 * full < data:
        return []
    return rows


def table_rows(text: str) -> dict[str, str]:
    """The rows of ``text``'s tables (see the module), each with its spaces collapsed as the
    clean rules read it, and the row as the text keeps it; read from the raw text, where tabs
    and aligned spaces still part the cells. A row aligned by tabs or spaces is kept with pipes
    between its cells: collapsed, "Uusimaa 1 930 −6,1" would read as other figures ("1 930" is
    one count)."""
    lines = [line for line in text.split("\n") if line.strip()]
    parsed = [_cells(line) for line in lines]
    found: dict[str, str] = {}
    i = 0
    while i < len(lines):
        first = parsed[i]
        if first is None:
            i += 1
            continue
        j = i
        while j < len(lines) and (cells := parsed[j]) is not None and cells[0] == first[0]:
            j += 1
        block = [cells for cells in parsed[i:j] if cells is not None]
        taken = _table(block)
        if taken:
            for k in taken:
                flat = " ".join(lines[i + k].split())
                kind, row = block[k]
                found[flat] = flat if kind == "pipe" else " | ".join(row).rstrip(" |")
            i += taken[-1] + 1
        else:
            i += 1
    return found


def _is_credit(line: str) -> bool:
    text = line.strip()
    m = _CREDIT.match(text)
    if m is None or len(text.split()) > _CREDIT_MAX_WORDS:
        return False
    tail = m["tail"]
    sentence = SENTENCE_END.search(tail) is not None and _words(tail) > _CREDIT_NAME_WORDS
    return not (_DIGIT.match(tail) or _figure(tail) or sentence or _QUOTES.search(tail))


def drop_table_credits(lines: list[str], keep: list[bool], rows: set[int]) -> None:
    """Drop, in place, the credit line right under a table's last row or right over its header
    (see the module)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for k, i in enumerate(filled):
        if i not in rows:
            continue
        if k + 1 < len(filled) and filled[k + 1] not in rows:  # a table's last row
            for j in filled[k + 1 :]:  # its credits, one under another
                if not _is_credit(lines[j]):
                    break
                keep[j] = False
        if k > 0 and filled[k - 1] not in rows and _is_credit(lines[filled[k - 1]]):
            keep[filled[k - 1]] = False  # over its header


def in_text(
    lines: list[str], keep: list[bool], rows: set[int], is_body: Callable[[str], bool]
) -> set[int]:
    """The ``rows`` of the tables inside the text the line rules keep (``keep``): a kept line
    right over the table (past its credit) leads into it, or kept paragraphs stand over and
    under it (see the module)."""
    filled = [i for i, line in enumerate(lines) if line.strip() and not _rule_line(line)]
    body = [i for i in filled if keep[i] and i not in rows and is_body(lines[i])]
    tables: list[list[int]] = []
    for k, i in enumerate(filled):
        if i in rows:
            if k > 0 and filled[k - 1] in rows and tables:
                tables[-1].append(i)
            else:
                tables.append([i])
    inside: set[int] = set()
    for table in tables:
        first, last = table[0], table[-1]
        over = [i for i in filled if i < first]
        captioned = False
        if over and _is_credit(lines[over[-1]]) and _cells(lines[over[-1]]) is None:
            # its credit ("Tabelle: Redaktion"), not a share row's pipes; or its caption, under
            # the word "table" in the page's language ("Tabell: Evakuerte per sone")
            captioned = _TABLE_WORD.match(lines[over[-1]].strip()) is not None
            over.pop()
        leads_in = bool(over) and keep[over[-1]] and over[-1] not in rows
        # (a sentence or a line that opens the table: "... by district:"; not a headline)
        leads_in = leads_in and (over[-1] in body or lines[over[-1]].rstrip().endswith(":"))
        text_after = any(i > last for i in body)
        around = any(i < first for i in body) and text_after
        # (a page whose report is a table, under its caption, and the text on it: the county's
        # "Tabell: Evakuerte per sone" over its rows, then what the zones are; fresh48's look)
        if leads_in or around or (captioned and text_after):
            inside.update(table)
    return inside
