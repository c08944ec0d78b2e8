"""More news lines the cleaner used to drop, kept: a text whose paragraphs are all in another
language than English (``clean.foreign`` judged it by the labels left under them), an outlet's
notice that opens with its name and a verb of saying in its own language (``clean.outlet``), a
correction of the publisher's own earlier release, dated or undated (``clean.credits``), and a
letter's heading of its items above the first one (``clean.letters.is_contents_head``). The
chrome of the same shapes still goes.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.credits import corrects_earlier_message
from briefing.clean.letters import is_contents_head
from briefing.clean.outlet import is_outlet_line, outlet_names

_LEAD = "The harbour authority will open a second ferry berth on 1 July, its director said."
_LEADS = {
    "Korjaus": "Kaupungin uimahalli avataan remontin jälkeen kesäkuun alussa.",
    "Rättelse": "Vägarbetet på Storgatan börjar i maj och pågår i tre veckor.",
    "Korrektur": "Die Brücke am Hafen wird im Mai für zwei Wochen gesperrt.",
}


def _kept(text: str, outlet: str | None = None) -> list[str]:
    return [line for line in clean_text(text, outlet=outlet).splitlines() if line]


def test_paragraphs_in_another_language_stay_under_labels_that_read_as_english() -> None:
    news = [
        "A prefeitura de Olinda abriu dois abrigos nas escolas do bairro após a chuva de domingo.",
        "Os moradores podem pedir ajuda pelo telefone 199, informou a Defesa Civil.",
    ]
    kept = _kept("\n".join([*news, "Encaminhada", "Entre no canal do Diário da Costa"]))
    assert kept[:2] == news


def test_a_line_in_another_language_still_goes_from_an_english_text() -> None:
    line = "Quer receber as notícias? Entre no nosso canal"
    text = f"{_LEAD}\nCrews will work through the night to finish the quay.\n{line}"
    assert line not in _kept(text)


@pytest.mark.parametrize(
    ("outlet", "line", "after"),
    [
        (
            "Рівненська міська рада",
            "Рівненська міська рада повідомляє, що з 3 травня тролейбус №5 курсуватиме частіше.",
            "Розклад є на сайті міської ради.",
        ),
        (
            "Mairie de Vannes",
            "Mairie de Vannes informe que la piscine du centre rouvrira le lundi 4 mai.",
            "Les horaires sont affichés à l'entrée de la piscine.",
        ),
        (
            "Stadtwerke Lindau",
            "Stadtwerke Lindau teilen mit, dass die Leitung am Hafen ab Montag erneuert wird.",
            "Die Arbeiten dauern zwei Wochen.",
        ),
    ],
)
def test_an_outlets_notice_in_its_language_stays(outlet: str, line: str, after: str) -> None:
    assert not is_outlet_line(line, outlet_names(outlet))
    assert line in _kept(f"{line}\n{after}", outlet)


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        ("Рівненська міська рада", "Рівненська міська рада — офіційний канал"),
        ("Mairie de Vannes", "Mairie de Vannes | Actualités"),
    ],
)
def test_an_outlets_tagline_in_its_language_still_goes(outlet: str, line: str) -> None:
    assert is_outlet_line(line, outlet_names(outlet))


@pytest.mark.parametrize(
    "line",
    [
        "Correction: our release of 15 April gave the wrong opening date for the new footbridge. "
        "It opens on 2 June, not 2 May.",
        "Correction: in an earlier statement we gave the wrong number for the helpline.",
        # a live page's own correction post, which gives the right figure
        "CORRECTION: An earlier post at 09:40 said the ferry carried 212 passengers. The coast "
        "guard's figure is 196, with 14 crew. We regret the error.",
        "Correction: In our 14:05 update we put the flood crest at 6.2 metres; the river "
        "authority now gives 5.8 metres.",
        "Korjaus: Aiemmassa tiedotteessa uimahallin avaamispäiväksi kerrottiin virheellisesti "
        "3. toukokuuta.",
        "Rättelse: I ett tidigare pressmeddelande angavs fel datum för vägarbetet på Storgatan.",
        "Korrektur: In einer früheren Mitteilung stand ein falsches Datum für die Sperrung.",
    ],
)
def test_a_correction_of_an_earlier_release_stays(line: str) -> None:
    lead = _LEAD if line.lower().startswith("correction") else _LEADS[line.split(":")[0]]
    assert corrects_earlier_message(line)
    assert not is_boilerplate(line)
    assert line in _kept(f"{lead}\n{line}")


@pytest.mark.parametrize(
    "line",
    [
        "Correction: An earlier version of this article gave the wrong date for the opening.",
        "Correction: An earlier version of this post misspelled the mayor's name.",
        "Correction: This post was updated at 10:15 to correct the spelling of a name.",
        "Korjaus: Jutussa kerrottiin aiemmin virheellisesti, että halli avataan toukokuussa.",
        "Rättelse: I en tidigare version av artikeln angavs fel datum.",
    ],
)
def test_the_pages_own_correction_note_still_goes(line: str) -> None:
    assert is_boilerplate(line)


def test_a_live_pages_correction_of_a_word_still_goes() -> None:
    # a live page's correction post corrects a figure (news, above) or a word (its note)
    line = "Correction 18:05: an earlier post called Okafor the captain. He is the vice-captain."
    assert not corrects_earlier_message(line)
    assert line not in _kept(f"{_LEAD}\n{line}")


@pytest.mark.parametrize("head", ["In this issue", "Today's rundown", "Inside today's edition"])
def test_a_letters_heading_of_its_items_stays(head: str) -> None:
    text = (
        f"Open this email in a browser\nHi Harbourside,\n{head}\n{_LEAD}\n"
        "The ferry timetable changes on Monday, the operator said."
    )
    assert is_contents_head(head)
    assert _kept(text)[0] == head


@pytest.mark.parametrize("label", ["Newsletter", "Politics", "In this section", "Issue 214"])
def test_other_labels_above_the_first_paragraph_still_go(label: str) -> None:
    assert not is_contents_head(label)
    assert _kept(f"{label}\n{_LEAD}") == [_LEAD]


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        ("Harbour Post", "HARBOUR POST — community paper"),
        ("Leribe Highlander", "LERIBE HIGHLANDER ▪ District news"),
    ],
)
def test_an_outlets_masthead_in_capitals_goes(outlet: str, line: str) -> None:
    assert is_outlet_line(line, outlet_names(outlet))


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        ("Reuters", "REUTERS — The central bank raised rates on Tuesday."),
        ("Harbour Post", "HARBOUR POST — Police say the warehouse fire was arson"),
    ],
)
def test_a_lede_under_the_outlets_name_in_capitals_stays(outlet: str, line: str) -> None:
    assert not is_outlet_line(line, outlet_names(outlet))
