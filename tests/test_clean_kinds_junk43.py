"""News that looked like chrome (junk43): each case's news line stays, and a chrome line of a like
shape beside it still goes.

- ``clean.keypoints``: a story's key points under their head ("Key points", "Points clés") are
  its summary, though they read as a list of headlines after a standfirst with the page's
  rows below them; a widget's head ("Key events") and the label under it still go;
- ``clean.score``: a teaser of one line keeps its last clause when it asks nothing of the
  reader ("Full results and reaction on our site."); a prompt is still cut, and so is that
  clause under a text of several lines;
- ``clean.pagekinds.reader``: a notice's greeting to the people its news is for ("Dear
  guests,") opens the notice; a newsletter's greeting to its readers still goes.

Every line is written for the test; outlets', places' and people's names are made up.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text

_LIVE = (
    "Heavy snow has closed schools and halted buses across the north-east, with more expected"
    " tonight.\n"
    "{head}\n"
    "Amber warning for snow and ice until 9pm\n"
    "More than 70 Kilbarra schools closed\n"
    "Coast Buses suspends routes to Ellon and Drummore\n"
    "Live Reporting\n"
    "Edited by Fiona Main\n"
    "10:58\n"
    "Police say several lorries have jackknifed on the A90 near Ellon, and ask drivers not to"
    " travel unless they must.\n"
    "10:41\n"
    "The council said 30 gritters had been out since 03:00 treating priority routes.\n"
)
_POINTS = (
    "Amber warning for snow and ice until 9pm",
    "More than 70 Kilbarra schools closed",
    "Coast Buses suspends routes to Ellon and Drummore",
)


@pytest.mark.parametrize("head", ["Key points", "Key points:", "Main points"])
def test_key_points_stay_under_their_head(head: str) -> None:
    kept = clean_text(_LIVE.format(head=head)).split("\n")
    assert head in kept
    for point in _POINTS:
        assert point in kept
    assert "Live Reporting" not in kept  # the page's row below the points still goes
    assert "Edited by Fiona Main" not in kept


def test_key_points_in_french_stay() -> None:
    text = (
        "La neige a fermé les écoles et arrêté les bus dans tout le nord du département.\n"
        "Les points clés\n"
        "Vigilance orange neige et verglas jusqu'à 21 heures\n"
        "Plus de 70 écoles fermées dans le département\n"
        "Les bus suspendus sur les lignes de montagne\n"
        "Direct\n"
        "Mis à jour à 10h58\n"
        "10h58\n"
        "La préfecture demande aux automobilistes de ne pas prendre la route sauf urgence.\n"
    )
    kept = clean_text(text).split("\n")
    assert "Les points clés" in kept
    assert "Plus de 70 écoles fermées dans le département" in kept
    assert "Les bus suspendus sur les lignes de montagne" in kept


def test_widget_head_and_a_lone_label_still_go() -> None:
    # "Key events" heads a widget's links to the entries; the label under it is the widget's
    text = (
        "Key events\n"
        "Show key events only\n"
        "Please turn on JavaScript to use this feature\n"
        "14.32 BST\n"
        "The weather service has extended its red warning for wind until midday on Wednesday.\n"
    )
    kept = clean_text(text).split("\n")
    assert "Key events" not in kept
    assert "Show key events only" not in kept
    # a head with one line under it is a label, not a summary
    lone = (
        "The county council voted on Tuesday to close two libraries and cut hours at five.\n"
        "Key points\n"
        "Share this article\n"
    )
    assert "Key points" not in clean_text(lone).split("\n")


_FLASH = (
    "Horizon Party wins 21 of 24 council seats; turnout just over 60 per cent."
    " Full results and reaction on our site."
)


def test_one_line_teaser_keeps_its_last_clause() -> None:
    assert clean_text(_FLASH) == _FLASH


def test_prompt_and_longer_text_still_cut() -> None:
    prompt = (
        "Horizon Party wins 21 of 24 council seats; turnout just over 60 per cent."
        " Read more on our website."
    )
    assert clean_text(prompt) == (
        "Horizon Party wins 21 of 24 council seats; turnout just over 60 per cent."
    )
    longer = (
        "The council approved the harbour plan by 18 votes to 6 on Tuesday night."
        " Full results and reaction on our site.\n"
        "The party leader said the result was a clear mandate for the plan, which starts next"
        " year.\n"
    )
    assert "Full results and reaction on our site." not in clean_text(longer)


_NOTICE = (
    "{greeting}\n"
    "Many of you are staying with us longer than you planned. We want you to know that you are"
    " welcome.\n"
    "Hotels in the village will not charge for extra nights for guests who cannot leave because"
    " of the closure of the railway.\n"
    "Thank you for your patience and your good humour.\n"
)


@pytest.mark.parametrize(
    "greeting", ["Dear guests,", "Liebe Fahrgäste,", "Chers voyageurs,", "Estimados pasajeros:"]
)
def test_notice_greeting_to_its_people_stays(greeting: str) -> None:
    assert greeting in clean_text(_NOTICE.format(greeting=greeting)).split("\n")


@pytest.mark.parametrize("greeting", ["Dear readers,", "Hi friends,", "Dear members,"])
def test_newsletter_greeting_still_goes(greeting: str) -> None:
    assert greeting not in clean_text(_NOTICE.format(greeting=greeting)).split("\n")
