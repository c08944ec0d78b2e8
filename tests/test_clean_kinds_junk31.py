"""Kinds of a page's own lines after fresh28's and aside16's looks (junk31): each rule's line
goes, and a news line of a like shape stays.

The kinds: a note on how the piece was made ("This Q&A was prepared from ..."), a caption under
a plural label ("Photo captions: ..."), a letter's greeting in several languages at once, why
the letter reaches its reader ("In your inbox since you subscribed ..."), a section describing
itself by its name ("<Section>: short items from ..., checked by our reporters.").

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import cleaned_lines as _lines

from briefing.clean import clean_text, is_boilerplate

# (a rule's line, a news line shaped like it)
_PAIRS = [
    # how the piece was made / a report's finding
    (
        "This explainer was compiled from court filings and company reports. Sources listed below.",
        "This explainer was compiled from 1,200 school reports and found that waiting lists grew.",
    ),
    (
        "This guide was put together with data from the national weather service.",
        "This guide was put together by the council after complaints, the mayor said.",
    ),
    (
        "Cet article a été rédigé à partir de rapports publics et d'entretiens.",
        "Cet article a été retiré du site après une plainte de la mairie, a indiqué le journal.",
    ),
    # a caption under a plural label / a sentence about captions
    (
        "Photo captions: Ferry crews unload at the pier; villagers wave from the quay.",
        "Photo captions on the agency's site misnamed the minister, the spokesman said.",
    ),
    (
        "Captions: The new bridge at dawn; workers on the deck.",
        "Captions in the museum's new wing are written in three languages, the director said.",
    ),
    # a greeting in several languages / a programme's name, news after it
    (
        "Tere, sveiki, labas — and welcome to this week's letter from the Baltic desk.",
        "Labas rytas, Lietuva, the morning show, lost its host on Monday, the broadcaster said.",
    ),
    (
        "Bonjour, hallo, goedemorgen — and hello from all three language regions.",
        "Brussels, Antwerp, Ghent — and now Liège, where the strike spread on Monday.",
    ),
    # why the letter reaches its reader / news of subscribers
    (
        "You are receiving this because you signed up at our website. Forwarded? Join us.",
        "Subscribers who signed up since March were charged twice, the bank said on Monday.",
    ),
    (
        "Got it second-hand? Sign up free on our site and it arrives every Sunday.",
        "Got it second-hand, the car broke down within a week, the buyer told the court.",
    ),
    (
        "Vous recevez cet e-mail car vous êtes inscrit à notre lettre du matin.",
        "Vous recevez des amendes car vous roulez trop vite, a rappelé le préfet lundi.",
    ),
    # a section describing itself / news of a section
    (
        "Court Briefs: short items from the week's hearings, checked by our reporters.",
        "Court Briefs: a judge jailed two men for fraud on Monday, checked by the clerk's office.",
    ),
    (
        "Market Notes: prices from the wholesale market, compiled by our business desk.",
        "Market Notes: wholesale prices fell 4% this week, compiled figures from the board show.",
    ),
]


@pytest.mark.parametrize(("junk", "news"), _PAIRS)
def test_the_kind_goes_and_news_of_its_shape_stays(junk: str, news: str) -> None:
    # between two paragraphs of its own language, the news line of its shape kept
    kept = _lines(f"{news}\n{junk}\n{news}")
    assert junk not in kept
    assert kept.count(news) == 2


@pytest.mark.parametrize(("junk", "news"), _PAIRS)
def test_the_kind_is_chrome_on_its_own_and_news_of_its_shape_is_not(junk: str, news: str) -> None:
    assert is_boilerplate(junk)
    assert not is_boilerplate(news)


def test_a_letter_s_greeting_and_reason_go_above_its_items() -> None:
    text = (
        "Labrīt, tere hommikust, labas rytas — and hello from all three capitals at Baltic Post.\n"
        "In your inbox since you subscribed at balticpost. Got it second-hand? We have 40,000 of"
        " you.\n"
        "1. The train has arrived. A test train reached Riga's central station on Saturday.\n"
        "2. Tartu talks fees. The university's council will vote in September."
    )
    kept = _lines(text)
    assert kept == [
        "1. The train has arrived. A test train reached Riga's central station on Saturday.",
        "2. Tartu talks fees. The university's council will vote in September.",
    ]


def test_a_public_body_s_own_announcement_in_a_verb_final_language_is_news() -> None:
    # the body's name opens its own sentence of news, the verb of saying at its end; its
    # tagline under the same name still goes
    news = (
        "Samarqand shahar hokimligi 3-iyuldan boshlab markaziy ko'chalarda yangi avtobus"
        " yo'nalishlari ishga tushirilishini ma'lum qildi."
    )
    tagline = "Samarqand shahar hokimligi — rasmiy sahifa"
    after = "Loyihaga 20 milliard so'm ajratilgan, ishlar avgust oyigacha yakunlanadi."
    # the outlet given, as a feed's channel names it
    cleaned = clean_text(f"{news}\n{after}\n{tagline}", outlet="Samarqand shahar hokimligi")
    assert news in cleaned and after in cleaned
    assert tagline not in cleaned


@pytest.mark.parametrize(
    ("news", "note"),
    [
        (
            "Correção: a feira começa no dia 12, e não no dia 5, como a prefeitura divulgou"
            " anteriormente.",
            "Correção: a feira começa no dia 12, e não no dia 5, como o jornal publicou"
            " anteriormente.",
        ),
        (
            "Correction: the road reopens on May 3, not May 6, as the council announced earlier.",
            "Correction: the road reopens on May 3, not May 6, as the newspaper stated earlier.",
        ),
    ],
)
def test_a_body_s_correction_of_its_own_announcement_is_news(news: str, note: str) -> None:
    # a public body correcting what it gave out before is the news; a paper's correction of
    # its own page is its note
    assert not is_boilerplate(news)
    assert is_boilerplate(note)


def test_a_thai_sentence_of_few_spaces_above_the_first_paragraph_is_no_label() -> None:
    label = "วัฒนธรรม"
    sentence = "ตอนแรกมีผู้ฟังกว่า 4,000 ครั้งภายในสัปดาห์เดียว"
    paragraph = "ผู้ฟังสามารถฟังพอดแคสต์ได้ทาง Spotify และ YouTube ของสถานี ทุกวันศุกร์ เวลาหกโมงเช้า"
    kept = _lines(f"{label}\n{sentence}\n{paragraph}")
    assert kept == [sentence, paragraph]


# aside16's kinds: (a rule's line, a news line of its shape in the same language)
_ELSEWHERE = [
    # a share ask
    ("Sdílejte tento článek s přáteli:", "Sdílejte své fotografie z povodní, vyzvala radnice."),
    ("La wadaag warkan:", "La wadaag xogta ayaa lagu heshiiyay shirka Muqdisho ee toddobaadkan."),
    ("Share this story with your neighbours", "Share prices fell 4% on Monday after the results."),
    # a follow or join ask with its channel
    (
        "Nagala soco Telegram si aad u hesho wararkii ugu dambeeyay",
        "Nagala soco waa barnaamij cusub oo ka bilaabmay Muqdisho toddobaadkan.",
    ),
    (
        "Следете го нашиот блог во живо за резултатите",
        "Следете ги упатствата на полицијата, порача министерот во понеделник.",
    ),
    ("व्हाट्सऐप पर नगर समाचार: अभी जुड़िए", "व्हाट्सऐप पर अफवाह फैलाने वाले दो लोग गिरफ्तार किए गए।"),
    # an app's download ask / a report of advice to download one
    (
        "हर खबर सबसे पहले पाने के लिए डाउनलोड करें नगर समाचार ऐप",
        "नगर निगम ने ऐप डाउनलोड करने वालों को पानी के बिल में छूट देने का फैसला किया।",
    ),
    ("Download our app for the latest timetables", "Downloads of the city's app doubled in May."),
    # an alerts ask, a click-here row
    ("Get daily coffee price alerts by email", "Flood alerts went out by text to 40,000 phones."),
    (
        "Rungtynių statistika – spauskite čia",
        "Rungtynių statistika rodo, kad komanda laimėjo dvylika iš penkiolikos rungtynių.",
    ),
    # where the rest is
    (
        "Karanta cikakken labarin a shafinmu na intanet",
        "Karanta cikakken bayani ya zama wajibi ga dalibai, in ji ministan ilimi a Kano.",
    ),
    (
        "Celý článek si přečtete v tištěném vydání.",
        "Celý článek zákona o ochraně přírody projedná sněmovna v úterý.",
    ),
    (
        "Read the full story on our website.",
        "Read the full statement, the minister told reporters.",
    ),
    (
        "Premium story: subscribers read on past this point",
        "Premium bonds: the prize fund rises in June, the savings agency said.",
    ),
    # a print edition's and an issue's notes, a subscription's offer, more photos
    ("Vyšlo v čísle 12/2043", "Vyšlo najevo, že radnice zaplatila za opravu dvanáct milionů."),
    (
        "Abonnez-vous et recevez dix numéros par année.",
        "Abonnés et non-abonnés recevront la facture en mai, a indiqué la société.",
    ),
    ("Pune edition | Page 4", "Pune edition of the festival drew 40,000 visitors on Sunday."),
    (
        "Ďalšie fotky nájdete v albume na Instagrame.",
        "Ďalšie fotky z nehody zverejnila polícia na svojom webe v pondelok.",
    ),
    # a page's tools
    ("Версія для друку", "Версія для друку бюлетенів готова, повідомила комісія."),
    (
        "Якщо ви знайшли помилку на сторінці, повідомте редакцію",
        "Якщо ви знайшли помилку в рахунку, зверніться до ЦНАПу, радить міськрада.",
    ),
    (
        "Atnaujinama automatiškai kas 30 sekundžių",
        "Atnaujinama automatiškai valdoma šviesoforų sistema, pranešė savivaldybė.",
    ),
    (
        "Lažybos tik pilnamečiams. Lošimai gali sukelti priklausomybę.",
        "Lošimai gali sukelti priklausomybę, teigia psichologai, ištyrę 400 žaidėjų.",
    ),
    # a letter's number, forward and unsubscribe asks abroad
    (
        "Sveiki! Šis ir vēstuļu sērijas 12. numurs.",
        "Sveiki! Šis ir labākais gads ostai, teica direktors.",
    ),
    (
        "Vairs nevēlies saņemt šīs vēstules? Atrakstīties var šeit.",
        "Vairs nevēlies braukt ar auto? Rīgā atvērts jauns veloceliņš.",
    ),
    # a link post's rows
    (
        "Bus fares rise in June, 40 new routes planned (citytransit.example)",
        "Bus fares rise in June, the operator said (see the timetable).",
    ),
    ("Link: citytransit.example/2043/fares", "Link roads to the new port will open in May."),
    # a consent banner in the page's language / a story about a cookie law
    (
        "האתר משתמש בעוגיות לשיפור חוויית הגלישה. המשך הגלישה מהווה הסכמה לכך.",
        "החוק החדש מחייב כל אתר המשתמש בעוגיות להציג כפתור סירוב בולט.",
    ),
    # a station's listen ask, a press office's sign-off, a portal's provenance
    (
        "Listen to us on 98.5 FM every morning",
        "Listen to the radio for flood warnings, officials urged.",
    ),
    ("Прес-служба Львівської міської ради", "Прес-служба міськради повідомила про ремонт мосту."),
    ("Press office, Northern Steppe University", "Press office staff moved to the new building."),
    ("Poveste de la Gazeta de Nord", "Poveste de la Cluj: un elev a câștigat olimpiada."),
    # captions with their credit, the makers' row
    (
        "Pohľad na Štrbské pleso (foto: autor blogu)",
        "Návštevnosť vzrástla o 12 % (údaje: správa parku).",
    ),
    (
        "Нова школа на Подолі. Фото: Київ Медіа",
        "Нова школа відкриється у вересні. Фото шкіл показали.",
    ),
    (
        "เรื่อง: สมหญิง ใจดี | ภาพ: สมชาย ศรีสุข",
        "เรื่องนี้ได้รับการยืนยันจากกระทรวงเมื่อวันจันทร์ ว่าจะเปิดสะพานใหม่ในเดือนหน้า",
    ),
    # a greeting to the letter's readers, a byline in Yoruba, a writer's bio, a glued comment
    (
        "Kia ora koutou, and welcome to this week's letter.",
        "Kia ora, and welcome to Aotearoa, the minister's sign read at the airport.",
    ),
    ("Láti ọwọ́ Adéọlá Bámidélé", "Láti ọwọ́ ìjọba ni owó náà ti wá, gẹ́gẹ́ bí kọmíṣọ́nà ṣe sọ."),
    (
        "Marta Novak has covered energy for The Daily Ledger since 2031.",
        "Marta Novak has covered the shortfall from her own savings since 2031, the court heard.",
    ),
    (
        "Ana Horvat piše o energetici i klimi od 2035. godine.",
        "Ana Horvat piše o energetici i klimi od 2035. godine, a sada vodi ministarstvo.",
    ),
    (
        "vilnius_rider • 3h ago: Finally. The night buses were overdue.",
        "Vilnius • 3 new routes: the council approved night buses on Friday.",
    ),
    # a forwarded copy's sign-up in Ukrainian
    (
        "Цей лист приходить щоп'ятниці. Якщо його переслали, підпишіться на сайті.",
        "Якщо його переслали поштою, документ вважається поданим, пояснили в суді.",
    ),
    # "read also" abroad, related on a forum
    (
        "Akhri sidoo kale: Garoonka cusub oo la furay",
        "Akhri sidoo kale waxaa lagu baraa ardayda dugsiyada, ayuu yiri wasiirka.",
    ),
    ("यह भी पढ़ें: गंगा में नई नाव सेवा शुरू", "गंगा में नई नाव सेवा शुरू होने से यात्रियों को राहत मिली है।"),
    ("Related on r/Pune: Metro line 3 opens", "Related talks on the metro resume on Monday."),
]


@pytest.mark.parametrize(("junk", "news"), _ELSEWHERE)
def test_aside16_s_kind_goes_and_news_of_its_shape_stays(junk: str, news: str) -> None:
    kept = _lines(f"{news}\n{junk}\n{news}")
    assert junk not in kept
    assert kept.count(news) == 2
    assert is_boilerplate(junk)
    assert not is_boilerplate(news)


@pytest.mark.parametrize(
    ("stamp", "paragraph"),
    [
        (
            "Updated: गुरु, 12 मार्च 2043 06:10 AM (IST)",
            "रोपवे पर अप्रैल के पहले सप्ताह से यात्री सेवा शुरू हो जाएगी, प्रशासन ने बताया।",
        ),
        (
            "Ọjọ́ Ìṣẹ́gun, 14 Oṣù Kẹrin 2043",
            "Ìjọba ìpínlẹ̀ Ọ̀yọ́ ti kéde pé òun yóò tún ọjà náà kọ́ lẹ́yìn iná tó jó níbẹ̀.",
        ),
        (
            "srijeda, 17. srpnja 2043.",
            "Od ovog ljeta na otok se više ne može doći automobilom bez rezervacije trajekta.",
        ),
        (
            "12 มิ.ย. 2586 10:30 น.",
            "สถานีวิทยุชุมชนเปิดตัวพอดแคสต์ข่าวภาษาอาข่าเป็นครั้งแรก ออกอากาศทุกวันศุกร์ ตั้งแต่เดือนหน้า",
        ),
        ("दिनांक: १४ मे २०४३", "महानगरपालिकेने घाटांवर प्लास्टिक पिशव्यांवर पूर्ण बंदी लागू केली आहे."),
        (
            "r/vilnius • 5 hr. ago",
            "The night bus to the airport finally runs on weekends from June.",
        ),
        (
            "Thứ Hai, 12/05/2043, 08:15 (GMT+7)",
            "Giá cà phê robusta tăng mạnh trong tuần qua tại Đắk Lắk.",
        ),
        ("Birt: 12. maí 2043 kl. 08:15", "Ný brú yfir Ölfusá verður opnuð fyrir umferð í haust."),
    ],
)
def test_a_stamp_abroad_above_the_text_goes(stamp: str, paragraph: str) -> None:
    kept = _lines(f"{stamp}\n{paragraph}\n{paragraph}")
    assert kept == [paragraph, paragraph]


def test_a_headline_with_a_weekday_and_a_date_above_the_text_stays() -> None:
    headline = "Ọjọ́ Ìṣẹ́gun, 14 Oṣù Kẹrin 2043 ni ìdìbò yóò wáyé"
    paragraph = "Àjọ elétò ìdìbò ti kéde ọjọ́ ìdìbò fún àwọn ìjọba ìbílẹ̀ ní ìpínlẹ̀ Ọ̀yọ́."
    assert headline in _lines(f"{headline}\n{paragraph}\n{paragraph}")


def test_a_blog_s_titled_comment_count_goes() -> None:
    body = "Nová cyklostezka podél řeky je od pondělí otevřená pro chodce i cyklisty."
    more = "Radnice za ni zaplatila dvanáct milionů korun, stavba trvala rok."
    count = "12 komentářů k „Nová cyklostezka je otevřená“"
    kept = _lines(f"{body}\n{count}\n{more}")
    assert kept == [body, more]


def test_a_count_of_comments_in_a_sentence_stays() -> None:
    body = "Radnice dostala 12 komentářů k návrhu rozpočtu od občanů během jediného týdne."
    other = "Nová cyklostezka podél řeky je od pondělí otevřená pro chodce i cyklisty."
    assert _lines(f"{other}\n{body}\n{other}") == [other, body, other]


def test_a_breadcrumb_in_a_script_without_capitals_goes() -> None:
    crumbs = "होम / उत्तर प्रदेश / वाराणसी"
    paragraph = "वाराणसी में रोपवे पर अप्रैल के पहले सप्ताह से यात्री सेवा शुरू हो जाएगी।"
    assert _lines(f"{crumbs}\n{paragraph}\n{paragraph}") == [paragraph, paragraph]


# fresh28's kinds left: (a rule's line, a news line of its shape in the same language)
_FRESH28 = [
    (
        "¿Tiene fotos del incendio? Escríbanos al WhatsApp de la redacción.",
        "¿Tiene fotos del incendio? La fiscalía pidió a los vecinos que las entreguen.",
    ),
    (
        "Envíenos sus fotos de la tormenta por mensaje a la redacción.",
        "Envíos de fotos por mensaje aumentaron un 40% durante la tormenta, según la empresa.",
    ),
    (
        "Cet article vous a été utile ? Partagez-le sur vos réseaux.",
        "Cet article de loi a été utile aux locataires, selon l'association.",
    ),
    (
        "Les commentaires sont modérés avant publication. Merci de rester courtois.",
        "Les commentaires des riverains ont été intégrés au projet, selon la mairie.",
    ),
    (
        "Sur le même sujet : Nickel, les cours au plus bas depuis six ans",
        "Sur le même sujet, le gouvernement a promis un rapport en septembre.",
    ),
    (
        "Fotogalería: las protestas en el sur de la ciudad (14 imágenes)",
        "Fotografías de las protestas circularon en redes, según la policía.",
    ),
    (
        "Photographs: A fisherman at the harbour at dawn.",
        "Photographs of the harbour were shown at the inquiry on Monday, lawyers said.",
    ),
    (
        "Seko mums sociālajos tīklos un saņem jaunākās ziņas ik rītu.",
        "Seko mums, sauca protestētāji, kad gājiens devās uz Saeimu.",
    ),
    (
        "We've stopped posting here for now. Follow our main report for updates.",
        "We've stopped the trains for now, the operator told passengers on Monday.",
    ),
    ("No reader comments under live coverage.", "No reader complaints were upheld last year."),
    ("Audio edition: play this piece", "Audio edition sales rose by a fifth last year."),
    (
        "Ảnh, tin của bạn đọc xin gửi cho Báo Mới qua Zalo.",
        "Ảnh chụp vụ tai nạn được công an thu thập để điều tra, theo báo cáo.",
    ),
]


@pytest.mark.parametrize(("junk", "news"), _FRESH28)
def test_fresh28_s_kind_goes_and_news_of_its_shape_stays(junk: str, news: str) -> None:
    kept = _lines(f"{news}\n{junk}\n{news}")
    assert junk not in kept
    assert kept.count(news) == 2
