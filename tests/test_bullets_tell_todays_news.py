"""Every bullet tells the reader a fact of today's story (fresh47's look): not a fact-check's
claim line, which states what the piece finds false (d1112: "The claim: A video viewed hundreds
of thousands of times ... shows ..."); not a factbox timeline's dated entry, a past event
(d1117: "Summer 2051: a heatwave and low water kill several tonnes of fish ..."); not a prompt to
the reader in any language (d1125: "Δείτε τις φωτογραφίες των αναγνωστών μας.", "See our
readers' photos."); and a digest's one-line labelled items about things no article tells make
no section of their own (d1124: "Sport: ..." and "Festival: ..." titled a section). The texts
are fictional, written for this test in the shapes of a wire report, a fact-checker's page, a
wire's factbox, a local teaser and a city's morning newsletter."""

from __future__ import annotations

import pytest

from briefing.extractive import summarize_documents
from briefing.extractive.sentences import no_bullet, sentences_of
from briefing.models import Document

WIRE = Document(
    id="wire",
    story="croc",
    title="Crocodile attack injures angler on Daintree river bank",
    text="A 52-year-old angler was badly injured when a saltwater crocodile attacked him on "
    "the bank of the Daintree River in far north Queensland on Saturday morning, police said. "
    "The man, a local resident, was bitten on the leg and arm at about 7.15 a.m. near the ferry "
    "crossing and was flown to Cairns Hospital, where he was in a stable condition. Wildlife "
    "officers said they believed the animal was a male about four metres long and set two "
    "traps along the bank. The river's ferry kept running, but rangers closed two boat ramps "
    "downstream until further notice.",
    source_ids=["wire"],
)
CHECK = Document(
    id="check",
    story="croc",
    title="No, this video does not show Saturday's crocodile attack on the Daintree",
    text="The claim: A video shared tens of thousands of times since Saturday evening shows "
    '"the crocodile that attacked the fisherman on the Daintree", a huge animal lunging at a '
    "dinghy in brown water while people scream.\n\n"
    "Our verdict: False. The video was filmed six years earlier on a river in the Northern "
    "Territory and shows another animal.\n\n"
    "We ran the clip's frames through a reverse image search and found the same footage in a "
    "post by a tour company on the Adelaide River, published six years ago. The boat's name, "
    "visible in the original, has been cropped out of the copies shared this week.\n\n"
    "Wildlife officers have not yet caught the crocodile involved in Saturday's attack, and no "
    "images of it have been published.",
    source_ids=["check"],
)


def _bullets(docs: list[Document], max_sections: int, max_bullets: int) -> list[str]:
    draft = summarize_documents(docs, max_sections=max_sections, max_bullets=max_bullets)
    return [b.text for s in draft.sections for b in s.bullets]


def test_a_fact_check_s_claim_line_is_no_bullet() -> None:
    bullets = _bullets([WIRE, CHECK], max_sections=4, max_bullets=5)
    assert bullets, bullets
    assert not any(text.startswith("The claim:") for text in bullets), bullets


FACTBOX = Document(
    id="factbox",
    story="fish",
    title="Tonnes of dead fish pulled from the Maros river as oxygen falls",
    text="About 14 tonnes of dead fish have been pulled from a 30-km stretch of the Maros river "
    "since Friday, officials said on Sunday, as a heatwave and a suspected discharge of waste "
    "water starved the river of oxygen. Oxygen levels fell to 1.6 milligrams per litre at a "
    "measuring point near Apatfalva on Saturday, well below the level most fish can survive, the "
    "water directorate said. Anglers and water authority crews collected carp, bream and "
    "pike-perch from the banks in boats and nets.\n\n"
    "FISH KILLS ON THE MAROS\n\n"
    "Summer 2041: a heatwave and low water kill several tonnes of fish in oxbow lakes near "
    "Mako; no link to pollution is found.\n\n"
    "March 2046 - a cyanide spill from a mine upstream kills fish along 60 km of the river. "
    "Fishing is banned on the whole Hungarian stretch for a year.",
    source_ids=["factbox"],
)
ANGLERS = Document(
    id="anglers",
    story="fish",
    title="Anglers ask for daily oxygen readings on the Maros",
    text="The county anglers' association asked the water directorate on Sunday to publish "
    "oxygen and temperature readings along the Maros every day, so that clubs can move live "
    "fish and plan rescue work. Members have been asked not to fish in the affected stretch "
    "and not to take home any fish found dead or dying. The association said volunteers had "
    "helped collect dead fish near Apatfalva since Friday.",
    source_ids=["anglers"],
)


