"""The lines that frame a piece rather than tell its news, each a whole line of its kind's shape:

- a note on how the piece was made ("This Q&A was prepared from published scientific reviews.
  Sources listed on our website.", "Cet article a été rédigé à partir de rapports publics."): the
  piece's own genre named with "this", a verb of making and its sources, no finding after it;
- a section describing itself by its name ("Campus Notes: short items from university
  statements, checked by our reporters."): a short name, a colon, what it holds and who checks
  or writes it ("our reporters", "our editors");
- a letter's greeting in several languages at once ("Labrīt, tere hommikust, labas rytas — and
  hello from all three capitals ..."): greeting words of two languages or more in a row, or a
  row of short greetings and then "and hello from" or "and welcome to";
- why the letter reaches its reader ("In your inbox since you subscribed at <site>. Got it
  second-hand? ...", "You are receiving this because you signed up ...", "Vous recevez cet
  e-mail car vous êtes inscrit ...") and a copy's second-hand ask ("Got it second-hand? ...").

A sentence of news that opens alike stays: "This report was prepared by the ministry's auditors
and found ..." tells a finding; "Campus Notes, the student paper, was closed on Monday." has no
colon after the name; "Hello, bonjour: the city's signs went bilingual on Monday." has no "and
hello from" after its greetings.
"""

from __future__ import annotations

import re

from briefing.clean.pagekinds.newsletters import HELLO as _HELLO
from briefing.clean.vocabulary import unless_reported

__all__ = ["KINDS", "LONG_KINDS"]

# the piece's own genre, as it names itself after "this" / "these"
_GENRE = (
    r"(?:q\s*&\s*a|explainer|guide|faq|factbox|fact\s*box|fact\s*sheet|timeline|article|story"
    r"|piece|summary|backgrounder|primer|glossary|graphic|briefing|brief"
    r"|item|items|entry|page|roundup|round-up|digest|overview|quiz|feature"
    r"|newsletter|letter|issue|edition|episode|column|text|post)"
)
_MADE = (
    r"(?:prepared|compiled|written|drawn\s+up|drawn|put\s+together|assembled|adapted"
    r"|sourced|produced|researched|built|gathered|condensed|summari[sz]ed|abridged|edited"
    r"|translated)"
)
_FINDING = (
    r"(?![^!?]*\b(?:found|finds|find|shows?|showed|shown|says|said|warns?|warned|concluded"
    r"|concludes|revealed|reveals|which|that|who|after\s+it|because|but|until|before)\b)"
)
_PREPARED = re.compile(
    rf"^(?:this|these)\s+{_GENRE}\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\w+\s+)?"
    rf"{_MADE}\s+(?:from|on|using|with|out\s+of|largely\s+from|mainly\s+from)\s+{_FINDING}"
    # no figure: "This report is based on information from 1,200 schools" tells a study's size
    r"[^.!?\d]{2,90}[.!]?"
    # ... and where its sources are: "Sources listed on our website.", "Full references below."
    r"(?:\s+(?:(?:the\s+|our\s+|full\s+|a\s+list\s+of\s+)?(?:sources?|references?|citations?"
    r"|studies|papers|reviews|documents|links?)\b[^.!?]{0,70}[.!]?))?$"
    # in the page's language: "Cet article a été rédigé à partir de ...", "Este artículo fue
    # elaborado con ...", "Dieser Text wurde auf Grundlage von ... erstellt."
    r"|^(?:cet|cette|ce)\s+(?:article|texte|dossier|explicatif|guide|récapitulatif|fiche)\s+a\s+"
    r"été\s+(?:rédigée?|préparée?|réalisée?|établie?|élaborée?|compilée?)\s+(?:à\s+partir\s+d['’e]"
    r"|d['’]après|avec|sur\s+la\s+base\s+d['’e])\s*[^.!?]{2,90}[.!]?$"
    r"|^(?:este|esta)\s+(?:artículo|texto|explicador|guía|nota|resumen|cronología|ficha)\s+"
    r"(?:fue|ha\s+sido|se\s+(?:elaboró|preparó|redactó))\s*(?:elaborad[oa]|preparad[oa]"
    r"|redactad[oa]|realizad[oa])?\s+(?:a\s+partir\s+de|con\s+(?:base\s+en|datos\s+de)|según"
    r"|sobre\s+la\s+base\s+de)\s+[^.!?]{2,90}[.!]?$"
    r"|^(?:dieser|diese|dieses)\s+(?:text|artikel|beitrag|überblick|erklärstück)\s+(?:wurde|ist)"
    r"\s+(?:auf\s+(?:grundlage|basis)\s+von|anhand\s+von|aus)\s+[^.!?]{2,90}\s+(?:erstellt"
    r"|verfasst|zusammengestellt|geschrieben)(?:\s+worden)?\s*[.!]?$",
    re.I,
)

