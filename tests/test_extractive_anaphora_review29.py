"""review29's probes of the lead's extractive changes: "the former" / "the latter" lean on the
sentence before only as a pronoun, a partitive of a speaker's "us" stands alone; an article's
headline titles the section its lead opens only when it tells what that part says. Sentences
written for the test."""

from __future__ import annotations

from test_extractive_item_lead import _parts, _vectors

from briefing.extractive.score import _ANAPHORA
from briefing.extractive.stories import _story
from briefing.models import Document


def test_the_former_as_an_adjective_opens_a_lead() -> None:
    for standing in (
        "The former president was charged on Tuesday with misusing campaign funds.",
        "The latter half of the season brought three straight defeats for the club.",
        "All of us must vote in this election, the president said on Sunday.",
        "Three of the five judges dissented as the court upheld the map.",
    ):
        assert not _ANAPHORA.match(standing), standing
    for leaning in (
        "The former, a teacher, was released on bail.",
        "The latter said he would appeal.",
        "The former was released on Monday.",
        "Two of them were children, police said.",
    ):
        assert _ANAPHORA.match(leaning), leaning


def test_a_newsletter_s_headline_that_names_another_item_names_no_section_of_its_lead() -> None:
    # review29's probe: a newsletter's headline names its second item (Milwaukee's budget); its
    # first item, the bridge closure, leads a section beside another letter's part on the
    # bridge: the section is not titled with the budget's headline.
    bridge = [
        "The Ambassador Bridge between Detroit and Windsor will close to trucks for three weeks "
        "from Monday while crews replace worn expansion joints.",
        "Truckers will be sent to the Blue Water Bridge at Port Huron.",
    ]
    budget = [
        "Milwaukee's common council passed its budget early on Wednesday after an all-night "
        "session over police overtime.",
        "The budget adds 40 police officers.",
    ]
    other = ["Trucks will be barred from the Ambassador Bridge for three weeks from Monday."]
    title = "Milwaukee council passes budget after all-night session"
    docs = [
        Document(id="0", title=title, text=" ".join(bridge + budget), source_ids=["0"]),
        Document(id="1", title="Morning letter", text="x", source_ids=["1"]),
    ]
    lead_part, _ = _parts(0, bridge, budget)
    (other_part,) = _parts(1, ["Ohio capped insulin costs on Tuesday."], other)[1:]
    group = [lead_part, other_part]
    _vectors(group)
    story = _story(group, docs, 3, parted=frozenset({0, 1}))
    assert story is not None
    assert story.bullets[0].text == bridge[0]
    assert story.title != title
    # the same letter headlined with its first item keeps its headline
    docs[0] = docs[0].model_copy(update={"title": "Ambassador Bridge to close to trucks for weeks"})
    story = _story(group, docs, 3, parted=frozenset({0, 1}))
    assert story is not None
    assert story.title == "Ambassador Bridge to close to trucks for weeks"
