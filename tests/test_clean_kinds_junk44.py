"""News that looked like chrome (junk44): each case's news line stays, and a chrome line of a like
shape beside it still goes.

- a notice's lead-in, a clause ending in a colon right above its first paragraph ("Effective
  immediately and until further notice:"), opens the notice; a page's field ("Author of the
  article:") and a share prompt there still go;
- a notice's sender saying where it will post its updates ("We will post updates on our
  website, on local radio and at the village hall.") is its news; a prompt to read more on the
  website and a page's note on updating the story still go;
- a teaser of one line keeps its last clause naming the website as where the full account is
  ("... Full results on our website."), after two sentences of report; a prompt is still cut,
  and a ticker's close ("Ticker closed. Full report to follow on our homepage.") still goes.

Junk kinds across languages: a share button that opens a new window in the platform's
translations, a paper's reference by its first author's initials and "et al." after any short
label, a forum post's age in the page's language, an aggregator's "full coverage" link in its
translations; a news line of each shape stays.

Every line is written for the test; outlets', places' and people's names are made up.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text
from briefing.clean.notes import is_page_note

_NOTICE = (
    "NOTICE TO RESIDENTS\n"
    "{lead}\n"
    "Drinking water must be boiled for one minute before use. The treatment plant at Kessock"
    " Bridge lost pressure after a main burst on Sunday night.\n"
    "Schools and the care home are being supplied with bottled water by the council.\n"
    "{promise}\n"
    "Water desk: 01463 555 019, 8 a.m. to 6 p.m.\n"
)
_PROMISE = "We will post updates on our website, on local radio and at the village hall."
_LEAD = "Effective immediately and until further notice:"


def _kept(text: str) -> list[str]:
    return clean_text(text).split("\n")


def test_notice_lead_in_stays() -> None:
    assert _LEAD in _kept(_NOTICE.format(lead=_LEAD, promise=_PROMISE))


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "MITTEILUNG AN DIE KUNDEN\n{lead}\n"
            "Das Trinkwasser muss vor dem Gebrauch eine Minute lang abgekocht werden. Im"
            " Wasserwerk am Mühlbach ist am Sonntagabend eine Hauptleitung gebrochen.\n"
            "Schulen und das Pflegeheim werden von der Gemeinde mit Flaschenwasser versorgt.\n",
            "Ab sofort und bis auf Weiteres gilt:",
        ),
        (
            "AVISO A LOS USUARIOS\n{lead}\n"
            "El agua del grifo debe hervirse durante un minuto antes de beberla. La planta"
            " potabilizadora de Villaseca perdió presión tras la rotura de una tubería el"
            " domingo.\n"
            "Los colegios y la residencia reciben agua embotellada del ayuntamiento.\n",
            "A partir de hoy y hasta nuevo aviso:",
        ),
    ],
)
def test_notice_lead_in_abroad_stays(text: str, lead: str) -> None:
    assert lead in _kept(text.format(lead=lead))


@pytest.mark.parametrize(
    "label",
    ["Author of the article:", "Share or comment on this article:", "Autor des Artikels:"],
)
def test_field_and_prompt_above_the_text_still_go(label: str) -> None:
    kept = _kept(_NOTICE.format(lead=label, promise=_PROMISE))
    assert label not in kept
    assert "NOTICE TO RESIDENTS" not in kept


@pytest.mark.parametrize(
    "promise",
    [_PROMISE, "We'll share further information on our website and at the library."],
)
def test_senders_promise_stays(promise: str) -> None:
    assert promise in _kept(_NOTICE.format(lead=_LEAD, promise=promise))
    assert not is_page_note(promise)


@pytest.mark.parametrize(
    "prompt", ["Read more on our website.", "We will update this story on our website."]
)
def test_website_prompt_and_story_note_still_go(prompt: str) -> None:
    assert prompt not in _kept(_NOTICE.format(lead=_LEAD, promise=prompt))


_TEASER = (
    "Coastal Party wins the island's election; Mara Quint to be premier. Recount ahead in"
    " Westbay. {tail}"
)


def test_teaser_keeps_full_results_on_the_website() -> None:
    text = _TEASER.format(tail="Full results on our website.")
    assert clean_text(text) == text


def test_teaser_prompt_cut_and_ticker_close_goes() -> None:
    prompt = _TEASER.format(tail="Read more on our website.")
    assert clean_text(prompt) == _TEASER.format(tail="").rstrip()
    assert clean_text("Ticker closed. Full report to follow on our homepage.") == ""
    # a sign-off of two sentences in the page's voice is no report before the pointer
    assert is_page_note(
        "Thanks for reading today's briefing from all of us. We are back on Monday morning."
        " Full archive on our website."
    )


# -- junk kinds across languages (aside29's half A): each goes, a news line of its shape stays --

_STORY = (
    "The regional council approved the new ferry timetable on Tuesday after a two-hour"
    " debate.\n"
    "Crossings will run every 40 minutes from March, the transport committee said.\n"
)


_SHARE_PAGES = {
    "fr": (
        "Le service de bac entre Lerrick et Port-Aval reprendra le 1er avril, a annoncé la"
        " préfecture, après six mois d'arrêt.\n"
        "Deux bateaux de 60 places feront la navette toutes les 40 minutes, de 6 heures à 20"
        " heures.\n"
        "Étiquettes : bac, Lerrick, transport fluvial\n"
        "Partager cet article :\n"
        "{button}\n"
        "Articles similaires sur Lerrick Matin\n"
        "Port-Aval : le port reçoit deux nouvelles grues\n"
        "Laisser un commentaire Annuler la réponse\n"
    ),
    "pl": (
        "Prom między Lerrickiem a Portem Dolnym wróci na trasę 1 kwietnia, poinformował urząd"
        " wojewódzki po sześciu miesiącach przerwy.\n"
        "Dwa statki na 60 osób będą kursować co 40 minut, od 6 do 20.\n"
        "Tagi: prom, Lerrick, transport\n"
        "Udostępnij ten artykuł:\n"
        "{button}\n"
        "Podobne artykuły\n"
        "Port Dolny: dwa nowe dźwigi w porcie\n"
        "Dodaj komentarz Anuluj pisanie odpowiedzi\n"
    ),
}


@pytest.mark.parametrize(
    ("lang", "button"),
    [
        ("fr", "Cliquez pour partager sur Telegram(ouvre dans une nouvelle fenêtre)"),
        ("fr", "Cliquez pour imprimer(ouvre dans une nouvelle fenêtre)"),
        ("pl", "Kliknij, aby udostępnić na Facebooku (Otwiera się w nowym oknie)"),
    ],
)
def test_share_button_opening_a_window_goes(lang: str, button: str) -> None:
    # the page's rows after the text: tags, the share label, its buttons, related reading
    kept = _kept(_SHARE_PAGES[lang].format(button=button))
    assert button not in kept
    assert len([line for line in kept if line.strip()]) >= 2  # the story stays


def test_museum_wing_opening_stays() -> None:
    line = "The museum's new wing (opens in June) will hold the ferry company's archive."
    assert line in _kept(_STORY + line + "\n")


@pytest.mark.parametrize(
    "reference",
    [
        "Journal reference: Halloran-Pike M. et al., Northern Lake Studies 12 (2057): 40-58.",
        "Cyfeirnod: Rees-Abara T. et al., Cylchgrawn Daeareg Cymru 9 (2057) 101-119",
        "Forrás: Kovács-Lind B., Tóth A. et al., Hidrológiai Közlöny 77 (2057)",
    ],
)
def test_paper_reference_after_any_label_goes(reference: str) -> None:
    kept = _kept(_STORY + reference + "\n")
    assert reference not in kept


def test_sentence_naming_the_authors_stays() -> None:
    line = "Halloran-Pike et al. found that 31 of the 40 lakes had warmed since 2030."
    assert line in _kept(_STORY + line + "\n")


@pytest.mark.parametrize("stamp", ["• 5 ч. назад", "• 2 ч назад"])
def test_post_age_abroad_goes(stamp: str) -> None:
    text = (
        "r/Lerrick\n"
        f"{stamp}\n"
        "paromshchik_88\n"
        "Новости\n"
        "Сегодня в акимате сказали, что новый паром начнёт ходить с 1 марта, а не в мае, как"
        " писали раньше.\n"
        "Кто-нибудь знает, будет ли он ходить по воскресеньям? Я работаю в порту и сейчас езжу"
        " на двух автобусах.\n"
        "12 комментариев\n"
    )
    assert stamp not in _kept(text)


@pytest.mark.parametrize(
    "line",
    [
        "Zobraziť celé pokrytie v Správach Google",
        "Voir la couverture complète sur Google Actualités",
        "Vezi acoperirea completă în Google Știri",
    ],
)
def test_aggregator_full_coverage_abroad_goes(line: str) -> None:
    # an aggregator's item: other outlets' headlines with their names, then its coverage link
    text = (
        "Nový most v Lerricku otvoria v máji, oznámilo mesto  Lerrický Denník\n"
        "Most cez rieku bude stáť 4 milióny eur  Východné Noviny\n"
        f"{line}\n"
    )
    assert line not in _kept(text)


def test_headline_on_the_aggregators_coverage_stays() -> None:
    line = "Google News coverage of the vote draws complaints from small publishers"
    text = _STORY + line + "\n" + "Publishers said their reports were missing from the list.\n"
    assert line in _kept(text)
