"""Junk kinds left and news lost at fresh48's and aside36's looks (junk51), each beside a
lookalike that does not change:

- a page whose report is a table under its caption ("Tabell: ..."), with the text on it under
  the rows: the rows stay (header, rows, sum), the caption and the credit go; a weather strip
  with no caption over the lead still goes;
- a Thai line of one long clause with no space in it, last before the page's chrome, stays;
- a dateline of a weekday, a date and a clock in another calendar and other digits (the
  Buddhist era in Thai digits, the solar hijri in Persian digits, Devanagari, Arabic-Indic, a
  Japanese era's year) above the first paragraph goes; a word before a date with no clock stays
  a heading's;
- the outlet's masthead in capitals with its tagline in lower case goes, though the feed names
  the outlet with its place's code after it; a club's score under the club's name stays;
- a front-page teaser under a label of five words in capitals ("À LA UNE SUR <SITE> :") after
  the text goes;
- the page's notes on itself: a machine translation's "Translated from <language>. ...", the
  comments switched off, an editorial's letters line, "the page is updated when new figures come"
  in several languages, a correction box in the page's voice, a newsletter's "Written by the
  <name> team at <publisher>."; a sentence of news saying figures will be updated, or that a
  report was translated, stays;
- a byline of two names under the text's label ("Tekst: <Name> og <Name>") goes;
- a follow cry in Latvian ("Seko mums arī Telegram!") and a prompt to send the story to the
  reader's group on a network go; a headline naming a network stays;
- a live page's head "Das Wichtigste in Kürze" or "Lo más importante" over its points stays;
- a bilingual broadcaster's paragraph in its other language, between two English ones, stays.

Every line is written for the test; outlets', places' and people's names are made up.
"""

from __future__ import annotations

from briefing.clean import clean_text
from briefing.clean.stamps import is_stamp_row


def _kept(text: str, outlet: str | None = None) -> list[str]:
    return [line for line in clean_text(text, outlet=outlet).split("\n") if line]


_EN_LEAD = (
    "The regional council opened the new footbridge over the Varna creek on Tuesday, two"
    " months later than planned, its engineer said."
)
_EN_SECOND = "The bridge is 64 metres long and cost 2.3 million euros."
_EN_THIRD = "Cyclists will have to push their bikes across it until the ramps are finished in May."

# --- a table under its caption

_NO_CAPTION = "Tabell: Evakuerte personer og boliger per sone, tirsdag 14. mars"
_NO_ROWS = [
    "Sone | Område | Personer | Boliger | Innkvartering",
    "Sone 1 | Elvebakken | 120 | 44 | Skolen",
    "Sone 2 | Lia og Nordvegen | 75 | 31 | Samfunnshuset",
    "Sone 3 | Sentrum sør | 52 | 20 | Egen ordning",
    "Sum | | 247 | 95 |",
]
_NO_AFTER = [
    "Sonene er fastsatt av kommunens kriseledelse og kan bli endret når grunnen er undersøkt.",
    "Evakuerte som ikke har registrert seg, bes ta kontakt med kommunen på telefon.",
]
_NO_CREDIT = "Kilde: Elvdal kommune, kriseledelsen"
_NO_NOTE = "Siden oppdateres når nye tall foreligger."


def test_a_table_under_its_caption_with_the_text_under_it_stays() -> None:
    kept = _kept("\n".join([_NO_CAPTION, *_NO_ROWS, *_NO_AFTER, _NO_CREDIT, _NO_NOTE]))
    assert kept == [*_NO_ROWS, *_NO_AFTER]


def test_a_strip_with_no_caption_over_the_lead_still_goes() -> None:
    strip = ["Wetter | Mo | Di | Mi", "Max. | 12° | 14° | 11°", "Min. | 3° | 5° | 2°"]
    kept = _kept("\n".join(["Startseite | Lokales | Politik | Sport", *strip, *_NO_AFTER]))
    assert kept == _NO_AFTER


# --- a Thai clause with no space in it

