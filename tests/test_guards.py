"""Output guards on drafts shaped like small models' answers (tests/data/guards/) and on the
recorded answers of the golden cases (which a capable model wrote: nothing to change)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.features import terms
from briefing.guards import content_free, guard_draft, same_statement, shorten_title
from briefing.models import BriefingDraft, Bullet, Section

DATA = Path(__file__).parent / "data" / "guards"
GOLDEN = Path(__file__).parent.parent / "golden"


def _draft(name: str) -> BriefingDraft:
    return BriefingDraft.model_validate_json((DATA / name).read_text(encoding="utf-8"))


def _texts(draft: BriefingDraft) -> list[str]:
    return [b.text for s in draft.sections for b in s.bullets]


@pytest.mark.parametrize("text", ["Movers", "LSEG.", "Data: LSEG.", "Source: Reuters", "  "])
def test_content_free_bullets(text: str) -> None:
    assert content_free(text)


@pytest.mark.parametrize(
    "text",
    [
        "Persimmon rose 4.2% to 1,486p.",
        "Sterling fell 0.6% to $1.2870.",
        "Banks slipped 0.4% on worries about lending margins.",
        "Kremlin: talks will resume in Istanbul next week, Peskov said.",
    ],
)
def test_short_bullets_with_content_are_kept(text: str) -> None:
    assert not content_free(text)


def test_small_model_answer_loses_its_duplicate_empty_and_title_faults() -> None:
    draft = _draft("markets-smollm2-shaped.json")
    story_of = {"a1": "s1", "a2": "s1"}
    guarded, report = guard_draft(draft, story_of=story_of)
    texts = _texts(guarded)
    assert not {"Movers", "LSEG.", "Data: LSEG."} & set(texts)
    assert report.dropped_empty == 3
    # The same statement three times (twice verbatim, once reworded from another outlet) and
    # once more in the third section: one bullet, citing both outlets.
    ftse = [t for t in texts if "9,412.6" in t]
    assert len(ftse) == 1
    first = guarded.sections[0].bullets[0]
    assert first.text.startswith("London's FTSE 100 closed up 1.1%")
    assert first.source_ids == ["a1", "a2"]
    assert report.merged_duplicates == 3
    # The third section tells the first section's story again: merged into it.
    assert report.sections_merged == 1
    assert [s.title for s in guarded.sections][1] == "Housebuilders"
    assert len(guarded.sections) == 2
    # The sentence title ends at its first phrase, with no full stop.
    title = guarded.sections[0].title
    assert report.titles_shortened == 1
    assert len(title.split()) <= 10 and not title.endswith(".")
    assert title.startswith("London's FTSE 100 closed up 1.1%")
    assert len(report.notes) == 8


def test_without_stories_sections_are_not_merged() -> None:
    guarded, report = guard_draft(_draft("markets-smollm2-shaped.json"))
    assert report.sections_merged == 0
    assert len(guarded.sections) == 3


def test_a_roundups_distinct_stories_stay_apart() -> None:
    """The offline seed briefing has several sections from one roundup article (one story in
    the clustering): different things said, so none is merged."""
    briefing = json.loads((GOLDEN / "offline-seed" / "briefing.json").read_text())
    draft = BriefingDraft(
        overview=briefing["overview"],
        sections=[
            Section(title=s["title"], bullets=[Bullet(**b) for b in s["bullets"]])
            for s in briefing["sections"]
        ],
    )
    story_of = {a["id"]: "one-story" for a in briefing["articles"]}
    guarded, report = guard_draft(draft, story_of=story_of)
    assert report.sections_merged == 0
    assert len(guarded.sections) == len(draft.sections)


@pytest.mark.parametrize("case", ["seed", "grounding", "long-article", "day-30", "feeds-day"])
def test_recorded_answers_of_a_capable_model_pass_unchanged(case: str) -> None:
    folder = GOLDEN / case
    if (folder / "answers.json").exists():  # written by hand
        answers = [
            a["answer"] for a in json.loads((folder / "answers.json").read_text())["answers"]
        ]
    else:
        exchanges = json.loads((folder / "exchanges.json").read_text())
        answers = [
            json.loads(e["response"]["body"]["choices"][0]["message"]["content"]) for e in exchanges
        ]
    drafts = []
    for answer in answers:
        if "sections" in answer:
            drafts.append(BriefingDraft.model_validate(answer))
    assert drafts
    for draft in drafts:
        guarded, report = guard_draft(draft)
        assert not report.changed, report.notes
        assert guarded == draft


def test_titles() -> None:
    assert shorten_title("FTSE 100 record") is None
    assert shorten_title("Markets wrap: London stocks close at a record") is None
    assert shorten_title("", "Sterling fell 0.6% to $1.2870 against the dollar.") == (
        "Sterling fell 0.6% to $1.2870 against the dollar"
    )
    long = (
        "Ukrainian President Volodymyr Zelenskiy said on Saturday that Kyiv has sent Moscow an "
        "offer to hold another round of peace talks"
    )
    short = shorten_title(long)
    assert short is not None and len(short.split()) <= 10


def test_same_statement_is_not_just_the_same_topic() -> None:
    a = terms("The FTSE 100 closed up 1.1% at 9,412.6 points on Thursday, a record high.")
    b = terms("The FTSE 250 gained 1.4% to 22,318.9 on Thursday.")
    assert not same_statement(a, b)


def _recorded_sections(name: str) -> BriefingDraft:
    """A real SmolLM2-135M answer (tests/data/smollm2, as the server returned it), up to its
    last complete section: the answer ran to the output cap, looping."""
    recorded = json.loads((Path(__file__).parent / "data/smollm2" / name).read_text())
    assert recorded["finish_reason"] == "length"
    content = recorded["content"]
    complete = content[: content.rindex("]}]}") + 4] + "]}"
    # strict=False: the model wrote raw line breaks inside strings (read leniently in the run).
    return BriefingDraft.model_validate(json.loads(complete, strict=False))


def test_a_recorded_small_model_answer_loses_its_repeated_bullets() -> None:
    draft = _recorded_sections("markets-brief-looping.json")
    assert len(draft.sections) == 10 and {s.title for s in draft.sections} == {"Market Desk"}
    guarded, report = guard_draft(draft, story_of={})
    assert report.merged_duplicates == 9
    assert [len(s.bullets) for s in guarded.sections] == [1]  # one section of one bullet


def test_a_recorded_small_model_answer_loses_its_content_free_bullets() -> None:
    draft = _recorded_sections("examples-brief-cut-off.json")
    assert {b.text for s in draft.sections for b in s.bullets} == {"2019-20"}
    guarded, report = guard_draft(draft, story_of={})
    assert report.dropped_empty == len(draft.sections) == 16
    assert guarded.sections == []


def test_a_copied_dateline_is_cut_from_the_bullet_and_counted() -> None:
    draft = BriefingDraft(
        overview="The Bank of England cut rates to 3.5%.",
        sections=[
            Section(
                title="Bank of England cuts rates",
                bullets=[
                    Bullet(
                        text="LONDON, Nov 26 (Reuters) - The Bank of England cut interest rates "
                        "by a quarter point to 3.5% on Thursday.",
                        source_ids=["a1"],
                    ),
                    Bullet(
                        text="HOUSTON (AP) — Sterling fell 0.6% to $1.2870 after the decision.",
                        source_ids=["a2"],
                    ),
                    # A parenthesis and a dash inside the sentence are not a dateline.
                    Bullet(
                        text="The Monetary Policy Committee (MPC) - nine members - split 5-4.",
                        source_ids=["a1"],
                    ),
                ],
            )
        ],
    )
    guarded, report = guard_draft(draft)
    assert _texts(guarded) == [
        "The Bank of England cut interest rates by a quarter point to 3.5% on Thursday.",
        "Sterling fell 0.6% to $1.2870 after the decision.",
        "The Monetary Policy Committee (MPC) - nine members - split 5-4.",
    ]
    assert [b.source_ids for b in guarded.sections[0].bullets] == [["a1"], ["a2"], ["a1"]]
    assert report.datelines_cut == 2 and report.changed
    assert len(report.notes) == 2
