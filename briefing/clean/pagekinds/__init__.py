"""More kinds of a page's own lines, each a whole line of its kind's shape, in the page's
language, by family:

- ``authors``: bylines with a role or an outlet, "writes", credits after a slash, desk
  initials, a writing platform's profile of the writer;
- ``social``: share, send and follow rows, "more news" and "read more on <site>", alert
  prompts, view and post counters, embeds' links, a short video's caption;
- ``walls``: republishing notices, paywall and subscriber lines, offers, pledges;
- ``threads``: a comment section's and an opinion page's notes, a thread's prompt;
- ``releasenotes``: a release's own rows (forward-looking note, distribution, disclosure duty,
  headers and stamps, funder, contacts, end mark), a reference's label;
- ``newsletters``: greetings, sign-offs, forwarded-copy and sign-up asks, a reader's ask,
  transcripts' and listener-supported notes;
- ``notices``: a lone advertisement label, a notice's enquiries and thanks lines, a podcast's
  sponsor read, subscribers' perks, a channel's watch ask, "more news on Google News";
- ``framing``: a note on how the piece was made, a section describing itself, a letter's
  greeting in several languages, why the letter reaches its reader;
- ``elsewhere``: lines that send the reader elsewhere (share, follow, app and alerts asks, the
  full story on the site or in print, print and error-report links, auto-refresh notes, a
  letter's forward and unsubscribe asks abroad, a link post's rows);
- ``rest``: the rest of the piece behind a gate, a post's navigation and publication, the
  opinion page's note that the writer's view is not the editors', "follow the writer";
- ``house``: the house's notes to its reader: the comment box's rules, member funding and the
  ask to support its journalism, subscribe asks, "did you like this article?", its own site or
  app as where more is, where the piece first ran, its update at a clock, funders' and
  reviewers' distance, a wire's desk slug, affiliate links, "continues after the ad";
- ``shapes``: kinds told by a shape that holds across languages (junk35): a funder beside the
  newsroom's say, the comment box's rows, "if you like this" asks, reading times after a label,
  related headlines under a label of relatedness, schedule asks, a letter's greeting and
  farewell, wire datelines, counters, language switchers, trial offers, data labels;
- ``reader``: lines addressed to the reader by a shape that holds across languages (junk36):
  channel follow prompts, a broadcast frequency, a price for a period with an ask, "this article
  is for subscribers", reprint bans, a letter's comma-ended greeting, "this e-mail" and signing
  up, share rows of platforms, a thread's counts, consent banners, contacts for journalists;
- ``standalone``: kinds alone on a line, by shapes across languages (junk37): trial offers, a
  date or a byline alone, CJK delivery and source stamps, "first appeared on", "view it in your
  browser", report buttons, push-notification asks, a most-read label with its headline, a live
  page's instructions, an audio version's length;
- ``printed``: kinds in the wordings sites print for them in many languages at once (junk38):
  publish / update stamps alone, member walls, a blog's "no comments" and newer / older row, a
  letter's greeting, forward ask and delivery hours, a release's label, notes to editors and
  press contacts, an ask to report an error, live and station asks, a newsroom's or CJK desk's
  byline, related labels, a wire's standards line, comments closed, "register free to read", a
  series tag, thanks with a donation ask;
- ``parts``: kinds told by their parts in any order and language (junk39): an ad slot's note,
  the comment box's rules, an agency's copy note and "sources used", a share row of three
  platforms, a supporter ask with a price and a period, a live page's banner, a note to reload
  the page, a CJK "share this", a read-also label with its headline;
- ``portals``: a portal's, a wire's and a platform's rows by shape across languages (junk41):
  CJK source / editor rows, bracketed buttons and reprint bans, share rows
  of platforms, tag rows, rights with a copying ban, consent partners, caps credits, "writes
  about", issue notes, listen buttons, a letter's browser and preferences footer,
  counter rows, "continues after the ad", offers' "terms apply", board statement headings;
- ``labels``: boxes, teasers, tools, widgets' notes, tickers, issues, sponsors' labels,
  illustrative pictures, topics, events, obituaries' actions.

A sentence of news that opens alike stays: it goes on past the kind's shape, or has a verb the
shape has no room for ("Written by Ana Ruiz, the song became a hit.").
"""

from __future__ import annotations

from briefing.clean.notes import thanks_those_touched
from briefing.clean.pagekinds import (
    authors,
    elsewhere,
    framing,
    house,
    labels,
    newsletters,
    notices,
    parts,
    portals,
    printed,
    reader,
    releasenotes,
    rest,
    roles,
    shapes,
    social,
    standalone,
    threads,
    walls,
)
from briefing.clean.pagekinds.authors import is_profile_bio
from briefing.clean.pagekinds.common import Matcher
from briefing.clean.pagekinds.newsletters import FREE_BRIEFING
from briefing.clean.pagekinds.releasenotes import FORWARD
from briefing.clean.pagekinds.threads import (
    heads_dated_thread,
    heads_said_thread,
    is_commenter_row,
    is_count_on_title,
    is_sort_row,
    is_thread_prompt,
    opens_comments,
)

__all__ = [
    "heads_dated_thread",
    "heads_said_thread",
    "is_commenter_row",
    "is_count_on_title",
    "is_page_kind",
    "is_profile_bio",
    "is_sort_row",
    "is_thread_prompt",
    "opens_comments",
]

_WORDS = 30
_LONG_KINDS: tuple[Matcher, ...] = (
    *walls.LONG_KINDS,
    *newsletters.LONG_KINDS,
    *threads.LONG_KINDS,
    *framing.LONG_KINDS,
    *shapes.LONG_KINDS,
    *reader.LONG_KINDS,
)
_LONG_WORDS = 70
_KINDS: tuple[Matcher, ...] = (
    *newsletters.KINDS,
    *labels.KINDS,
    *walls.KINDS,
    *rest.KINDS,
    *house.KINDS,
    *shapes.KINDS,
    *reader.KINDS,
    *standalone.KINDS,
    *printed.KINDS,
    *parts.KINDS,
    *roles.KINDS,
    *portals.KINDS,
    *social.KINDS,
    *releasenotes.KINDS,
    *authors.KINDS,
    *threads.KINDS,
    *notices.KINDS,
    *framing.KINDS,
    *elsewhere.KINDS,
)
_NOTE_WORDS = 45  # a release's forward-looking sentence


def is_page_kind(text: str) -> bool:
    """Whether ``text`` is a whole line of one of the families' kinds."""
    line = text.strip()
    if not line:
        return False
    if thanks_those_touched(line):
        return False  # a notice's closing: "We will update this page ... We thank passengers ..."
    words = len(line.split())
    if words <= _NOTE_WORDS and FORWARD.search(line):
        return True
    if FREE_BRIEFING.search(line) and words <= _WORDS:
        return True
    if words <= _LONG_WORDS and any(kind.match(line) for kind in _LONG_KINDS):
        return True
    if words > _WORDS:
        return False
    return any(kind.match(line) for kind in _KINDS) or rest.is_rest_gated(line)