_TH = [
    "เมื่อเวลาประมาณ ๑๐.๓๐ น. วันนี้ สะพานแขวนข้ามลำน้ำภายในสวนสาธารณะ ได้ขาดลงขณะที่นักท่องเที่ยวประมาณ ๒๐ คน"
    " กำลังเดินข้าม ทำให้ทั้งหมดตกลงไปในน้ำ",
    "เจ้าหน้าที่กู้ภัย พร้อมพนักงานสวน ช่วยกันนำผู้บาดเจ็บขึ้นจากน้ำ พบผู้บาดเจ็บ ๑๒ ราย ถูกนำส่งโรงพยาบาลประจำอำเภอ",
]
_TH_CLAUSE = "ขณะนี้ตำรวจได้เชิญผู้จัดการสวนและวิศวกรผู้ควบคุมงานมาให้ปากคำแล้ว"
_TH_CHROME = ["กดติดตามเพจข่าวเหนือ เพื่อไม่พลาดข่าว", "แชร์ต่อให้เพื่อน ๆ ได้เลย"]


def test_a_thai_clause_with_no_space_last_before_the_chrome_stays() -> None:
    kept = _kept("\n".join([*_TH, _TH_CLAUSE, *_TH_CHROME]))
    assert kept == [*_TH, _TH_CLAUSE]


# --- a dateline in another calendar and other digits

_DATELINES = (
    ("วันพุธที่ ๒๒ มีนาคม ๒๕๙๘ เวลา ๐๙:๔๕ น.", _TH),
    (
        "سه‌شنبه ۲۸ دی ۱۴۳۴ ساعت ۱۵:۲۰",
        (
            "شورای شهر روز سه‌شنبه پل عابر پیاده تازه را بر روی رودخانه افتتاح کرد.",
            "این پل ۶۴ متر طول دارد و هزینه ساخت آن ۲۳ میلیارد ریال بوده است.",
        ),
    ),
    (
        "मंगलवार १४ मार्च २०५५ १५:२०",
        (
            "नगर परिषद ने मंगलवार को नदी पर बना नया पैदल पुल खोल दिया, जो तय समय से दो महीने देर से बना।",
            "पुल 64 मीटर लंबा है और इस पर 2.3 करोड़ रुपये खर्च हुए।",
        ),
    ),
    (
        "الثلاثاء ١٤ مارس ٢٠٥٥ الساعة ١٥:٢٠",
        (
            "افتتح المجلس البلدي يوم الثلاثاء الجسر الجديد للمشاة فوق الوادي بعد تأخير دام شهرين.",
            "ويبلغ طول الجسر 64 مترا وكلف 2.3 مليون دينار.",
        ),
    ),
    (
        "令和37年3月14日（火）15時20分",
        (
            "市議会は14日、川に架かる新しい歩道橋を予定より2か月遅れて開通させた。",
            "橋の長さは64メートルで、総工費は2億3000万円だった。",
        ),
    ),
)


def test_a_dateline_in_another_calendar_and_digits_goes() -> None:
    for dateline, body in _DATELINES:
        kept = _kept("\n".join([dateline, *body]))
        assert kept == list(body), dateline


def test_a_word_before_a_date_with_no_clock_is_no_stamp() -> None:
    assert not is_stamp_row("Wahltag 12 Mai 2055")
    assert is_stamp_row("วันพุธที่ ๒๒ มีนาคม ๒๕๙๘ เวลา ๐๙:๔๕ น.")


# --- the outlet's masthead and a teaser under a label in capitals

_FR = [
    "Le ferry qui relie les deux îles est resté à quai mardi soir après une panne de son moteur"
    " principal, et quelque 60 passagers ont dû passer la nuit sur place.",
    "Une pièce de rechange doit arriver par avion jeudi, selon le service des transports.",
]


def test_the_masthead_in_capitals_with_a_lower_case_tagline_goes() -> None:
    masthead = "LE COURRIER DES ANSES — le quotidien en ligne de Port-Salé et des îles voisines"
    kept = _kept("\n".join([masthead, *_FR]), outlet="Le Courrier des Anses PSI")
    assert kept == _FR


def test_a_club_s_score_under_the_club_s_name_stays() -> None:
    lines = [
        "Bryn Teg won the regional bowl final with a penalty in the last minute at the county"
        " ground on Saturday.",
        "Bryn Teg 19, Cwm Glas 17.",
        "It is the club's first trophy since it was founded in 1902.",
    ]
    assert _kept("\n".join(lines), outlet="Bryn Teg RFC") == lines


def test_a_teaser_under_a_label_of_five_words_in_capitals_goes() -> None:
    teaser = "À LA UNE SUR LE COURRIER : Brouillard : l'avion du continent encore cloué au sol"
    chrome = [
        "Recevez Le Courrier chaque matin par mail",
        "© 2055 Le Courrier des Anses – Tous droits réservés",
    ]
    assert _kept("\n".join([*_FR, teaser, *chrome]), outlet="Le Courrier des Anses") == _FR


