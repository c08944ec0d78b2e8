"""Near-duplicate detection and story grouping (``briefing.cluster.cluster``) at scale.

Usage::

    python bench/bench_scale.py                           # both shapes, 1k 2k 4k 10k
    python bench/bench_scale.py --shapes look-alike --sizes 1000 2000

Two shapes of input, built deterministically (``random.Random`` with a fixed seed):

* **look-alike**: template copy, as from a results or earnings desk. Six templates of 14
  sentences (about 240 words); each article fills every sentence's one or two slots (names,
  places, numbers) anew, so two articles of one template share most of their word 5-grams
  (shingle Jaccard about 0.3-0.6) without being copies, and every tenth article is a lightly
  edited copy of an earlier one (a true near-duplicate). This is the shape on which LSH
  candidate pairs used to grow quadratically.
* **varied**: ``bench/eval_cluster.py``'s synthetic day (``n // 10`` events, words drawn from
  an event vocabulary and a 2,000-word common one, every tenth article an edited copy).

Each size runs in a fresh child process, so its peak memory (``ru_maxrss``) is its own. Printed
per size: CPU seconds of ``cluster()`` in the child (``time.process_time``), the child's peak
RSS, near-duplicates and stories found, and the ratios against the smallest size of the same
run: ``t(n)/t(base)`` next to ``n/base`` and ``(n log n)/(base log base)``. The targets: 10,000
articles of either shape in at most 60 s of CPU and 1 GB peak memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from briefing.models import Article

_FIRST = "Ana Ben Carla Dev Elena Farid Greta Hugo Ines Jonas Kofi Lena Mateo Nadia Omar".split()
_LAST = "Abbott Baker Costa Diaz Evans Fischer Garcia Haddad Ito Jensen Kovac Lopez Mendes".split()
_PLACES = "Aldham Brixley Corran Dunmore Elsby Farnham Glenrock Harwood Ilsley Jarrow".split()
_TEAMS = "Rovers United Athletic Wanderers Rangers City Albion Town Harriers Orient".split()

# Six desks' templates: {n} is a number, {p} a person, {l} a place, {t} a team.
_TEMPLATES = [
    [
        "{t} beat {t} {n}-{n} at {l} on Saturday in front of {n} supporters.",
        "The home side took the lead after {n} minutes when {p} headed in from a corner.",
        "The visitors levelled before half-time through a penalty converted by {p}.",
        "After the break the hosts pressed forward and {p} struck the post twice.",
        "The winning goal came in the {n}th minute, a low shot from {p} at the near post.",
        "The result lifts the club to {n}th place in the table, {n} points behind the leaders.",
        "Their manager said afterwards that the squad had shown"
        " real character in difficult conditions.",
        "The visiting coach complained about the penalty decision but accepted the result.",
        "It was the club's {n}th win of the season and their {n}th at home.",
        "Attendance at the ground has risen by {n} percent compared with last season.",
        "The next fixture is away at {l} on Tuesday evening, kick-off at {n} o'clock.",
        "Injured midfielder {p} is expected to return to training next week.",
        "Tickets for the following home game go on sale on Monday morning.",
        "Highlights of the match will be shown on the regional channel later tonight.",
    ],
    [
        "Shares in {p} Holdings rose {n} percent after the company"
        " reported quarterly revenue of {n} million.",
        "Analysts had expected revenue of about {n} million for"
        " the three months to the end of March.",
        "Operating profit for the period was {n} million,"
        " compared with {n} million a year earlier.",
        "The company said demand from customers in {l} had been stronger than expected.",
        "Chief executive {p} said the results showed the strategy was working.",
        "The board declared a dividend of {n} cents per share, payable next month.",
        "The company kept its forecast for the full year unchanged at between {n} and {n} million.",
        "Costs rose by {n} percent, mainly because of higher wages and energy prices.",
        "The group employs about {n} people at sites across the region.",
        "It said it would open a new distribution centre near {l} later this year.",
        "Net debt fell to {n} million at the end of the quarter.",
        "The shares have gained {n} percent since the start of the year.",
        "The company will present its results to investors in a call on Thursday.",
        "Its next trading update is due at the end of the summer.",
    ],
    [
        "Temperatures in {l} are forecast to reach {n} degrees"
        " on Sunday, the weather service said.",
        "A band of rain will move in from the west during the"
        " afternoon, bringing up to {n} millimetres.",
        "Winds of up to {n} kilometres an hour are expected along the coast near {l}.",
        "Forecaster {p} said the unsettled spell would last until at least Wednesday.",
        "Drivers were advised to allow extra time for journeys on exposed roads.",
        "The service issued a yellow warning for thunderstorms covering {n} districts.",
        "Overnight temperatures will fall to around {n} degrees in rural areas.",
        "Ferry operators said some crossings from {l} could be delayed or cancelled.",
        "The start of the week will be drier, with sunny spells in most places.",
        "Pollen levels are expected to be high on Tuesday and Wednesday.",
        "Last month was the {n}th wettest on record, with {n} percent of the usual rainfall.",
        "Farmers said the rain had come too late for some early crops.",
        "Reservoir levels in the region stand at {n} percent of capacity.",
        "The next full forecast will be published on Monday morning.",
    ],
    [
        "A man aged {n} has appeared in court in {l} charged with fraud worth {n} thousand pounds.",
        "{p} was accused of taking money from {n} elderly customers over three years.",
        "The court heard that the alleged offences took place between {n} and last spring.",
        "Prosecutor {p} told magistrates the case was too serious to be dealt with there.",
        "The defendant spoke only to confirm his name, age and address in {l}.",
        "He did not enter a plea and was granted bail on condition he lives at his home address.",
        "The case was sent to the crown court, where he will appear on {n} June.",
        "Police said the investigation began after a bank raised concerns about unusual payments.",
        "Officers seized computers and documents from a property in {l} last year.",
        "Detective {p} urged anyone who believed they had been affected to come forward.",
        "A spokesperson for the bank said it had refunded {n} customers in full.",
        "Victim support groups said older people were increasingly targeted by scams.",
        "The force has set up a dedicated phone line for information.",
        "Reporting restrictions were not lifted at the hearing.",
    ],
    [
        "Plans for {n} new homes on farmland near {l} have been approved by the council.",
        "The scheme by developer {p} Estates includes a school, a"
        " health centre and {n} acres of parkland.",
        "Councillors voted {n} to {n} in favour after a debate lasting more than two hours.",
        "Residents had lodged {n} objections, citing traffic and pressure on local services.",
        "Councillor {p} said the district needed the homes to meet its housing target.",
        "Opponents argued the roads around {l} could not cope with the extra traffic.",
        "The developer has agreed to pay {n} million towards road improvements.",
        "About {n} percent of the homes will be offered at affordable rents.",
        "Construction is expected to begin next year and take about {n} years.",
        "The site lies outside the village boundary set in the local plan.",
        "Campaign group chair {p} said residents were considering a legal challenge.",
        "The decision can still be called in by the government for review.",
        "A public exhibition of the final designs will be held in the village hall.",
        "The council said it would publish the full decision notice within a week.",
    ],
    [
        "A festival in {l} attracted {n} visitors over the weekend, organisers said.",
        "More than {n} performers took part on {n} stages across the town centre.",
        "Headline act {p} closed the event on Sunday night with a set lasting two hours.",
        "Organiser {p} said ticket sales had been the strongest in the festival's history.",
        "Local businesses reported a rise in trade of about {n} percent.",
        "Extra trains were laid on from {l} to cope with demand.",
        "Police said the event passed off peacefully, with {n} minor incidents reported.",
        "Volunteers collected {n} bags of litter on Monday morning.",
        "The festival began in {n} as a single evening of music in a pub garden.",
        "This year's event included a food market with {n} stalls.",
        "Organisers are already planning next year's festival, which will run over three days.",
        "Early bird tickets will go on sale in the autumn.",
        "The council contributed a grant towards security and cleaning costs.",
        "A survey of visitors will be published later this month.",
    ],
]


def _fill(template: list[str], rng: random.Random) -> str:
    def one(slot: str) -> str:
        if slot == "n":
            return str(rng.randint(2, 990))
        if slot == "p":
            return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        if slot == "l":
            return rng.choice(_PLACES)
        return rng.choice(_TEAMS)

    out = []
    for sentence in template:
        parts = sentence.split("{")
        text = parts[0]
        for part in parts[1:]:
            slot, _, rest = part.partition("}")
            text += one(slot) + rest
        out.append(text)
    return " ".join(out)


def look_alike(n: int, *, seed: int = 0) -> list[Article]:
    """``n`` template articles; every tenth a lightly edited copy of an earlier one."""
    rng = random.Random(seed)
    start = dt.datetime(2031, 1, 1, tzinfo=dt.UTC)
    texts: list[str] = []
    out: list[Article] = []
    for i in range(n):
        k = i % len(_TEMPLATES)
        if i % 10 == 9:
            words = texts[rng.randrange(len(texts))].split()
            words[rng.randrange(len(words))] = "reportedly"
            text = " ".join(words)
        else:
            text = _fill(_TEMPLATES[k], rng)
        texts.append(text)
        out.append(
            Article.create(
                title=text.split(". ")[0][:90],
                text=text,
                source=f"lookalike#{i}",
                outlet=f"Outlet {i % 23}",
                published_at=start + dt.timedelta(minutes=i),
            )
        )
    return out


def varied(n: int) -> list[Article]:
    from eval_cluster import synthetic

    return synthetic(n)


SHAPES = {"look-alike": look_alike, "varied": varied}


def child(shape: str, n: int) -> None:
    """One measurement in this process: JSON with CPU seconds, peak RSS and counts."""
    from briefing.cluster import cluster

    arts = SHAPES[shape](n)
    cpu = time.process_time()
    wall = time.perf_counter()
    result = cluster(arts)
    cpu = time.process_time() - cpu
    wall = time.perf_counter() - wall
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "cpu": cpu,
                "wall": wall,
                "peak_mb": peak_kb / 1024,
                "near": len(result.near_duplicates),
                "stories": len(result.stories),
            }
        )
    )


def measure(shape: str, n: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", shape, str(n)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--shapes", nargs="+", default=list(SHAPES), choices=list(SHAPES))
    parser.add_argument("--sizes", nargs="+", type=int, default=[1000, 2000, 4000, 10000])
    parser.add_argument("--child", nargs=2, metavar=("SHAPE", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], int(args.child[1]))
        return 0
    print(f"cluster() at scale; python {sys.version.split()[0]}; each size in a fresh process")
    for shape in args.shapes:
        print(f"\n{shape}")
        print(
            f"{'n':>6} {'cpu s':>8} {'peak MB':>8} {'near-dups':>9} {'stories':>8} "
            f"{'t(n)/t(base)':>12} {'n/base':>7} {'nlogn ratio':>11}"
        )
        base: tuple[int, float] | None = None
        for n in args.sizes:
            got = measure(shape, n)
            if base is None:
                base = (n, got["cpu"])
            b_n, b_t = base
            print(
                f"{n:>6} {got['cpu']:8.2f} {got['peak_mb']:8.0f} {got['near']:>9.0f} "
                f"{got['stories']:>8.0f} {got['cpu'] / b_t:12.2f} {n / b_n:7.2f} "
                f"{n * math.log(n) / (b_n * math.log(b_n)):11.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
