"""A page's buttons alone on a line (``clean.buttons``: "Report an error", "Journalistic
Standards", "Very large text size", "How does this make you feel?", "Over 9,000 subscribers",
"Powered by Blogger.", "Back to District News", "Go to Original Site", "WhatsApp Group Join Now",
"@handle", "A post shared by ...", "TOGETHER WITH <SPONSOR>", "ADVT.") and its other doors and
comment rules (``clean.notes``: "Become a supporter of this podcast: ...", "For more news, visit
...", "Not a subscriber? Request a free trial ...", "Please login in order to comment.").

Every line is written for the test; each kind has news look-alikes that must stay wherever they
sit.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "The school board voted 5-2 on Tuesday to close two primary schools by 2036."
_NEXT = "Parents said they would challenge the decision at the county's next meeting."


@pytest.mark.parametrize(
    "line",
    [
        "Report an error",
        "Editorial Standards",
        "Very large text size",
        "How does this story make you feel?",
        "How would you rate today's Morning Note?",
        "Questions or Feedback?",
        "Over 12,000 subscribers",
        "Powered by Blogger.",
        "Powered by Translate",
        "Back to District News",
        "Go to Original Article",
        "Telegram Channel Join Now",
        "@countyschools",
        "A video shared by County Schools (@countyschools_2034)",
        "TOGETHER WITH BRIGHTLEARN",
        "ADVT.",
        "Become a supporter of this podcast: https://pod.example/support",
        "Watch the full video episode on Spotify.",
        "For more news, visit county.example.",
        "Keep up with the latest news on the Courier's WhatsApp channel",
        "See Privacy Policy at https://pod.example/privacy",
        "Save up to $400 on your pass before prices rise.",
        "Grade faster, plan smarter. Brightlearn does the admin for teachers. Try it free.",
        "Not a subscriber? Request a free trial to the Education Ledger",
        "Comments - Please login in order to comment.",
        "Conversations are opinions of our readers and are subject to the Code of Conduct.",
    ],
)
def test_a_pages_button_or_door_goes(line: str) -> None:
    cleaned = clean_text("\n".join([_LEAD, line, _NEXT]))
    assert _LEAD in cleaned and _NEXT in cleaned and line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "Report an error in the census to the county office by 30 June.",
        "Editorial standards at the district's newsletter were criticised by the inspector.",
        "Over 12,000 subscribers to the district's alerts received the closure notice.",
        "Powered by solar panels, the new school will open in 2035.",
        "Back to school on Monday, pupils found the two buildings fenced off.",
        "Go to the original plan, the parents' group urged the board.",
        "A video shared by parents shows the flooded classroom in March.",
        "Together with the county, the board will pay for buses to the new schools.",
        "Become a supporter of the plan, the head teacher wrote to parents, and it will work.",
        "For more news on the closures, the board will hold a hearing on 5 May.",
        "Not a member of the board? Parents can still speak at the hearing on 5 May.",
        "Comments on the plan are open until 5 May at the district office.",
        "Try it for a year, the board said of the new timetable.",
    ],
)
def test_news_with_a_buttons_or_doors_words_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []
