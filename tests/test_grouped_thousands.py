"""Thousands grouped by a space ("4 000", "12 500 000") are one number where the text's
language writes them so, or where a no-break or thin space groups them; two numbers that merely
stand side by side (a phone number, a year before a count, a date, a list) stay two."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.conflicts import find_conflicts
from briefing.ground import check_text, claimed_numbers, number_spans
from briefing.models import Article

T0 = dt.datetime(2052, 4, 9, 7, tzinfo=dt.UTC)


def _article(title: str, text: str, hours: int) -> Article:
    return Article.create(
        title=title, text=text, source=f"{hours}.txt", published_at=T0 + dt.timedelta(hours=hours)
    )


WIRE = _article(
    "Kérouané : la digue du marigot cède après trois jours de pluie",
    "La digue du marigot de Kérouané a cédé dans la nuit de lundi à mardi. Les eaux ont envahi "
    "le quartier du marché, où vivent quelque 4 000 habitants, selon la mairie. Aucune victime "
    "n'a été signalée.",
    0,
)
PAPER = _article(
    "Kérouané : la mairie évacue le quartier du marché",
    "La mairie de Kérouané a fait évacuer mardi le quartier du marché après la rupture de la "
    "digue. Selon le préfet, près de 5 000 habitants ont dû quitter leurs maisons. Les écoles "
    "resteront fermées jusqu'à lundi.",
    3,
)


def test_two_reports_of_a_count_grouped_by_spaces_conflict_on_the_whole_figures() -> None:
    conflicts = find_conflicts([WIRE, PAPER])
    assert [(c.about, [v.value for v in c.values]) for c in conflicts] == [
        ("habitants", ["5 000", "4 000"])
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("près de 5 000 habitants", 5000),
        ("environ 250 000 voyageurs par jour", 250000),
        ("un budget de 12 500 000 francs", 12500000),
        ("noin 2 400 poroa", 2400),
        ("5 000", 5000),  # a value alone, as a conflict keeps it
        ("some 4\u00a0000 volunteers", 4000),  # a no-break space groups in any language
        ("some 4\u202f000 volunteers", 4000),  # a narrow no-break space too
    ],
)
def test_a_space_grouped_figure_is_one_number(text: str, value: float) -> None:
    assert [s.value for s in number_spans(text)] == [value]
    assert [v for _, v in claimed_numbers(text)] == [value]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("en 2051 2 000 personnes", [2051, 2, 0]),  # a year before a count
        ("la ligne 32 12 arrêts", [32, 12]),
        ("le 9 3 2052", [9, 3, 2052]),  # a date
        ("les points 1 2 3", [1, 2, 3]),  # a list
        ("Rédaction : WhatsApp +60 4 000 7788", [60, 4, 0, 7788]),  # a phone number
        ("Appelez le 022 555 7120", [22, 555, 7120]),  # one led by a 0
        ("Advertise with us: call 23 456", [23, 456]),  # English: a phone number
        (
            "The council said 4 000 people came to the meeting on the island, more than the "
            "year before when the hall was half empty.",
            [4, 0],
        ),  # English prose groups with commas
    ],
)
def test_numbers_side_by_side_stay_apart(text: str, values: list[float]) -> None:
    assert [s.value for s in number_spans(text)] == values


def test_a_bullet_with_a_space_grouped_figure_is_grounded_by_its_source() -> None:
    bullet = "Les eaux ont envahi le quartier du marché, où vivent quelque 4 000 habitants."
    assert check_text(bullet, [WIRE]) == []
    assert check_text("Quelque 4 500 habitants ont été touchés.", [WIRE]) != []
