"""ROUGE of the offline briefing against LEAD-3, round-robin lead, TextRank and LexRank.

Usage::

    pip install -e '.[bench]'
    python bench/eval_offline.py [DAYS_JSONL]      # default: bench/data/offline/days.jsonl
    python bench/eval_offline.py --tune-only       # while tuning: no KEPT_ASIDE part shown
    python bench/eval_offline.py --tune-only --per-day   # and each tuning day's ROUGE-2
    python bench/eval_offline.py --tune-only --folds     # the tuning days in two fixed folds

Data: ``bench/data/offline/days.jsonl``, 388 self-made multi-outlet news days (see the README
beside it); each day has 1-4 stories of 1-8 outlets, real-looking junk (credit and sign-up lines,
captions, datelines, archive and social-embed notices, bibliographies) and a reference summary
written before any tuning. ``split`` says which days were used for tuning (``tune``), which were
kept aside (``aside``, d01-d40), which form a second kept-aside set written later and never
tuned on (``fresh``: nine of d41-d52), a third (``fresh2``: d53-d66, written on 2026-12-01 by
a writer who never saw ours' output on them, kept from all tuning) and a fourth (``fresh3``:
d67-d84, written on 2026-12-02 by another such writer before anything was run on them, kept from
all tuning) and a fifth (``fresh4``: d85-d104, written on 2026-12-02 by a writer who never
ran ours or the grouping on them, references finished before anything was run) and a sixth
(``fresh5``: d105-d124, written on 2026-12-02 after fresh4's blind look, the same way) and a
seventh (``fresh6``: d125-d148, written on 2026-12-02 after fresh5's blind look, the same way)
and an eighth (``fresh7``: d149-d172, written on 2026-12-02 after fresh6's blind look, the same
way) and a ninth (``fresh8``: d173-d196, written on 2026-12-02 after fresh7's look, the same way)
and a tenth (``fresh9``: d197-d220, written on 2026-12-02 before fresh8's look, the same way)
and an eleventh (``fresh10``: d221-d244, written on 2026-12-02 before fresh9's look, the same
way) and a twelfth (``fresh11``: d245-d268, written on 2026-12-02 before fresh10's look, the
same way) and a thirteenth (``fresh12``: d269-d292, written on 2026-12-02 while fresh11 was kept
aside, the same way) and a fourteenth (``fresh13``: d293-d316, written on 2026-12-02 while fresh12
was kept aside, the same way) and a fifteenth (``fresh14``: d317-d340, written on 2026-12-02 while
fresh13 was kept aside, the same way) and a sixteenth (``fresh15``: d341-d364, written on
2026-12-02 while fresh14 was kept aside, the same way) and a seventeenth (``fresh16``:
d365-d388, written on 2026-12-03 while fresh15 was kept aside, the same way) and an
eighteenth (``fresh17``: d389-d412, written on 2026-12-03 while fresh16 was kept aside, the same
way) and a nineteenth (``fresh18``: d413-d436, written on 2026-12-03 while fresh17 was kept aside,
the same way) and a twentieth (``fresh19``: d437-d460, written on 2026-12-03, begun while fresh18
was kept aside, the same way) and a twenty-first (``fresh20``: d461-d484, written on 2026-12-03
while fresh19 was kept aside, the same way) and a twenty-second (``fresh21``: d485-d508, written
on 2026-12-03 while fresh20 was kept aside, the same way) and a twenty-third (``fresh22``:
d509-d532, written on 2026-12-03 while fresh21 was kept aside, the same way) and a twenty-fourth
(``fresh23``: d533-d556, written on 2026-12-03 while fresh22 was kept aside, the same way) and a
twenty-fifth (``fresh24``: d557-d580, written on 2026-12-03, begun while fresh23 was kept aside,
the same way) and a twenty-sixth (``fresh25``: d581-d604, written on 2026-12-03 after fresh24's
look by ``days25``, who never read fresh22's, fresh23's or fresh24's texts, on a wire's mix of
topics) and a twenty-seventh (``fresh26``: d605-d628, written on 2026-12-04 after fresh25's
look by ``days26``, who never read fresh23's, fresh24's or fresh25's texts, on energy, labour,
transport, farming, schools, environment, science, sport, culture and regional politics mostly
outside Europe) and a twenty-eighth (``fresh27``: d629-d652, written on 2026-12-04 after
fresh26's look by ``days27``, who never read fresh24's, fresh25's or fresh26's texts, on health
systems, courts and policing, housing, telecoms, public finance, weather, aviation, tourism,
elections and water) and a twenty-ninth (``fresh28``: d653-d676, written on 2026-12-04 after
fresh27's look by ``days28``, who never read fresh25's, fresh26's or fresh27's texts, on
shipping, mining, pensions, universities, space, food prices, transport, cybercrime, religion,
migration and arts funding) and a thirtieth (``fresh29``: d677-d700, written on 2026-12-04
after fresh28's look by ``days29``, who never read fresh26's, fresh27's or fresh28's texts, on
fisheries, wildfires, grids, chemical leaks, nurses' pay, prisons, recalls, esports, heritage,
bridges, remittances and water utilities) and a thirty-first (``fresh30``: d701-d724, written on
2026-12-04 while fresh29 had its look, by ``days30``, who never read fresh27's, fresh28's or
fresh29's texts, on air quality, rents, rail timetables, pensions, aviation safety, tourist
taxes, university fees, restitution, vaccination, launches, cybercrime and road tolls) and a
thirty-second (``fresh31``: d725-d748, written on 2026-12-04 while fresh30 had its look, by
``days31``, who never read fresh28's, fresh29's or fresh30's texts, on fuel prices, ferries,
minimum wages, volcanic ash, vanilla, organ donation, currency, a census, a dzud, glaciers,
motorbike bans, teachers' pay, pilots' strikes, elections and coastal retreat) and a
thirty-third (``fresh32``: d749-d772, written on 2026-12-04 after fresh31's look, by ``days32``,
who never read fresh29's, fresh30's or fresh31's texts, on data-protection fines, heat waves,
recounts, central-bank rates, poaching, transit fares, stadium safety, language laws, waiting
lists, ride-hailing rules, water tariffs, teacher shortages, strikes, court rulings, recounts
and a refinery restart) and a thirty-fourth (``fresh33``: d773-d796, written on 2026-12-04 after
fresh32's look, by ``days33``, who never read fresh30's, fresh31's or fresh32's texts, on sardine
quotas, hydropower, e-scooter bans, bridge inspections, bird flu, dengue, power cuts, a tax
amnesty, school phone bans, wildfire smoke, locusts, transit strikes, court rulings, floods and a
typhoon) and a thirty-fifth (``fresh34``: d797-d820, written on 2026-12-05 after fresh33's look,
by ``days34``, who never read fresh31's, fresh32's or fresh33's texts, on pension ages, port
automation, rent caps, lithium permits, measles, wolf culls, coffee rust, drought insurance, a
satellite launch, museum restitution, a bank failure, public-broadcaster funding, strikes,
elections, court rulings and an earthquake) and a thirty-sixth (``fresh35``: d821-d844, written on
2026-12-05 after fresh34's look, by ``days35``, who never read fresh32's, fresh33's or fresh34's
texts, on a ferry sinking, a glacier lake, a seed bank, racehorse doping, a solar auction, a
hospital cyber attack, a wreck's salvage, tolls, night trains, island flights, a teachers' strike,
cotton quotas, floods, strikes, court rulings, elections and a fuel spill) and a thirty-seventh
(``fresh36``: d845-d868, written on 2026-12-05 after fresh35's look, by ``days36``, who never read
fresh33's, fresh34's or fresh35's texts, on a refinery fire, a mobile licence, milk prices, a cut
cable, a volcano, a church fire, cocoa, park reservations, cholera, durian, elephants on railways,
vanilla, strikes, court rulings, elections, a wildfire and a silo fire) and a thirty-eighth
(``fresh37``: d869-d892, written on 2026-12-05 after fresh36's look, by ``days37``, who never read
fresh34's, fresh35's or fresh36's texts, on a rose-field hailstorm, foot-and-mouth disease, a
falling sea at a ferry port, malaria, bear attacks, a leaning tower block, tobacco auctions, turtle
nesting, a flash flood, a carp virus, an olive-tree disease, sargassum, strikes, court rulings,
elections, a cruise cap, a water pipeline, a gas explosion, a market fire and a nickel smelter)
and a thirty-ninth (``fresh38``: d893-d916, written on 2026-12-05 while fresh37 had its look, by
``days38``, who never read fresh35's, fresh36's or fresh37's texts, on a paprika blight, a
motorway rockslide, a sinkhole, a mine-waste spill, a jellyfish swarm, a harbour boat fire, a
saltwater wedge, insect stains on marble, thawing permafrost, a heritage roof fire, a ship
grounding, a dry river's cracked bridge, strikes, a storm barrier, a port blast, court rulings
and elections) and a fortieth (``fresh39``: d917-d940, written on 2026-12-05 while fresh38 had its
look, by ``days39``, who never read fresh36's, fresh37's or fresh38's texts, on a mastic frost, a
sewer burst into a lake, a tea depot fire, a barge striking a bridge, a whale stranding, a jasmine
price spike, an irrigation channel's collapse, a van through lake ice, a scaffold collapse, a
cliff fall, a crab fleet's tie-up, a cracked waterfall, strikes, court rulings, elections, a
cracked lock gate, condemned homes, a building fire, a flooded concert hall, a burned hut, a
wartime bomb and a collapsed facade) and a forty-first (``fresh40``: d941-d964, written on
2026-12-05 while fresh39 had its look, by ``days40``, who never read fresh37's, fresh38's or
fresh39's texts, on a burst geothermal main, a drowned chapel bared by drought, a breached
breakwater, divers adrift, a mineral-water recall, escaped farm trout, a brandy cellar theft, a
lobster pound's die-off, a debris flow, brine in a salt mine, smuggled tortoises, strikes, court
rulings, elections, a barge collision, a stockfish fire, a norovirus outbreak and two collapses)
and a forty-second (``fresh41``: d965-d988, written on 2026-12-05 while fresh40 had its look, by
``days41``, who never read fresh38's, fresh39's or fresh40's texts, on a dust storm, a false
tsunami alert, a waterbird die-off, a vandalised chapel, a customs computer crash, a bird's-nest
import halt, seal pups in nets, a fuel barge turned back by ice, a hop harvest slump, containers
lost overboard, river erosion, off-roaders in a desert bloom, strikes, court rulings, elections, a
harbour squall, a lighthouse's automation, an emergency landing and two fires) and a
forty-third (``fresh42``: d989-d1012, written on 2026-12-05 after fresh41's look, by ``days42``,
who never read fresh39's, fresh40's or fresh41's texts, on water hyacinth in a harbour, a foam
spill in a border river, grounded seaplanes, island fog, a meteorite, norovirus in oysters, an
avalanche, a belly landing, a failing hot spring, a bourse outage, a burst heating main, a
banana wilt, strikes, court rulings, elections, a fuel shortage, stilt houses, a cliff fall, a
campus leak, two Kingstons, closures and legionella) and a forty-fourth (``fresh43``:
d1013-d1036, written on 2026-12-06 after fresh42's look, by ``days43``, who never read fresh40's,
fresh41's or fresh42's texts, on a sunken ghat stairway, a barge convoy aground, an ice storm,
reed islands torn loose, anthrax, a ferry capsize, a snowbound train, dead seals, ice fishers
adrift, volcanic gas, a burst lager tank, a fallen cypress limb, strikes, court rulings,
elections, a newsletter, a long read, a live blog and two fires) and a forty-fifth
(``fresh44``: d1037-d1060, written on 2026-12-06 after fresh43's look, by ``days44``, who never
read fresh41's, fresh42's or fresh43's texts, on a tornado, a tunnel lorry fire, a straying
tiger, a mud mosque's fallen wall, a pilgrim truck's rollover, bison on a motorway, a nutmeg
station's fire, an oil leak above a water intake, collapsed rice terraces, a dismasted tall
ship, buffalo killed by salt, a trekking bridge swept away, strikes, court rulings, elections, a
newsletter, a long read, a live blog, two roof collapses, two Richmonds and one amount in two
stories) and a forty-sixth (``fresh45``: d1061-d1084, written on 2026-12-06 after fresh44's look,
by ``days45``, who never read fresh42's, fresh43's or fresh44's texts, on a stalled cable car,
tainted rice spirit, a mud volcano, an ore train's derailment, a burning ship's pellets, a gas
main's blast, a toxic bloom, a flooded show cave, pneumonic plague, a border market's fire, a
mountain heath fire, an iceberg's wave, strikes, court rulings, elections, a newsletter, a long
read, a live blog, two Victorias, one minister and one count in two stories each and two gas
leaks) and a forty-seventh (``fresh46``: d1085-d1108, written on 2026-12-06 after fresh45's look,
by ``days46``, who never read fresh43's, fresh44's or fresh45's texts, on a frozen coal-lorry
queue, a reactor's blast, barnacle gatherers swept off rocks, a chariot festival's crush, a
rabid jackal, a lost radioactive capsule, a data centre's fire, an arms depot's blasts, a mine
cage's fall, a fireworks factory's blast, death-cap poisonings, a bog slide, strikes, court
rulings, elections, a newsletter, a long read, a live blog, two Portlands, one agency and one
count in two stories each and two bomb evacuations) and a forty-eighth (``fresh47``: d1109-d1132,
written on 2026-12-06 after fresh46's look, by ``days47``, who never read fresh44's, fresh45's or
fresh46's texts, on a balloon's fire, a border dry port's tanker fire, an ammonia leak, a shark
bite, a fair ride's collapse, a turbine's fall, an ice-jam flood, a chlorine leak, a fish kill, an
escalator's reversal, a hailstorm on greenhouses, a tyre dump's fire, strikes, court rulings,
elections, a newsletter, a long read, a live blog, two Birminghams, one minister and one count in
two stories each and two sinkholes) and a forty-ninth (``fresh48``: d1133-d1156, written on
2026-12-06 after fresh47's look, by ``days48``, who never read fresh45's, fresh46's or fresh47's
texts, on an elephant camp's footbridge, a slurry lagoon's burst, a fog pileup, skaters through
ice, a mezcal warehouse's fire, a lantern workshop's fire, a tour bus's plunge, a diesel barge
aground, a dormitory fire, a quick-clay slide, a kabaddi stand's collapse, a mussel cutter's
capsize, strikes, court rulings, elections, a newsletter, a long read, a live blog, two
Newcastles, one agency and one count in two stories each and two fires in one city) and a
fiftieth (``fresh49``: d1157-d1180, written on 2026-12-06 after fresh48's look, by ``days49``, who
never read fresh46's, fresh47's or fresh48's texts, on a market hall's roof under snow, a kiln
chimney's fall, a border dike's breach, a storm's power cut, a tea estate's mudslide, a sludge
spill on a beach, a jade mine's waste slide, generator fumes, a cracked spillway, a hydrogen
station's blast, a flash flood through a souk, a dam's release, strikes, court rulings, elections,
a newsletter, a long read, a live blog, two Frankfurts, one minister and one count in two stories
each and two burst mains in one city);
figures are printed for each part separately.
``--tune-only`` hides the parts in ``KEPT_ASIDE``: the parts nobody has yet seen ours' output on
(``fresh49`` now, until its blind look at the next session's start; ``fresh48`` had its blind
look at the forty-seventh session's start; ``fresh47``
had its blind look at the forty-sixth session's start; ``fresh46`` had its blind look at the
forty-fifth session's start; ``fresh45`` had its blind look at the forty-fourth session's start;
``fresh44`` had
its blind look at the forty-third session's start; ``fresh43`` had its blind look at the
forty-second session's start;
``fresh42`` had its blind look at the forty-first session's start; ``fresh41`` had
its blind look at the fortieth session's start; ``fresh40`` had
its blind look at the thirty-ninth session's start; ``fresh39`` had its blind look at the
thirty-eighth session's start; ``fresh38`` had its blind look at the thirty-seventh session's
start; ``fresh37`` had its blind
look at the thirty-sixth session's start; ``fresh36``
had its blind look at the thirty-fifth session's start; ``fresh35``
had its blind look at the thirty-fourth session's start; ``fresh34``
had its blind look at the thirty-third session's start; ``fresh33`` had
its blind look at the thirty-second session's start; ``fresh32`` had
its blind look at the thirty-first session's start; ``fresh31`` had
its blind look at the thirtieth
session's start; ``fresh30`` had
its blind look at the
twenty-ninth session's start; ``fresh29`` had its blind look at the twenty-eighth session's
start; ``fresh28`` had its blind look at the twenty-seventh session's start; ``fresh27`` had its
blind look at the twenty-sixth session's start; ``fresh26`` had its blind look at the
twenty-fifth session's start; ``fresh25`` had its blind look at the twenty-fourth session's
start; ``fresh24`` at the twenty-third session's start, ``fresh23`` at the twenty-second's,
``fresh22`` in the twenty-first session, ``fresh21`` at its start, ``fresh20`` at the
twentieth session, ``fresh19`` at the nineteenth's end, ``fresh18`` at its start, ``fresh17``
at the eighteenth's, ``fresh16`` at the seventeenth's).
Each earlier part got one blind look when it was new and is tuning material since.

Every system reads the articles as ingestion stores them (``clean_text``). *Ours* is the whole
offline pipeline (``prepare`` + ``brief`` with ``OfflineBackend``); its bullets are read round
robin over sections (each story's best bullet first, as the overview does). TextRank and LexRank
are sumy's, over the same sentences. **Equal length**: every output is cut to the reference's
word count, so a system gains nothing by being longer. ROUGE-1/2/L F1 (rouge-score, Porter
stemming), averaged over days; then ours is compared with each baseline on ROUGE-2, per part: mean
difference and a paired-bootstrap 95% interval (2,000 resamples). Then ours' junk bullets,
its single-story days with more than one section, its bullets under another story's section
(``off_story``: a bullet citing only articles of other stories than its section's main one,
digests left out), the gold stories whose bullets sit in two or more sections and the
sections of one article's bullets whose article has bullets in another section too
(``spread``), what an English briefing says in another language although the section's story
has an English source (``other_language``: whole sections, bullets inside sections, titles, per
part), and what cleaning left and lost.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import hashlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from data_parts import KEPT_ASIDE, SPLITS, tuning
from rouge_score import rouge_scorer  # type: ignore[import-untyped]
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence  # type: ignore[import-untyped]
from sumy.nlp.stemmers import Stemmer  # type: ignore[import-untyped]
from sumy.summarizers.lex_rank import LexRankSummarizer  # type: ignore[import-untyped]
from sumy.summarizers.text_rank import TextRankSummarizer  # type: ignore[import-untyped]
from sumy.utils import get_stop_words  # type: ignore[import-untyped]

from briefing.backends.offline import OfflineBackend
from briefing.clean import clean_text, opening_dateline
from briefing.extractive.stories import without_kicker
from briefing.language import (
    DEFAULT_LANGUAGE,
    article_language,
    headline_in_another_language,
    plainly_english,
)
from briefing.models import Article, Briefing
from briefing.plan import DEFAULT_MAX_INPUT_TOKENS, Planner, model_info
from briefing.summarize import brief, prepare
from briefing.text import split_sentences
from briefing.tokens import tokenizer_for

DATA = Path(__file__).parent / "data" / "offline" / "days.jsonl"
Scores = dict[str, float]
System = Callable[["Day", int], list[str]]
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}(?:\([A-Za-z]{1,8}\))?\s*[-—–]{1,2}\s")


@dataclass
class Day:
    name: str
    split: str
    reference: str
    articles: list[Article]
    gold: dict[str, str]  # article id -> story
    junk: list[str]  # lines the annotator marked as junk
    news: list[str]  # the other lines of the articles' raw text (whitespace-normalised)


def load_days(path: Path = DATA, *, tuning_only: bool = False) -> list[Day]:
    """Every day of ``path``, its articles cleaned as ``ingest`` cleans them. With
    ``tuning_only`` a kept-aside part's records are skipped before anything runs on them (not
    cleaned and then hidden): nothing of the code touches a part before its blind look."""
    days = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(raw)
        if tuning_only and not tuning(rec["split"]):
            continue
        noon = dt.datetime.fromisoformat(rec["date"] + "T12:00:00+00:00")
        # Articles arrive mixed, as from several feeds: a fixed order by a hash of their id.
        items = sorted(rec["articles"], key=lambda a: hashlib.sha256(a["id"].encode()).digest())
        arts, gold, junk, news = [], {}, [], []
        for k, item in enumerate(items):
            art = Article.create(
                title=item["title"],
                text=clean_text(item["text"], outlet=item["outlet"]),
                source=f"{rec['day']}/{item['id']}",
                outlet=item["outlet"],
                published_at=noon + dt.timedelta(minutes=k),
                dateline=opening_dateline(item["text"]),  # as ``article_from_draft`` reads it
            )
            arts.append(art)
            gold[art.id] = item["story"]
            junk += item.get("junk", [])
            marked = {" ".join(j.split()) for j in item.get("junk", [])}
            lines = (" ".join(line.split()) for line in item["text"].splitlines())
            news += [line for line in lines if line and line not in marked]
        days.append(Day(rec["day"], rec["split"], rec["reference"], arts, gold, junk, news))
    return days


def run_ours(day: Day) -> Briefing:
    planner = Planner(
        info=model_info("extractive"),
        tokenizer=tokenizer_for("gpt-4o"),
        max_input_tokens=DEFAULT_MAX_INPUT_TOKENS,
    )
    prepared = prepare(day.articles, planner)
    return asyncio.run(brief(prepared, OfflineBackend(), planner, date=dt.date(2031, 1, 1)))


def round_robin(briefing: Briefing) -> list[str]:
    """Bullets by rank across sections: every story's best bullet, then every second one..."""
    out: list[str] = []
    for rank in range(max((len(s.bullets) for s in briefing.sections), default=0)):
        out += [s.bullets[rank].text for s in briefing.sections if rank < len(s.bullets)]
    return out


