"""A page's publication stamp and reading time in its own language, each a whole line:

- the stamp (``is_stamp_row``): an optional label ("Stand:", "Publicado em", "Posted on",
  "Aktualisiert am", "Pubblicato il", a section's name before "|"), a date in the page's
  numbers or month names ("18.05.2038", "20/05/2038", "19 de mayo de 2038", "Domingo 3 de
  agosto", "20. 5. 2038") and an optional clock ("14:32 Uhr", "às 17h48", "8:30 p. m.", "•
  16:40"), a month's name in any script ("ویب ڈیسک | 16 مارچ 2039", "প্রকাশ: ১৭ মার্চ ২০৩৯");
  a forum's "Posted by <user> · 4 hr. ago"; a time ago in the page's language ("Sa'o'i 3 da
  suka wuce", "3 saat önce", "منذ 3 ساعات") and an aggregator's "14 sources · Updated 3 hours
  ago". ``clean.clean_text`` asks it only above
  the article's first paragraph, where a live page's entry time is no entry's;
- the reading time, alone or after the piece's kind (``is_reading_time``): "Lectura de 6
  minutos", "Lesezeit: 3 Min.", "Temps de lecture : 4 min", "A long read · about 9 minutes",
  "Agency copy · 2-minute read", "Muda wa kusoma: dakika 2", "زمان مطالعه: ۲ دقیقه", "Takes
  about 3 minutes to read", a publication's name before it ("Civic Lab · 2 min read"), and a
  date row that ends with it ("Viernes 17 de mayo de 2035 |
  Lectura de 6 minutos").

A line with words of news besides the date stays.
"""

from __future__ import annotations

import re

__all__ = ["is_reading_time", "is_stamp_row"]

MAX_WORDS = 14

