"""A story that holds the day takes the lone pieces that say its words: the last steps of
grouping (``briefing.cluster``), after every rule that reads links between articles.

On a day of one event told by several outlets, an angle piece can share almost nothing with
any single report: a profile of a cooper whose orders come from a fire in wine galleries
("Since the smoke in the galleries north of the capital, every winemaker wants new oak") has
its own names and trade on every line, and its cosine to each report is below the graph's
floor. What it shares is the story's own words, the ones nearly every report says ("fire",
"galleries", "smoke"), which no single pair of articles weighs much because each report says
them beside its own.

So, when one story *holds the day* (three or more members and two thirds of the day's
articles: ``briefing.story_links.holds_day``), a piece left on its own joins it when its text
says two or more of the story's words, words of four letters or more (no number, figures or
spelled out, stop word, month or weekday) that three quarters of the story's members say, and
one of those is said by half of the members' headlines: the story's own thing ("galleries" of
"Fire in Moldovan wine galleries"), not only words a long report says of anything ("workers",
"hospital", "hours"; found by review20's probes: a hospital cleaners' pay feature beside a
quarry rescue, and a walk-in clinics piece beside a wire report carried by three outlets, whose
every word is a story word). Never when the piece
names another thing than the story does (``briefing.apart.angle_apart``: its headline names
what the story never says while the story's headlines name what it never says, or a place of
another country), nor when its lead names a thing of its own while the story names one it
never says (``briefing.apart.lead_apart``). Only for a piece written in English, whose stop
words the list leaves out: in German, "nicht", "eine", "wird" and "auch" are three quarters of
any story's words.

Two pieces the earlier rules paired are judged as one: they join when each says the story's
words as a lone piece must, one of them is not held apart by ``angle_apart`` or
``lead_apart``, and the grouping's vetoes do not hold the pair apart from the story
(``_held_apart``): fresh20's d466, a column and a queue at a standpipe, beside a water main's
burst. The pair's own veto is review23's: another quarry's landslide report and its brief,
which names no place ("hours after the rescue of four workers elsewhere"), joined the rescue's
story through the brief. It also keeps fresh19's d442 apart, a guide to the lava beside a
report from a village the lava reached ("At Saint-Philippe, ..."): the village is named, and
the story's headlines never name it. Single-story days split 39 -> 38 of 277 (d1-d556);
``python bench/foreign_piece.py --pair`` (two articles of one story of another day added to
each single-story day) grouped 7 pairs of 2,205 with the day's story before and after.

When no story holds the day but the largest group and one more would together, they are two
halves of one event more often than two events: a wire report and its teaser beside a local
report and a safety guide (fresh23's d541, a stalled chairlift: the local report tells one
skier's three hours and never names the resort's town, and no pair across the halves is close
enough). They merge when every article of the second says three of the first's story words,
one of them a word of half its headlines that the day writes in lower case, with no country,
language, region or unit of measure counted (one site's crocodile at a market and its water
tariff rise, fresh23's d549, shared the town's name, "water" and "metres"), and neither the
grouping's vetoes nor the things their headlines name hold them apart (``_held_apart``,
``_things_apart``: a warehouse fire and a school kitchen's fire at one dock, a council's
library closures and its parking charges, review23's probes). Single-story days split 38 ->
34 of 277 (d229, d438, d443, d541), no grouping precision lower per day or pooled, ROUGE-2 up
on fresh10, fresh19 and fresh22. Left: a second event whose reports never name their place
nor anything the first's headlines name (review23's unnamed second flood and gondola) is
told apart by nothing here.

On the offline days' tuning parts (d1-d484) this joins the lone pieces of 4 single-story days
(fresh11's d253, fresh18's d413, fresh19's d437 and d441), takes none from
another story, and leaves offline ROUGE-2 the same or higher. Its cost is measured by adding
one article of another day to each single-story day of three or more articles
(``bench/foreign_piece.py``: eight random articles for each, 1,916 tries): 10 of them are
grouped with the day's story, against 9 without this rule (docs/BENCHMARKS.md).

A day's feeds hold many stories, and none holds the day; there a story's own words are the
ones few articles outside it say (``attach_to_own_words``, the step after): at most one in
twenty. A lone piece that says three of a story's own words, or two with the word most of
its headlines say, one of them a word of half its headlines that names no country, language or
region and one a word the day writes in lower case, joins it when no other story's own words
fit it, under the same vetoes (the function's docstring has the cases). With each part of the
offline days clustered as one batch (``python bench/eval_cluster.py --tune-only``, d1-d508), it
joins 15 pieces, none to another story's; a share of one in twelve (0.08) joined a piece of
another story in the labelled set, one in eight did on fresh14, and letting a country's name be
the headline word joined a blackout's stranded commuters in Spain to the Valencia floods. No
day clustered on its own changes.

Last, on a day that is one story and one other piece (two groups: a story of two or more that
holds two thirds of the day, and a lone article), the piece joins the story when its vector's
cosine to the story's centroid is 0.12 or more and neither ``angle_apart`` nor ``lead_apart``
tells it apart (``attach_last_piece``): a lawyer's profile headed by her name only beside the
ruling she won, a town's pride in the turbines on its horizon beside the wind farm's reports, a
market analysis of a derailed ore train. Such a piece shares no name and few of the story's
words; what it shares is spread over many words, which only the story's whole vector shows.
On d1-d652 (after every other rule) lone pieces of another story score up to 0.10 (a hospital
cleaners' pay deal beside a quarry rescue, through "hospital" and "workers": a test), pieces of
the same kind of event elsewhere up to 0.11 (``bench/foreign_piece.py``), and angle pieces
0.02-0.18: at 0.06 this step joined 14 rightly but took 23 more articles of other days in
``foreign_piece`` and the cleaners' pay deal; at 0.12 it joins 4 (d422, d471, d614, d639),
single-story days split 37 -> 33 of 325, and ``foreign_piece`` is unchanged (17 of 2,589).
A piece between 0.06 and 0.12 joins too when it says two of the story's specific words: words
half its members say that general text seldom says, read off the tokenizer's vocabulary
(``briefing.tokens.common_word``: "refinery", "mortar", "blades", not "hospital" or
"workers"): a history of lime mortar beside a medieval wall's collapse, an essay on a mine
beside a lithium refinery's opening; 33 -> 31, ``foreign_piece`` 17 -> 18 (a brewer's bid for
another brewer, through "brewer" and "shares").
The pieces left under it need what the words do not say (a hall's history beside its closure,
an explainer on fog beside a water cut).

A day of one story and several lone pieces (a wire report and its brief, and four angle pieces
each on its own: fresh28's d658) was left as it was: two groups only. There each lone piece is
now judged on its own, against the story as the earlier rules left it, by closer evidence than
the one other piece needs, since more pieces give more chances of a false join: a cosine of
0.08 or more to the story's centroid and three of its specific words, and a specific word of
half its headlines that names no country, language or region, said as the headlines say it or
in the plural (``_singular``: an explainer speaks of the story's one thing in general, the rock
that makes "waterfalls" grow beside the reports of a crack in one town's waterfall, fresh39's
d928; Mexico's crowded state prisons and their "riots" beside a Sonora prison riot, fresh29's
d682; not the other way round: a report's "ration" beside a newsletter's "Cyprus rations
water", fresh5's d124, whose newsletter already held another story), under the same vetoes. A
real page's day (``bench/data/cluster/seed_000.txt``: a weapons sale reported once and led by a
war digest, beside peace talks and falling drone debris) is why: the digest's words make
nearly everything "specific", and the drone report shares only "Ukraine" with the story's
headlines.
Measured with the offline days split into fold A (odd day numbers, tuned on) and fold B (even,
held out; ``/work/notes/group29_folds.py``): on fold A it joins four pieces rightly (fresh9's
d203, fresh11's d251 twice, fresh28's d673), and one of a wharf strike to a group that already
held another port's strike beside its own (d665); on fold B one of d658's angle pieces, and one
piece to a group that already held two stories (fresh9's d212). Per-day pairwise recall fold A
0.940 -> 0.945, fold B 0.924 -> 0.926, precision the same; no single-story day is whole yet.
Offline ROUGE-2 fresh28 14.3 -> 14.8, fresh9 16.1 -> 15.9 (d203: the live blog's results,
merged into the vote's section, lose their place in the round robin). A Taiwanese
island's oyster festival beside another island's water pipe (cosine 0.18, two specific words),
a harbour's moorage fees beside a salmon closure, and Lebanon's Tripoli beside Libya's (two
each) stay apart: two specific words are not enough here. At 0.06, as for the one other piece,
a marathon record joined Ethiopia's food prices in ``bench/foreign_piece.py`` ("Ethiopia",
"fastest" and a runner's name).
A piece whose own headline names a thing the story's headlines name (``_headline_things``: a
specific word of one of them, written in lower case by the day, no country, language or
region; by its stem, or the agent noun of its act, ``_kin``) needs no word of half the
headlines in its text: an angle piece often names the story's thing only in its headline. It
joins on three specific words, or on two when one is a name of the story's (a word the day
never writes in lower case, no country, language or region): an explainer, "How does bamboo
hold up a skyscraper?", beside "Bamboo scaffolding collapses ..." (fresh39's d925: "bamboo",
"floors", "poles"; it says "scaffolders", never "scaffolding"); a market note on a
mineral-water maker's bonds, "Bottler's bonds dip", beside "... halts bottling ..." (fresh40's
d945: "Tsagveri", the maker, and "springs"). Another cruise's cancelled sailings, headed
"cruise" beside a cruise ship aground, say two of its specific words and none of its names,
and stay apart; a piece headed by the story's town names no thing. The same cosine and vetoes
are asked; on d1-d964 it joins those two pieces and nothing else (docs/BENCHMARKS.md, "After
fresh40's look").

Angle pieces that name their own people and town (group33, after fresh32's look): "In the
Sava hills, the guards come out before the harvest" beside a vanilla price floor's reports,
"On Santiago's dry slopes, farmers count every drum" beside a water tariff's. Their headline
and lead name a place or a person the story never says while the story's headlines name its
country, which the piece never writes, so ``angle_apart`` and ``lead_apart`` read them as
another event's, and the rules above never ask more. What tells them is what they are about:
in ``attach_last_piece``, when the story holds the day (``holds_day``), a lone piece joins it
when one of the story's things (a stem half its headlines say, written in lower case by the
day, no country, language, region or unit) is among the words the piece says most
(``_subject``: three times or more, among its three highest counts), it says two more of the story's
words (``story_words``) that are none of the story's things, its cosine to the story's centroid is
0.05 or more, it is filed from nowhere (no dateline: a report of another event is filed from where
it happened), and it names no other country (``places_apart``, ``lead_places_apart``), whatever the
names vetoes say (``_about``); a pair the earlier rules made joins alike when one of its pieces is
about the story's thing, the pair's words read together, and neither is dated or abroad
(``_angle_pairs``). Another event of the same kind in the same country that carries no dateline
and says the story's words is told apart by nothing here (``bench/foreign_piece.py``: a
Vanuatu cyclone's report beside a Kiribati desalination plant, "water"; a long day at Helsinki
airport beside a sinkhole at Broome's, "airport"). Figures in docs/BENCHMARKS.md ("After
fresh32's look").
A second thing of the story's headlines is not one of the two words: the thing of the piece
and the other thing are the topic, not the event (review36: a feature on another port's
dockworkers' strike, about "strike" and saying "dockworkers" and "port", joined a strike of
Antwerp's; another city's tram plans joined a council's tram vote).

Angle features told from the story's own places (angle35, after fresh33's look): "The night
shift that waits for the boats", a cannery's women beside a sardine quota's cut, says the
quota's thing twice among its people, bus and canteen, and its cosine to the story is 0.04;
"'The river took the fields, the road brought the school': Phongmey after the dam" says
"plant" and "power" beside a hydropower plant's opening. What ties them to the story is where
they are told: a village, a district or a port town that the story's own texts name further
down ("Agadir", "Trashigang"), though never in their headlines or leads. So a lone piece (or
one piece of a pair) also joins the story that holds the day when (``_LocalStory.angle``) a
name of its own, a rare word (not ``common_word``: "Hugo" and "Saint" are every day's) written
capitalised mid-sentence and never in lower case by the day, no country, language, region,
month or weekday, is a word the story's texts say; it says two words half the story's members
say, and a name or a specific word beside the first (two of them in all: a first name shared
with a scorer is no place); its cosine is 0.03 or more; and it tells no event of its own: no
dateline, no month, weekday or day word in its first sentence (``_dated_lead``: a report leads
with its day, "Fishers walked out on Monday"; a feature with a scene, "The bus from Drarga
reaches the gate of the cannery at a quarter to ten"), no other country. A pair joins so only
when neither piece's first sentence is dated. Another event in the story's own town, told as a
feature with no date, would join (none in ``bench/foreign_piece.py``'s draws: 24 of 3,165
before and after). Figures in docs/BENCHMARKS.md ("After fresh33's look").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Sequence

from briefing.angles import is_place, is_region
from briefing.apart import (
    NamedApart,
    angle_apart,
    lead_apart,
    lead_places_apart,
    named_apart,
    places_apart,
    text_names,
)
from briefing.clean.dateline import opening_dateline
from briefing.features import (
    CALENDAR_WORDS,
    STOP_WORDS,
    WORD_PATTERN,
    Vector,
    centroid,
    content_word,
    cos,
)
from briefing.language import DEFAULT_LANGUAGE, article_language
from briefing.models import Article
from briefing.story_links import holds_day
from briefing.text import split_sentences
from briefing.tokens import common_word

__all__ = ["attach_last_piece", "attach_to_day_story", "attach_to_own_words", "story_words"]

_WORD_SHARE = 3 / 4  # its words: said by three quarters of its members
_MIN_WORDS = 2  # a lone piece says two of them or more ...
_HEADLINE_SHARE = 1 / 2  # ... one of them said by half of the members' headlines
_MIN_LENGTH = 4  # a word of four letters or more
_PAIR = 2  # a lone piece or a pair joins the story that holds the day
_DAY_SHARE = 2 / 3  # attach_last_piece: a story of two thirds of the day ...
_LAST_PIECE_COS = 0.12  # ... takes the one other piece when it is this close to its centroid,
_SPECIFIC_COS = 0.06  # ... or this close and says two of the story's specific words
_SEVERAL_COS = 0.08  # with several lone pieces, each this close ...
_SEVERAL_SPECIFIC = 3  # ... and saying three of the story's specific words
_SUBJECT_COS = 0.05  # a piece about the story's thing: this close to its centroid ...
_SUBJECT_TIMES = 3  # ... and saying the thing this often, among its three most-said words
_SUBJECT_RANKS = 3
_LOCAL_COS = 0.03  # a piece from the story's own places: this close to its centroid ...
_LOCAL_SHARE = 1 / 2  # ... saying two words that half of the story's members say
_LOCAL_EVIDENCE = 2  # ... and two of its rare names and specific words, a name among them
_OWN_MEMBERS = 3  # attach_to_own_words: a story of three members or more ...
_OWN_SHARE = 1 / 20  # ... whose own words at most one in twenty articles outside it say ...
_WITHOUT_TOP = 3  # ... of which a piece says three, or two with its top headline word
# Spelled-out numbers of four letters or more: a count, not a story ("four workers").
_NUMBER_WORDS = frozenset(
    "zero three four five seven eight nine eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
    "hundreds thousand thousands million millions billion billions trillion dozen dozens".split()
)

# Units of measure: a quantity, not a story ("four metres" of a crocodile, "cubic metres" of water).
_MEASURES = frozenset(
    "metre metres meter meters kilometre kilometres kilometer kilometers mile miles feet inch "
    "inches litre litres liter liters tonne tonnes tons kilogram kilograms kilo kilos grams "
    "percent cent hectare hectares acre acres degrees celsius fahrenheit knots".split()
)

# Spans of time: when a thing happened, not what ("walkers tell of night escape", "breeding season
# ends": two stories of one country's one ministry, fresh39's d938, shared only these in their
# headlines). A weekday or month is no story word at all (``_words``); these are, elsewhere.
_TIMES = frozenset(
    "night nights morning mornings evening evenings afternoon afternoons overnight weekend "
    "weekends month months hour hours minute minutes season seasons decade decades century "
    "centuries summer winter autumn".split()
)

# Words of a day, like a weekday's: "today's", "tonight's" tell when, not what (a possessive is
# its word, so "today's" is "today").
_DAY_WORDS = frozenset({"today", "tonight", "yesterday", "tomorrow"})
_WORD = re.compile(WORD_PATTERN)
_AGENT = "er"  # an agent noun's ending: "bottler", who bottles
_POSSESSIVE = re.compile(r"['\u2019]s$")


def _words(text: str) -> set[str]:
    """The words of ``text`` in lower case, four letters or more: no number (in figures or
    spelled out), stop word or calendar word (a month or weekday tells a date, not a story).
    Whole words, not stems: "metres" is not "metro", "prices" not "price"; but a possessive is
    its word ("Marrakech's hammams" says "marrakech", as "Marrakech bathhouses" does)."""
    found = (_POSSESSIVE.sub("", w.lower()) for w in _WORD.findall(text))
    return {
        w
        for w in found
        if len(w) >= _MIN_LENGTH
        and not w[0].isdigit()
        and w not in STOP_WORDS
        and w not in CALENDAR_WORDS
        and w not in _DAY_WORDS
        and w not in _NUMBER_WORDS
    }


def _said(art: Article) -> set[str]:
    """The words (``_words``) of an article's headline and text."""
    return _words(f"{art.title}\n{art.text}")


