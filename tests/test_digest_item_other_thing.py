"""A digest's one-line item about another thing is no bullet of a section about a different
thing: fresh46's d1100 had a city newsletter's "Splott pool: Reopens Saturday after its new
roof." under the section of a market's doors closed for roof work (the two share "roof"), while
its lake item rightly stood under the council's notice on the lake. The texts are fictional,
written for this test in the shape of a city's morning newsletter, a wire report, a council's
notice and a neighbourhood site's brief."""

from __future__ import annotations

from briefing.extractive import summarize_documents
from briefing.models import Document

NEWSLETTER = Document(
    id="letter",
    story="locks",
    title="The Morning: Harbour locks shut, boats stuck in the bay",
    text="THE BIG ONE: No boats in or out of the bay\n\n"
    "All three locks on the harbour barrage are closed after a hydraulic ram on one of the "
    "outer lock gates failed yesterday afternoon, leaving the gate jammed half open. Around 300 "
    "boats in the marinas can't get out to the estuary.\n\n"
    "The harbour authority says the damaged lock will be shut for two to three weeks.\n\n"
    "ALSO TODAY\n\n"
    "Heath Park: The lake will be drained from Monday so the council can repair the dam wall. "
    "The swans are being moved to the upper lake.\n\n"
    "Market Hall: The Bridge Street entrance is closed for roof repairs until the end of the "
    "month. Use Mill Street.\n\n"
    "Eastmoor baths: Reopen Saturday after their new roof. Early swim from 6.30 a.m.\n\n"
    "Weather: Grey and breezy, showers later, 11C.",
    source_ids=["letter"],
)
WIRE = Document(
    id="wire",
    story="locks",
    title="Bay cut off from sea as barrage lock gate jams",
    text="All three locks on the harbour barrage were closed on Wednesday after a hydraulic ram "
    "on an outer lock gate failed, leaving the gate stuck and cutting the bay's marinas off "
    "from the sea, the harbour authority said. About 280 boats are moored in the marinas. The "
    "damaged lock will be shut for up to three weeks.",
    source_ids=["wire"],
)
LAKE = Document(
    id="council",
    story="lake",
    title="Heath Park lake to be drained for dam wall repairs",
    text="Work to drain Heath Park lake will start on Monday so that repairs can be made to the "
    "lake's Victorian dam wall at its southern end. The lake will be lowered over about ten "
    "days, and the swans will be moved to the upper lake.",
    source_ids=["council"],
)
MARKET = Document(
    id="notes",
    story="market",
    title="Market Hall's Bridge Street doors close for roof work",
    text="The Bridge Street entrance of the Market Hall is closed from today until the end of "
    "the month while its Victorian glass roof is repaired. Traders are open as usual; shoppers "
    "should use the Mill Street entrance.",
    source_ids=["notes"],
)


def test_a_digest_s_item_about_another_thing_is_not_a_bullet_of_a_section() -> None:
    draft = summarize_documents([NEWSLETTER, WIRE, LAKE, MARKET], max_sections=6, max_bullets=4)
    bullets = {b.text: s.title for s in draft.sections for b in s.bullets}
    assert not any(text.startswith("Eastmoor baths") for text in bullets), bullets
    # an item about the section's own thing still may be
    market = next(s for s in draft.sections if s.title.startswith("Market Hall"))
    assert all("Eastmoor" not in b.text for b in market.bullets)