def test_a_timeline_s_dated_entry_is_no_bullet() -> None:
    bullets = _bullets([FACTBOX, ANGLERS], max_sections=4, max_bullets=5)
    assert bullets, bullets
    assert not any(text.startswith(("Summer 2041", "March 2046")) for text in bullets), bullets
    # the entry's every sentence is the past event's, not only its dated first one
    aside = [s.text for s in sentences_of(FACTBOX) if s.aside]
    assert any(text.startswith("Fishing is banned") for text in aside), aside
    assert not any(text.startswith("About 14 tonnes") for text in aside), aside


TEASER = Document(
    id="teaser",
    story="storks",
    title="Ρεκόρ πελαργών στο Φανάρι",
    text="Πάνω από 1.800 πελαργούς μέτρησαν οι ορνιθολόγοι στους υγρότοπους του Φαναρίου, "
    "αριθμός ρεκόρ για τον Απρίλιο. Δείτε τις φωτογραφίες των αναγνωστών μας.",
    source_ids=["teaser"],
)
ENGLISH_TEASER = Document(
    id="english",
    story="storks",
    title="Record stork count at Fanari",
    text="Birdwatchers counted more than 1,900 white storks in the Fanari wetlands this week, "
    "the highest April figure ever recorded there. See our readers' photos.",
    source_ids=["english"],
)


def test_a_prompt_to_the_reader_is_no_bullet_in_any_language() -> None:
    for doc in (TEASER, ENGLISH_TEASER):
        bullets = _bullets([doc], max_sections=3, max_bullets=3)
        assert bullets, bullets
        assert not any(t.startswith(("Δείτε", "See our")) for t in bullets), bullets


@pytest.mark.parametrize(
    "text",
    [
        'Claim: "40 tonnes of oil in the river, the water will be undrinkable for a month"',
        "CLAIM: A photo shared thousands of times on Facebook shows the flooded square.",
        "* March 2038 - A rock burst at the mine kills nine workers.",
        "2031: the health ministry opens a national reference laboratory.",
        "Watch the video of the rescue above.",
        "Regardez les photos de nos lecteurs.",
        "Lesen Sie hier die ganze Erklärung.",
    ],
)
def test_lines_that_tell_no_fact_of_today_s_story(text: str) -> None:
    assert no_bullet(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mira Nair won the top prize at the festival on Sunday.",
        "Followers of the movement gathered outside the court on Monday.",
        "Claims for flood damage reached 40 million euros by Friday, insurers said.",
        "The 2051 season was the worst on record, the federation said.",
        "2,000 people marched through the city centre on Saturday.",
        "Read, a former minister, said the plan would be withdrawn.",
    ],
)
def test_lines_that_tell_the_news_stay_candidates(text: str) -> None:
    assert not no_bullet(text)