def story_words(members: Sequence[Article]) -> set[str]:
    """The words of a story: words (``_words``) that three quarters of ``members`` say."""
    return _shared_by([_said(art) for art in members])


def _shared_by(said: Sequence[set[str]]) -> set[str]:
    """The words three quarters of ``said`` (each member's words) hold."""
    need = math.ceil(_WORD_SHARE * len(said) - 1e-9)
    count = Counter(w for words in said for w in words)
    return {w for w, n in count.items() if n >= need}


def attach_to_day_story(
    groups: Sequence[Sequence[int]],
    arts: Sequence[Article],
    lower: frozenset[str],
    aside: Collection[int] = (),
) -> list[list[int]]:
    """``groups`` (indices into ``arts``, the whole day) with every lone piece, and every pair,
    that says the words of the story that holds the day (the module's rule) moved into it;
    ``lower``: the words the day writes in lower case (``briefing.shared_names.day_words``).
    Two halves of the story (``_two_halves``) are read over their members but ``aside``, the
    pages in another language that ``briefing.other_language`` joined, as ``attach_last_piece``
    reads them: such a page says none of the day's words, and three quarters of a half of
    three would be none (fresh43's d1015: a Georgian page joined its wire and teaser, and the
    story no longer took its other half, a winemakers' union and a market note). A lone piece
    is still weighed against every member, the page among them: the names it shares with the
    story are words the piece says too (fresh35's d825: a Spanish page's "Chiriquí")."""
    out = _two_halves(groups, arts, lower, aside)
    if not out:
        return out
    home = max(range(len(out)), key=lambda k: (len(out[k]), -k))
    size = len(out[home])
    if not holds_day(size, len(arts)):
        return out
    members = [arts[j] for j in out[home]]
    words = story_words(members)
    if len(words) < _MIN_WORDS:
        return out
    headline = _headline_words(words, members)

    def says_words(piece: Article) -> bool:
        shared = words & _said(piece)
        return bool(
            len(shared) >= _MIN_WORDS
            and shared & headline
            and article_language(piece.title, piece.text) == DEFAULT_LANGUAGE
        )

    def told_apart(piece: Article) -> bool:
        return angle_apart(piece, members, lower) or lead_apart(piece, members, lower)

    joined: list[int] = []
    for k, group in enumerate(out):
        if k == home or len(group) > _PAIR:
            continue
        pieces = [arts[j] for j in group]
        if (
            all(map(says_words, pieces))
            and not all(map(told_apart, pieces))
            and (len(group) == 1 or not _held_apart(out[home], group, arts, lower))
        ):
            joined.append(k)
    for k in joined:
        out[home].extend(out[k])
        out[k] = []
    return [g for g in out if g]


