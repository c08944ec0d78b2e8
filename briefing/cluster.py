"""``cluster``: near-duplicate removal, then same-story grouping, then story ranking.

Two passes over the ingested articles (exact duplicates are already merged by ingestion):

1. **Near-duplicates** (``briefing.neardup``): MinHash + LSH candidates confirmed by shingle
   Jaccard; one article kept per group.
2. **Stories** (``briefing.stories``): TF-IDF vectors over ``briefing.features`` and
   average-linkage agglomeration of the kept articles; two articles are as similar as their
   whole texts or their headlines and leads, whichever is closer. Two groups whose headlines
   name different things are not merged (``briefing.apart``: nurses' strikes in two
   countries), nor two groups that one wire filed from two places under headlines that share
   no name (``briefing.apart.filed_apart``: two rulings from one template), nor a lone article
   whose headline names another country than the group's (two countries' minimum-wage
   decisions), nor, later, a lone article whose lead names only another
   country than the story's headlines (``apart.lead_places_apart``: commuters in one country
   "as strike bites" beside another country's rail strike). An article left on its own then
   joins the story whose headlines name the event in its headline's words
   (``briefing.angles``: "Families wait for news of hostages as truce takes hold"), or the
   one story whose leads name a specific name of its lead (``briefing.shared_names``: "the
   ferry Nordlys Star"), or the one story it is linked to by most members and whose name it
   says, or whose own figure it states, or, on a day the story holds (two thirds of the day's
   distinct articles), to which it is clearly linked by two thirds of its members
   (``briefing.story_links``, asked again in up to three rounds as stories grow: card payments
   failing in one country during a cloud provider's outage; a fisherman's story of the record
   fish's 320 kg; German carmakers counting chips after a Taiwanese fab's fire). Two lone
   articles left that are each other's nearest and whose headlines name the
   event in a word of their own pair up (``briefing.lone_pairs``: a rail deal, and the
   farmers relieved by it), and a lone angle piece may then join such a new pair
   (``briefing.angles`` again), or be linked to it (``briefing.story_links`` again: locals
   split over a calanque's reservation rule, beside the park's quota and a guide to booking,
   which paired only at this step; fresh16's d388). A lone piece written in another language
   than the day's then joins the one group with which it shares a name and a figure that no
   other article of the day says (``briefing.other_language``: a Sonora paper's Spanish report
   of a prison riot, "capacidad para 1,200 internos y alberga a 2,080", beside the wire's
   "built for about 1,200 inmates, held 2,080" in Cajeme). Last, on a day one story holds, a piece
   still on its own joins it when it says two of the words three quarters of its members say,
   one of them a word of half of its headlines (``briefing.day_story``: a cooper's orders after
   smoke reached the wine galleries whose fire the reports tell); and in a batch of many
   stories, a piece on its own joins the one story whose own words it says, the words few
   articles outside that story say (``briefing.day_story.attach_to_own_words``); and on a day
that is one story and one other piece, the piece joins when its vector is close enough to the
story's (``briefing.day_story.attach_last_piece``: a pilot's life in the strait where a ship
ran aground); on a day of one story and several lone pieces, each piece joins on its own when
it is close and says three of the story's specific words; and on a day the story holds, a
lone piece (or a pair) filed from nowhere that is about one of the story's things (says it most)
and says two more of its words joins it though it names its own people and town
(``briefing.day_story._about``: guards in the vanilla hills beside a price floor's reports).
Then a group that holds one wire's reports of two events (``briefing.one_wire``: one
agency's dateline, no paragraph carried over, leads that share no name; two fires in one city
under one dateline) is split around them, each other member going to the side it is closest to.
After every such step, a member of a group of two or more that is a feature about a thing
of its own and says the story's words only as its setting, never its event as the cause or
time of its own news nor as a thing, goes back to a story of its own
(``briefing.other_event``: a museum's new gallery "a short walk from the train station" beside
a railway's washout; a sculptor's busy studio "because nobody knows when the quarry reopens
after the landslide" stays).

Stories are ranked by distinct outlets, then articles (near-duplicates count: a wire story that
three outlets republished is widely covered; an article without an outlet counts as its own),
then the most recent ``published_at``, then id.
A story's id is ``"s" + sha256(representative id)[:9]``; its representative (first article id,
whose title the story takes) is the member whose headline and lead are closest to the story's
centroid. Everything is computed in id order, so the result does not depend on input order
(except ``Clustering.articles``, which keeps the input order by contract).
"""

from __future__ import annotations

import hashlib
import logging
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing.angles import attach_angles
from briefing.apart import NamedApart, headlines_apart, lead_places_apart, named_apart
from briefing.day_story import attach_last_piece, attach_to_day_story, attach_to_own_words
from briefing.features import cos
from briefing.listings import send_out_later_lines
from briefing.lone_pairs import pair_lone
from briefing.models import Article, Story
from briefing.neardup import latest_versions, near_duplicates, timestamp
from briefing.one_wire import keep_wires_apart
from briefing.other_event import send_out_other_things
from briefing.other_language import attach_other_language
from briefing.shared_names import attach_by_names, day_words
from briefing.stories import group_stories, representative, story_graph, vectorise
from briefing.story_links import attach_linked

__all__ = ["DEFAULT_STORY_THRESHOLD", "Clustering", "cluster", "similarity"]

log = logging.getLogger(__name__)

