"""Kinds of a portal's, a wire's and a platform's own rows, by shape across languages (junk41):
each rule's line goes, and a news line of a like shape beside it stays.

- ``clean.pagekinds.portals``: CJK source / editor rows, bracketed buttons and reprint bans, a
  share row of platforms, a tag row, rights with a copying ban,
  a consent banner's partners and its accept-all button, a caption's credit in capitals, "writes
  about", a magazine's issue note, a listen button with its length, a letter's browser and
  preferences footer, "first appeared on" in Polish, commenter and counter rows, "continues
  after the ad", "register for full access", an offer's "terms apply", a live banner, a Lao or
  Thai byline label and stamp, a board's statement heading, a Maltese byline and stamp, the
  house's notes (how to give, its funding, subscribers' perks, the series' next, the form
  below, "find it in our supplement", a disclaimer, "have your say"), a letter's greeting;
- ``roles``: members' walls in Interlingua, Venetian and Kichwa, other-news labels in
  Vietnamese and its neighbours; ``shapes``: the reply form's heading in Maltese and Hmong;
- in context: a section's breadcrumb above the first paragraph, a Google News cluster in a
  script without case, a thread under commenter rows aged in the page's language ("9 godz.
  temu", "hace 5 h"), a letter's section heading in capitals stays;
- news mended: a company's release reporting its act in the perfect tense of its language, a
  forum post's writer talking to readers as "I", a release's "Comments attributed to ...:", a
  live page's entry markers with the day first, after a live dot, or in CJK or Thai, a deck's
  "What it means for your tap.".

Every line is written for the test; outlets' and people's names are made up.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate

_PAIRS = [
    # CJK portal rows; a sentence naming the source stays
    ("作者：刘洋", "据 作者 刘洋 介绍，大桥 将 于 周一 通车。"),
    ("【纠错】 【打印本页】 【关闭窗口】", "市政府 周一 宣布 关闭 三 个 旧 窗口 服务 大厅。"),
    ("本网站所有内容，未经许可不得转载", "法院 判决 该 网站 未经 许可 转载 新闻，赔偿 五 万 元。"),
    # a share row of platforms; a sentence about the platforms stays
    ("Chia sẻ: Facebook Zalo", "Chia sẻ: Zalo và Facebook là hai mạng được dùng nhiều nhất."),
    ("Teilen: WhatsApp Telegram", "Teilen: Das neue Gesetz erlaubt WhatsApp-Nachrichten an Ämter."),
    # a tag row; a sentence after a like label stays
    ("Etiquetas: movilidad, Bilbao", "Etiquetas: el gobierno obligará a etiquetar los alimentos."),
    ("Từ khóa: Đà Nẵng, du lịch, cầu Rồng", "Từ khóa được tìm nhiều nhất tuần qua là bão số 3."),
    # rights with a copying ban; news of a copying ban stays
    (
        "Bản quyền thuộc Báo Sông Lam. Cấm sao chép dưới mọi hình thức.",
        "Tòa án cho biết bản quyền thuộc tác giả và cấm sao chép sách, theo phán quyết hôm qua.",
    ),
    # a consent banner's partners; news of an ad firm's partners stays
    (
        "Nous et nos 612 partenaires stockons et/ou accédons à des informations sur un appareil.",
        "L'agence et ses 612 partenaires ont été sanctionnés par la CNIL mardi.",
    ),
    ("Alle akzeptieren und weiter", "Alle akzeptieren den Kompromiss, sagte der Bürgermeister."),
    # a caption's credit in capitals; a sentence with a photo word stays
    (
        "Traders wait for buyers at the Owino market in Kampala. PHOTO | AMOS WEKESA",
        "Traders at the Owino market in Kampala said photo licences now cost Shs50,000.",
    ),
    # "writes about"; a sentence about a book's subject stays
    (
        "Anneke du Plessis-Mabena skryf oor onderwys in die Wes-Kaap.",
        "Die boek van Anneke du Plessis-Mabena het verlede jaar die Hertzog-prys gewen.",
    ),
    (
        "Ich schreibe über Verkehr und Wohnen in Leipzig.",
        "Der Stadtrat schrieb am Montag an den Verkehrsminister.",
    ),
    # a magazine's issue note; news of an issue stays
    ("Aus der Rheinischen Woche Nr. 9/2054", "Die Rheinische Woche stellt ihre Ausgabe Nr. 9 ein."),
    # a listen button with its length; a sentence about listening stays
    (
        "Artikel hören · 6:40 Min.",
        "Die Anwohner zu hören dauerte 40 Minuten, sagte der Bürgermeister.",
    ),
    # a letter's browser footer and preferences; news of a browser stays
    (
        "Visualizza questa email nel tuo browser",
        "Il comune ha lanciato un browser per i servizi online.",
    ),
    (
        "Quer mudar a forma como recebe estes emails? Atualize as suas preferências ou cancele"
        " a subscrição.",
        "A empresa vai cancelar a subscrição de 4.000 clientes que não pagaram em março.",
    ),
    # "first appeared on" in Polish; a sentence about a source stays
    (
        "Artykuł Nowy most w Tczewie pochodzi z serwisu Kociewie Dziś.",
        "Woda w kranach pochodzi z ujęcia w Tczewie, podał wodociąg.",
    ),
    # a thread's commenter row, a counter row; a sentence with figures stays
    ("mazurek_77 · 3 godz. temu", "Pociąg przyjechał 3 godz. później niż planowano."),
    ("21 likes · 4 restacks", "About 21 people liked the plan and 4 opposed it at the hearing."),
    # continues after the ad; news of an ad stays
    ("A matéria continua após o anúncio", "A prefeitura continua a proibir anúncios na orla."),
    # register for full access, terms apply; news of an offer stays
    (
        "This story is free to read. Register for full access to Port Ledger's data.",
        "The port authority will register all vessels for full customs access from May.",
    ),
    (
        "Open a savings account today and get $200. Terms apply.",
        "The bank said new savers get $200 under the scheme and terms apply to withdrawals.",
    ),
    # a live banner; a sentence about a live event stays
    ("DIRECT · Mis à jour en continu", "Le direct de la mairie sera mis à jour chaque heure."),
    # a Lao or Thai byline label and stamp
    ("ຂ່າວ: ທ້າວ ສົມພອນ ແກ້ວມະນີ", "ທ້າວ ສົມພອນ ແກ້ວມະນີ ໄດ້ຮັບລາງວັນ ນັກຂ່າວ ດີເດັ່ນ ໃນປີນີ້."),
    ("12 มี.ค. 2588 เวลา 09:15 น.", "ฝนตกหนักในเชียงใหม่ตั้งแต่เวลา 09:15 น. ของวันที่ 12 มีนาคม"),
    # a board's statement heading; news of the board stays
    ("Statement of the board", "The board issued a statement on Monday after the vote."),
    (
        "Position of the Residents' Association board",
        "The position of the residents' association board changed after the vote.",
    ),
    # a Maltese byline and stamp; news of a writer stays
    ("Kitba ta' Rita Camilleri", "Rita Camilleri kitbet ittra lill-Kunsill nhar it-Tnejn."),
    (
        "Ippubblikat: Il-Ħamis, 14 ta' Marzu 2054",
        "Il-Kunsill ippubblika r-rapport nhar il-Ħamis, 14 ta' Marzu 2054, wara sena ta' xogħol.",
    ),
    # the house's notes; news of giving, funding, series and forms stays
    (
        "Donate online or at our office on Harbour Road.",
        "Residents donated online and at the office, the charity said.",
    ),
    (
        "Donations to the relief fund can be made at any branch of the credit union.",
        "Donations to the relief fund reached $40,000 in the first week, organisers said.",
    ),
    (
        "Registered charity. Tax receipts issued for gifts over $20.",
        "The registered charity lost its licence in March after an audit.",
    ),
    (
        "The society accepts no government or corporate funding.",
        "The society lost its government funding in 2052 and now relies on members.",
    ),
    (
        "Subscribers can download the full tender documents.",
        "Subscribers to the water scheme can now pay online, the utility said.",
    ),
    (
        "Next in this series: the ferry to Gozo",
        "The next ferry in this series of crossings leaves at 6am.",
    ),
    (
        "Questions for our inspectors? Use the form below.",
        "Inspectors used the form below the dam to measure the flow.",
    ),
    (
        "Read more stories from the coast in our winter issue.",
        "More stories from the coast ran in the winter issue than in any year before.",
    ),
    (
        "Alle Ergebnisse nach Wahlkreisen finden Sie in unserer Wahlbeilage.",
        "Die Ergebnisse nach Wahlkreisen zeigen einen knappen Sieg der Grünen.",
    ),
    (
        "This explainer is for general information and is not plumbing advice.",
        "The guide was published by the bar association after 40 complaints.",
    ),
    (
        "Have your say: should the pier reopen?",
        "Residents will have their say on the pier in a vote in May.",
    ),
    (
        "Bongu, and grab a coffee: here is the morning's news.",
        "Bongu was painted on the new ferry's hull, the council said.",
    ),
    # members' walls in Interlingua, Venetian, Kichwa; a club's news stays
    (
        "Iste articulo es pro membros solmente",
        "Le piscina del club es pro membros solmente desde lunedi.",
    ),
    (
        "Sto articoło el xe solo par i sòci",
        "La piscina del club la xe verta solo par i sòci da luni.",
    ),
    ("Kay killkaka mashikunallapakmi kan", "Kay willayqa tukuy runakunapakmi."),
    # other-news labels in Vietnamese, Indonesian
    ("Các tin khác về Đà Nẵng", "Các tin đồn về giá vé tàu đã được Bộ bác bỏ hôm qua."),
    ("Berita lainnya", "Berita itu dibantah oleh wali kota pada hari Senin."),
    # the reply form's heading in Maltese and Hmong
    ("Ħalli kumment", "Il-ministru ma ħalliex kumment dwar il-proġett."),
    ("Tso ib lo lus teb", "Lub nroog tau tso ib daim ntawv qhia tshiab hnub Monday."),
]


@pytest.mark.parametrize(("junk", "news"), _PAIRS)
def test_kind_goes_and_news_of_its_shape_stays(junk: str, news: str) -> None:
    assert is_boilerplate(junk)
    assert not is_boilerplate(news)


def _kept(text: str, outlet: str = "Example Daily") -> list[str]:
    return [line.strip() for line in clean_text(text, outlet=outlet).splitlines()]


def test_section_breadcrumb_above_the_first_paragraph_goes() -> None:
    body = (
        "Thành phố Đà Nẵng sẽ mở thêm hai tuyến xe buýt điện từ tháng 5, Sở Giao thông cho biết.\n"
        "Giá vé không đổi, 7.000 đồng mỗi lượt."
    )
    assert "Kinh tế - Du lịch" not in _kept(f"Kinh tế - Du lịch\n{body}")
    # a headline's clause after a dash stays
    assert "Gaza – truce holds" in _kept(
        "Gaza – truce holds\nThe ceasefire held for a third day on Monday, officials said.\n"
        "Aid trucks crossed at Kerem Shalom in the morning."
    )


def test_cluster_in_a_script_without_case_goes() -> None:
    rows = [
        "北陸 新幹線 の 延伸 、 着工 判断 を 来年 に  越前 新報",
        "敦賀 以西 ルート 、 与党 PT が 再 検討 へ  湖国 タイムズ",
        "「 早く 決めて 」 沿線 住民 に 不満  若狭 テレビ",
    ]
    kept = _kept("\n".join(rows), outlet="Google News")
    assert not any(row.replace("  ", " ") in " ".join(kept) for row in rows)
    # one row alone (no cluster) is not taken for one
    single = "北陸 新幹線 の 延伸 、 着工 判断 を 来年 に  越前 新報"
    assert clean_text(single, outlet="Example Daily").strip()


def test_company_release_in_the_perfect_tense_stays() -> None:
    text = (
        "Kystruten AS har signert kontrakt med et verft i Bergen om to nye hurtigbåter.\n"
        "Kontrakten har en verdi på 640 millioner kroner.\n"
        "Om Kystruten AS\n"
        "Kystruten AS driver 9 hurtigbåtsamband på Vestlandet og har 420 ansatte."
    )
    kept = _kept(text, outlet="Kystruten AS")
    assert kept[0].startswith("Kystruten AS har signert kontrakt")
    assert not any(line.startswith("Kystruten AS driver") for line in kept)


def test_forum_posts_writer_talking_to_readers_stays() -> None:
    text = (
        "My town stopped printing its timetable booklet in 2051 and I'm collecting which councils "
        "still print one and how often they update it.\n"
        "If you work at a council, I'd be interested in print runs and costs too.\n"
        "Points: 88\n"
        "# Comments: 40"
    )
    kept = _kept(text, outlet="Hacker News: Ask HN")
    assert "If you work at a council, I'd be interested in print runs and costs too." in kept


def test_release_heading_of_attributed_comments_stays() -> None:
    text = (
        "The Government will spend $3.1 million on new cycle paths in the Hutt Valley.\n"
        "The paths will link four schools to the rail stations by 2055.\n"
        "Comments attributed to Transport Minister Rangi Walker:\n"
        '"These paths will get children to school safely."'
    )
    assert "Comments attributed to Transport Minister Rangi Walker:" in _kept(text)


@pytest.mark.parametrize(
    ("one", "two"),
    [
        ("Thu 5 Mar 15:30", "Thu 5 Mar 15:12"),
        ("5 mars 2054, 15:30", "5 mars 2054, 15:12"),
        ("🔴 15:30", "🔴 15:12"),
        ("15時30分", "15時12分"),
    ],
)
def test_live_entry_markers_stay(one: str, two: str) -> None:
    text = (
        f"{one}\nThe river at Gisborne has peaked at 7.2 metres, the regional council says.\n"
        f"{two}\nCivil Defence has opened a second evacuation centre at the Tolaga Bay school."
    )
    kept = _kept(text)
    assert one in kept
    assert two in kept


def test_decks_what_it_means_for_your_tap_stays() -> None:
    deck = (
        "Salt water is moving up the river toward the city's intakes as crews build a sill. "
        "What it means for your tap."
    )
    assert _kept(deck) == [deck]


def test_letters_section_heading_in_capitals_stays() -> None:
    lead = (
        "The dam on the upper river opened its low gates on Tuesday night to flush out silt, "
        "the first time it has done so since the reservoir filled."
    )
    more = (
        "By Wednesday evening a brown plume had travelled 100 kilometres downstream, and "
        "fishers were posting videos of dead fish in their nets."
    )
    items = [
        "Cambodia has set a minimum export price for its fragrant rice for the first time.",
        "Hanoi will close the old iron bridge to motorbikes from next month for repairs.",
        "A new road bridge between the two border towns is due to open in December.",
    ]
    text = "\n".join([lead, more, "AROUND THE BASIN TODAY", *items])
    assert "AROUND THE BASIN TODAY" in _kept(text)
    # an ad slot's note in capitals between paragraphs still goes
    ad = "\n".join([lead, more, "SCROLL TO CONTINUE WITH CONTENT", *items])
    assert "SCROLL TO CONTINUE WITH CONTENT" not in _kept(ad)


def test_thread_under_a_commenter_row_with_its_age_in_the_page_language_goes() -> None:
    post = (
        "Od 3 czerwca tramwaj nr 8 pojedzie nocą co 30 minut między Wrzeszczem a Stogami.\n"
        "Bilet nocny kosztuje tyle samo co dzienny, podał zarząd transportu."
    )
    kept = _kept(
        f"{post}\n14 komentarzy\nmorska_fala · 2 godz. temu\nA w weekendy też?\n"
        "tramwajarz_gda · 1 godz. temu\nTak, w weekendy też."
    )
    assert "A w weekendy też?" not in kept
    assert "Tak, w weekendy też." not in kept
    assert kept[0].startswith("Od 3 czerwca tramwaj")


@pytest.mark.parametrize(
    "news",
    [
        "She writes about the crossings in a report to the council published on Monday.",
        "The ferry's captain writes about the cuts in a letter to the council.",
        "Mulvey writes about the closure in a letter read out at the meeting.",
    ],
)
def test_a_writer_s_act_in_the_news_stays(news: str) -> None:
    """review45's probe F3.1: a line that reports what someone wrote, between news paragraphs,
    is news; a writer's note names its writer and no letter or report ("Rose Dunne writes about
    ferries for the Island Gazette." still goes)."""
    text = (
        "The island ferry will stop its winter crossings from January, the operator said.\n\n"
        f"{news}\n\n"
        "Islanders said the cut would leave them without a daily boat for three months."
    )
    assert news in clean_text(text)
    note = "Rose Dunne writes about ferries for the Island Gazette."
    assert note not in clean_text(text + "\n\n" + note)