def _headline_words(words: set[str], members: Sequence[Article]) -> set[str]:
    """The ``words`` that half of the ``members``' headlines say."""
    heads = Counter(w for art in members for w in _words(art.title))
    return {w for w in words if heads[w] >= _HEADLINE_SHARE * len(members)}


def _told(group: Sequence[int], aside: Collection[int]) -> list[int]:
    """The members of ``group`` that tell its story in the day's words: all but ``aside`` (the
    pages in another language joined to it), or all of them when none is left."""
    return [j for j in group if j not in aside] or list(group)


def _two_halves(
    groups: Sequence[Sequence[int]],
    arts: Sequence[Article],
    lower: frozenset[str],
    aside: Collection[int] = (),
) -> list[list[int]]:
    """``groups`` with two merged when neither holds the day but together they would: the
    largest group, of two or more, and another no larger, each of whose articles says three of
    the first's story words, one of them said by half its headlines and written in lower case
    somewhere in the day (``lower``: a thing, not a name); no country, language or region counts
    (two events of one country share its name), nor a unit of measure, nor a span of time
    (``_TIMES``: a hut fire's "night escape" beside a breeding "season", both told by one
    ministry, fresh39's d938); which the grouping's
    vetoes and the things their headlines name do not tell apart (``_held_apart``); and not
    every one of whose articles is told apart by ``angle_apart`` or ``lead_apart``. The
    second's articles are read for their language (English), not the first's. With two largest
    groups of one size, either may be the first, in their order; one merge at most."""
    out = [list(g) for g in groups]
    if not out:
        return out
    size = max(map(len, out))
    if size < _PAIR or holds_day(size, len(arts)) or not holds_day(2 * size, len(arts)):
        return out  # none to complete, or none could: a batch of many stories
    firsts = [k for k, g in enumerate(out) if len(g) == size]
    for first in firsts:
        members = [arts[j] for j in _told(out[first], aside)]  # (``attach_to_day_story``)
        words = {
            w for w in story_words(members) if not _backdrop(w) and w not in _MEASURES | _TIMES
        }
        headline = _headline_words(words, members)
        for k, group in enumerate(out):
            if k == first or not holds_day(size + len(group), len(arts)):
                continue
            pieces = [arts[j] for j in group]
            if (
                all(
                    len(shared := words & _said(p)) >= _WITHOUT_TOP
                    and shared & headline & lower
                    and article_language(p.title, p.text) == DEFAULT_LANGUAGE
                    for p in pieces
                )
                and not all(
                    angle_apart(p, members, lower) or lead_apart(p, members, lower) for p in pieces
                )
                and not _held_apart(out[first], group, arts, lower)
            ):
                out[first].extend(group)
                del out[k]
                return out
    return out


