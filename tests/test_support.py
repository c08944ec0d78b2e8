"""Support checks, one by one: each catches its mistake and lets a faithful paraphrase pass."""

from __future__ import annotations

import pytest

from briefing.claims import Quote, check_claim, check_quoted
from briefing.ground import check_text
from briefing.models import Article
from briefing.support import check_support, known_names

ECB = Article.create(
    title="ECB cuts rates again as growth outlook dims",
    outlet="Wire",
    source="ecb.txt",
    text=(
        "The European Central Bank cut interest rates for the fourth time this year on Thursday, "
        "lowering its deposit rate by 25 basis points to 2.75%. ECB President Christine Lagarde "
        "said inflation was now close to the bank's 2% target while the euro-zone economy "
        "remained weak. Lagarde declined to commit to further cuts. The euro fell 0.4% against "
        "the dollar after the announcement. Full minutes were not published, the bank said. "
        "Germany's finance ministry welcomed the cut, and Frankfurt traders expect more."
    ),
)
SHOP = Article.create(
    title="ShopNorth says hackers stole data of 8.2 million customers",
    outlet="Wire",
    source="shop.txt",
    text=(
        "Online retailer ShopNorth said on Monday that hackers had stolen personal data of about "
        "8.2 million customers. The company's shares fell 6% in morning trading. It did not name "
        "the contractor whose login was used."
    ),
)


def kinds(claim: str, article: Article = ECB) -> list[str]:
    verdict = check_claim(claim, [article], sources=[ECB, SHOP])
    return [p.kind for p in verdict.problems] if not verdict.supported else []


@pytest.mark.parametrize(
    "claim",
    [
        "The ECB lowered its deposit rate by 25 basis points to 2.75% on Thursday.",
        "Lagarde would not commit to more cuts.",
        "The euro dropped 0.4% against the dollar after the announcement.",
        "Lagarde said inflation was near the 2% target but the euro-zone economy was still weak.",
        "The minutes were not published.",
    ],
)
def test_faithful_paraphrases_pass(claim: str) -> None:
    assert kinds(claim) == []


@pytest.mark.parametrize(
    "claim",
    [
        "ShopNorth shares dropped 6% in morning trading.",  # "the company" in the evidence
        "ShopNorth did not name the contractor.",  # "It" in the evidence
        "Hackers stole data of 8.2 million ShopNorth customers, the company said on Monday.",
    ],
)
def test_the_article_subject_counts_where_the_evidence_refers_back_to_it(claim: str) -> None:
    assert kinds(claim, SHOP) == []


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ("The ECB cut its deposit rate by 25 basis points to 2.5%.", "number"),
        ("The ECB cut its deposit rate by 25% to 2.75%.", "number"),  # 25 points, not 25%
        ("The Bank of Japan cut its deposit rate by 25 basis points to 2.75%.", "name"),
        ("The euro fell 0.4% against the dollar after frankfurt's announcement.", "name"),
        ("Lagarde agreed to commit to further cuts.", "negation"),  # "declined to" dropped
        ("Lagarde declined to commit to further cuts, blaming a housing slump.", "words"),
        ("Lagarde declined to commit to further cuts as bond yields soared across Asia.", "words"),
        ("Lagarde said inflation was not close to the bank's 2% target.", "negation"),
        ("Full minutes were published, the bank said.", "negation"),
        ("The euro rose 0.4% against the dollar after the announcement.", "direction"),
        ("The ECB cut its deposit rate by 2.75 basis points to 25%.", "number"),
        ("Frankfurt traders said inflation was now close to the bank's 2% target.", "speaker"),
    ],
)
def test_each_check_catches_its_mistake(claim: str, kind: str) -> None:
    assert kind in kinds(claim)


def test_who_said_what_must_match_the_speaker_of_the_evidence() -> None:
    evidence = ['"We are not pre-committing to a rate path," Lagarde told reporters.']
    assert (
        check_support('"We are not pre-committing to a rate path," Lagarde said.', evidence) == []
    )
    problems = check_support('"We are not pre-committing to a rate path," Weber said.', evidence)
    assert [p.kind for p in problems] == ["name", "speaker"]


def test_names_written_in_lower_case_are_still_names() -> None:
    context = ECB.title + "\n" + ECB.text
    assert {"lagarde", "frankfurt", "thursday", "european"} <= known_names(context)
    assert "euro" not in known_names(context) and "bank" not in known_names(context)
    problems = check_support(
        "frankfurt traders cut rates.", ["Traders cut rates."], context=context
    )
    assert [p.kind for p in problems] == ["name"]


def test_quotes_are_verified_and_only_valid_ones_support() -> None:
    articles = {ECB.id: ECB, SHOP.id: SHOP}
    good = Quote(
        ECB.id,
        "The European Central Bank cut interest rates for the fourth time this year on "
        "Thursday, lowering its deposit rate by 25 basis points to 2.75%.",
    )
    wrong = Quote(SHOP.id, "ShopNorth shares fell 6%")  # not verbatim: "The company's shares"
    verdict = check_quoted("The ECB cut its deposit rate to 2.75%.", [good, wrong], articles)
    assert verdict.supported
    assert [why for _, why in verdict.invalid_quotes] == ["the quote is not in the article"]
    only_wrong = check_quoted("ShopNorth shares fell 6%.", [wrong], articles)
    assert only_wrong.status == "unverifiable"


def test_a_claim_citing_the_wrong_article_is_not_supported() -> None:
    verdict = check_claim("The euro fell 0.4% against the dollar.", [SHOP], sources=[ECB, SHOP])
    assert verdict.status == "unverifiable"