# a section's name (a few words in title case), a colon, what it holds and who checks it
_WHO_MAKES = (
    r"(?:our|the\s+paper['’]s|the\s+site['’]s|its)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:reporters?|editors?|staff"
    r"|team|desk|newsroom|journalists?|correspondents?|writers?|fact-?checkers?|students"
    r"|volunteers|readers)"
)
_SECTION_SELF = re.compile(
    r"^(?:the\s+)?(?-i:[A-Z][\w'’&-]*)(?:\s+(?-i:[A-Z][\w'’&-]*)){0,3}\s*:\s+"
    r"(?!(?:[^.!?]*\b(?:was|were|has|have|had|is|are|said|says)\b))"
    r"[^.!?:]{3,80}?,?\s+(?:checked|written|edited|compiled|chosen|selected|curated|verified"
    r"|reviewed|prepared|put\s+together|gathered|collected|picked|read|rewritten)\s+(?:and\s+\w+\s+)?"
    rf"by\s+{_WHO_MAKES}\s*[.!]?$",
    re.I,
)

# "good morning" and "hello" in the languages a regional letter greets in
_GREETING_WORD = (
    r"(?:labrīt|labdien|labvakar|sveiki|čau|tere(?:\s+hommikust|\s+päevast|\s+õhtust)?|head\s+aega"
    r"|labas(?:\s+rytas|\s+vakaras)?|laba\s+diena|sveiki|hello|hi|good\s+(?:morning|evening"
    r"|afternoon)|bonjour|bonsoir|salut|hola|buenos\s+días|buenas|bom\s+dia|olá|buongiorno|ciao"
    r"|guten\s+morgen|guten\s+tag|hallo|moin|servus|grüezi|goedemorgen|hoi|dag|god\s+morgen"
    r"|godmorgen|hej|hei|moi|hyvää\s+huomenta|terve|dzień\s+dobry|cześć|ahoj|dobré\s+ráno"
    r"|dobrý\s+den|jó\s+reggelt|szia|bună\s+dimineața|bună|zdravo|dobro\s+jutro|здравствуйте"
    r"|привет|доброе\s+утро|добрий\s+ранок|вітаю|привіт|добро\s+утро|здравейте|καλημέρα|γεια"
    r"|günaydın|merhaba|salam|marhaba|shalom|kia\s+ora|talofa|bula|namaste|namaskar|sawasdee"
    r"|xin\s+chào|selamat\s+pagi|magandang\s+umaga|kumusta|jambo|habari|sawubona|ẹ\s+kaàárọ̀"
    r"|ẹ\s+kaaro|ina\s+kwana|sannu|صباح\s+الخير|مرحبا|בוקר\s+טוב|שלום|नमस्ते|สวัสดี"
    r"|おはようございます|こんにちは|早上好|你好|안녕하세요)"
)
_MULTI_GREETING = re.compile(
    # greetings of two languages or more in a row, the letter's words after them
    # (the whole row: "Hola, hello, bonjour: the airport's new announcements ..." is a sentence)
    rf"^{_GREETING_WORD}\s*[,!]\s+{_GREETING_WORD}(?:\s*[,!]\s+{_GREETING_WORD}){{0,4}}"
    rf"(?!\s*[,!]\s+{_GREETING_WORD}\b)\s*(?:[—–-]+|[,!.])\s*[^?\"“”«»]{{0,140}}$"
    # ... or a row of short greetings, then "and hello from" / "and welcome to"
    r"|^(?:[^\W\d_][^,—–.!?\"“”]{1,24},\s+){1,5}[^\W\d_][^,—–.!?\"“”]{1,24}\s*[—–-]+\s*and\s+"
    r"(?:a\s+(?:big\s+|warm\s+)?)?(?:hello|welcome|greetings|hi)\s+(?:back\s+)?(?:from|to)\b"
    r"[^?\"“”«»]{0,120}$",
    re.I,
)