def _held_apart(
    a: Sequence[int], b: Sequence[int], arts: Sequence[Article], lower: frozenset[str]
) -> bool:
    """Whether groups ``a`` and ``b`` of a day's ``arts`` (indices) are held apart when one
    would take the other whole: by the things their headlines name (``_things_apart``), by
    ``named_apart``, or by the grouping's veto (``briefing.apart.NamedApart``, built for the
    question: its groups are known by a member's index, and merging mutates it)."""
    first, second = [arts[j] for j in a], [arts[j] for j in b]
    if _things_apart(first, second, lower) or named_apart(first, second, lower):
        return True
    veto = NamedApart(arts, lower)
    for group in (a, b):
        for j in group[1:]:
            veto.merged(group[0], j)
    return veto.veto(a[0], b[0])


def _stems(words: set[str]) -> set[str]:
    """The stems of ``words`` ("libraries" and "library" are one, "floods" and "flooded")."""
    return {stem for w in words if (stem := content_word(w))}


def _headline_things(
    specific: set[str], members: Sequence[Article], lower: frozenset[str]
) -> set[str]:
    """The stems of the story's ``specific`` words that a member's headline says and the day
    writes in lower case (``lower``: a thing, not a name), naming no country, language or
    region: "bamboo" of "Bamboo scaffolding collapses ...", "bottl" of "... halts bottling"."""
    heads = set().union(*(_words(art.title) for art in members)) if members else set()
    return _stems({w for w in specific & heads if w in lower and not _backdrop(w)})


