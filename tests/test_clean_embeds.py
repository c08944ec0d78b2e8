"""What tools embedded in a page print (``clean.embeds``): social embeds, audio players and
text-to-speech credits, web forms, consent dialogs, translation widgets, wiki footers,
aggregator rows, share and follow buttons.

Every line is written for the test in the shape those tools print; each kind has news
look-alikes, with the tools' words and no attribution verb, that must stay.
"""

from __future__ import annotations

import pytest
from cleaning import kept_between, lost_places

_LEAD = "About 9,000 homes in Marlow lost power on Sunday after gusts of up to 65 mph."
_NEXT = "Crews expected to restore most customers by Monday evening, the utility said."


def _kept(line: str, *, last: bool = False) -> bool:
    return kept_between(line, _LEAD, _NEXT, last=last)


_JUNK = [
    # a social post's embed
    "[image or embed]",
    "Post by @marlowpolice@social.marlow.example",
    "View on Bluesky",
    "View on Mastodon",
    "— Marlow Fire (@marlowfire.bsky.social) May 2, 2034 at 9:14 AM",
    "— Dana Oyelaran (@danaoyel) 14 June 2033",
    # a player's clock, a text-to-speech credit, an app's and a podcast host's links
    "00:00",
    "0:00 / 4:12",
    "Voiced by Amazon Polly",
    "Narrated by an AI voice.",
    "Listen to more stories on the Harbour Audio app.",
    "Send us a text",
    "Support the show",
    # a web form's messages
    "Thank you! Your submission has been received!",
    "Oops! Something went wrong while submitting the form.",
    "Thank you!",
    "Become a member at https://plus.podhost.example/s/marlow-hour.",
    # a consent dialog's text and buttons
    "With your permission we and our partners may use precise location data to show you ads.",
    "We and our 314 partners store and access information on your device, such as cookies.",
    "Please note that some processing of your personal data may not require your consent.",
    "You may click to consent to our processing for the purposes described above.",
    "I AGREE",
    "More options",
    "Reject all",
    "Manage preferences",
    # a translation widget, a wiki's footer, an aggregator's row
    "Powered by Google Translate",
    'Retrieved from "https://wiki.example/w/index.php?title=Marlow_storm&oldid=77120"',
    "Flipped into Storm Desk by Ana Ruiz",
    # share and follow buttons
    "Share on Facebook Share on X Share via Email",
    "+ Follow",
]

_NEWS = [
    # the tools named in news
    "Amazon Polly voices the audio edition of the council's meeting minutes.",
    "The station's Mastodon posts drew 4,000 replies during the storm.",
    "Post by post, the utility's account explained where the crews were working.",
    "Viewed on Bluesky, the fire service's photos showed the roof torn off the depot.",
    "The film's narration is voiced by an AI voice modelled on the late presenter.",
    "Listen to the app's storm alerts if you live near the river, residents were told.",
    "A send-us-a-text campaign raised $40,000 for the shelter in March.",
    "The fans' trust voted to support the show's move to a new venue.",
    # forms, consent and buttons in a sentence
    "Oops! The council's website went down as 12,000 people tried to report outages at once.",
    "Thank you! The mayor's two-word post drew praise from the crews.",
    "Become a member at the library and borrow a generator for free, the council's new scheme "
    "offers.",
    "We and our partners in the county will rebuild the substation by June, the mayor's "
    "office wrote.",
    "Regulators fined the site over a consent banner that hid the 'Reject all' button.",
    "Agree or not, the council must publish the contract by Friday.",
    "More options for the depot will go to the board in April.",
    # translation, wiki and aggregator words in news
    "Powered by wind and sun, the island has not used diesel since March.",
    "The wiki's editors retrieved from the archive a 1951 map of the flood plain.",
    "Flipped into the ditch by the gust, the van's driver escaped with cuts.",
    # share and follow
    "Shares in the utility fell 4% on Monday as repair costs mounted.",
    "Follow-up inspections found 30 poles that need replacing.",
]


@pytest.mark.parametrize("line", _JUNK)
def test_an_embedded_tools_line_goes(line: str) -> None:
    assert not _kept(line)


@pytest.mark.parametrize("line", _NEWS)
def test_news_that_names_an_embedded_tool_stays(line: str) -> None:
    assert _kept(line) and _kept(line, last=True)


# A firm's or a charity's release in the first person (review15): "We and our partners" with no
# consent dialog's object (cookies, personal data, a device, identifiers, geolocation, consent).
@pytest.mark.parametrize(
    "line",
    [
        "We and our partners process more than 2 million payments a day across 40 countries.",
        "We and our partners access remote villages by helicopter when roads flood.",
    ],
)
def test_a_release_in_the_first_person_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []


@pytest.mark.parametrize(
    "line",
    [
        "We and our partners use cookies to measure audiences and tailor adverts.",
        "We and our partners process personal data such as IP addresses.",
        "We and our partners may use precise geolocation data and identification through device "
        "scanning.",
    ],
)
def test_a_consent_dialogs_sentence_still_goes(line: str) -> None:
    assert not _kept(line)
