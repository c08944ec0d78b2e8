"""Junk kinds in any language or script (junk46, second batch): each removed line has a news
line of a like shape beside it that stays.

- an outlet whose name is in a script without case has its lines about itself too (a picture's
  caption credited to it in brackets); a paragraph naming it between paragraphs stays;
- a list of other stories' headlines after the text (a heading and two headlines, a dropped
  share row above, tags below); three such lines right under a paragraph stay;
- a picture's caption under its credit, the two labels twins but for one word ("Ffynhonnell y
  llun, ..." / "Capsiwn y llun, ..."); a sentence under the credit opening "<title>, <name>, ..."
  stays.

Every line is written for the test; outlets', places' and people's names are made up.
"""

from __future__ import annotations

from briefing.clean import clean_text


def _kept(text: str, outlet: str | None = None) -> list[str]:
    return clean_text(text, outlet=outlet).split("\n")


_CASELESS = (
    "شهرداری مشهد از شنبه خط تازه اتوبوس برقی را میان میدان شهدا و فرودگاه راه‌اندازی می‌کند.\n"
    "به گفته معاون حمل‌ونقل شهرداری، اتوبوس‌ها هر ده دقیقه حرکت می‌کنند و بلیت آن تغییری ندارد.\n"
    "گزارشگر پیک شهر از ایستگاه میدان شهدا گزارش داد که نصب تابلوها هنوز تمام نشده است.\n"
    "مسافران می‌توانند از همین هفته کارت بلیت را در ایستگاه‌ها شارژ کنند.\n"
    "نگاره: ایستگاه تازه اتوبوس در میدان شهدا (پیک شهر)\n"
)


def test_a_caseless_outlets_own_credit_goes() -> None:
    kept = _kept(_CASELESS, outlet="پیک شهر")
    assert "نگاره: ایستگاه تازه اتوبوس در میدان شهدا (پیک شهر)" not in kept
    assert any(line.startswith("گزارشگر پیک شهر") for line in kept)


_RELATED = (
    "Toshkent shahar hokimligi dushanba kuni Chilonzor tumanida yangi metro bekati ochilishini"
    " e'lon qildi.\n"
    "Bekat kuniga 40 ming yo'lovchiga xizmat ko'rsatadi, yo'l haqi o'zgarmaydi.\n"
    "Ulashish: Facebook | Telegram | WhatsApp\n"
    "Shu mavzudagi boshqa yangiliklar\n"
    "Samarqandda yangi elektr avtobuslar yo'lga chiqdi va bekatlar soni ikki barobar ko'paydi\n"
    "Namanganda aeroport yo'lovchi terminali qayta ta'mirlanib yozda ochiladi\n"
    "Teglar: metro, Toshkent, transport\n"
)
_SUBHEADS = (
    "Toshkent shahar hokimligi dushanba kuni Chilonzor tumanida yangi metro bekati ochilishini"
    " e'lon qildi.\n"
    "Bekat kuniga 40 ming yo'lovchiga xizmat ko'rsatadi, yo'l haqi o'zgarmaydi.\n"
    "Yangi bekatga avtobuslar har o'n besh daqiqada qatnaydi va to'xtash joyi kengaytiriladi\n"
    "Bekat yonida velosiped to'xtash joyi va ikkita yangi lift ham qurilgan\n"
    "Hokimlik yo'lovchilardan birinchi hafta ko'proq vaqt ajratishni so'radi\n"
)


def test_a_list_of_headlines_after_the_text_goes() -> None:
    kept = _kept(_RELATED)
    assert "Shu mavzudagi boshqa yangiliklar" not in kept
    assert not any(line.startswith("Samarqandda yangi elektr") for line in kept)
    assert not any(line.startswith("Namanganda aeroport") for line in kept)
    kept = _kept(_SUBHEADS)
    assert any(line.startswith("Yangi bekatga avtobuslar") for line in kept)
    assert any(line.startswith("Hokimlik yo'lovchilardan") for line in kept)


_CAPTION = (
    "Newyddion · Gwynedd · 3 Mawrth 2058\n"
    "Ffynhonnell y llun, Radio Bae\n"
    "Capsiwn y llun, Y fferi newydd wrth gei Porthmadog\n"
    "Bydd fferi newydd yn hwylio rhwng Porthmadog a Phwllheli o 1 Ebrill, meddai Cyngor"
    " Gwynedd.\n"
    "Mae lle i 90 o deithwyr ar y fferi ac mae'r daith yn cymryd awr.\n"
)
_CAPTION_AND_SENTENCE = (
    "Newyddion · Gwynedd · 3 Mawrth 2058\n"
    "Ffynhonnell y llun, Radio Bae\n"
    "Maer y dref, Siân Parry, a agorodd y cei newydd ddydd Llun gyda 200 o bobl yn gwylio.\n"
    "Mae lle i 90 o deithwyr ar y fferi ac mae'r daith yn cymryd awr.\n"
)


def test_a_caption_under_its_twin_credit_goes() -> None:
    kept = _kept(_CAPTION, outlet="Radio Bae")
    assert "Capsiwn y llun, Y fferi newydd wrth gei Porthmadog" not in kept
    kept = _kept(_CAPTION_AND_SENTENCE, outlet="Radio Bae")
    assert any(line.startswith("Maer y dref, Siân Parry") for line in kept)