def _kin(words: set[str]) -> set[str]:
    """The stems of ``words``, and of each agent noun the stem of its act ("bottler" of a
    headline's "bottling", "scaffolder" of "scaffolding"): a market note names the trade, the
    reports name what it does."""
    stems = _stems(words)
    return stems | {s[: -len(_AGENT)] for s in stems if s.endswith(_AGENT) and len(s) > 5}


def _singular(word: str) -> str:
    """A word's singular when it reads as an English plural ("waterfalls", "riots",
    "churches", "ferries"), else the word: a noun in the plural is the thing its singular
    names, in general."""
    if word.endswith("ies") and len(word) > _MIN_LENGTH:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _singulars(words: set[str]) -> set[str]:
    """``words`` each in its singular (``_singular``)."""
    return {_singular(w) for w in words}


def _things_apart(a: Sequence[Article], b: Sequence[Article], lower: frozenset[str]) -> bool:
    """Whether two groups' headlines each name a thing the other group never says: a word of
    four letters or more that every headline of the group says, in one form or another ("library
    closures", "close two libraries"), and the day writes in lower case (``lower``: a thing, not
    a name). Two fires at one dock ("Fire guts timber warehouse at
    the dock", "Dock warehouse blaze ...") beside ("School kitchen fire ...", "Pupils sent home
    after kitchen fire"): "warehouse" and "kitchen"; a stalled chairlift's wire and teaser
    ("Bariloche chairlift evacuated") beside its local report and safety guide, which say
    "chairlift", are one event's (review23's probes: two fires of one town, two decisions of
    one council, two floods, two gondolas)."""

    things = _stems(set(lower))

    def named(group: Sequence[Article]) -> set[str]:
        each = [_stems(_words(art.title)) & things for art in group]
        return set.intersection(*each) if each else set()

    def says(group: Sequence[Article]) -> set[str]:
        return _stems(set().union(*map(_said, group)))

    mine, theirs = named(a), named(b)
    return bool(mine - says(b)) and bool(theirs - says(a))


def _backdrop(word: str) -> bool:
    """Whether a word names a country, language or region ("spain", "european"): where many
    stories of a batch happen, not one of them."""
    stem = content_word(word)
    return stem is not None and (is_place(stem) or is_region(stem))


