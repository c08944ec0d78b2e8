"""The terms of reusing a page's material ask for its source to be named or linked ("When using
our materials, a link to the Valley Courier is required."); a rule for using other materials
asks a permit, a mask or a fee, and is news (``briefing.clean.pagekinds.walls``; review47's
probe of junk43's rule). Fictional, real-shaped lines."""

from __future__ import annotations

from briefing.clean import clean_text

_BODY = (
    "Flood barriers go up along the Rell\n"
    "Crews began fitting steel flood barriers along the river front in Rell on Monday, two"
    " weeks before the spring tides, the county engineer said. The barriers can be raised in an"
    " hour and protect about 300 homes.\n"
)


def test_a_rule_for_using_other_materials_is_news() -> None:
    news = "When using the new flood-defence materials, a permit from the county is required."
    assert news in clean_text(_BODY + news + "\n").split("\n")


def test_the_terms_of_reusing_the_page_s_material_go() -> None:
    chrome = "When using our materials, a link to the Valley Courier is required."
    assert chrome not in clean_text(_BODY + chrome + "\n").split("\n")