# --- the page's notes on itself

_NOTES = (
    "Translated from Dutch. This article was automatically translated and may contain errors.",
    "Commenting has been switched off for this report.",
    "Letters on this editorial: letters@harbourpost.example, 250 words maximum",
    "This page will be updated as more information becomes available.",
    "This table will be updated when new figures come in.",
    "The article is updated regularly.",
    "Siden oppdateres når nye tall foreligger.",
    "Die Seite wird aktualisiert, sobald neue Zahlen vorliegen.",
    "Cette page sera mise à jour dès que de nouveaux chiffres seront disponibles.",
    "Esta página se actualizará cuando haya nuevos datos.",
    "Page note: we have amended the harbour master's name, which was misspelt in an earlier"
    " version.",
    "Written by the Morning Tide team at the Bayside Press.",
)


def test_the_page_s_notes_on_itself_go() -> None:
    for note in _NOTES:
        kept = _kept("\n".join([_EN_LEAD, note, _EN_SECOND]))
        assert kept == [_EN_LEAD, _EN_SECOND], note


def test_news_of_updated_figures_or_a_translated_report_stays() -> None:
    for line in (
        "The council said the flood maps will be updated in March, after the survey.",
        "The ministry said the inspectors' report was translated from Dutch before the hearing.",
        "We have amended the rules so that cyclists can use the bridge at night, the mayor said.",
        "Written by a retired teacher, the town's history sold 2,000 copies in a month.",
        # (review55: what a report says of the figures, a list or a report it cites)
        "The figures are updated once a week by the statistics office.",
        "The list is updated when the ministry confirms a new case.",
        "The report is updated as new data arrive from the provinces.",
    ):
        kept = _kept("\n".join([_EN_LEAD, line, _EN_SECOND]))
        assert line in kept, line


# --- a byline of two names under a label

_NO_BODY = (
    "Åtte hus ble tatt av skredet i Lia natt til onsdag. To personer er funnet omkommet, og fire"
    " er fortsatt savnet."
)


def test_a_labelled_pair_of_writers_goes() -> None:
    for byline in ("Tekst: Kari Nordvik og Per Solheim", "Text: Anna Berg and Tom Hale"):
        assert _kept("\n".join([byline, _NO_BODY])) == [_NO_BODY], byline


# --- a follow cry and a send-to-your-group prompt

_LV = [
    "Latvijas un Lietuvas inspektori piektdien kopā ņems ūdens paraugus pie robežas, paziņoja"
    " ministrija.",
    "Lauksaimnieki atzīmē, ka arī Latvijas pusē krātuves pēc atkušņa ir pilnas.",
]
_PT = [
    "Sete pessoas morreram e 45 ficaram feridas no engavetamento desta terça-feira na serra,"
    " segundo a polícia rodoviária.",
    "A prefeitura decretou luto oficial de três dias.",
]


def test_a_follow_cry_and_a_send_to_your_group_prompt_go() -> None:
    for body, prompt, chrome in (
        (_LV, "Seko mums arī Telegram!", "Foto: arhīvs"),
        (_PT, "Mande esta notícia para o seu grupo no WhatsApp", "Leia também: Outras notícias"),
    ):
        assert _kept("\n".join([*body, prompt, chrome])) == body, prompt


def test_a_headline_naming_a_network_stays() -> None:
    head = "Telegram channel for the valley's farmers opens on Monday"
    body = [
        "The farmers' union will post the river's readings twice a day on its new channel, its"
        " chair said.",
        "About 300 farms have signed up.",
    ]
    assert _kept("\n".join([head, *body])) == [head, *body]


# --- a live page's head over its points

_DE_POINTS = [
    "Lawinenwarnstufe 4 in weiten Teilen des Landes.",
    "Die Bahnstrecke über den Pass ist gesperrt.",
    "Das Land rät dringend von Skitouren abseits der Pisten ab.",
]
_ES_POINTS = [
    "Un apagón dejó sin luz a 800,000 clientes a las 9:40 a.m.",
    "La compañía dice que la falla fue en una línea de transmisión del sur.",
    "El gobierno abrió 10 centros de enfriamiento.",
]


