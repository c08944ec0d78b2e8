"""A code after its maker's name ("Airbus A320") names a kind of thing, not one: two incidents of
one aircraft type on one day, in two languages, share the maker, the code and the type's usual
load (180 passengers) and are two stories. review53's probe of script49's codes; a road's code
("an N59") is still a name (tests/test_other_language_inflected.py). The texts are fictional,
written for this test in the shapes of a wire's report and a local paper's."""

from __future__ import annotations

import datetime as dt

from briefing.models import Article
from briefing.summarize.pipeline import group

_DAY = [
    (
        "Chile's copper output falls 4% as Escondida strike drags on",
        "SANTIAGO, June 4 (SAW) - Chile's copper output fell 4% in April from a year earlier as "
        "a strike at the Escondida mine entered its third week, the national statistics "
        "institute said on Tuesday. Production at state miner Codelco was flat. The peso "
        "weakened against the dollar after the figures.",
        "South Andes Wire",
    ),
    (
        "Norway's wealth fund posts first-quarter gain on tech stocks",
        "OSLO, June 4 (NBW) - Norway's sovereign wealth fund, the world's largest, reported a "
        "first-quarter return of 5.1% on Tuesday, driven by gains in technology shares. The "
        "fund's equity investments returned 7.2%, while its bond holdings lost 0.4%.",
        "Nordic Business Wire",
    ),
    (
        "Galatasaray win Turkish title with two games to spare",
        "ISTANBUL, June 4 (TSW) - Galatasaray won the Turkish Super Lig title on Tuesday with two "
        "games to spare after a 3-0 win over Kayserispor, their 26th league crown. Mauro Icardi "
        "scored twice. Fenerbahce, second, can no longer catch them.",
        "Turkish Sports Wire",
    ),
    (
        "Easyjet plane makes emergency landing in Lyon after bird strike",
        "LYON, June 4 (EFW) - An easyJet Airbus A320 flying from Geneva to Porto made an "
        "emergency landing at Lyon-Saint Exupéry airport on Tuesday after a bird strike damaged "
        "one of its engines, the airline said. None of the 180 passengers and six crew was hurt. "
        "The passengers were put on a replacement aircraft in the evening.",
        "Euro Flight Wire",
    ),
    (
        "Un avión de Vueling aterriza de emergencia en Barcelona por humo en la cabina",
        "Un Airbus A320 de Vueling que cubría la ruta entre Barcelona y Sevilla tuvo que regresar "
        "al aeropuerto de El Prat poco después de despegar este martes al detectarse humo en la "
        "cabina, según informó la compañía. Los 180 pasajeros fueron evacuados por las rampas y "
        "tres de ellos recibieron asistencia por ansiedad. Aena indicó que la pista afectada "
        "estuvo cerrada 40 minutos.",
        "Diario del Prat",
    ),
]


def test_two_incidents_of_one_aircraft_type_in_two_languages_stay_apart() -> None:
    articles = [
        Article.create(
            title=title,
            text=text,
            source=f"day#{k}",
            outlet=outlet,
            published_at=dt.datetime(2053, 6, 4, 12, k, tzinfo=dt.UTC),
        )
        for k, (title, text, outlet) in enumerate(_DAY)
    ]
    clustering, _ = group(articles)
    lyon, prat = articles[3].id, articles[4].id
    assert not any({lyon, prat} <= set(s.article_ids) for s in clustering.stories)