def attach_to_own_words(
    groups: Sequence[Sequence[int]], arts: Sequence[Article], lower: frozenset[str]
) -> list[list[int]]:
    """``groups`` (indices into ``arts``, the whole batch) with every lone piece that says a
    story's own words moved into it: the batch's counterpart of ``attach_to_day_story``, for a
    story that does not hold the day (a day's feeds of many stories).

    A story's own words are its words (``story_words``) that at most ``_OWN_SHARE`` of the
    articles outside it say (the piece among them: so the rule needs twenty articles outside
    the story, and never acts on a small day, where ``attach_to_day_story`` does). A lone piece
    joins a story of ``_OWN_MEMBERS`` or more when it says two or more of them, one said by
    half of the story's headlines and naming no country, language or region (two stories of
    one country share its name: a blackout's stranded commuters said "Spain" and "emergency"
    beside the Valencia floods); three of them, or two with the word most of its headlines say
    (a recycling plant's fire in the same city says "fire" and "firefighters" beside a
    warehouse fire's reports, never "warehouse"); one of them a word the day writes in lower
    case (a firm's results that say only "Braxton Motors" beside its plant's closure: one name,
    not two words); when it says those of one story only; and unless ``angle_apart`` or
    ``lead_apart``, as for the day's story. The piece's language is read, not the story's. The
    lone pieces are those left after every other rule; each is judged against the stories as
    they were before any moved. Another event of the same firm, town or topic that says its
    name and its topic's words is told apart only by the vetoes (review21's probes: an
    airline's order beside its pilots' strike, a flu vaccine beside a measles drive)."""
    out = [list(g) for g in groups]
    total = len(arts)
    said: dict[int, set[str]] = {}

    def says(j: int) -> set[str]:
        if j not in said:
            said[j] = _said(arts[j])
        return said[j]

    lone = [k for k, g in enumerate(out) if len(g) == 1]
    big = [k for k, g in enumerate(out) if len(g) >= _OWN_MEMBERS]
    if not lone or not big:
        return out
    # Only a story whose headlines say a word some lone piece says can take one.
    pieces = {w for k in lone for w in says(out[k][0])}
    titled = {k: Counter(w for j in out[k] for w in _words(arts[j].title)) for k in big}
    big = [k for k in big if pieces.intersection(titled[k])]
    if not big:
        return out
    freq = Counter(w for j in range(total) for w in says(j))
    own: dict[int, set[str]] = {}
    top: dict[int, set[str]] = {}  # the own words that most of a story's headlines say
    by_headline: dict[str, list[int]] = {}
    for k in big:
        group = out[k]
        inside = Counter(w for j in group for w in says(j))
        outside = total - len(group)
        words = {
            w
            for w in _shared_by([says(j) for j in group])
            if freq[w] - inside[w] <= _OWN_SHARE * outside
        }
        heads = titled[k]
        named = {w for w in words if heads[w] >= _HEADLINE_SHARE * len(group) and not _backdrop(w)}
        if len(words) < _MIN_WORDS or not named:
            continue
        own[k] = words
        most = max(heads[w] for w in named)
        top[k] = {w for w in named if heads[w] == most}
        for w in named:
            by_headline.setdefault(w, []).append(k)
    moves: dict[int, int] = {}
    for k in lone:
        j = out[k][0]
        near = {h for w in says(j) for h in by_headline.get(w, ())}
        fits = [
            h
            for h in sorted(near)
            if len(shared := own[h] & says(j)) >= _MIN_WORDS
            and (len(shared) >= _WITHOUT_TOP or top[h] & shared)
            and shared & lower
        ]
        if len(fits) != 1:
            continue
        members = [arts[i] for i in out[fits[0]]]
        piece = arts[j]
        if (
            article_language(piece.title, piece.text) == DEFAULT_LANGUAGE
            and not angle_apart(piece, members, lower)
            and not lead_apart(piece, members, lower)
        ):
            moves[k] = fits[0]
    for k, home in moves.items():
        out[home].extend(out[k])
        out[k] = []
    return [g for g in out if g]