QUAKE = Article.create(
    title="Strong quake hits southern Peru",
    outlet="Wire",
    source="quake.txt",
    text=(
        "A magnitude 6.8 earthquake struck southern Peru on Tuesday, killing at least 14 people "
        "and injuring more than 200, authorities said. Eurostar said 31 trains would run on "
        "Thursday, against 52 normally."
    ),
)


@pytest.mark.parametrize(
    ("claim", "problem"),
    [
        ("The quake killed at least 200 people and injured 14.", "not 200"),
        ("Eurostar said 52 trains would run on Thursday.", "gives 31 trains, not 52 trains"),
    ],
)
def test_a_number_attached_to_another_thing_is_caught(claim: str, problem: str) -> None:
    verdict = check_claim(claim, [QUAKE])
    assert [p.kind for p in verdict.problems] == ["quantity"]
    assert problem in verdict.reason


ARMS = Article.create(
    title="US approves $322 million in arms for Ukraine",
    outlet="Wire",
    source="arms.txt",
    text=(
        "The package includes $172 million for surface-to-air missile systems and $150 million "
        "for the maintenance of armored vehicles. Separately, the State Department approved the "
        "sale to Poland of $410 million worth of AIM-120 air-to-air missiles."
    ),
)


def test_a_quantity_problem_reads_as_the_text_writes_it() -> None:
    verdict = check_claim("The package includes $150 million for surface-to-air missiles.", [ARMS])
    assert [p.kind for p in verdict.problems] == ["quantity"]
    assert verdict.reason == (
        "the evidence gives $172 million for surface-to-air, not $150 million for surface-to-air"
    )
    assert "e+" not in verdict.reason


def test_a_model_designation_is_not_a_quantity() -> None:
    claim = "Poland is buying $410 million in AIM-120 air-to-air missiles."
    assert check_claim(claim, [ARMS]).supported


@pytest.mark.parametrize(
    ("written", "claimed"),
    [
        ("$8,200,000,000", "$8.2bn"),
        ("$8.2bn", "$8,200,000,000"),
        ("1.15 million", "1,150,000"),
        ("$0.7 trillion", "$700bn"),
    ],
)
def test_one_amount_written_two_ways_is_the_same_number(written: str, claimed: str) -> None:
    # In floats 8.2 * 1e9 is 8,199,999,999.999999, which "8,200,000,000" never equals.
    deal = Article.create(
        title="Retailer agrees to takeover",
        source="deal.txt",
        text=f"The retailer agreed to be bought for {written} in cash, the company said on Monday.",
    )
    claim = f"The retailer agreed to be bought for {claimed} in cash."
    assert check_claim(claim, [deal]).supported


def test_the_same_numbers_rephrased_pass() -> None:
    claim = "At least 14 people died and over 200 were hurt when the quake hit Peru on Tuesday."
    assert check_claim(claim, [QUAKE]).supported


TALKS = Article.create(
    title="Russia and Ukraine swap prisoners but stay apart at Istanbul talks",
    outlet="Wire",
    source="talks.txt",
    text=(
        "Russia and Ukraine discussed further prisoner swaps on Wednesday at a brief session of "
        "peace talks in Istanbul, but the two sides remained far apart on ceasefire terms. "
        "Moscow renewed its call for short truces to recover bodies, while Kyiv says it wants "
        "an immediate and much longer ceasefire. The talks lasted about 40 minutes."
    ),
)


@pytest.mark.parametrize(
    "claim",
    [
        "Peace talks: prisoner swaps, no ceasefire",
        "The Istanbul talks brought more prisoner exchanges but no progress towards a ceasefire.",
    ],
)
def test_a_negation_the_evidence_says_in_other_words_passes(claim: str) -> None:
    assert "negation" not in [p.kind for p in check_claim(claim, [TALKS]).problems]


@pytest.mark.parametrize(
    "claim",
    [
        "Russia and Ukraine did not discuss further prisoner swaps in Istanbul.",
        "The talks in Istanbul lasted about 40 minutes, without any prisoner swaps.",
    ],
)
def test_a_negation_of_what_the_evidence_asserts_is_caught(claim: str) -> None:
    assert "negation" in [p.kind for p in check_claim(claim, [TALKS]).problems]


ARMS_SALE = Article.create(
    title="US approves $322 million in arms sales to Ukraine",
    outlet="Wire",
    source="arms-sale.txt",
    text=(
        "The US has approved $322 million in weapons sales to Ukraine, the State Department "
        "said on Wednesday. Ukraine's air defences have been under strain from Russian drones."
    ),
)


@pytest.mark.parametrize(
    "claim",
    [
        "Washington approved $322 million in weapons sales to Ukraine.",
        "Washington has approved $322 million in weapons sales to Ukraine.",
    ],
)
def test_a_capital_for_its_country_is_found_when_the_country_is(claim: str) -> None:
    assert check_claim(claim, [ARMS_SALE]).supported
    assert check_text(claim, [ARMS_SALE]) == []


def test_a_capital_for_its_government_is_found_when_the_government_is() -> None:
    claim = "Washington approved $322 million in weapons sales to Ukraine."
    quote = "The State Department said it has approved $322 million in weapons sales to Ukraine."
    assert check_support(claim, [quote]) == []


@pytest.mark.parametrize(
    "claim",
    [
        "In Washington, officials approved $322 million in weapons sales to Ukraine.",
        "Berlin approved $322 million in weapons sales to Ukraine.",
        "Beijing approved $322 million in weapons sales to Ukraine.",
    ],
)
def test_a_city_or_another_capital_is_still_a_missing_name(claim: str) -> None:
    verdict = check_claim(claim, [ARMS_SALE])
    assert "name" in [p.kind for p in verdict.problems]
    assert check_text(claim, [ARMS_SALE]) != []
