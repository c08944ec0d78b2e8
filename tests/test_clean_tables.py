"""A table turned into lines is the report's figures (fresh47's look: a data page's every row
was dropped, its header and its total too): its rows stay, each a paragraph of its own, in any
language and with any separator (pipes, tabs, aligned spaces, a rule row under the header); the
table's "Source:"/"Table:" credit over or under it goes; a label over a figure under the table
("Total: 312") stays; the page's rows of pipes (a byline over a date, share buttons, a menu, a
weather strip) still go, and so does a lone row with figures that no header heads.

Every line is written for the test; outlets', places' and people's names are made up.
"""

from __future__ import annotations

import re

from briefing.clean import clean_text


def _kept(text: str) -> list[str]:
    return [line for line in clean_text(text).split("\n") if line]


def _flat(line: str) -> str:
    return " ".join(line.split())


def _shown(row: str) -> str:
    """A row as the text keeps it: with pipes as written, else its cells set apart by pipes."""
    if "|" in row:
        return _flat(row)
    return " | ".join(cell.strip() for cell in re.split(r"\t| {2,}", row.strip()))


_DE_LEAD = (
    "Die Wasserwerke haben im vergangenen Jahr in allen Bezirken weniger Trinkwasser abgegeben"
    " als im Jahr davor, teilte der Versorger am Dienstag mit."
)
_DE_AFTER = "Am stärksten sank der Verbrauch im Nordbezirk, wo zwei Großbetriebe schlossen."
_DE_ROWS = [
    "Bezirk | Abgabe 2060 (Mio. m³) | Abgabe 2061 (Mio. m³) | Veränderung (%)",
    "Nordbezirk | 14,2 | 12,9 | −9,2",
    "Altstadt | 8,7 | 8,5 | −2,3",
    "Südhafen | 11,0 | 10,6 | −3,6",
    "Gesamt | 33,9 | 32,0 | −5,6",
]

_FI_LEAD = (
    "Tilastovirasto julkaisi tiistaina alueittaiset asuntokaupan luvut, joiden mukaan kauppoja"
    " tehtiin koko maassa 4 210 eli kahdeksan prosenttia edellisvuotta vähemmän."
)
_FI_AFTER = "Kauppamäärät ovat laskeneet nyt kolmena vuonna peräkkäin."
_FI_ROWS = [
    "Alue\tKaupat\tMuutos (%)\tKeskihinta (€/m²)",
    "Uusimaa\t1 930\t−6,1\t3 870",
    "Pirkanmaa\t720\t−9,4\t2 610",
    "Varsinais-Suomi\t610\t−11,0\t2 280",
    "Koko maa\t4 210\t−8,0\t",
]

_ES_LEAD = (
    "El ayuntamiento publicó el lunes el balance de la campaña de verano en las playas del"
    " municipio, con 312 rescates, un 14 % más que el año anterior."
)
_ES_AFTER = "Los socorristas trabajarán hasta el 15 de septiembre."
_ES_ROWS = [
    "Playa             Rescates   Atenciones   Banderas rojas (días)",
    "La Caleta             118          640            9",
    "El Puntal              87          415            6",
    "Los Arenales           64          302            4",
    "Total                 312        1 578",
]

_PL_LEAD = (
    "Wojewódzki inspektorat opublikował w czwartek wyniki badań wody w kąpieliskach nad"
    " jeziorami powiatu; dwa z pięciu zamknięto do odwołania."
)
_PL_ROWS = [
    "| Kąpielisko | Bakterie E. coli (jtk/100 ml) | Ocena |",
    "|---|---:|---|",
    "| Jezioro Białe, plaża miejska | 1 240 | zamknięte |",
    "| Jezioro Długie, ośrodek | 310 | przydatne |",
    "| Zalew Młyński | 2 050 | zamknięte |",
]


def test_a_table_s_rows_stay_with_its_header_and_total() -> None:
    for lead, rows, after in (
        (_DE_LEAD, _DE_ROWS, _DE_AFTER),
        (_FI_LEAD, _FI_ROWS, _FI_AFTER),
        (_ES_LEAD, _ES_ROWS, _ES_AFTER),
    ):
        kept = _kept("\n".join([lead, *rows, after]))
        assert kept == [lead, *(_shown(row) for row in rows), after], rows[0]


def test_a_markdown_table_s_rows_stay_and_its_rule_row_goes() -> None:
    kept = _kept("\n".join([_PL_LEAD, *_PL_ROWS]))
    assert kept == [_PL_LEAD, *(row for row in _PL_ROWS if "---" not in row)]


def test_a_table_s_rows_are_paragraphs_of_their_own() -> None:
    short_lead = "Der Verbrauch sank 2061 in allen Bezirken."
    text = clean_text("\n".join([short_lead, *_DE_ROWS, "Mehr dazu am Freitag."]))
    assert text.split("\n\n") == [short_lead, *_DE_ROWS, "Mehr dazu am Freitag."]


