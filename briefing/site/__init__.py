"""The published briefings: ``brief site DIR`` writes static files that any web server (or
``brief serve``) can serve, and any feed reader can subscribe to.

- :mod:`~briefing.site.days`   one briefing per stored day, newest first
- :mod:`~briefing.site.feed`   ``feed.xml``, the Atom feed (feedgen)
- :mod:`~briefing.site.build`  writes the directory
"""

from __future__ import annotations

from briefing.site.build import SiteReport, build_site
from briefing.site.days import Day, stored_days
from briefing.site.feed import atom_feed

__all__ = ["Day", "SiteReport", "atom_feed", "build_site", "stored_days"]
