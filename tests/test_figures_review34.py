"""Real quantities that look like figs33's numbered things still count as figures (review34):
a tally of 112, 911 or 999 (only a call's verb or word makes them the emergency number), a
label's length ("a road 101 kilometres long"), Swedish and Norwegian "av" ("of", not "Av." for
avenida), a crowd that "now number(s)", Italian "in corso", English "via". The numbered things
figs33 wrote its rule for stay no figures. Every line is written for the test."""

from __future__ import annotations

import pytest

from briefing.other_language import _figures


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The death toll from the landslide rose to 112 dead on Tuesday.", 112),
        ("No. of victims: 112, the agency's table shows.", 112),
        ("The storm left 911 homes without power.", 911),
        ("The plant will cut 999 jobs by June.", 999),
        ("El sismo dejó 112 muertos en la provincia.", 112),
        ("Bei dem Unglück gab es 112 Tote.", 112),
        ("Korban tewas bertambah menjadi 112 orang.", 112),
        ("Watu 112 wamefariki katika ajali hiyo.", 112),
        ("In March 112 people died in the floods.", 112),
        ("Mozambique opened a road 101 kilometres long to Nacala.", 101),
        ("The gas line 1,200 km long is complete.", 1200),
        ("Inauguraron una ruta 320 km de largo hacia el sur.", 320),
        ("Månadskortet blir dyrare, en höjning av 250 kronor.", 250),
        ("Protesters in Bologna now number 12,000, police said.", 12000),
        ("Sono in corso 140 cantieri in città.", 140),
        ("Aid arrived via 120 lorries on Sunday.", 120),
    ],
)
def test_a_quantity_beside_a_label_word_or_an_emergency_number_counts(
    text: str, figure: int
) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Call 911 if you see downed lines.",
        "Las autoridades pidieron llamar al 911 para reportar desaparecidos.",
        "Composez le 112 en cas d'urgence.",
        "Piga simu 112 ukiona moto.",
        "Call the coastguard on 999 at once.",
        "Keep 911 lines free for emergencies.",
        "Wählen Sie die 112 im Notfall.",
        "The landslide closed Route 101 at kilometre 140.",
        "Accidente en la Ruta 5 km 1.120 cerca de Osorno.",
        "Av. Corrientes 1.200, Buenos Aires",
        "Bus number 140 leaves at noon.",
    ],
)
def test_numbered_things_stay_no_figures(text: str) -> None:
    assert not _figures(text)
