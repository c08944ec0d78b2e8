"""The reader's language: prompts ask for it, bullets in it are checked across languages
against evidence in others, the offline backend says it cannot translate."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest
from click.testing import CliRunner

from briefing.anchor import check_bullet
from briefing.backends.base import BackendCapabilities, LLMRequest
from briefing.backends.function import FunctionBackend
from briefing.cli import cli
from briefing.exceptions import ConfigError
from briefing.language import (
    check_language,
    in_dictionary,
    is_common_word,
    language_name,
    plain_numbers,
)
from briefing.models import Article, Briefing, BriefingDraft, Bullet, Evidence, Section
from briefing.plan import Planner, model_info
from briefing.prompts import load_prompt
from briefing.summarize import brief, prepare
from briefing.tokens import tokenizer_for

NOW = dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC)

QUAKE = Article.create(
    title="Magnitude 6.1 earthquake strikes southern Peru, killing 12",
    outlet="Reuters",
    source="quake.txt",
    text=(
        "A magnitude 6.1 earthquake struck southern Peru on Tuesday, killing 12 people in the "
        "coastal town of Camana, officials said. Mayor Rosa Quispe said 1,200 homes were damaged "
        "and 3,500 residents had spent the night outdoors. The quake, centred 40 km offshore, "
        "was felt as far as Arequipa. Rescue teams from Lima arrived in the afternoon."
    ),
)
RATES = Article.create(
    title="ECB cuts deposit rate to 2.5%",
    outlet="Financial Times",
    source="rates.txt",
    text=(
        "The European Central Bank cut its deposit rate by a quarter point to 2.5% on Thursday. "
        "Christine Lagarde said inflation was close to the bank's 2% target. The bank lowered "
        "its growth forecast for next year to 0.9% from 1.2%."
    ),
)
STREIK = Article.create(
    title="GDL ruft zu 48-stündigem Streik bei der Deutschen Bahn auf",
    outlet="Tagesschau",
    source="streik.txt",
    text=(
        "Die Lokführergewerkschaft GDL hat ihre Mitglieder zu einem 48-stündigen Streik bei der "
        "Deutschen Bahn aufgerufen. Die Gewerkschaft fordert 550 Euro mehr im Monat. Die Bahn "
        "nannte den Streik unverantwortlich und sagte, sie habe 11 Prozent mehr Lohn angeboten. "
        "Auch der Güterverkehr soll bestreikt werden."
    ),
)

QUAKE_QUOTE = (
    "A magnitude 6.1 earthquake struck southern Peru on Tuesday, killing 12 people in the "
    "coastal town of Camana, officials said."
)
HOMES_QUOTE = (
    "Mayor Rosa Quispe said 1,200 homes were damaged and 3,500 residents had spent the night "
    "outdoors."
)


def _bullet(text: str, quote: str, article: Article = QUAKE) -> Bullet:
    return Bullet(
        text=text,
        source_ids=[article.id],
        evidence=[Evidence(source_id=article.id, quote=quote)],
    )


# -- the language itself ---------------------------------------------------------------------


def test_language_tags_are_normalised_and_named() -> None:
    assert check_language("de") == "de"
    assert check_language("pt_br") == "pt-BR"
    assert language_name("de") == "German / Deutsch"
    assert language_name("en-GB") is None  # English prompts need no language section
    with pytest.raises(ConfigError, match="'zz' is not a known language tag"):
        check_language("zz")


def test_numbers_of_a_decimal_comma_language_are_read_as_written() -> None:
    text = "Der Leitzins sinkt um 0,25 Punkte auf 2,5 %; 12.000 Menschen; 3.500,75 Euro"
    assert plain_numbers(text, "de") == (
        "Der Leitzins sinkt um 0.25 Punkte auf 2.5 %; 12000 Menschen; 3500.75 Euro"
    )
    assert plain_numbers("1,200 homes and 2.5%", "en") == "1,200 homes and 2.5%"
    assert plain_numbers("Die Bahn bot 11 Prozent an", "de") == "Die Bahn bot 11% an"
    french = "1 200 hectares, 3\u00a0000 personnes, 2,5 pour cent"
    assert plain_numbers(french, "fr") == "1200 hectares, 3000 personnes, 2.5%"


def test_dictionary_words_are_not_names() -> None:
    assert is_common_word("Erdbeben", "de") and is_common_word("Bürgermeisterin", "de")
    assert not is_common_word("Quispe", "de") and not is_common_word("Lagarde", "de")


# -- grounding across languages --------------------------------------------------------------


def test_a_german_bullet_is_supported_by_its_english_quote() -> None:
    bullet = _bullet(
        "Ein Erdbeben der Stärke 6,1 hat am Dienstag im Süden Perus 12 Menschen in der "
        "Küstenstadt Camana getötet.",
        QUAKE_QUOTE,
    )
    cleaned, problems = check_bullet(bullet, {QUAKE.id: QUAKE}, "de")
    assert problems == []
    assert cleaned.evidence == bullet.evidence  # the English quote kept, verbatim
    # Without the reader's language the same bullet fails: its words are not in the quote.
    assert check_bullet(bullet, {QUAKE.id: QUAKE})[1]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "Bürgermeisterin Rosa Quispe sagte, 1.300 Häuser seien beschädigt worden.",
            "number '1300'",
        ),
        (
            "Bürgermeisterin Christine Lagarde sagte, 1.200 Häuser seien beschädigt worden.",
            "'Lagarde'",
        ),
        ("Rund 3.500 Einwohner verbrachten die Nacht im Freien, sagte Quispe. 90 % blieben.", "90"),
    ],
)
def test_across_languages_numbers_and_names_are_still_checked(text: str, problem: str) -> None:
    _, problems = check_bullet(_bullet(text, HOMES_QUOTE), {QUAKE.id: QUAKE}, "de")
    assert problems and problem in "; ".join(problems)


def test_numbers_in_words_are_not_compared_across_languages() -> None:
    # "huit" is eight to a reader, not to the number check: only digits are held to evidence.
    fire = Article.create(
        title="Incendie dans le Var",
        outlet="Le Monde",
        source="var.txt",
        text=(
            "Quelque 800 pompiers, appuyés par huit avions bombardiers d'eau, luttaient toujours "
            "contre les flammes mardi matin."
        ),
    )
    quote = fire.text
    good = _bullet("Some 800 firefighters and eight water bombers fought the flames.", quote, fire)
    assert check_bullet(good, {fire.id: fire}, "en")[1] == []
    wrong = _bullet("Some 900 firefighters and eight water bombers fought the flames.", quote, fire)
    assert "number '900'" in "; ".join(check_bullet(wrong, {fire.id: fire}, "en")[1])


def test_a_quote_must_still_be_verbatim_in_its_article() -> None:
    translated = "Bürgermeisterin Rosa Quispe sagte, 1.200 Häuser seien beschädigt worden."
    bullet = _bullet(translated, translated)  # a translated "quote" is not in the article
    _, problems = check_bullet(bullet, {QUAKE.id: QUAKE}, "de")
    assert any("invalid citation" in p for p in problems)


def test_same_language_bullets_keep_every_check() -> None:
    # An English bullet on an English quote is judged as before, even with language = "en".
    wrong = _bullet("Mayor Rosa Quispe said 1,200 homes were not damaged.", HOMES_QUOTE)
    problems = check_bullet(wrong, {QUAKE.id: QUAKE}, "en")[1]
    assert problems == check_bullet(wrong, {QUAKE.id: QUAKE})[1]
    assert "negates" in "; ".join(problems)


def test_an_english_bullet_of_a_german_article() -> None:
    bullet = _bullet(
        "The GDL union called a 48-hour strike at Deutsche Bahn and demands 550 euros more a "
        "month.",
        "Die Gewerkschaft fordert 550 Euro mehr im Monat.",
        STREIK,
    )
    # One quote does not state the 48 hours; the article's first sentence does.
    assert check_bullet(bullet, {STREIK.id: STREIK}, "en")[1] == [
        "number '48' is not in its evidence"
    ]
    strike = "Die Lokführergewerkschaft GDL hat ihre Mitglieder zu einem 48-stündigen Streik bei"
    both = [*bullet.evidence, Evidence(source_id=STREIK.id, quote=strike)]
    bullet = bullet.model_copy(update={"evidence": both})
    assert check_bullet(bullet, {STREIK.id: STREIK}, "en")[1] == []
    invented = _bullet("Union leader Claus Weselsky demands 550 euros.", bullet.evidence[0].quote)
    invented = invented.model_copy(update={"source_ids": [STREIK.id]})
    assert "'Weselsky'" in "; ".join(check_bullet(invented, {STREIK.id: STREIK}, "en")[1])


# -- the pipeline ----------------------------------------------------------------------------


def _planner() -> Planner:
    return Planner(info=model_info("gpt-4.1-mini"), tokenizer=tokenizer_for("gpt-4.1-mini"))


def _run(articles: list[Article], backend: FunctionBackend, **kw: Any) -> Briefing:
    planner = _planner()
    prepared = prepare(articles, planner)
    return asyncio.run(brief(prepared, backend, planner, date=NOW.date(), **kw))


def _german(request: LLMRequest[Any]) -> Any:
    if request.step == "repair":
        return {"bullets": []}
    return BriefingDraft(
        overview="Ein Erdbeben der Stärke 6,1 hat in Peru 12 Menschen getötet.",
        sections=[
            Section(
                title="Erdbeben in Peru",
                bullets=[
                    _bullet(
                        "Ein Erdbeben der Stärke 6,1 hat am Dienstag im Süden Perus 12 Menschen "
                        "in der Küstenstadt Camana getötet.",
                        QUAKE_QUOTE,
                    ),
                    _bullet(
                        "Laut Bürgermeisterin Rosa Quispe wurden 1.700 Häuser beschädigt.",
                        HOMES_QUOTE,
                    ),
                ],
            ),
            Section(
                title="EZB senkt Einlagenzins auf 2,5 %",
                bullets=[
                    _bullet(
                        "Die Europäische Zentralbank hat ihren Einlagenzins am Donnerstag um "
                        "einen Viertelpunkt auf 2,5 % gesenkt.",
                        "The European Central Bank cut its deposit rate by a quarter point to "
                        "2.5% on Thursday.",
                        RATES,
                    )
                ],
            ),
        ],
    )


def test_a_german_briefing_of_english_sources() -> None:
    backend = FunctionBackend(_german)
    result = _run([QUAKE, RATES], backend, language="de")
    first = backend.requests[0].prompt
    # The language goes last in the system message: the English prefix before it is the
    # same text, so what a provider cached for it still matches.
    english = load_prompt("brief").render(
        documents=[], documents_block="", note_budget=0, language=None
    )
    head, _, tail = first.system.partition("\n\n# LANGUAGE\n")
    assert head == english.system and "German / Deutsch" in tail
    assert "Never translate an `evidence` quote" in tail
    repair = [r for r in backend.requests if r.step == "repair"]
    assert repair and "# LANGUAGE" in repair[0].prompt.system
    assert [s.title for s in result.sections] == [
        "Erdbeben in Peru",
        "EZB senkt Einlagenzins auf 2,5 %",
    ]
    assert result.overview.startswith("Ein Erdbeben der Stärke 6,1")
    kept = [b.text for s in result.sections for b in s.bullets]
    assert len(kept) == 2 and all(b.evidence for s in result.sections for b in s.bullets)
    [dropped] = result.grounding.dropped_bullets
    assert "1.700" in dropped.text and "number '1700'" in dropped.reason


def test_the_offline_backend_says_once_that_it_cannot_translate() -> None:
    offline = BackendCapabilities(follows_prompts=False, metered=False)

    def extractive(request: LLMRequest[Any]) -> BriefingDraft:
        assert "# LANGUAGE" not in request.prompt.system
        return BriefingDraft(
            overview="",
            sections=[Section(title=QUAKE.title, bullets=[_bullet(QUAKE_QUOTE, QUAKE_QUOTE)])],
        )

    result = _run([QUAKE], FunctionBackend(extractive, capabilities=offline), language="de")
    said = [n for n in result.notices if "cannot translate" in n]
    assert len(said) == 1 and "language = 'de'" in said[0]
    assert result.sections[0].bullets[0].text == QUAKE_QUOTE  # the sources' language
    # Sources already in the reader's language: nothing to say.
    german = Section(
        title=STREIK.title,
        bullets=[
            _bullet(STREIK.text.split(". ")[1] + ".", STREIK.text.split(". ")[1] + ".", STREIK)
        ],
    )
    quiet = FunctionBackend(
        lambda r: BriefingDraft(overview="", sections=[german]), capabilities=offline
    )
    assert not [n for n in _run([STREIK], quiet, language="de").notices if "translate" in n]


def test_brief_today_refuses_an_unknown_language() -> None:
    result = CliRunner().invoke(cli, ["today", "examples/", "--language", "zz"])
    assert result.exit_code != 0
    assert "'zz' is not a known language tag" in result.output
    assert "Traceback" not in result.output


def test_in_dictionary_counts_words_not_compounds_or_names() -> None:
    assert in_dictionary("Supreme") and in_dictionary("health")
    assert not in_dictionary("Nordlys") and not in_dictionary("Vidal")
    assert not in_dictionary("Fjordline")  # "fjord" + "line": a compound is not a word here
    assert is_common_word("Fjordline", "en")  # where is_common_word counts it