def attach_last_piece(
    groups: Sequence[Sequence[int]],
    arts: Sequence[Article],
    vectors: Sequence[Vector],
    lower: frozenset[str],
    aside: Collection[int] = (),
) -> list[list[int]]:
    """``groups`` (indices into ``arts``, the whole day) with the day's one other piece moved
    into the story that holds it: when the day is two groups, one of two members or more and two
    thirds of the day, the other a lone article whose vector (``vectors``, as
    ``briefing.stories.vectorise`` makes them) has a cosine of ``_LAST_PIECE_COS`` or more to
    the story's centroid, or of ``_SPECIFIC_COS`` or more and it says two of the story's
    specific words (``_specific_words``), and neither ``angle_apart`` nor ``lead_apart`` tells
    it apart (``lower``: the words the day writes in lower case). When the day is one group of
    two members or more and several lone articles, each joins on its own when its cosine is
    ``_SEVERAL_COS`` or more and it says ``_SEVERAL_SPECIFIC`` of the story's specific words and
    one said by half its headlines (or in its plural: ``_singular``) naming no country, language
    or region, or when its own headline names a thing one of the story's headlines names
    (``_headline_things``, ``_kin``) and it says three of the specific words, or two with a
    name of the story's, under the same vetoes; a day of two groups of two or more is left as
    it is. The
    module's docstring has the cost. The story is read (its centroid, its specific words, the
    vetoes) over its members but ``aside``: the pages in another language that
    ``briefing.other_language`` joined say none of the day's words and would only thin them
    (fresh30's d711: its Czech page took the words its ransomware explainer shares). On a day
    the story holds, a lone piece about one of its things also joins (``_about``), or one told
    from its own places (``_LocalStory.angle``), and so, first, does a pair
    (``_angle_pairs``)."""
    out = _angle_pairs([list(g) for g in groups], arts, vectors, lower, aside)
    stories = [k for k, g in enumerate(out) if len(g) >= _PAIR]
    if len(stories) != 1 or len(out) < _PAIR:
        return out
    big = stories[0]
    told = [i for i in out[big] if i not in aside] or out[big]
    members = [arts[i] for i in told]
    middle = centroid(vectors[i] for i in told)
    specific = _specific_words(members)
    held = holds_day(len(out[big]), len(arts))
    thing = _things(members, lower) if held else set()
    words = story_words(members) if thing else set()
    local = _LocalStory(members, lower) if held else None

    def about(j: int) -> bool:  # about the story's thing (``_about``), or from its places
        close = cos(vectors[j], middle)
        if thing and _about(arts[j], thing, words, members, lower, close):
            return True
        return local is not None and local.angle(arts[j], close)

    if len(out) > _PAIR:  # several lone pieces: each on its own evidence, the stricter one
        titled = {w for w in _headline_words(specific, members) if not _backdrop(w)}
        headed = _headline_things(specific, members, lower)

        def several(j: int) -> bool:
            said = _said(arts[j])
            shared = specific & said
            if cos(vectors[j], middle) < _SEVERAL_COS:
                return False
            if not (len(shared) >= _SEVERAL_SPECIFIC and (said | _singulars(said)) & titled):
                # its own headline names a thing the story's headlines name
                # (``_headline_things``), and its text three specific words, or two with a name
                # of the story's
                named = {w for w in shared if w not in lower and not _backdrop(w)}
                if not (
                    (len(shared) >= _SEVERAL_SPECIFIC or (len(shared) >= _MIN_WORDS and named))
                    and _kin(_words(arts[j].title)) & headed
                ):
                    return False
            # the vetoes last: they read the piece's whole text against every member
            return not (angle_apart(arts[j], members, lower) or lead_apart(arts[j], members, lower))

        joined = [g[0] for k, g in enumerate(out) if k != big and (several(g[0]) or about(g[0]))]
        taken = set(joined)
        return [out[big] + joined] + [
            g for k, g in enumerate(out) if k != big and g[0] not in taken
        ]
    lone = 1 - big
    if len(out[big]) < _DAY_SHARE * len(arts):
        return out
    j = out[lone][0]
    piece = arts[j]
    if about(j):
        return [out[big] + [j]]
    close = cos(vectors[j], middle)
    if close < _LAST_PIECE_COS and (
        close < _SPECIFIC_COS or len(specific & _said(piece)) < _MIN_WORDS
    ):
        return out
    if angle_apart(piece, members, lower) or lead_apart(piece, members, lower):
        return out
    return [out[big] + [j]]


def _angle_pairs(
    out: list[list[int]],
    arts: Sequence[Article],
    vectors: Sequence[Vector],
    lower: frozenset[str],
    aside: Collection[int],
) -> list[list[int]]:
    """``out`` with each pair the earlier rules made moved into the story that holds the day
    (the largest group, when ``holds_day``) when one of its two pieces is about the story's
    thing (``_about``), or told from its places (``_LocalStory.angle``, and then neither
    piece's first sentence is dated: ``_dated_lead``), and the other too is filed from nowhere
    and names no other country (``places_apart``, ``lead_places_apart``): an explainer on the
    routes of wild birds and a hatchery's feature on stolen chicks, beside a trafficking ring's
    arrests. The story is read without ``aside`` (``attach_last_piece``)."""
    if not out:
        return out
    big = max(range(len(out)), key=lambda k: (len(out[k]), -k))
    pairs = [k for k, g in enumerate(out) if k != big and len(g) == _PAIR]
    if not pairs or not holds_day(len(out[big]), len(arts)):
        return out
    told = [i for i in out[big] if i not in aside] or out[big]
    members = [arts[i] for i in told]
    thing = _things(members, lower)
    words = story_words(members)
    local = _LocalStory(members, lower)
    middle = centroid(vectors[i] for i in told)

    def angle(j: int, pair: Sequence[int]) -> bool:
        close = cos(vectors[j], middle)
        said = _said(arts[pair[0]]) | _said(arts[pair[1]])
        if thing and _about(arts[j], thing, words, members, lower, close, said):
            return True
        # told from the story's places: neither piece tells a dated act of its own
        return local.angle(arts[j], close) and not any(_dated_lead(arts[i].text) for i in pair)

    joined = [
        k
        for k in pairs
        if any(angle(j, out[k]) for j in out[k])
        and not any(
            arts[j].dateline is not None
            or opening_dateline(arts[j].text) is not None
            or places_apart([arts[j]], members, lower)
            or lead_places_apart(arts[j], members, lower)
            for j in out[k]
        )
    ]
    for k in joined:
        out[big].extend(out[k])
    return [g for k, g in enumerate(out) if k not in joined]


def _things(members: Sequence[Article], lower: frozenset[str]) -> set[str]:
    """The story's things: the stems of words (``_words``) half of ``members``' headlines say
    that the day writes in lower case (``lower``: a thing, not a name), naming no country,
    language or region and no unit of measure ("water" and "tariff" of "Cape Verde water
    tariffs up 28%")."""
    heads = Counter(
        stem
        for art in members
        for stem in {
            content_word(w)
            for w in _words(art.title)
            if w in lower and w not in _MEASURES and not _backdrop(w)
        }
        if stem
    )
    return {stem for stem, n in heads.items() if n >= _HEADLINE_SHARE * len(members)}


