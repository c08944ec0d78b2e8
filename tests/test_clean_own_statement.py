"""A body's statement on its own page: a line that opens with the outlet's full name is the
outlet speaking (a press release, a trade body's reaction), and a short name inside that opening
is no pointer to the page (fresh35's d829 lost its lead this way)."""

from __future__ import annotations

from briefing.clean import clean_text

_OUTLET = "Lower Danube Anglers Federation"
_LEAD = (
    "The Lower Danube Anglers Federation regrets the decision to close the river to night "
    "fishing from July, including the stretch below the Iron Gates."
)
_BODY = (
    "For many of our members the summer nights are the only time they can fish: they come "
    "after work and stay until dawn. Clubs along the river have stocked it for thirty years.\n"
    "We call on the water authority to keep at least the weekend nights open, and we are "
    "ready to help with patrols."
)


def test_a_statement_that_opens_with_the_outlets_name_stays() -> None:
    text = f"{_LEAD}\n{_BODY}\nPress contact: press@anglers.example"
    cleaned = clean_text(text, outlet=_OUTLET)
    assert _LEAD in cleaned
    assert "We call on the water authority" in cleaned


def test_a_pointer_to_the_outlet_after_the_opening_still_goes() -> None:
    line = "Read the latest from the Anglers Federation newsroom"
    cleaned = clean_text(f"{_LEAD}\n{_BODY}\n{line}", outlet=_OUTLET)
    assert line not in cleaned
    assert _LEAD in cleaned


def test_the_same_opening_as_boilerplate_at_the_end_still_goes() -> None:
    about = (
        "The Lower Danube Anglers Federation works along 900 kilometres of river to keep "
        "fishing open to everyone."
    )
    release = (
        "VIDIN, 4 June 2043 - Night fishing on the lower Danube will close from July, the "
        "water authority said on Tuesday, after a rise in accidents at night.\n"
        '"We will listen to the clubs," a spokeswoman said.'
    )
    cleaned = clean_text(
        f"{release}\nAbout the Lower Danube Anglers Federation\n{about}", outlet=_OUTLET
    )
    assert about not in cleaned
    assert "water authority said" in cleaned


def test_a_lead_that_says_the_page_s_business_or_cadence_still_goes() -> None:
    # The page's own promo as its first paragraph is no statement (review41's probe).
    body = _BODY.replace("For many of our members", "For many anglers")
    promo = (
        "The Lower Danube Anglers Federation newsletter brings you the river's news, "
        "every Friday morning."
    )
    cleaned = clean_text(f"{promo}\n{body}", outlet=_OUTLET)
    assert promo not in cleaned
    assert "We call on the water authority" in cleaned
    es_outlet = "Boletín Puerto de Vigo"
    es_promo = (
        "El Boletín Puerto de Vigo llega cada viernes con la actualidad del consejo y del puerto."
    )
    es_body = (
        "El pleno del ayuntamiento aprobó el martes cerrar durante seis meses la pasarela del "
        "Molino para sustituir sus cables oxidados, una obra de 2,4 millones de euros.\n"
        "Los vecinos de la orilla este tendrán que caminar 1,5 kilómetros más hasta la estación."
    )
    assert es_promo not in clean_text(f"{es_promo}\n{es_body}", outlet=es_outlet)
