"""Metonymy: a capital that stands for its country's government ("Washington approved",
"Moscow said"). Such a name is stated by a source that names the country ("the US",
"American") or its government ("the State Department", "the Kremlin"); ``briefing.ground`` and
``briefing.support`` accept it then. After a preposition of place ("in Kyiv", "to Moscow") the
capital is the city, and is checked as a name like any other.

The table is small on purpose: one capital per country, for the countries of most news copy; a
city that is not a capital never stands for its country.
"""

from __future__ import annotations

import re

__all__ = ["stands_for"]

# Each capital and the country it stands for.
_CAPITALS = {
    "washington": "US", "london": "UK", "moscow": "Russia", "kyiv": "Ukraine",
    "kiev": "Ukraine", "beijing": "China", "paris": "France", "berlin": "Germany",
    "tokyo": "Japan", "brussels": "EU", "warsaw": "Poland", "ankara": "Turkey",
    "tehran": "Iran", "ottawa": "Canada", "rome": "Italy", "madrid": "Spain",
    "lisbon": "Portugal", "athens": "Greece", "canberra": "Australia", "cairo": "Egypt",
}  # fmt: skip
# The governments that stand for a country in news copy without naming it.
_GOVERNMENTS = {
    "US": ("White House", "State Department", "Pentagon"),
    "Russia": ("Kremlin",),
    "UK": ("Downing Street",),
}
# A capital that acts: a verb follows it ("Washington approved", "Moscow has said"); "drones
# hit Moscow." and "Kyiv and Russia" are the city and the place.
_ACTS = re.compile(r"\s+(?!(?:and|or|in|on|at|to|of|for|with|from|is|was)\b)[a-z]+\b")
# After a preposition of place the capital is the city ("in Kyiv", "to Moscow"), not the state.
_AT_PLACE = re.compile(r"\b(?:in|at|to|from|near|outside|into|around|across|via|of)\s+\Z", re.I)


def stands_for(name: str, text: str) -> tuple[str, ...]:
    """The names that state ``name`` when ``text`` uses it for its country's government (its
    country, then the country's government bodies); empty for any other use or name."""
    country = _CAPITALS.get(name.lower())
    if country is None:
        return ()
    for match in re.finditer(rf"\b{re.escape(name)}\b", text):
        acts = _ACTS.match(text, match.end())
        if acts and not _AT_PLACE.search(text, max(0, match.start() - 12), match.start()):
            return (country, *_GOVERNMENTS.get(country, ()))
    return ()
