"""A digest's headline lists its items after a label ("Island Morning Letter: Penghu rations
water, Kinmen festival off, Basco runway back"); a piece that tells one of its later items is
not linked to the digest's story through the digest (``briefing.story_links.another_item``).
Fictional, real-shaped articles."""

from __future__ import annotations

from test_cluster_bounds import _article

from briefing.listings import another_item, listed_items
from briefing.story_links import attach_linked

_DIGEST_TITLE = (
    "Island Morning Letter: Penghu rations water, Kinmen festival off, Basco runway back"
)


def test_a_digest_s_headline_lists_its_items_lead_item_first() -> None:
    items = listed_items(_DIGEST_TITLE)
    assert len(items) == 3
    assert "penghu" in items[0] and "kinmen" in items[1]
    episode = "Episode 412: Thistle River's Gold Cup, a Wellington wobble and a qualifier's dream"
    assert len(listed_items(episode)) == 3


def test_a_story_s_headline_with_a_label_or_a_list_of_details_is_no_digest() -> None:
    assert listed_items("Buckets, bathtubs and three weeks at least: Magong learns to ration") == []
    assert listed_items("LIVE: Switzerland votes on 16 weeks of leave for fathers") == []
    assert listed_items("Minister: government will not pay ransom") == []
    assert listed_items("Lima, Cusco and Arequipa brace for a transport strike") == []


def test_a_later_item_is_another_item_the_lead_item_is_not() -> None:
    assert another_item("Kinmen cancels winter oyster festival over norovirus", _DIGEST_TITLE)
    assert not another_item("Penghu islands ration water after pipe breaks", _DIGEST_TITLE)
    assert not another_item("Magong learns to ration", _DIGEST_TITLE)
    assert not another_item("Kinmen cancels winter oyster festival", "Kinmen: oyster festival off")


_PIPE = _article(
    "Taiwan's Penghu islands ration water after undersea pipe breaks",
    """MAGONG, Taiwan (TNA) — Penghu county began rationing tap water on Tuesday after the
    undersea pipe that brings water from Taiwan's main island broke, and officials said repairs
    would take three weeks at least. Households in Magong will get water on alternate days.""",
    "TNA",
    1,
)
_DIGEST = _article(
    _DIGEST_TITLE,
    """Good morning. Penghu began rationing water on Tuesday after its undersea pipe broke;
    Magong gets water on alternate days for three weeks at least. On Kinmen, the county called
    off its winter oyster festival after a norovirus warning. And Basco's runway is open again
    after resurfacing.""",
    "Island Morning Letter",
    2,
)
_KINMEN = _article(
    "Kinmen cancels winter oyster festival over norovirus warning",
    """KINMEN, Taiwan — Kinmen county called off its winter oyster festival on Tuesday after
    health officials warned of norovirus in oysters from two farms, and told restaurants to
    stop serving them raw.""",
    "Straits Daily",
    3,
)


def test_a_later_item_s_report_does_not_join_the_digest_s_story() -> None:
    # Close to the digest, as a later item's report is, and to the lead story's report by
    # the islands' shared words: without the digest, one link to a story of two.
    arts = [_PIPE, _DIGEST, _KINMEN]
    edges = {(0, 1): 0.48, (0, 2): 0.21, (1, 2): 0.27}
    assert attach_linked([[0, 1], [2]], arts, edges, threshold=0.165) == [[0, 1], [2]]
    # The same links from a piece on the lead item join it.
    magong = _article(
        "Buckets and bathtubs: Magong learns to ration",
        """Shopkeepers in Magong filled buckets and bathtubs on Tuesday as the county's water
        rationing began; hotels asked guests to shower briefly.""",
        "Penghu Times",
        4,
    )
    arts = [_PIPE, _DIGEST, magong]
    assert attach_linked([[0, 1], [2]], arts, edges, threshold=0.165) == [[0, 1, 2]]


def test_a_story_s_headline_with_its_topic_as_label_is_no_digest_for_its_own_reports() -> None:
    ceasefire = "Gaza ceasefire: hostages freed, aid trucks enter, Israeli troops pull back"
    assert (
        another_item("Israeli troops pull back from Rafah under Gaza ceasefire", ceasefire) is False
    )
    assert not another_item(
        "Soldiers deployed across Paris after concert hall attack",
        "Paris: police, firefighters and soldiers deployed after concert hall attack",
    )
    hostages = _article(
        "Four hostages freed as Gaza truce enters third week",
        """Four Israeli hostages were handed over by Hamas on Saturday as the Gaza ceasefire
        brokered by Qatar and Egypt entered its third week, Israel's military said.""",
        "Wire",
        1,
    )
    roundup = _article(
        ceasefire,
        """Hamas freed four Israeli hostages on Saturday under the Gaza ceasefire, while 200 aid
        trucks entered the strip through the Kerem Shalom crossing and Israeli troops pulled back
        from parts of Rafah, officials said.""",
        "Gulf Desk",
        2,
    )
    troops = _article(
        "Israeli troops pull back from Rafah under Gaza ceasefire",
        """Israeli tanks left positions along the Salah al-Din road in Rafah on Saturday under the
        ceasefire, residents said, and hundreds of families loaded mattresses onto carts.""",
        "Coastal Post",
        3,
    )
    # The same links as the Kinmen report's above: through the round-up, it joins the story.
    edges = {(0, 1): 0.48, (0, 2): 0.21, (1, 2): 0.27}
    arts = [hostages, roundup, troops]
    assert attach_linked([[0, 1], [2]], arts, edges, threshold=0.165) == [[0, 1, 2]]


def test_a_number_s_thousands_comma_breaks_no_item() -> None:
    floods = "Sri Lanka floods: 12,000 displaced, 40 dead"
    assert listed_items(floods) == []
    assert not another_item("40 dead as monsoon rains lash Ratnapura", floods)
    assert (
        len(listed_items("Morning Letter: 12,000 flee floods, 40 dead in landslide, ferry back"))
        == 3
    )


def test_a_live_page_s_label_names_no_digest() -> None:
    # "Live" names no letter or show: the page is one story's, its list that story's news.
    live = "Live: Storm Darragh latest, roads closed, trains cancelled"
    assert listed_items(live) == []
    assert not another_item("Commuters stranded at Cardiff Central as trains cancelled", live)
    assert listed_items("En direct : tempête Ciarán, routes coupées, trains annulés") == []