DEFAULT_STORY_THRESHOLD = 0.165
"""Average-linkage cosine threshold, tuned on ``bench/data/cluster`` (see bench/eval_cluster.py)."""


@dataclass(frozen=True)
class Clustering:
    """The result of :func:`cluster`.

    ``articles``: what to summarise, one representative per near-duplicate group, input order kept.
    ``stories``: groups over ``articles``, most important first; each article is in exactly one.
    ``near_duplicates``: id of an article left out as a near-duplicate -> id of the one kept.
    ``updates``: the near-duplicates that are *earlier versions* of the one kept (their numbers
    differ: the toll went from 12 to 19), a subset of ``near_duplicates``. The one kept is then
    the latest version, and an earlier one is cited only where it supports a bullet.
    """

    articles: list[Article]
    stories: list[Story]
    near_duplicates: dict[str, str]
    updates: dict[str, str] = field(default_factory=dict)


def cluster(
    articles: Sequence[Article],
    *,
    near_dup_threshold: float = 0.8,
    story_threshold: float = DEFAULT_STORY_THRESHOLD,
) -> Clustering:
    """Drop near-duplicates, then group the remaining articles into ranked stories."""
    by_id: dict[str, Article] = {}
    for art in articles:
        by_id.setdefault(art.id, art)
    ordered = [by_id[i] for i in sorted(by_id)]

    given_at = {a.id: k for k, a in reversed(list(enumerate(articles)))}
    near, updates = latest_versions(near_duplicates(ordered, near_dup_threshold), by_id, given_at)
    kept_ids = {a.id for a in ordered if a.id not in near}
    seen: set[str] = set()
    kept: list[Article] = []
    for art in articles:  # input order, first occurrence
        if art.id in kept_ids and art.id not in seen:
            seen.add(art.id)
            kept.append(art)

    reps = [a for a in ordered if a.id in kept_ids]
    vectors = vectorise(reps)
    dups_of: dict[str, list[Article]] = defaultdict(list)
    for dup_id, rep_id in sorted(near.items()):
        dups_of[rep_id].append(by_id[dup_id])

    stories: list[tuple[tuple[int, int, float, str], Story]] = []
    edges = story_graph(vectors.mixed, vectors.heads)
    day = day_words(reps)  # the words the day writes in lower case, and its outlets
    lower = day[0]
    veto = NamedApart(reps, lower)
    groups = group_stories(vectors.mixed, story_threshold, edges=edges, veto=veto)

    def abroad(i: int, group: Sequence[int]) -> bool:
        return lead_places_apart(reps[i], [reps[j] for j in group], lower)

    def pair_apart(i: int, group: Sequence[int]) -> bool:
        return abroad(i, group) or headlines_apart(reps[i], [reps[j] for j in group])

    groups = attach_angles(groups, reps, edges, veto=abroad, pair_veto=pair_apart)
    groups = attach_by_names(groups, reps, edges, day=day)

    def linked(groups: Sequence[Sequence[int]]) -> list[list[int]]:
        return attach_linked(
            groups,
            reps,
            edges,
            threshold=story_threshold,
            veto=lambda a, b: named_apart([reps[i] for i in a], [reps[i] for i in b], lower),
            day=day,
        )

    groups = linked(groups)
    paired = pair_lone(groups, reps, edges, lower=lower, bags=[v.keys() for v in vectors.mixed])
    new = {tuple(g) for g in paired} - {tuple(sorted(g)) for g in groups}
    if new:  # a new pair is a story the lone pieces of its event can now join
        paired = linked(
            attach_angles(paired, reps, edges, only=new, veto=abroad, pair_veto=pair_apart)
        )
    foreign: set[int] = set()  # the other-language pieces joined: no readers of the day's words
    paired = attach_other_language(paired, reps, joined=foreign)
    paired = attach_to_own_words(
        attach_to_day_story(paired, reps, lower, aside=foreign), reps, lower
    )
    paired = attach_last_piece(paired, reps, vectors.mixed, lower, aside=foreign)
    paired = keep_wires_apart(paired, reps, vectors.mixed, lower)
    paired = send_out_later_lines(send_out_other_things(paired, reps, lower), reps, lower)
    for members in paired:
        first, rest = representative(members, vectors, reps)
        ids = [reps[first].id] + [reps[i].id for i in rest]
        covered = [reps[i] for i in members]
        covered += [d for i in members for d in dups_of.get(reps[i].id, [])]
        outlets = {
            a.outlet.strip().casefold() if a.outlet and a.outlet.strip() else f"?{a.id}"
            for a in covered
        }
        latest = max((timestamp(a.published_at) for a in covered), default=-math.inf)
        story_id = "s" + hashlib.sha256(ids[0].encode("utf-8")).hexdigest()[:9]
        story = Story(id=story_id, title=reps[first].title, article_ids=ids)
        stories.append(((-len(outlets), -len(covered), -latest, story_id), story))
    stories.sort(key=lambda pair: pair[0])
    log.debug(
        "clustered %d articles: %d near-duplicates, %d stories",
        len(ordered),
        len(near),
        len(stories),
    )
    return Clustering(
        articles=kept, stories=[s for _, s in stories], near_duplicates=near, updates=updates
    )


def similarity(a: Article, b: Article) -> float:
    """Story similarity of two articles on their own (cosine, IDF from just the pair).

    Handy for diagnostics; :func:`cluster` uses IDF over the whole batch.
    """
    vectors = vectorise([a, b])
    return cos(vectors.mixed[0], vectors.mixed[1])
