"""The words "share it" are interface words when asked, not when denied: a first-person
post's last line of advice ("if your board has the readings but doesn't share it, ask ...")
stays (aside23's Tell HN item lost its last line), and a share ask still goes. The text is
written for the test."""

from __future__ import annotations

from briefing.clean import clean_text

_POST = (
    "After a year of letters, I asked our water board for the contract with its meter supplier. "
    "Nothing in it stopped the board from publishing the readings.\n"
    "I sent the clause to the board's chair; a month later the readings went online, street by "
    "street, and a local group already maps the leaks."
)


def test_advice_that_denies_sharing_stays() -> None:
    advice = "If your board has the readings but doesn't share it, ask for the contract first."
    assert advice in clean_text(f"{_POST}\n{advice}", outlet="Civic Tinkerers")


def test_a_share_ask_still_goes() -> None:
    ask = "Know someone who fights their water board? Share it with them."
    cleaned = clean_text(f"{_POST}\n{ask}", outlet="Civic Tinkerers")
    assert ask not in cleaned
    assert "readings went online" in cleaned