# a greeting, a vocative and "welcome to this week's letter": "Kia ora e te whānau, and welcome
# to this week's letter."
_HELLO_LETTER = re.compile(
    rf"^{_HELLO}(?:\s+[^\s,!.]{{1,12}}){{0,3}}\s*[,!]\s+and\s+(?:a\s+)?(?:welcome|hello)\s+"
    r"(?:back\s+)?(?:to|from)\s+[^?\"“”]{0,60}\b(?:letter|newsletter|issue|edition|brief"
    r"|briefing|digest|dispatch|roundup|round-up)\b[^?\"“”]{0,60}$",
    re.I,
)

# a byline in Yoruba, Vietnamese, Thai or Icelandic: "Láti ọwọ́ <Name> <Name>"
_BY_NAME = re.compile(
    r"^(?:láti\s+ọwọ́|lati\s+owo|bởi|โดย|eftir)\s*:?\s+(?-i:[^\W\d_a-zà-ÿ])[^\s\d,.;:!?]{1,20}"
    r"(?:\s+(?-i:[^\W\d_a-zà-ÿ])[^\s\d,.;:!?]{1,20}){1,2}$",
    re.I,
)

# a writer's bio: a name, what they write about and since when ("<Name> has covered property and
# infrastructure for <Outlet> since 2038.", "<Name> piše o startupima ... od 2036. godine."); not
# a firm's or a body's beat ("Blue Cross covers dental care for Medicare.")
_WRITES = (
    r"(?:has\s+(?:covered|reported\s+on|written\s+about|been\s+writing\s+about)|covers|reports"
    r"\s+on|writes\s+about|piše\s+o|píše\s+o|pisze\s+o|rašo\s+apie|raksta\s+par|ír\s+(?:a|az)"
    r"|scrie\s+despre|пише\s+про|пишет\s+о|schreibt\s+über|écrit\s+sur|escribe\s+sobre"
    r"|escreve\s+sobre|scrive\s+di|skriver\s+om|kirjoittaa)"
)
_BIO = re.compile(
    r"^(?!the\s)(?-i:[A-ZÀ-ÞĀ-Ž][\w'’-]+)(?:\s+(?-i:[A-ZÀ-ÞĀ-Ž][\w'’-]+)){1,2}\s+"
    rf"{_WRITES}\s+(?![^!?]*\b(?:said|says|told|after|when|because|until)\b)[^!?]{{3,120}}?\s+"
    r"(?:(?:since|od|seit|depuis|desde|dal|nuo|kopš|din)\s+\d{4}\.?(?:\s+(?:godine|godiny|roku"
    r"|m|metų|gada|року|года)\.?)?)$",
    re.I,
)

# a comment with its commenter's row glued on: "<handle> • 4h ago: Finally. The ..."
_COMMENT = re.compile(
    r"^(?=[^\W\d])(?=(?-i:[a-z])|[^\s·•|]*[_\d])[\w.-]{3,30}\s*[·•|]\s*\d{1,3}\s*(?:[smhdw]|min"
    r"|mins|hr|hrs|hours?|days?)\.?(?:\s+ago)?\s*:\s+\S[^\n]{0,300}$",
    re.I,
)