NEWSLETTER = Document(
    id="letter",
    story="bridge",
    title="The Morning: Castle Bridge shut, beach warning, Vault theatre dark",
    text="THE LEAD: Castle Bridge is shut after a chunk of its parapet fell onto the railway "
    "tracks below last night.\n\n"
    "At about 9.30 p.m., around two tonnes of stone came off the bridge's east side and landed "
    "on the tracks beside platform 2. Nobody was hurt, but trains were stopped for three hours. "
    "The council has closed the bridge to everyone, walkers included, for at least a month.\n\n"
    "Why it matters: Castle Bridge carries most of the old town's traffic. Expect heavier "
    "buses on the hill and longer walks between the station and the market for weeks. If you "
    "are heading to a concert in the old town, give yourself an extra twenty minutes.\n\n"
    "ALSO TODAY\n\n"
    "Harbour beach: The council has advised against swimming at Harbour beach today after "
    "sewage overflows into the bay.\n\n"
    "Vault theatre: the fringe venue under the arches has been closed by the council over "
    "blocked fire exits; its nine shows are looking for new homes.\n\n"
    "Buses: route 14 is diverted away from the quayside until Sunday for water main works.\n\n"
    "Weather: grey and drizzly, 16 degrees, brighter from the west by teatime.\n\n"
    "Rugby: Rovers and the Harlequins are both at home on Saturday; the cup draw is on "
    "Monday.\n\n"
    "Festival: the jazz festival adds a late concert on Saturday; the night market stays open "
    "until midnight all week.\n\n"
    "Libraries: the central library reopens its reading room on Friday after the summer "
    "refit.\n\n"
    "ONE NUMBER\n\n"
    "3 — the hours trains were stopped under the bridge last night.\n\n"
    "READER'S QUESTION\n\n"
    '"Who actually owns Castle Bridge?" asks a reader on the quayside. The council owns and '
    "maintains the bridge itself; the railway owns the tracks below it. Expect both to be "
    "talking about who pays for what.",
    source_ids=["letter"],
)
BRIDGE = Document(
    id="bridge-wire",
    story="bridge",
    title="Masonry falls from Castle Bridge onto railway tracks",
    text="A section of stone parapet fell from Castle Bridge onto the railway tracks below on "
    "Tuesday evening, stopping trains for three hours and forcing the closure of one of the "
    "city's main roads. The council closed the bridge to traffic and pedestrians and said it "
    "would stay shut for at least a month while engineers inspect the structure. Rail services "
    "resumed shortly after midnight once the tracks had been cleared.",
    source_ids=["bridge-wire"],
)
BEACH = Document(
    id="beach",
    story="beach",
    title="Swimmers told to stay out of the sea at Harbour beach after sewage overflows",
    text="Swimmers have been advised not to go into the water at Harbour beach on Wednesday "
    "after heavy overnight rain caused sewage overflows into the bay, the council said. "
    "Signs have been posted along the promenade, and water samples will be taken again on "
    "Thursday.",
    source_ids=["beach"],
)
THEATRE = Document(
    id="theatre",
    story="theatre",
    title="Vault theatre closed mid-festival over fire exits, nine shows displaced",
    text="A fringe venue in the arches beneath the railway viaduct has been closed by the "
    "council after an inspection found two fire exits blocked by stored equipment. The nine "
    "shows booked there for the rest of the festival are being offered slots in other venues, "
    "the theatre's operator said.",
    source_ids=["theatre"],
)
BUS = Document(
    id="bus",
    story="bus",
    title="Route 14 diverted away from the quayside until Sunday",
    text="Bus route 14 will not serve the quayside until Sunday evening because of water main "
    "works on Harbour Street. Buses will run via Mill Road, and temporary stops have been placed "
    "on Mill Road.",
    source_ids=["bus"],
)

DAY = [NEWSLETTER, BRIDGE, BEACH, THEATRE, BUS]


def test_a_digest_s_items_about_things_no_article_tells_are_no_section() -> None:
    draft = summarize_documents(DAY, max_sections=8, max_bullets=4)
    titles = [s.title for s in draft.sections]
    bullets = [b.text for s in draft.sections for b in s.bullets]
    assert any("Castle Bridge" in t for t in titles), titles
    assert not any(t.startswith(("Rugby", "Festival", "Libraries")) for t in titles), titles
    assert not any(b.startswith(("Rugby:", "Festival:", "Libraries:")) for b in bullets), bullets


def test_a_lone_digest_keeps_its_items() -> None:
    draft = summarize_documents([NEWSLETTER], max_sections=6, max_bullets=4)
    assert draft.sections
    bullets = [b.text for s in draft.sections for b in s.bullets]
    assert len(bullets) >= 2, bullets


def test_a_release_s_dated_first_line_is_its_news() -> None:
    # review54's probe: a release opens with its date and its news; a timeline's entry follows a
    # heading or an introduction, never opens its document
    release = Document(
        id="release",
        story="vagotra",
        title="Vagotra to open a wagon repair shop in Belsk",
        text="March 12, 2031 – Vagotra today announced it will open a wagon repair shop in Belsk "
        "with 140 jobs, its first new site in the Upper Tarn Region in a decade.\n\n"
        "The shop will service freight wagons for three national operators from next spring.",
        source_ids=["release"],
    )
    first, *_ = sentences_of(release)
    assert not first.aside
    assert _bullets([release], max_sections=2, max_bullets=3)[0].startswith("March 12, 2031")
