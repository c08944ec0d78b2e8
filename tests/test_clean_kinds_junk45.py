"""News that looked like chrome (junk45): each case's news line stays, and a chrome line of a like
shape beside it still goes.

- a statement's closing apology in its issuer's name ("<Issuer> apologises to passengers ... for
  the disruption.") is the issuer's act, not its tagline, nor a bio of a name the header held;
  the issuer's tagline still goes;
- a newsletter's section heading that opens like a byline ("FROM THE HILLS:") is a heading:
  a byline never ends in a colon; a byline still goes;
- a notice's closing that thanks those its news touched, in the third person ("We thank
  passengers for their understanding."), stays with its promise to update the page; a page's
  note on updating the story, and its thanks to its own readers, still go;
- an appeal's line sending the reader to their own office ("Contact your parish office, which
  will pass the sighting to our rangers.") is advice; a prompt to contact the newsroom and a
  share prompt naming the outlet still go.

Every line is written for the test; outlets', places' and people's names are made up.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text

_STATEMENT = (
    "Tarrow Ferries · Statement to customers\n"
    "Tarrow Ferries announces that sailings between Port Elin and Skarra were suspended today"
    " from 06:10 to 14:40 after a fault in the steering gear of the MV Sula.\n"
    "Engineers replaced a hydraulic pump and the vessel passed its sea trials in the afternoon."
    " Two extra sailings will run this evening.\n"
    "Passengers with cancelled tickets can travel on any sailing this week or claim a full refund"
    " at the terminal.\n"
    "{close}\n"
    "Media enquiries: communications office, Tarrow Ferries, Pier Road\n"
)
_APOLOGY = "Tarrow Ferries apologises to passengers and freight customers for the disruption."
_TAGLINE = "Tarrow Ferries connects the islands every day of the year."

_NEWSLETTER = (
    "THE GLEN LETTER · Thursday 4 March\n"
    "{byline}"
    "Good morning, and welcome to your valley briefing.\n"
    "TOP STORY: The road over the Bealach pass reopened on Wednesday after a week of snow, the"
    " council said. Gritters will run twice a day until Sunday.\n"
    "ALSO TODAY:\n"
    "The school in Kilbeg closes early on Friday for staff training.\n"
    "The Strath bus adds a late service on Saturdays from next month.\n"
    "FROM THE HILLS:\n"
    "The mill at Achnacarry wants to restart its turbine: the hydro scheme stopped in 1998 and"
    " the owners say it could power forty homes.\n"
    "Shepherds say lambing starts a fortnight late after the cold spell.\n"
    "ONE NUMBER: 41. Centimetres of snow at the pass on Monday.\n"
    "Forward this email to a friend, or they can sign up on our website.\n"
)

_NOTICE = (
    "Passenger information\n"
    "Because of a landslip near Dunmore, the line between Dunmore and Carrow is closed. No one"
    " was hurt.\n"
    "Replacement buses run every 30 minutes from the station forecourt. Journeys take about 40"
    " minutes longer.\n"
    "Tickets for today are valid on the buses and on any train tomorrow.\n"
    "{close}\n"
)
_THANKS = (
    "We will update this page as soon as the line reopens. We thank passengers for their"
    " understanding."
)

_APPEAL = (
    "Appeal from the Regional Wildlife Unit\n"
    "Two young lynx escaped from the breeding enclosure at Hollin Moss on Sunday night. They are"
    " not dangerous to people but may take poultry.\n"
    "We ask residents of Hollin, Marsby and nearby farms to keep hens and ducks shut in at night"
    " and to watch for tracks in fresh snow.\n"
    "If you see one, do not approach it or try to catch it.\n"
    "{line}\n"
    "Our rangers will visit farms in the area from Tuesday.\n"
)
_CONTACT = "Contact your parish office, which will pass the sighting to our rangers."


def _kept(text: str, outlet: str | None = None) -> list[str]:
    return clean_text(text, outlet=outlet).split("\n")


def test_issuer_apology_stays() -> None:
    assert _APOLOGY in _kept(_STATEMENT.format(close=_APOLOGY), outlet="Tarrow Ferries")


def test_issuer_tagline_goes() -> None:
    kept = _kept(_STATEMENT.format(close=_TAGLINE), outlet="Tarrow Ferries")
    assert _TAGLINE not in kept
    assert "Tarrow Ferries · Statement to customers" not in kept


def test_heading_like_byline_stays() -> None:
    kept = _kept(_NEWSLETTER.format(byline=""))
    assert "FROM THE HILLS:" in kept
    assert "ALSO TODAY:" in kept


def test_byline_goes() -> None:
    kept = _kept(_NEWSLETTER.format(byline="By Mairi Ross\n"))
    assert "By Mairi Ross" not in kept
    assert "FROM THE HILLS:" in kept


def test_notice_closing_thanks_stays() -> None:
    assert _THANKS in _kept(_NOTICE.format(close=_THANKS))


@pytest.mark.parametrize(
    "note",
    [
        "This story will be updated as more information becomes available.",
        "We thank our readers for their patience while we update this page.",
    ],
)
def test_page_update_note_goes(note: str) -> None:
    assert note not in _kept(_NOTICE.format(close=note))


def test_contact_your_office_stays() -> None:
    assert _CONTACT in _kept(_APPEAL.format(line=_CONTACT))


@pytest.mark.parametrize(
    "prompt",
    [
        "Contact our newsroom with tips and photos: desk@hollinpost.example",
        "Tell your friends about the Hollin Post and share this appeal.",
    ],
)
def test_contact_prompt_goes(prompt: str) -> None:
    assert prompt not in _kept(_APPEAL.format(line=prompt))
