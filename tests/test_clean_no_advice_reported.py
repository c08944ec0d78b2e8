"""A report of a regulator's finding about trading advice is news, not a desk's no-advice note
(review51's probe of junk47's rule): the note's words end its line ("... and carry no trading
recommendation."), a report of them goes on ("... carry no investment advice warnings, the
regulator found, ..."). The texts are fictional, written for this test."""

from __future__ import annotations

from briefing.clean import clean_text, is_boilerplate

_REPORT = (
    "The Financial Conduct Authority fined three trading apps a total of 4.2 million pounds on "
    "Monday.\n"
    "The apps' posts carry no investment advice warnings, the regulator found, in breach of rules "
    "that took effect in March.\n"
    "The firms have 28 days to appeal."
)


def test_a_regulators_finding_in_the_notes_words_is_kept() -> None:
    line = _REPORT.splitlines()[1]
    assert not is_boilerplate(line)
    assert line in clean_text(_REPORT)
    assert not is_boilerplate(
        "The bank's research notes carry no trading recommendation, the regulator found, though "
        "clients traded on them."
    )
    assert not is_boilerplate(
        "Investors should seek their own independent advice before investing in crypto-assets, "
        "the watchdog warned as it banned ads by 12 firms."
    )


def test_the_desks_own_no_advice_note_still_goes() -> None:
    assert is_boilerplate(
        "Grain notes are published for information and carry no trading recommendation."
    )
    assert is_boilerplate(
        "Metals notes from this desk are commentary; readers should seek their own advice before "
        "trading."
    )