def _subject(piece: Article) -> set[str]:
    """What a piece is about: the stems of its words (``_words``, headline and text) that it
    says ``_SUBJECT_TIMES`` times or more and as often as its ``_SUBJECT_RANKS`` most-said
    words (ties in)."""
    count = Counter(
        stem for w in _WORD.findall(f"{piece.title}\n{piece.text}") if (stem := _word_stem(w))
    )
    if not count:
        return set()
    ranks = sorted(set(count.values()), reverse=True)[:_SUBJECT_RANKS]
    floor = max(_SUBJECT_TIMES, ranks[-1])
    return {stem for stem, n in count.items() if n >= floor}


def _word_stem(token: str) -> str | None:
    """The stem of a token that ``_words`` keeps, else None."""
    return content_word(word) if (word := next(iter(_words(token)), None)) else None


def _about(
    piece: Article,
    thing: set[str],
    words: set[str],
    story: Sequence[Article],
    lower: frozenset[str],
    close: float,
    said: set[str] | None = None,
) -> bool:
    """Whether a lone ``piece`` is an angle on the ``story`` that holds the day: written in
    English, about one of the story's things (``_subject`` meets ``thing``: a feature on
    guards who watch vanilla vines at night says "vanilla" most beside the reports of a
    vanilla price floor), saying two more of the story's ``words`` beside its things (its
    ``story_words``, no country, language or region: "exporters", "prices"; ``said``, the
    words read, are the piece's own unless a pair's), its vector's cosine to the story's
    centroid ``close`` at least ``_SUBJECT_COS``, filed from nowhere (no dateline,
    ``Article.dateline`` or at its text's start: a report of an event of its own is filed
    from where it happened), and naming no other country than the story (``places_apart``,
    ``lead_places_apart``). An angle piece names its own people and town in its headline and
    lead ("In the Sava hills, ..."), which ``angle_apart`` and ``lead_apart`` read as another
    event's, so they are not asked here: what it is about, and the story's words it says,
    tell it."""
    if close < _SUBJECT_COS or piece.dateline is not None or opening_dateline(piece.text):
        return False
    subject = _subject(piece) & thing
    if not subject:
        return False
    shared = words & (_said(piece) if said is None else said)
    besides = {s for w in shared if (s := content_word(w)) not in thing and not _backdrop(w)}
    return bool(
        len(besides) >= _MIN_WORDS
        and article_language(piece.title, piece.text) == DEFAULT_LANGUAGE
        and not places_apart([piece], story, lower)
        and not lead_places_apart(piece, story, lower)
    )


class _LocalStory:
    """A story that holds the day, read for the angle pieces told from its own places
    (``angle``): the words half its members say (``_LOCAL_SHARE``, no country, language or
    region) and every word its texts say, names among them."""

    def __init__(self, members: Sequence[Article], lower: frozenset[str]) -> None:
        self.members = members
        self.lower = lower
        need = math.ceil(_LOCAL_SHARE * len(members) - 1e-9)
        count = Counter(w for art in members for w in _said(art))
        self.half = {w for w, n in count.items() if n >= need and not _backdrop(w)}
        self.told = {
            stem
            for art in members
            for tok in _WORD.findall(f"{art.title}\n{art.text}")
            if (stem := content_word(tok))
        }

    def angle(self, piece: Article, close: float) -> bool:
        """Whether a lone ``piece`` is an angle told from the story's own places: written in
        English, a name of its own (``apart.text_names``: a capitalised word mid-sentence
        that the day never writes in lower case, no country, language, region, month or
        weekday) is one the story's texts say ("Agadir", where the story's canners are, in
        a feature on a cannery's night shift beside a sardine quota's cut), it says two
        words half the story's members say (``half``: "sardine", "canneries"), its cosine
        to the story's centroid ``close`` is ``_LOCAL_COS`` or more, and it tells no event
        of its own: no dateline, no month, weekday or day word in its first sentence (a
        report leads with its date: "Dockers walked out on Monday"; a feature with a scene:
        "The bus from Drarga reaches the cannery's gate at a quarter to ten"), and no other
        country named (``places_apart``, ``lead_places_apart``). The names vetoes are not
        asked: an angle piece names its own people and street in its headline and lead."""
        if close < _LOCAL_COS or piece.dateline is not None or opening_dateline(piece.text):
            return False
        if _dated_lead(piece.text) or len(half := self.half & _said(piece)) < _MIN_WORDS:
            return False
        names = {
            stem
            for name in text_names(f"{piece.title}\n{piece.text}", self.lower)
            if not common_word(name)
            and (stem := content_word(name))
            and stem in self.told
            and not is_place(stem)
            and not is_region(stem)
        }
        specific = {w for w in half if not common_word(w) and content_word(w) not in names}
        return bool(
            names
            and len(names) + len(specific) >= _LOCAL_EVIDENCE
            and article_language(piece.title, piece.text) == DEFAULT_LANGUAGE
            and not places_apart([piece], self.members, self.lower)
            and not lead_places_apart(piece, self.members, self.lower)
        )


def _dated_lead(text: str) -> bool:
    """Whether a text's first sentence says a month, a weekday or a day's word ("today",
    "yesterday"): a report of an act, which is dated; a feature's scene is not."""
    first = next(iter(split_sentences(text)), "")
    return any(
        (w := _POSSESSIVE.sub("", tok.lower())) in CALENDAR_WORDS or w in _DAY_WORDS
        for tok in _WORD.findall(first)
    )


def _specific_words(members: Sequence[Article]) -> set[str]:
    """The words (``_words``) half of ``members`` say that general text seldom says
    (``briefing.tokens.common_word``): "blades", "refinery", "fledged", not "workers"."""
    count = Counter(w for art in members for w in _said(art))
    return {
        w for w, n in count.items() if n >= _HEADLINE_SHARE * len(members) and not common_word(w)
    }