# month names (and their short forms) in the main European languages, Turkish and Indonesian
_MONTH = (
    r"(?:jan\w*|jän\w*|feb\w*|fév\w*|fev\w*|mar\w*|apr\w*|avr\w*|abr\w*|may\w*|mai\w*|maj\w*"
    r"|mei|jun\w*|jui\w*|giu\w*|jul\w*|lug\w*|aug\w*|ago\w*|aoû\w*|avg\w*|sep\w*|set\w*|okt\w*"
    r"|oct\w*|ott\w*|out\w*|nov\w*|dec\w*|déc\w*|dez\w*|dic\w*|des\w*|ene\w*|gen\w*|maa\w*"
    r"|stycz\w*|lut\w*|kwie\w*|czerw\w*|lip\w*|sierp\w*|wrze\w*|paźdz\w*|listop\w*|grud\w*|led\w*"
    r"|úno\w*|břez\w*|dub\w*|květ\w*|červ\w*|srp\w*|zář\w*|říj\w*|pros\w*|oca\w*|şub\w*|nis\w*"
    r"|haz\w*|tem\w*|ağu\w*|eyl\w*|eki\w*|kas\w*|ara\w*|agu\w*)\.?"
)
_WEEKDAY = (
    r"(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mié|mie|jue|vie|sáb|sab|dom|seg|ter|qua|qui|sex"
    r"|mer|jeu|ven|sam|gio|mo|di|mi|do|fr|sa|so|ma|wo|za|zo|må|ti|on|to|lø|lö|sø|pon|wt|śr|czw"
    r"|pt|sob|nie|út|st|čt|pá|ne|tor|sre|čet|pet|ned|pzt|sal|çar|per|cum|cmt|paz|sen|sel|rab"
    r"|kam|jum)[^\W\d_]*\.?,?"
)
_DATE = (
    # (a day, a month's name in any script and a year: "16 مارچ 2039", "১৭ মার্চ ২০৩৯")
    r"(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}"
    # (a month's name may be two letters: Bengali "মে", Amharic; a day may have its full stop:
    # "12. апр 2042")
    r"|\d{1,2}\.?\s+[^\s\d.,:;|·•()]{2,12}\.?,?\s+\d{4}"
    # (Thai's short month with its dots, a Buddhist-era year: "12 มิ.ย. 2586"; Yoruba's month
    # after "Oṣù": "14 Oṣù Kẹrin 2043")
    r"|\d{1,2}\s+[\u0e01-\u0e4e]{1,3}\.[\u0e01-\u0e4e]{1,2}\.\s*\d{4}"
    r"|\d{1,2}\s+oṣù\s+[^\s\d.,:;|·•()]{2,12}\s+\d{4}"
    # an Ethiopian date: month, day, "ቀን", year, "ዓ.ም" ("ግንቦት 12 ቀን 2034 ዓ.ም")
    r"|[\u1200-\u137f]{2,8}\s+\d{1,2}\s+ቀን\s+\d{4}(?:\s+ዓ\.?ም\.?)?"
    # a month's name in any script before the day, a comma and the year ("<month> ୧୨, ୨୦୫୪");
    # a date with its words of day, month and year ("<day> ២៥ <month> <name> <year> ២០៥៤",
    # "ngày 25 tháng 4 năm 2054") (aside27's look)
    r"|[^\s\d.,:;|·•()]{2,12}\s+\d{1,2},\s*\d{4}"
    r"|[^\s\d.,:;|·•()]{1,8}\s+\d{1,2}\s+[^\s\d.,:;|·•()]{1,6}\s+(?:\d{1,2}|[^\s\d.,:;|·•()]{2,12})"
    r"\s+[^\s\d.,:;|·•()]{1,6}\s+\d{4}"
    rf"|\d{{1,2}}\.?\s+(?:de\s+)?{_MONTH}(?:,?\s+(?:de\s+)?\d{{4}})?"
    rf"|{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
)
# a weekday's name before a comma, its letters' marks and all ("गुरु,", "srijeda,"), or in two
# words: Vietnamese "Thứ Hai,", Yoruba "Ọjọ́ Ìṣẹ́gun,"
_NAMED_DAY = r"(?:(?:thứ|ọjọ́|ojo)\s+[^\s\d,]{2,10}|[^\W\d_][^\s\d,.:;|·•()]{2,11})"
_CLOCK = (
    # (a word or two of "at the hour" in any language before it: "على الساعة 10:20")
    r"(?:\s*[,·•|–—-]\s*|\s+)(?:(?:um|às|as|a\s+las|alle|ore|à|kl\.?|klo|o|saat|pukul|at|om)\s+"
    r"|(?:[^\W\d_]{2,8}\s+){1,2})?"
    r"\d{1,2}(?:[:.h]\d{2})(?:\s*(?:uhr|h|hrs|[ap]\.?\s?m\.?|wib|wita|cet|cest|bst|gmt|utc|eet|eest"
    r"|eat|cat|wat|sast|ist|pkt|ast|est|edt|msk|trt|gst|aest|nzst|น\.?))?"
    # ... and its zone in brackets: "06:10 AM (IST)", "08:15 (GMT+7)"
    r"(?:\s*\((?:[a-z]{2,5}(?:[+-]\d{1,2})?)\))?"
    # ... and the update's clock after an arrow: "09:15 -> 10:02"
    r"(?:\s*(?:->|→|»)\s*\d{1,2}[:.]\d{2})?"
)
_LABEL = (
    r"(?:stand|publicado(?:\s+(?:em|el|a\s+las|o))?|actualizado(?:\s+el)?|atualizado(?:\s+em)?"
    r"|posted(?:\s+on)?|published(?:\s+on)?|updated(?:\s+on)?|aktualisiert(?:\s+am)?"
    r"|veröffentlicht(?:\s+am)?|erstellt(?:\s+am)?|publié(?:\s+le)?|mis\s+à\s+jour(?:\s+le)?"
    r"|pubblicato(?:\s+il)?|aggiornato(?:\s+il)?|gepubliceerd(?:\s+op)?|bijgewerkt(?:\s+op)?"
    r"|publicerad|uppdaterad|publisert|oppdatert|publiceret|opdateret|opublikowano"
    r"|zaktualizowano|publikováno|aktualizováno|objavljeno|posodobljeno|yayınlanma(?:\s+tarihi)?"
    r"|güncelleme|diterbitkan|diperbarui|δημοσίευση|ενημέρωση|imechapishwa|dikemas\s+kini"
    r"|প্রকাশ(?:িত)?|আপডেট|نشر\s+في|تاريخ\s+النشر|تاریخ\s+انتشار|شائع|प्रकाशित|अपडेट"
    r"|added|first\s+published|last\s+updated|اپ\s*ڈیٹ|آخری\s+اپ\s*ڈیٹ|شائع\s+شدہ|آخر\s+تحديث"
    r"|تحديث|نشر|inilathala|na-update|huling\s+update|gepubliseer|opgedateer|bygewerk"
    r"|објављено|ажурирано|ažurirano|yayınlandı|güncellendi|postimi|përditësuar|publikuar"
    r"|julkaistu|päivitetty|avaldatud|uuendatud|publisert|oppdatert"
    # Icelandic, Slovak, Lithuanian, Latvian, Hungarian, Romanian, Ukrainian, Russian,
    # Macedonian, Hebrew, Uzbek, Thai, Vietnamese, Hindi and Marathi, and a bare "date:"
    r"|birt|uppfært|síðast\s+uppfært|publikované|aktualizované|uverejnené|zverejnené"
    r"|paskelbta|atnaujinta|publicēts|atjaunināts|közzétéve|frissítve|publicat|actualizat"
    r"|опубліковано|оновлено|опубликовано|обновлено|објавено|ажурирано|פורסם|עודכן"
    r"|e['’ʼ]lon\s+qilingan|yangilangan|chop\s+etilgan|เผยแพร่|อัปเดต|ปรับปรุงล่าสุด"
    r"|cập\s+nhật|đăng\s+(?:lúc|ngày)|अपडेटेड|अद्यतन|प्रसिद्ध|दिनांक|तारीख|तिथि|date|datum"
    r"|fecha|dátum|data)\s*:?"
)
# a time ago in the page's language: "Sa'o'i 3 da suka wuce" (Hausa), "Saa 3 zilizopita", "3
# saat önce", "2 jam lalu", "il y a 3 heures", "hace 2 horas", "vor 3 Stunden", "3 گھنٹے پہلے",
# "منذ 3 ساعات", "۳ ساعت پیش", "3 घंटे पहले", "৩ ঘণ্টা আগে", "3 oras ang nakalipas", "3 ore fa"
_AGO = (
    r"(?:(?:sa['’]o['’]i|awa|mintuna|minti|kwanaki|kwana)\s+\d+\s+da\s+(?:suka|ya)\s+wuce"
    r"|(?:saa|dakika|siku)\s+\d+\s+(?:zilizopita|iliyopita)"
    r"|\d+\s+(?:saat|dakika|gün)\s+önce|\d+\s+(?:jam|minit|menit|hari)\s+(?:yang\s+)?lalu"
    r"|il\s+y\s+a\s+\d+\s+(?:h|heures?|min(?:utes?)?|jours?)|(?:hace|há)\s+\d+\s+(?:horas?"
    r"|minutos?|días?|dias?)|vor\s+\d+\s+(?:std\.|stunden?|minuten?|min\.|tagen?)"
    r"|\d+\s+(?:گھنٹے|گھنٹہ|منٹ|دن)\s+(?:پہلے|قبل)|(?:منذ|قبل)\s+\d+\s+(?:ساعات|ساعة|دقائق"
    r"|دقيقة|أيام|يوم)|\d+\s+(?:ساعت|دقیقه|روز)\s+(?:پیش|قبل)|\d+\s+(?:घंटे|मिनट|दिन)\s+पहले"
    r"|\d+\s+(?:ঘণ্টা|মিনিট|দিন)\s+আগে|\d+\s+(?:oras|minuto|araw)\s+(?:na\s+)?ang\s+nakalipas"
    r"|\d+\s+(?:ore|minuti|giorni)\s+fa|\d+\s+(?:uur|minuten|dagen)\s+geleden"
    r"|\d+\s+(?:hours?|hrs?\.?|minutes?|mins?\.?|days?)\s+ago"
    r"|\d+\s+(?:час(?:а|ов)?|минут[уы]?|дн(?:я|ей)|день)\s+назад|\d+\s+(?:godz\.|godzin[ya]?|minut[y]?"
    r"|dni)\s+temu|\d+\s+(?:giờ|phút|ngày)\s+trước|πριν\s+(?:από\s+)?\d+\s+(?:ώρες|ώρα|λεπτά|ημέρες)"
    r"|\d+\s+(?:saa|siku)\s+zilizopita|\d+\s+(?:tim(?:mar)?|minuter|dagar)\s+sedan"
    r"|\d+\s+(?:timer?|minutter|dage)\s+siden|\d+\s+(?:uur|minuten)\s+geleden"
    r"|\d+\s+(?:tuntia|minuuttia|päivää)\s+sitten|\d+\s+(?:tundi|minutit|päeva)\s+tagasi"
    r"|pirms\s+\d+\s+(?:stundām|minūtēm|dienām)|prieš\s+\d+\s+(?:val\.|valandas|min\.|dienas)"
    r"|před\s+\d+\s+(?:hodinami|minutami|dny)|\d+\s+(?:órája|perce|napja)"
    r"|\d+\s*(?:小时|小時|分钟|分鐘|天)前|\d+\s*(?:時間|分|日)前|\d+\s*(?:시간|분|일)\s*전)"
)
# after a date in any language: a clock (and up to two words of the day's part: "9:12 na safe"),
# or a time ago, or both; or nothing after a label's bar ("<name> | 19 फरवरी 2045")
_STAMP_TAIL = (
    rf"(?:{_CLOCK}(?:\s+[^\W\d_]{{1,6}}){{0,2}}(?:\s*[|·•]?\s*(?:{_LABEL}\s+)?{_AGO})?"
    rf"|\s*[|·•]?\s*(?:{_LABEL}\s+)?{_AGO})\.?\s*"
)
_STAMP = re.compile(
    rf"^(?:{_LABEL}\s+|[^|·•:]{{1,30}}\s*[|·•]\s*)?(?:{_WEEKDAY}\s+|{_NAMED_DAY},\s+)?{_DATE}"
    rf"(?:{_CLOCK})?\.?\s*$"
    # a weekday's name in any script with no comma, a date and a clock in any calendar and
    # digits: "วันอังคารที่ ๑๙ มกราคม ๒๕๙๘ เวลา ๑๕:๒๐ น." (the Buddhist era in Thai digits), "سه‌شنبه
    # ۲۸ دی ۱۴۳۴ ساعت ۱۵:۲۰" (the solar hijri), "मंगलवार १९ जनवरी २०५५ १५:२०" (fresh48's look;
    # without the clock a word before a date may be a heading's: "Wahltag 12 Mai 2055")
    rf"|^{_NAMED_DAY}\s+{_DATE}{_CLOCK}\.?\s*$"
    # (after a forum's or a channel's name: "r/vilnius • 5 hr. ago"; after a live page's name
    # and a label: "Minuto a minuto · Actualizado hace 3 minutos")
    rf"|^(?:[^|·•:\s]{{1,30}}\s*[|·•]\s*)?{_AGO}$"
    rf"|^(?:[^|·•:]{{1,30}}\s*[|·•]\s*)?{_LABEL}\s+{_AGO}$"
    # an aggregator's count of the story's sources and its age: "14 sources · Updated 3 hours ago"
    rf"|^\d+\s+(?:sources|articles|outlets|stories|reports)\s*[·•|]\s*(?:updated\s+)?{_AGO}$"
    # a forum's "submitted 7 hours ago by <name>" (to its board: "... to r/<board>")
    rf"|^(?:submitted|posted)\s+{_AGO}\s+by\s+\S+(?:\s+to\s+\S+)?$"
    # a forum's "Posted by u/<name> · 4 hr. ago", "Posted by u/<name> · 7h"
    r"|^(?:posted|submitted)\s+by\s+\S+\s*[·•|]\s*\d+\s*(?:[^\W\d_]{1,6}\.?\s+ago"
    r"|(?:h|hr|hrs|m|min|d|w|mo|y)\.?)$"
    # a label or two in any language, each before a colon or a bar, then the date and a clock or
    # a time ago ("An wallafa: 4 Maris 2045, 9:12 na safe", "<रिपोर्ट>: <name> | 19 फरवरी 2045",
    # "来源：<office> 发布时间：2045-02-13 10:30", "09/02/2045 14h22 Atualizado há 3 horas")
    rf"|^(?:[^|·•:：\d]{{1,30}}(?:[:：]|\s*[|·•])\s*){{0,2}}{_DATE}{_STAMP_TAIL}$"
    # (without a clock, a name before a bar: "<label>: <name> | <date>"; "Opening: March 17" is
    # an event's field)
    rf"|^(?:[^|·•:：\d]{{1,30}}[:：]\s*)?[^|·•:：\d]{{1,30}}\s*[|·•]\s*{_DATE}(?:{_CLOCK})?\.?\s*$"
    # (a word's label and its colon before a whole date, day first, and nothing else:
    # "Taariikh: 22 April 2054"; "Opening: March 17, 2036" is a field of a list)
    r"|^[^\W\d_]{3,20}[:：]\s*\d{1,2}\.?\s+[^\s\d.,:;|·•()]{2,12}\.?\s+\d{4}$"
    # ... with the weekday's name in a word or two before it ("Cyhoeddwyd: Dydd Mawrth 7 Mai
    # 2047"; junk43)
    r"|^[^\W\d_]{3,20}[:：]\s*(?:[^\W\d_]{2,10}\s+){1,2}\d{1,2}\.?\s+[^\s\d.,:;|·•()]{2,12}\.?"
    r"\s+\d{4}$"
    # ... or a byline's words and a name, then a small word or a mark and the date ("Escrito por
    # <Name> <Surname> em 3 de Março de 2045", "Wallafar <Name> <Surname>, 4 Maris 2045")
    rf"|^(?=.*\d{{4}})(?:[^\W\d_]+\s+){{1,2}}(?-i:[A-ZÀ-ÞĀ-Ž][^\W\d_'’-]+)(?:\s+(?-i:[A-ZÀ-ÞĀ-Ž][^\W\d_'’-]+)){{1,2}}"
    rf"(?:\s*[,|·•–—-]\s*|\s+[^\W\d_]{{1,3}}\s+){_DATE}(?:{_CLOCK})?\.?\s*$"
    # ... or after one or two words, the date and "by <Name>" ("Publicadu su 19 de martzu 2045
    # dae <Name> <Surname>")
    rf"|^[^\W\d_]{{3,20}}(?:\s+[^\W\d_]{{1,3}})?\s+{_DATE}\s+[^\W\d_]{{1,4}}"
    r"(?:\s+(?-i:[A-ZÀ-ÞĀ-Ž][^\W\d_'’-]+)){1,3}"
    # (and a role in lower case after a comma: "Posted on 3 March 2063 by <Name>, community
    # reporter"; aside36)
    r"(?:,\s+(?-i:[a-zß-ÿ])[^.!?,;:|\d]{2,40})?$",
    re.I,
)
# reading time: "Lectura de 6 minutos", "Lesezeit: 3 Min.", "3 Min. Lesezeit", "A long read ·
# about 9 minutes", "Agency copy · 2-minute read"
_MINUTES = (
    r"(?:min(?:\.|s|ute|utes|uten|uti|utos|uter|utter|uty|ut)?|dk\.?|menit|dakika|دقیقه|دقائق"
    r"|دقيقة|منٹ|मिनट|মিনিট|minuto|мин\.?|минут[аы]?|phút|λεπτά|นาที|분|分|分钟|分鐘|perc"
    r"|minuuttia|minutit|minūtes|minutės)"
)
_READ = (
    r"(?:lectura|lesezeit|lesedauer|temps\s+de\s+lecture|tempo\s+di\s+lettura|tempo\s+de\s+leitura"
    r"|leestijd|lästid|lesetid|læsetid|czas\s+czytania|doba\s+čtení|čas\s+branja|okuma\s+süresi"
    r"|waktu\s+baca|masa\s+membaca|reading\s+time|read(?:ing)?|muda\s+wa\s+kusoma"
    r"|زمان\s+مطالعه|مدة\s+القراءة|وقت\s+القراءة|پڑھنے\s+کا\s+وقت|पढ़ने\s+का\s+समय"
    r"|পড়ার\s+সময়|oras\s+ng\s+pagbasa|время\s+чтения|thời\s+gian\s+đọc|χρόνος\s+ανάγνωσης"
    r"|czas\s+lektury|okuma|เวลาอ่าน|lukuaika|lugemisaeg|lasīšanas\s+laiks|skaitymo\s+laikas"
    r"|olvasási\s+idő|阅读时间|閱讀時間|読了時間|읽는\s+시간"
    # (junk48: es, ast, ca, gl, eu, is)
    r"|tiemp[ou]\s+de\s+l?lectura|temps\s+de\s+lectura|tempo\s+de\s+lectura|irakurketa\s+denbora"
    r"|irakurtzeko\s+denbora|lestími|lestrartími)"
)
_READING = re.compile(
    rf"(?:{_READ}\s*(?:de|:|：)?\s*(?:about\s+|ca\.\s+|circa\s+|unos\s+|environ\s+)?"
    rf"(?:{_MINUTES}\s+\d{{1,3}}|\d{{1,3}}\s*{_MINUTES})|\d{{1,3}}[\s-]*{_MINUTES}\s+(?:de\s+)?{_READ}"
    # "Takes about 3 minutes to read"
    rf"|(?:it\s+)?takes\s+(?:about\s+|around\s+|under\s+)?\d{{1,3}}\s*{_MINUTES}\s+to\s+read"
    # "Two minutes to read" (junk48)
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+minutes?\s+to\s+read)",
    re.I,
)
# a row of fields: the piece's kind ("A long read", "Agency copy"), a date, a reading time
# (or a spaced dash: "21 de gener de 2063 — 3 min de lectura"; aside36)
_FIELD = re.compile(r"\s*[|·•]\s*|\s+[—–]\s+")
# a clock alone in a row of fields: "10:42"
_CLOCK_FIELD = re.compile(r"^\d{1,2}[:.h]\d{2}(?:\s*(?:h|uhr|[ap]\.?\s?m\.?))?$", re.I)
# a writer's field: "Per <Name> <Name>, redactor de barri", "By <Name> <Name>, <role>"
_BY_FIELD = re.compile(
    r"^(?i:by|per|por|par|von|door|av|di|de|przez|od)\s+(?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*\s+)"
    r"(?:(?:i|y|e|de|del|da|van|von|der)\s+|[A-ZÀ-ÞĀ-Ž][\w'’.-]*\s*){1,5}"
    r"(?:,\s+[^\W\d][^.!?,;:|]{2,40})?$"
)
_KIND_FIELD = re.compile(
    r"^(?=.*\b(?:read|copy|essay|analysis|feature|column|explainer|report|story|piece|opinion"
    r"|brief|interview|review|lectura|lecture|lettura|leitura)\b)(?:an?\s+)?(?:[\w'’-]+\s+){0,2}"
    r"[\w'’-]+$",
    re.I,
)
_NAME_FIELD = re.compile(r"^(?:[A-Z][\w'’&.-]*\s+){0,4}[A-Z][\w'’&.-]*$")
_LENGTH = re.compile(
    rf"^(?:about\s+|around\s+|some\s+)?\d{{1,3}}[\s-]*{_MINUTES}(?:\s+(?:read|long))?$", re.I
)