def _sentences(art: Article) -> list[str]:
    return [s for para in art.text.split("\n\n") for s in split_sentences(para) if s.strip()]


def lead_first(day: Day, words: int) -> list[str]:
    return _sentences(day.articles[0])[:3]


def lead_round_robin(day: Day, words: int) -> list[str]:
    per = [_sentences(a) for a in day.articles]
    return [s[k] for k in range(max(map(len, per), default=0)) for s in per if k < len(s)]


class _Tokenizer:
    """sumy's tokenizer interface over the project's sentence splitter (no NLTK data needed)."""

    language = "english"

    def to_sentences(self, paragraph: str) -> list[str]:
        return split_sentences(paragraph)

    def to_words(self, sentence: str) -> list[str]:
        return re.findall(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?", sentence)


def _sumy(kind: type) -> System:
    tokenizer = _Tokenizer()
    summarizer = kind(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")

    def run(day: Day, words: int) -> list[str]:
        paragraphs = [
            Paragraph([Sentence(s, tokenizer) for s in _sentences(a)]) for a in day.articles
        ]
        document = ObjectDocumentModel(paragraphs)
        total = len(document.sentences)
        for count in range(1, total + 1):  # the fewest top sentences that reach the length
            picked = [str(s) for s in summarizer(document, count)]
            if len(" ".join(picked).split()) >= words:
                return picked
        return [str(s) for s in summarizer(document, total)]

    return run


def cut(sentences: Sequence[str], words: int) -> str:
    return " ".join(" ".join(sentences).split()[:words])


def bootstrap(diffs: list[float], *, rounds: int = 2000) -> tuple[float, float]:
    rng = random.Random(0)
    means = sorted(sum(rng.choice(diffs) for _ in diffs) / len(diffs) for _ in range(rounds))
    return means[int(0.025 * rounds)], means[int(0.975 * rounds) - 1]


def junk_bullets(day: Day, briefing: Briefing) -> list[str]:
    """Bullets that contain an annotated junk line or open with a dateline."""
    marks = [j.strip() for j in day.junk if len(j.split()) >= 3]
    bullets = [b.text for s in briefing.sections for b in s.bullets]
    return [b for b in bullets if _DATELINE.match(b) or any(m in b or b in m for m in marks)]


# A digest's headline, for ``off_story`` alone and fixed (the summarizer's own test may change):
# two or more items ("Morning wrap: ferry fire, chess, a flower"), or a label before a colon.
_ITEMS = re.compile(r";|,(?!\s?\d)")
_LABEL = re.compile(
    r"^(?:[\w'’-]+\s+){0,3}(?:briefing|brief|briefs|wrap|wrap-up|roundup|round-up|digest"
    r"|newsletter|bulletin|catch-up|recap|review|headlines|need\s+to\s+know|at\s+a\s+glance)"
    r"\s*:",
    re.I,
)


def lists_items(title: str) -> bool:
    """Whether a headline is a digest's (``off_story`` leaves its article out)."""
    headline = without_kicker(title)
    return len(_ITEMS.findall(headline)) >= 2 or bool(_LABEL.search(headline))


def off_story(day: Day, briefing: Briefing) -> tuple[list[str], int]:
    """Bullets under another story's section, and how many bullets were judged: a bullet whose
    cited articles are all of other gold stories than the one most of its section's bullets
    cite. A digest's article (its headline lists items or has a digest's label) is left out,
    as its gold story is only the one it leads with."""
    title = {a.id: a.title for a in day.articles}
    found: list[str] = []
    judged = 0
    for section in briefing.sections:
        told = [
            {day.gold[i] for i in b.source_ids if i in day.gold and not lists_items(title[i])}
            for b in section.bullets
        ]
        counts = Counter(story for stories in told for story in stories)
        if not counts:
            continue
        main = counts.most_common(1)[0][0]
        judged += sum(1 for stories in told if stories)
        found += [
            b.text
            for b, stories in zip(section.bullets, told, strict=True)
            if stories and main not in stories
        ]
    return found, judged


def spread(day: Day, briefing: Briefing) -> tuple[list[str], list[tuple[str, int]]]:
    """Gold stories whose bullets sit in two or more sections, and the fragment sections (each
    as its title and its number of bullets): a section whose bullets all come from ONE article
    that has bullets in another section too (a feature's or a report's part made a section of
    its own: "The youngest member, Amir", two sentences of a family band's feature whose
    opening scene has a section elsewhere). A bullet's gold stories are read as ``off_story``
    reads them: a digest's article (its headline lists items or has a digest's label) is left
    out, for stories and fragments alike, as its items are other stories' news."""
    title = {a.id: a.title for a in day.articles}
    kept = {i for i in day.gold if not lists_items(title[i])}
    homes: dict[str, set[int]] = {}  # gold story -> sections with a bullet of it
    cited: dict[str, set[int]] = {}  # article -> sections with a bullet citing it
    for k, section in enumerate(briefing.sections):
        for b in section.bullets:
            for i in kept.intersection(b.source_ids):
                homes.setdefault(day.gold[i], set()).add(k)
                cited.setdefault(i, set()).add(k)
    stories = sorted(story for story, sections in homes.items() if len(sections) >= 2)
    fragments = []
    for k, section in enumerate(briefing.sections):
        articles = {i for b in section.bullets for i in kept.intersection(b.source_ids)}
        if len(articles) == 1 and cited[next(iter(articles))] - {k}:
            fragments.append((section.title, len(section.bullets)))
    return stories, fragments


def _written_in(title: str, text: str) -> str:
    """An article's or a sentence's language (plain English prose needs no model)."""
    return DEFAULT_LANGUAGE if plainly_english(title, text) else article_language(title, text)


@dataclass
class OtherLanguage:
    """What a briefing says in another language than its own where the section's story has a
    source in its own (``other_language``): whole sections, bullets inside sections that say
    something in the briefing's language, and titles of sections one of whose articles has a
    title in it."""

    sections: list[str]
    bullets: list[str]
    titles: list[str]


def other_language(day: Day, briefing: Briefing, language: str = DEFAULT_LANGUAGE) -> OtherLanguage:
    """Sections, bullets and titles in another language than ``language`` (the briefing's)
    although the section's story (the gold story most of its bullets cite) has an article in
    it: a reader of the briefing cannot read them, and they take the place of its language's
    facts. A bullet is in another language when its text and the article it is taken from
    (the first it cites) both are; a section when all its bullets are (a page in another
    language split from its story); a title when its headline plainly is while one of the
    section's cited articles has a headline that is not. A bullet's language is the model's
    guess (short French reads as English dictionary words: "Dans les villages de la zone, les
    chefs ... tout passage de criquets.")."""
    by_id = {a.id: a for a in day.articles}
    written = {a.id: _written_in(a.title, a.text) for a in day.articles}
    told = {day.gold[i] for i, lang in written.items() if lang == language and i in day.gold}
    out = OtherLanguage([], [], [])
    for section in briefing.sections:
        counts = Counter(
            day.gold[i] for b in section.bullets for i in b.source_ids if i in day.gold
        )
        if not counts or counts.most_common(1)[0][0] not in told:
            continue
        other = [
            b.text
            for b in section.bullets
            if b.source_ids
            and written.get(b.source_ids[0], language) != language
            and article_language("", b.text) != language
        ]
        if len(other) == len(section.bullets):
            out.sections.append(section.title)
            continue
        out.bullets += other
        heads = {by_id[i].title for b in section.bullets for i in b.source_ids if i in by_id}
        if headline_in_another_language(section.title, language) and any(
            not headline_in_another_language(h, language) for h in heads
        ):
            out.titles.append(section.title)
    return out


# A title's last word that leaves its phrase open: an article, a conjunction, a preposition that
# takes an object ("Survivors of the", "Fire crews and"); not a verb's particle ("Yen rebounds
# after Tokyo steps in", "Suva commuters switch over")
_OPEN_ENDINGS = frozenset(
    (
        "a an the and or but nor of to for from with by at as than that which who whose its their"
    ).split()
)


def cut_titles(briefing: Briefing) -> list[str]:
    """The briefing's section titles that are no whole phrase: ending in "…" (nothing else fit),
    an opening quote never closed ('"This eruption is stronger'), or a last word that leaves the
    phrase open (``_OPEN_ENDINGS``). The issue asks for a story's headline shortened at a clause
    boundary, never mid-phrase."""
    out = []
    for section in briefing.sections:
        title = section.title
        words = title.rstrip("…").split()
        last = words[-1].strip(",;:") if words else ""
        if title.endswith("…") or _quote_open(title) or _open_word(last, words):
            out.append(title)
    return out


def _open_word(last: str, words: list[str]) -> bool:
    """Whether a title's last word leaves its phrase open. In a sentence-case title a capitalised
    last word is a name's part ("... in Vietnam's Hoi An", "... at Port A"), not an article; in a
    title-case one ("Survivors Of The") the case tells nothing."""
    if last.lower() not in _OPEN_ENDINGS:
        return False
    if last[:1].islower():
        return True
    rest = [w for w in words[1:] if w[:1].isalpha()]
    return sum(w[:1].isupper() for w in rest) * 2 > len(rest)


_CLOSERS = {"„": '“”"', "“": "”", "«": "»", '"': '"'}
"""What closes each opening quote: a low-9 quote („, German, Polish, Czech ...) is closed by a
high one (“ in German, ” in Polish) or, as many sites type it, a straight quote."""


def _quote_open(title: str) -> bool:
    """Whether a quote the title opens is never closed."""
    stack: list[str] = []
    for char in title:
        if stack and char in _CLOSERS[stack[-1]]:
            stack.pop()
        elif char in _CLOSERS:
            stack.append(char)
    return bool(stack)


def junk_left(day: Day) -> tuple[int, int]:
    """How many of the day's annotated junk lines are still in its cleaned articles (what
    selection then has to avoid), and how many there are: the clean rules' own recall, apart
    from the briefing."""
    return len(junk_left_lines(day)), len(day.junk)


def junk_left_lines(day: Day) -> list[str]:
    """The day's annotated junk lines still in its cleaned articles, spaces normalised. A mark
    of three words or more counts where it is anywhere in the text (cleaning may join lines); a
    shorter one only as a whole line."""
    texts = [" ".join(a.text.split()) for a in day.articles]
    lines = {" ".join(line.split()) for a in day.articles for line in a.text.splitlines()}
    marks = (" ".join(j.split()) for j in day.junk)
    return [
        m for m in marks if ((m in lines) if len(m.split()) < 3 else any(m in t for t in texts))
    ]


def news_lost(day: Day) -> list[str]:
    """The day's news lines (raw lines the annotator did not mark as junk) that are not whole in
    its cleaned articles: the clean rules' precision. A line cut by a sentence-level rule (its
    news kept, a trailing note removed) counts as lost too, so that every cut is seen."""
    texts = [" ".join(a.text.split()) for a in day.articles]
    return [line for line in day.news if not any(line in t for t in texts)]


def fold(day: str) -> str:
    """The fixed fold of a tuning day (any part not kept aside): ``tune-odd`` or ``tune-even`` by
    its number (d25: odd).
    A change is kept only if it helps, or does not hurt, on both folds."""
    return "tune-odd" if int(day.lstrip("d")) % 2 else "tune-even"


def _arguments(argv: Sequence[str]) -> argparse.Namespace:
    """The command line; an unknown option is an error, not a full run that shows kept-aside
    parts (``--help`` prints the usage and runs nothing)."""
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0] if __doc__ else None,
        epilog="Without --tune-only the parts in KEPT_ASIDE are shown: their one blind look.",
    )
    parser.add_argument("days", nargs="?", type=Path, default=DATA, help="a days.jsonl file")
    parser.add_argument("--tune-only", action="store_true", help="leave out KEPT_ASIDE parts")
    parser.add_argument("--per-day", action="store_true", help="each day's ROUGE-2 and sections")
    parser.add_argument("--folds", action="store_true", help="the tuning days in two fixed folds")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = _arguments(sys.argv[1:] if argv is None else argv)
    tune_only, per_day, folds = args.tune_only, args.per_day, args.folds
    days = load_days(args.days, tuning_only=tune_only)
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    briefings = {d.name: run_ours(d) for d in days}
    systems: dict[str, System] = {
        "ours (offline briefing)": lambda d, n: round_robin(briefings[d.name]),
        "LEAD-3 (first article)": lead_first,
        "lead, round robin": lead_round_robin,
        "TextRank (sumy)": _sumy(TextRankSummarizer),
        "LexRank (sumy)": _sumy(LexRankSummarizer),
    }
    scores: dict[str, dict[str, Scores]] = {}
    for name, system in systems.items():
        scores[name] = {}
        for d in days:
            n = len(d.reference.split())
            got = scorer.score(d.reference, cut(system(d, n), n))
            scores[name][d.name] = {k: 100 * v.fmeasure for k, v in got.items()}
    parts = {p: [d.name for d in days if d.split == p] for p in SPLITS}
    shown = tuple(p for p in SPLITS if parts[p] and not (tune_only and p in KEPT_ASIDE))
    if folds:
        tuned = [d.name for d in days if tuning(d.split)]
        for name in ("tune-odd", "tune-even"):
            parts[name] = [d for d in tuned if fold(d) == name]
        shown = (*shown, "tune-odd", "tune-even")
    print(
        f"{len(days)} days, {sum(len(d.articles) for d in days)} articles; "
        + ", ".join(f"{p} {len(parts[p])}" for p in SPLITS)
        + "; equal length (reference words); ROUGE F1 x 100, rouge-score with Porter stemming"
    )
    head = ["system"]
    for part in shown:
        head += [f"{part} R1", "R2", "RL"]
    print(("{:24}" + " {:>8} {:>5} {:>5} " * len(shown)).format(*head))
    ours = scores["ours (offline briefing)"]
    for name, per_day_scores in scores.items():
        cells = []
        for part in shown:
            for k in ("rouge1", "rouge2", "rougeL"):
                cells.append(sum(per_day_scores[d][k] for d in parts[part]) / len(parts[part]))
        row = "".join(
            f" {cells[3 * i]:8.1f} {cells[3 * i + 1]:5.1f} {cells[3 * i + 2]:5.1f} "
            for i in range(len(shown))
        )
        print(f"{name:24}{row}")
    print("ours - each baseline, ROUGE-2: mean difference [paired-bootstrap 95% interval]")
    for name, per_day_scores in scores.items():
        if per_day_scores is ours:
            continue
        cells_ci = []
        for part in shown:
            diffs = [ours[d]["rouge2"] - per_day_scores[d]["rouge2"] for d in parts[part]]
            lo, hi = bootstrap(diffs)
            cells_ci.append(f"{part} {sum(diffs) / len(diffs):+5.2f} [{lo:+.2f}, {hi:+.2f}]")
        print(f"  {name:22}  " + "   ".join(cells_ci))
    if per_day:
        names = [n for n in scores if n.startswith(("ours", "TextRank", "LexRank"))]
        print("R2 per day: " + " | ".join(names))
        for d in days:
            cells_r2 = " ".join(f"{scores[n][d.name]['rouge2']:6.1f}" for n in names)
            print(f"  {d.name} {cells_r2}  sections={len(briefings[d.name].sections)}")
    single = [d for d in days if len(set(d.gold.values())) == 1]
    multi_section = [d.name for d in single if len(briefings[d.name].sections) != 1]
    junk = {d.name: junk_bullets(d, briefings[d.name]) for d in days}
    words = [len(" ".join(round_robin(briefings[d.name])).split()) for d in days]
    print(
        f"ours: {sum(map(len, junk.values()))} junk bullets; single-story days with more than one "
        f"section: {len(multi_section)} of {len(single)} {multi_section or ''}; "
        f"briefing length {min(words)}-{max(words)} words (mean {sum(words) / len(words):.0f})"
    )
    for name, found in junk.items():
        for text in found:
            print(f"  junk in {name}: {text[:100]}")
    spreads = {d.name: spread(d, briefings[d.name]) for d in days}
    spread_days = [name for name, (stories, _) in spreads.items() if stories]
    fragments = [(name, f) for name, (_, found) in spreads.items() for f in found]
    print(
        f"a story in several sections: {sum(len(s) for s, _ in spreads.values())} stories on "
        f"{len(spread_days)} days; fragment sections (one article's bullets, that article "
        f"cited in another section): {len(fragments)}, "
        f"{sum(1 for _, (_, n) in fragments if n == 1)} of one bullet"
    )
    for name, (text, n) in fragments:
        print(f"  fragment in {name} ({n} bullets): {text[:100]}")
    titles = {d.name: cut_titles(briefings[d.name]) for d in days}
    print(
        f"section titles: {sum(len(b.sections) for b in briefings.values())}; no whole phrase "
        f"(ending in '…', a quote never closed, an open last word): "
        f"{sum(map(len, titles.values()))}"
    )
    for name, found in titles.items():
        for title in found:
            print(f"  title in {name}: {title[:100]}")
    strays = {d.name: off_story(d, briefings[d.name]) for d in days}
    print(
        f"bullets under another story's section: {sum(len(f) for f, _ in strays.values())} of "
        f"{sum(n for _, n in strays.values())}"
    )
    foreign = {d.name: other_language(d, briefings[d.name]) for d in days}
    cells_foreign = []
    for part in shown:
        told = [foreign[d] for d in parts[part]]
        cells_foreign.append(
            f"{part} {sum(len(f.sections) for f in told)}/{sum(len(f.bullets) for f in told)}"
            f"/{sum(len(f.titles) for f in told)}"
        )
    print(
        "in another language than the briefing's although the story has a source in it "
        "(sections/bullets inside sections/titles): " + ", ".join(cells_foreign)
    )
    for name, found_here in foreign.items():
        for kind, texts in (
            ("section", found_here.sections),
            ("bullet", found_here.bullets),
            ("title", found_here.titles),
        ):
            for text in texts:
                print(f"  other-language {kind} in {name}: {text[:100]}")
    cells_left = []
    for part in shown:
        counts = [junk_left(d) for d in days if d.name in parts[part]]
        cells_left.append(f"{part} {sum(c[0] for c in counts)} of {sum(c[1] for c in counts)}")
    print("junk lines left in the cleaned articles (before selection): " + ", ".join(cells_left))
    lost = {d.name: news_lost(d) for d in days}
    cells_lost = []
    for part in shown:
        names = [d for d in parts[part] if d in lost]
        count = sum(len(lost[d]) for d in names)
        total = sum(len(d.news) for d in days if d.name in names)
        cells_lost.append(f"{part} {count} of {total}")
    print("news lines lost by cleaning (not whole in the cleaned text): " + ", ".join(cells_lost))
    for name, lines in lost.items():
        for line in lines:
            print(f"  lost in {name}: {line[:100]}")


if __name__ == "__main__":
    main()
