"""A country's short and long names qualify one place: "BUSAN, South Korea" and "BUSAN, Korea",
"SKOPJE, North Macedonia" and "SKOPJE, Macedonia", "BRNO, Czech Republic" and "BRNO, Czechia"
are one place, and one event's wires in the two styles are not held apart
(``briefing.apart.dated_apart``; review47's probe of join42's rule). Two states or countries
stay two: "Va." and "W.Va.", "Missouri" and "Mississippi", "Egypt" and "Va."."""

from __future__ import annotations

from briefing.apart import dated_apart


def _apart(a: str, b: str) -> bool:
    return dated_apart({"town": {a}}, {"town": {b}})


def test_a_country_s_short_and_long_names_qualify_one_place() -> None:
    assert not _apart("southkorea", "korea")
    assert not _apart("macedonia", "northmacedonia")
    assert not _apart("czechrepublic", "czechia")


def test_two_states_or_countries_stay_two() -> None:
    assert _apart("wva", "va")
    assert _apart("missouri", "mississippi")
    assert _apart("egypt", "va")
    assert _apart("ireland", "scotland")
