"""More of a page's own lines go (``clean.pagekinds``, ``clean.bylines``, ``clean.podcasts``,
``clean.fields``): paywall lines and links to the piece in another language, a thread's and a
comment form's notes, a release's notes, sponsors' labels, asks in the page's language,
references and image credits, more bylines, long sign-offs and an issue's greeting, an app's
"continue reading", a feed's "<headline> - <Outlet>" rows; look-alike news stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import cleaned_lines as _lines

from briefing.clean import is_boilerplate
from briefing.clean.pagekinds import is_page_kind

_LEAD = "The regional transport authority said on Monday that 40 new buses would start in May."
_AFTER = "Fares will stay at their current level until the end of the year, officials added."


@pytest.mark.parametrize(
    "line",
    [
        "Cet article est réservé à nos abonnés. Déjà abonné ? Identifiez-vous",
        "Denne artikkelen er for abonnenter",
        "Kjøp abonnement for å lese hele saken",
        "Allerede abonnent?",
        "This content is exclusive to Harbour Energy Intelligence subscribers.",
        "Lue tämä juttu suomeksi.",
        "Darllenwch yn Gymraeg",
        "Baca dalam Bahasa Malaysia",
        "Be the first to comment.",
        "Your comment will be published after moderation. Please keep it civil.",
        "Comments will be moderated. Keep comments relevant to the article.",
        "If you notice an error, please select it and press CTRL+ENTER to tell the editors.",
        "Republish this article under a Creative Commons licence: copy the HTML below.",
        "This is a machine translation of a Faroese news release.",
        "Distributed by CoastWire Releases on behalf of Sahel Solar Partners.",
        "Distribution channels: Energy Industry, Business & Economy",
        "Ends.",
        "For media enquiries, contact the authority's communications team.",
        "Nieuwsbericht | 22-09-2034",
        "Inquiries: Parks Division, City Environment Bureau",
        "Contenido patrocinado",
        "Publicité : Formation en cybersécurité, inscriptions ouvertes",
        "Partenaire de cette édition : Oran Tech Hub, inscriptions ouvertes.",
        "Infolettre : recevez chaque matin l'essentiel de l'actualité.",
        "Vous avez aimé cet article ? Partagez-le !",
        "Vous aimez nos reportages ? Soutenez le journalisme indépendant.",
        "Thanks for following Coast Radio news.",
        "The Tundra Beacon is free to read because readers chip in to pay for it. Give today.",
        "Original publication: Berg, L. et al. (2034). The Cryosphere, 28, 1123–1140.",
        "Imagen: Ilustración de Neptuno. Crédito: Observatorio del Sur",
        "By our Kandy correspondent",
        "Staff writer, with CNA",
        "Local Democracy Reporter·Harbour Herald·",
        "short by Nila Rao / 10:14 am on 13 Mar 2034,Monday",
        "Mar 9, 2034 - 2 mins read",
        "Flipped by Kulturseiten Graz",
        "Conozca The Trust Project",
        "That's the lot for this week — tips go straight to me if you hit reply. — Yulia",
        "Hi friends 👋 Welcome to issue 48 of the Circuit Weekly, the Friday letter on energy.",
        "Continue reading this post for free in the Substack app",
        "Ko'rishlar soni: 3 417",
        "Contenuto fornito da Radio Sud. Il portale può ricevere una commissione per gli"
        " acquisti effettuati tramite link.",
    ],
)
def test_a_page_s_line_of_its_kind_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert line not in _lines("\n".join([_LEAD, line, _AFTER]))


def test_a_byline_with_its_e_mail_in_brackets_goes() -> None:
    assert is_boilerplate("BY KIM MIN-JI [kim.minji@example.org]")


def test_a_podcast_host_s_data_note_goes() -> None:
    assert is_boilerplate(
        "Hosted by Casthost. See casthost.example/privacy for information about our use of"
        " personal data."
    )


def test_a_feed_s_headline_and_outlet_rows_go() -> None:
    rows = [
        "Ghana announces closed season for fishers in July - Accra Pulse Online",
        "Fisheries ministry defends July closed season - Coastline FM",
        "Canoe owners call for relief package during fishing ban - Takoradi Voice",
    ]
    assert _lines("\n".join([_LEAD, *rows])) == [_LEAD]
    # two rows are no list
    assert rows[0] in _lines("\n".join([_LEAD, *rows[:2], _AFTER]))


@pytest.mark.parametrize(
    "news",
    [
        "Ends of the old line will be cut back to the depot, the council said.",
        "Thanks for following the rules, the mayor told the crowd.",
        "Comments will be taken until June 3, when the board votes on the plan.",
        "Distributed by volunteers on behalf of the food bank, 400 parcels reached families.",
        "Be the first to know: the authority will publish the new timetable next week.",
        "This content is the subject of a court case brought by two subscribers in March.",
        "Reporter, with a camera crew, filmed the flooded road on Tuesday.",
    ],
)
def test_news_that_opens_alike_stays(news: str) -> None:
    assert not is_page_kind(news)
    assert news in _lines("\n".join([_LEAD, news, _AFTER]))