# why the letter reaches its reader, and its second-hand copy's ask
_WHY_YOU_GET_IT = re.compile(
    r"^(?:[^.!?]{0,30}\s)?(?:in\s+your\s+inbox|(?:you['’]re|you\s+are)\s+(?:getting|receiving"
    r"|reading)\s+this(?:\s+(?:e-?mail|newsletter|letter|message|issue))?|this\s+(?:e-?mail"
    r"|newsletter|letter|message)\s+(?:comes|came|goes)\s+to\s+you)\s+(?:because|since|as)\s+"
    r"(?:you\s+)?(?:subscribed|signed\s+up|registered|joined|opted\s+in|asked\s+for\s+it"
    r"|gave\s+us\s+your|left\s+us\s+your)\b[^?]{0,80}(?:[.!?]\s+[^.!?]{1,100}[.!?]?){0,3}$"
    r"|^(?:vous\s+recevez\s+(?:cet\s+e-?mail|cette\s+lettre|ce\s+message|cette\s+infolettre)"
    r"|sie\s+erhalten\s+(?:diese\s+e-?mail|diesen\s+newsletter|diese\s+nachricht)"
    r"|recibes\s+(?:este\s+(?:correo|boletín|mensaje))|você\s+recebe\s+(?:este\s+e-?mail"
    r"|esta\s+newsletter)|ricevi\s+(?:questa\s+(?:e-?mail|newsletter))"
    # ... and in the Baltic and Nordic languages: "Sa saad seda kirja, sest liitusid ...", "Saat
    # tämän viestin, koska ...", "Du får det här mejlet eftersom ..." (aside27's look)
    r"|(?:sa\s+saad|te\s+saate)\s+(?:seda|selle)\s+(?:kirja|uudiskirja|e-?kirja)"
    r"|saat\s+tämän\s+(?:viestin|uutiskirjeen|sähköpostin)|du\s+får\s+(?:det\s+här|detta|denne"
    r"|dette)\s+(?:mejlet|mailet|e-?postet|nyhetsbrevet|brevet))\s*,?\s+(?:car|parce\s+que"
    r"|weil|porque|perché|da|sest|kuna|koska|eftersom|fordi|fordi\s+du)\b[^?]{0,140}$"
    r"|^got\s+(?:it|this)\s+(?:second-?hand|from\s+a\s+friend|forwarded)\s*\?\s+[^?]{2,120}$",
    re.I,
)

# the names a piece gives itself in a note on who wrote it, not a document its story reports on
# ("This letter was written by the head teacher to all parents", "This brief was written for the
# committee by the fleet engineer" are news: review46)
_OWN_GENRE = (
    r"(?:q\s*&\s*a|explainer|guide|faq|factbox|fact\s*box|fact\s*sheet|timeline|article|story"
    r"|piece|backgrounder|primer|glossary|entry|roundup|round-up|digest|overview|quiz|feature"
    r"|newsletter|edition|episode|column|post)"
)

# who wrote the piece, as a note on it: "This story was written by a Local Democracy Reporter,
# a BBC-funded post covering ...", "Cet article a été écrit par ...", "A guest post by <Name>,
# who writes about the harbour ..." (aside27's look); no finding after it ("This report was
# written by the auditors and found ...")
_WRITER_NOTE = re.compile(
    rf"^(?:this|these)\s+{_OWN_GENRE}\s+(?:was|were|is|are|has\s+been)\s+(?:\w+\s+)?(?:written"
    rf"|reported|contributed|co-?written|produced)\s+(?:by|for)\s+{_FINDING}[^.!?]{{2,200}}[.!]?$"
    r"|^(?:cet|cette|ce)\s+(?:article|texte|billet)\s+a\s+été\s+(?:écrite?|rédigée?)\s+par\s"
    r"|^(?:este|esta)\s+(?:artículo|texto|nota)\s+(?:fue|ha\s+sido)\s+(?:escrit[oa]|redactad[oa])"
    r"\s+por\s"
    r"|^(?:dieser|diese|dieses)\s+(?:artikel|beitrag|text)\s+wurde\s+von\s"
    r"|^(?:este|esta)\s+(?:artigo|texto|matéria)\s+foi\s+(?:escrit[oa]|redigid[oa])\s+por\s"
    r"|^questo\s+(?:articolo|testo|pezzo)\s+è\s+stato\s+scritto\s+da\s"
    # a guest's note: "A guest post by <Name>, who ..." (a name, then the note)
    r"|^(?:an?\s+|this\s+is\s+a\s+)?guest\s+(?:post|piece|column|essay|article|contribution)"
    r"\s+(?:by|from)\s+(?-i:[A-ZÀ-Þ])",
    re.I,
)


# the kinds matched as a whole line of up to ``pagekinds``' word limit
KINDS: tuple[re.Pattern[str], ...] = (
    _SECTION_SELF,
    _MULTI_GREETING,
    _HELLO_LETTER,
    _BY_NAME,
    _BIO,
    _COMMENT,
)
# the kinds matched as a whole line of up to the longer word limit
# (a note a story reports stays: "Cet article a été rédigé à partir de documents saisis par la
# police, selon le parquet.")
LONG_KINDS: tuple[re.Pattern[str], ...] = (
    unless_reported(_PREPARED),
    _WHY_YOU_GET_IT,
    unless_reported(_WRITER_NOTE),
)
