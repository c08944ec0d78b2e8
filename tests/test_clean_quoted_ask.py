"""A reader's prompt that someone in the news made, quoted with its speaker after a comma, is
news ("Join the city's Telegram channel ..., the mayor wrote on Facebook."); the page's own
prompt goes (review37's probe; the lines are invented for these tests)."""

from __future__ import annotations

import pytest

from briefing.clean import clean_text

_EN = (
    "The river rose two metres overnight and flooded the lower town, the fire service said.",
    "About 300 people spent the night in the sports hall, where the Red Cross gave out blankets.",
)
_ES = (
    "El río subió dos metros de noche e inundó la parte baja del pueblo, dijeron los bomberos.",
    "Unas 300 personas pasaron la noche en el polideportivo, donde la Cruz Roja repartió mantas.",
)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("line", "body"),
    [
        (
            "Join the city's Telegram channel to get alerts when the river rises, the mayor "
            "wrote on Facebook.",
            _EN,
        ),
        (
            "Follow the council on WhatsApp for the evacuation routes, officials urged residents "
            "on Tuesday.",
            _EN,
        ),
        (
            "Síguenos en el canal de WhatsApp de Protección Civil, pidió el alcalde a los vecinos "
            "del barrio inundado.",
            _ES,
        ),
    ],
)
def test_a_prompt_quoted_with_its_speaker_is_news(line: str, body: tuple[str, str]) -> None:
    assert line in _lines(clean_text(f"{body[0]}\n{line}\n{body[1]}"))


@pytest.mark.parametrize(
    "line",
    [
        "Follow us on Twitter for the latest updates.",
        "Sign up for our newsletter, it's free.",
        "Join our WhatsApp channel for breaking news.",
    ],
)
def test_the_pages_own_prompt_still_goes(line: str) -> None:
    assert line not in _lines(clean_text(f"{_EN[0]}\n{line}\n{_EN[1]}"))
