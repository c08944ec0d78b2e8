"""A section title made from a sentence that opens with a quotation never leaves it open.

fresh41's look titled a section '"They protect one part': ``headline`` cut the sentence at its
first clause break, inside a speaker's words. A quotation that closes within a title's reach
is the title whole, closed; one that closes before the cut, or too far after it, is cut as
before. The sentences are fictional, written for these tests.
"""

from __future__ import annotations

import pytest

from briefing.extractive.stories import headline


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            '"We fix one wall and the sea finds the next wall," said a harbour engineer in Kelvo.',
            '"We fix one wall and the sea finds the next wall"',
        ),
        (
            "“We fix one wall and the sea finds the next wall,” a harbour engineer said.",
            "“We fix one wall and the sea finds the next wall”",
        ),
        (
            "«Nous réparons un mur et la mer trouve le mur suivant», a dit un ingénieur du port.",
            "«Nous réparons un mur et la mer trouve le mur suivant»",
        ),
    ],
)
def test_a_title_that_opens_a_quotation_closes_it(sentence: str, title: str) -> None:
    assert headline(sentence) == title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # no quotation: the first clause, as before
        (
            "The council voted to close two pools and a library branch in the north on Monday.",
            "The council voted to close two pools",
        ),
        # a quotation too long for a title: cut as before
        (
            '"We fix one wall and the sea finds the next wall and then another and one more'
            ' after that, year after year," he said.',
            '"We fix one wall',
        ),
    ],
)
def test_other_titles_are_cut_as_before(sentence: str, title: str) -> None:
    assert headline(sentence) == title