def test_a_live_page_s_head_over_its_points_stays() -> None:
    for head, points, entry in (
        (
            "Das Wichtigste in Kürze",
            _DE_POINTS,
            "Die Bahn richtet ab 16 Uhr einen Ersatzverkehr ein.",
        ),
        (
            "Lo más importante",
            _ES_POINTS,
            "La compañía informa que el servicio volvió en el norte.",
        ),
    ):
        kept = _kept("\n".join(["LIVE · Ticker", head, *points, "15:30", entry]))
        assert kept[: len(points) + 1] == [head, *points], head


# --- a bilingual broadcaster's paragraph


def test_a_paragraph_in_the_other_language_between_two_english_ones_stays() -> None:
    creole = (
        "Machann-yo ka vann anba tant dépi janvyé, é konsèy-la di yo ké viwé an mawché-a an jen."
    )
    lines = [
        "The city council says the market's new roof will be finished by the end of May, before"
        " the hurricane season.",
        creole,
        "The council asks shoppers to use the north entrance while the cranes work on the other"
        " side.",
    ]
    assert _kept("\n".join(lines)) == lines


# --- second batch: aside36's comment blocks, a release's header and footer, a notice's number,
# a letter's place and date, meta rows, and the page's prompts

_BLOG = [
    "The market's new roof was finished on Friday, two weeks ahead of the council's plan, the"
    " mayor said.",
    "Stallholders will move back in on Monday.",
]


def test_a_blog_s_comments_under_a_count_or_a_said_row_go() -> None:
    for thread in (
        ["3 comentarii:", "Ioana P. a spus...", "Bine că în sfârșit. Am așteptat tot anul."],
        ["2 commenti:", "Franco M. ha detto...", "Finalmente! Con il passeggino era impossibile."],
        [
            'Eén reactie op "Nieuw dak voor de markt"',
            "Ans Kamphuis schreef op 19 november 2063 om 20:41:",
            "Mooi, nu de stationshal nog.",
        ],
        [
            "Eunice Drever said...",
            "The waiting room is no better, mind.",
            "January 29, 2063 at 9:12 AM",
        ],
    ):
        assert _kept("\n".join([*_BLOG, *thread])) == _BLOG, thread[0]


def test_a_release_s_header_with_its_issuer_and_its_end_mark_with_notes_go() -> None:
    text = "\n".join(
        [
            "FOR IMMEDIATE RELEASE – Lakeside First Nation, Chief and Council",
            *_BLOG,
            "Media contact: Communications Officer, Lakeside First Nation, 807-555-0199",
            "-30- / Aussi disponible en français / Also available on request",
        ]
    )
    assert _kept(text) == _BLOG


def test_a_notice_s_number_and_a_letter_s_place_and_date_go() -> None:
    ar = [
        "تعلم البلدية أنها ستشرع بداية من يوم الإثنين في تركيز إنارة جديدة بأسواق المدينة العتيقة.",
        "وتشمل الأشغال تركيز 420 فانوسا مقتصدا للطاقة، وتدوم ستة أسابيع.",
    ]
    assert _kept("\n".join(["بلاغ عدد 12 لسنة 2063", "صفاقس في 3 مارس 2063", *ar])) == ar
    assert _kept("\n".join(["LEAGUE CIRCULAR NO. 7/2055", *_BLOG])) == _BLOG


def test_a_row_of_a_writer_a_date_and_a_reading_time_goes() -> None:
    for row in (
        "Per Joan Ribes i Soler, redactor de barri | 14 de febrer de 2063 · 10:42"
        " | Temps de lectura: 3 min",
        "21 de gener de 2063 — 3 min de lectura",
        "Posted on 3 March 2063 by Morag Buchan, community reporter",
    ):
        assert _kept("\n".join([row, *_BLOG])) == _BLOG, row


def test_the_page_s_prompts_go() -> None:
    for prompt in (
        "Haben Sie einen Fehler gefunden? Jetzt melden.",
        "Publicidad · Continúa la historia más abajo",
        "Lees het volledige artikel op Het Stadsblad Online.",
        "Seite neu laden, um die neuesten Einträge zu sehen",
    ):
        assert _kept("\n".join([_BLOG[0], prompt, _BLOG[1]])) == _BLOG, prompt


def test_news_beside_the_second_batch_stays() -> None:
    for line in (
        "The mayor said the roof would last fifty years, and the stallholders cheered.",
        "Firefighters had to refresh the crews every hour as water poured through the tunnel"
        " entries.",
        "The circular sent to schools on Monday asks heads to close their pools.",
    ):
        assert line in _kept("\n".join([_BLOG[0], line, _BLOG[1]])), line