def test_a_table_s_credit_over_or_under_it_goes() -> None:
    for over, under in (
        ("Tabelle: Redaktion", "Quelle: Jahresbericht der Wasserwerke"),
        ("Table: Newsroom graphics desk", "Source: the utility's annual report"),
        ("Taulukko: Toimitus", "Lähde: Tilastovirasto, asuntokauppatilasto"),
    ):
        kept = _kept("\n".join([_DE_LEAD, over, *_DE_ROWS, under, _DE_AFTER]))
        assert over not in kept and under not in kept, over
        assert kept == [_DE_LEAD, *_DE_ROWS, _DE_AFTER]


def test_a_figure_under_a_table_stays() -> None:
    line = "Total: 312 rescates y 1 578 atenciones"
    kept = _kept("\n".join([_ES_LEAD, *_ES_ROWS[:-1], line, _ES_AFTER]))
    assert line in kept


def test_the_page_s_rows_of_pipes_still_go() -> None:
    chrome = [
        "Bezirk | Politik | Wirtschaft | Sport",
        "Von Anna Roth | 12.03.2061 | 09:14",
        "Aktualisiert: 12.03.2061 | 11:02",
        "Teilen: Facebook | X | WhatsApp | E-Mail",
        "Altstadt 14° | Min. 6° | Wind NW 12 km/h",
    ]
    kept = _kept("\n".join([*chrome, _DE_LEAD, _DE_AFTER]))
    assert kept == [_DE_LEAD, _DE_AFTER]


def test_a_lone_row_of_figures_with_no_header_still_goes() -> None:
    kept = _kept("\n".join([_DE_LEAD, "Altstadt 14° | Min. 6° | Wind NW 12 km/h", _DE_AFTER]))
    assert kept == [_DE_LEAD, _DE_AFTER]


# review54: a strip of the page's own with a header over rows of figures (a weather box's days
# over highs and lows, a markets box, a most-read box with counts) is no report's table when no
# text leads into it: over the lead, or after the page's share row, it goes as before.
_NAV = "Startseite | Lokales | Politik | Sport"
_SHARE = "Teilen: Facebook | X | E-Mail"
_STRIPS = [
    ["Wetter | Mo | Di | Mi", "Max. | 12° | 14° | 11°", "Min. | 3° | 5° | 2°"],
    [
        "Index | Stand | Veränderung",
        "DAX | 18.234 | +0,4 %",
        "MDAX | 26.120 | −0,2 %",
        "Euro Stoxx 50 | 4.912 | +0,1 %",
    ],
    ["Meistgelesen | Kommentare", "Brand in der Altstadt | 214", "Neue Buslinie ab Mai | 88"],
]


def test_a_strip_of_the_page_s_own_over_the_text_or_after_it_still_goes() -> None:
    for strip in _STRIPS:
        for text in (
            [_NAV, *strip, _DE_LEAD, _DE_AFTER, _SHARE],
            [_NAV, _DE_LEAD, _DE_AFTER, _SHARE, *strip],
        ):
            assert _kept("\n".join(text)) == [_DE_LEAD, _DE_AFTER], strip[0]
        # a headline over the strip (the page's own, kept) does not lead into it
        head = "Wasserwerke: Verbrauch sinkt in allen Bezirken"
        kept = _kept("\n".join([_NAV, head, *strip, _DE_LEAD, _DE_AFTER]))
        assert not set(strip) & set(kept), strip[0]


def test_a_table_the_text_leads_into_stays_at_the_page_s_end() -> None:
    kept = _kept("\n".join([_NAV, _DE_LEAD, *_DE_ROWS, _SHARE]))
    assert kept == [_DE_LEAD, *_DE_ROWS]


# review54: a line of the report under or over a table with a label and a colon is no credit
# when it is a sentence or a quote: a speaker's words, an update, a dateline's lead.
def test_a_sentence_with_a_label_under_or_over_a_table_stays() -> None:
    for over, under in (
        (
            "Berlin: Der Verbrauch ist in allen Bezirken gesunken, teilten die Wasserwerke mit.",
            "Bürgermeisterin Roth: „Wir sparen weiter, auch wenn es weh tut.“",
        ),
        (
            "Update: Die Wasserwerke haben die Zahlen am Mittwoch noch einmal berichtigt.",
            "Update: Der Stadtrat stimmt am Dienstag über die neuen Preise ab.",
        ),
    ):
        kept = _kept("\n".join([over, *_DE_ROWS, under, _DE_AFTER]))
        assert over in kept and under in kept, over


# review54: a table aligned by tabs or spaces keeps its cells apart once its spaces collapse:
# "Uusimaa 1 930 −6,1 3 870" reads as other figures than its row did ("1 930" is one count,
# "Total 312 1 578" two); the row is written with pipes between its cells.
def test_a_table_aligned_by_tabs_or_spaces_keeps_its_cells_apart() -> None:
    for lead, rows, after in ((_FI_LEAD, _FI_ROWS, _FI_AFTER), (_ES_LEAD, _ES_ROWS, _ES_AFTER)):
        kept = _kept("\n".join([lead, *rows, after]))
        assert "Uusimaa | 1 930 | −6,1 | 3 870" in kept or "La Caleta | 118 | 640 | 9" in kept
        assert "Koko maa | 4 210 | −8,0" in kept or "Total | 312 | 1 578" in kept
        assert not any(_flat(row) in kept for row in rows[1:]), rows[0]
