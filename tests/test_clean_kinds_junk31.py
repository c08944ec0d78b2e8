"""Kinds of a page's own lines after fresh28's and aside16's looks (junk31): each rule's line
goes, and a news line of a like shape stays.

The kinds: a note on how the piece was made ("This Q&A was prepared from ..."), a caption under
a plural label ("Photo captions: ..."), a letter's greeting in several languages at once, why
the letter reaches its reader ("In your inbox since you subscribed ..."), a section describing
itself by its name ("<Section>: short items from ..., checked by our reporters.").

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import cleaned_lines as _lines

from briefing.clean import clean_text, is_boilerplate

# (a rule's line, a news line shaped like it)
_PAIRS = [
    # how the piece was made / a report's finding
    (
        "This explainer was compiled from court filings and company reports. Sources listed below.",
        "This explainer was compiled from 1,200 school reports and found that waiting lists grew.",
    ),
    (
        "This guide was put together with data from the national weather service.",
        "This guide was put together by the council after complaints, the mayor said.",
    ),
    (
        "Cet article a été rédigé à partir de rapports publics et d'entretiens.",
        "Cet article a été retiré du site après une plainte de la mairie, a indiqué le journal.",
    ),
    # a caption under a plural label / a sentence about captions
    (
        "Photo captions: Ferry crews unload at the pier; villagers wave from the quay.",
        "Photo captions on the agency's site misnamed the minister, the spokesman said.",
    ),
    (
        "Captions: The new bridge at dawn; workers on the deck.",
        "Captions in the museum's new wing are written in three languages, the director said.",
    ),
    # a greeting in several languages / a programme's name, news after it
    (
        "Tere, sveiki, labas — and welcome to this week's letter from the Baltic desk.",
        "Labas rytas, Lietuva, the morning show, lost its host on Monday, the broadcaster said.",
    ),
    (
        "Bonjour, hallo, goedemorgen — and hello from all three language regions.",
        "Brussels, Antwerp, Ghent — and now Liège, where the strike spread on Monday.",
    ),
    # why the letter reaches its reader / news of subscribers
    (
        "You are receiving this because you signed up at our website. Forwarded? Join us.",
        "Subscribers who signed up since March were charged twice, the bank said on Monday.",
    ),
    (
        "Got it second-hand? Sign up free on our site and it arrives every Sunday.",
        "Got it second-hand, the car broke down within a week, the buyer told the court.",
    ),
    (
        "Vous recevez cet e-mail car vous êtes inscrit à notre lettre du matin.",
        "Vous recevez des amendes car vous roulez trop vite, a rappelé le préfet lundi.",
    ),
    # a section describing itself / news of a section
    (
        "Court Briefs: short items from the week's hearings, checked by our reporters.",
        "Court Briefs: a judge jailed two men for fraud on Monday, checked by the clerk's office.",
    ),
    (
        "Market Notes: prices from the wholesale market, compiled by our business desk.",
        "Market Notes: wholesale prices fell 4% this week, compiled figures from the board show.",
    ),
]


@pytest.mark.parametrize(("junk", "news"), _PAIRS)
def test_the_kind_goes_and_news_of_its_shape_stays(junk: str, news: str) -> None:
    # between two paragraphs of its own language, the news line of its shape kept
    kept = _lines(f"{news}\n{junk}\n{news}")
    assert junk not in kept
    assert kept.count(news) == 2


@pytest.mark.parametrize(("junk", "news"), _PAIRS)
def test_the_kind_is_chrome_on_its_own_and_news_of_its_shape_is_not(junk: str, news: str) -> None:
    assert is_boilerplate(junk)
    assert not is_boilerplate(news)


def test_a_letter_s_greeting_and_reason_go_above_its_items() -> None:
    text = (
        "Labrīt, tere hommikust, labas rytas — and hello from all three capitals at Baltic Post.\n"
        "In your inbox since you subscribed at balticpost. Got it second-hand? We have 40,000 of"
        " you.\n"
        "1. The train has arrived. A test train reached Riga's central station on Saturday.\n"
        "2. Tartu talks fees. The university's council will vote in September."
    )
    kept = _lines(text)
    assert kept == [
        "1. The train has arrived. A test train reached Riga's central station on Saturday.",
        "2. Tartu talks fees. The university's council will vote in September.",
    ]


def test_a_public_body_s_own_announcement_in_a_verb_final_language_is_news() -> None:
    # the body's name opens its own sentence of news, the verb of saying at its end; its
    # tagline under the same name still goes
    news = (
        "Samarqand shahar hokimligi 3-iyuldan boshlab markaziy ko'chalarda yangi avtobus"
        " yo'nalishlari ishga tushirilishini ma'lum qildi."
    )
    tagline = "Samarqand shahar hokimligi — rasmiy sahifa"
    after = "Loyihaga 20 milliard so'm ajratilgan, ishlar avgust oyigacha yakunlanadi."
    # the outlet given, as a feed's channel names it
    cleaned = clean_text(f"{news}\n{after}\n{tagline}", outlet="Samarqand shahar hokimligi")
    assert news in cleaned and after in cleaned
    assert tagline not in cleaned


@pytest.mark.parametrize(
    ("news", "note"),
    [
        (
            "Correção: a feira começa no dia 12, e não no dia 5, como a prefeitura divulgou"
            " anteriormente.",
            "Correção: a feira começa no dia 12, e não no dia 5, como o jornal publicou"
            " anteriormente.",
        ),
        (
            "Correction: the road reopens on May 3, not May 6, as the council announced earlier.",
            "Correction: the road reopens on May 3, not May 6, as the newspaper stated earlier.",
        ),
    ],
)
def test_a_body_s_correction_of_its_own_announcement_is_news(news: str, note: str) -> None:
    # a public body correcting what it gave out before is the news; a paper's correction of
    # its own page is its note
    assert not is_boilerplate(news)
    assert is_boilerplate(note)


def test_a_thai_sentence_of_few_spaces_above_the_first_paragraph_is_no_label() -> None:
    label = "วัฒนธรรม"
    sentence = "ตอนแรกมีผู้ฟังกว่า 4,000 ครั้งภายในสัปดาห์เดียว"
    paragraph = "ผู้ฟังสามารถฟังพอดแคสต์ได้ทาง Spotify และ YouTube ของสถานี ทุกวันศุกร์ เวลาหกโมงเช้า"
    kept = _lines(f"{label}\n{sentence}\n{paragraph}")
    assert kept == [sentence, paragraph]