def is_stamp_row(text: str) -> bool:
    """Whether ``text`` is a publication stamp in the page's language (see the module)."""
    line = text.strip()
    return 0 < len(line.split()) <= MAX_WORDS and _STAMP.match(line) is not None


def is_reading_time(text: str) -> bool:
    """Whether ``text`` is a reading time, alone or in a row of the piece's fields."""
    line = text.strip()
    fields = [field for field in _FIELD.split(line) if field]
    # (a row of three fields or four may be longer: a writer and a role, a date, the reading)
    if not line or len(line.split()) > (MAX_WORDS if len(fields) < 3 else 2 * MAX_WORDS):
        return False
    timed = [
        i for i, field in enumerate(fields) if _READING.fullmatch(field) or _LENGTH.match(field)
    ]
    if not timed or len(fields) > 4:
        return False
    others = [field for i, field in enumerate(fields) if i not in timed]
    if not others:  # alone, it names the reading ("Lesezeit: 3 Min.", not a match's "81 min")
        return len(fields) == 1 and _READING.fullmatch(fields[0]) is not None
    # a publication's name before a reading named as one: "Dhaka Civic Lab · 2 min read" (not a
    # match's "Arsenal · 90 min")
    if len(fields) == 2 and _READING.fullmatch(fields[timed[0]]) and _NAME_FIELD.match(others[0]):
        return True
    if len(fields) == 4 and not any(_BY_FIELD.match(field) for field in others):
        return False  # (four fields: a writer's, a date's, a clock's and the reading time)
    return all(
        _STAMP.match(field)
        or (_KIND_FIELD.match(field) and len(fields) == 2)
        or _CLOCK_FIELD.match(field)
        or _BY_FIELD.match(field)
        for field in others
    )
