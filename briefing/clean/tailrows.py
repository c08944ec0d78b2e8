"""The article's last paragraph told by shape (junk35):

- the writer's bio, whoever the byline named: the last paragraph, forty-five words at most,
  opening with a name of two to four capitalised words and a verb of a beat ("covers",
  "writes about", "reports on", "edits", "has written about", "is a ... reporter", in several
  languages), then a second sentence about the same person ("She joined ... in 2043.",
  "Follow her for ...", "He was previously ..."); a year may stand in it, no other figure.

A paragraph that reports (a verb of saying) stays, and so does anything above the last
paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.clean.vocabulary import REPORTED
from briefing.features import MONTHS, WEEKDAYS

__all__ = ["drop_feed_footer", "drop_tail_rows", "is_end_bio"]

_BIO_WORDS = 45
_CAP = r"[A-ZÀ-ÞĀ-ŽА-Я][\w'’.-]+"
_NAME = rf"{_CAP}(?:\s+(?:{_CAP}|de|da|di|van|von|bin|al|el|le)){{1,3}}"
_BEAT = (
    r"(?:covers|writes\s+(?:about|on)|reports\s+(?:on|about|from)|edits|has\s+(?:written|reported)"
    r"\s+(?:about|on)|has\s+covered|is\s+(?:a|an|the|our)\s+[^.!?\n]{0,50}?(?:reporter|correspondent"
    r"|editor|writer|journalist|columnist|critic|producer)|cubre|escribe\s+sobre|informa\s+sobre"
    r"|es\s+(?:periodista|redactora?|corresponsal|editora?)|couvre|écrit\s+sur|est\s+(?:journaliste"
    r"|rédact\w+|correspondant\w*)|berichtet\s+über|schreibt\s+über|ist\s+(?:Redakteur\w*"
    r"|Korrespondent\w*|Reporter\w*)|scrive\s+di|è\s+(?:giornalista|redattor\w+|corrispondente)"
    r"|escreve\s+sobre|cobre|é\s+(?:jornalista|repórter|correspondente|editora?)|yazıyor|пишет\s+о"
    r"|освещает|menulis\s+tentang|meliput"
    # (junk48) Czech, Slovak, Polish, Finnish, the Nordic languages, Dutch
    r"|píše\s+o|pisze\s+o|kirjoittaa|skriver\s+om|schrijft\s+over)"
)
# (junk48) a letter's rhythm after its writer's beat: "New letter every other Tuesday.", "Nový
# dopis každé druhé úterý.", "Uusi kirje joka toinen torstai."
_RHYTHM = re.compile(
    r"[.!]\s+(?:a\s+)?(?:new|nový|nová|nowy|nowa|uusi|ny|nyt|neuer?|neue|nouvelle|nouveau|nueva"
    r"|nuevo|nuova|nuovo|novo|nova|nieuwe)\s+(?:letter|newsletter|dopis|list|kirje|brev|brief"
    r"|lettre|carta|lettera|edition|issue|post|vydání|wydanie|numer|numero|número|nummer|ausgabe"
    r"|utgåva|udgave)\s+(?:every|each|každ\w+|co|joka|hver|varje|jeden|jede|chaque|cada|ogni"
    r"|todas?|elke)\b[^.!?]{0,30}[.!]?$",
    re.I,
)
_BIO_OPEN = re.compile(rf"^{_NAME}\s+{_BEAT}\b")
# the second sentence: a career's step or a follow ask ("She joined ...", "He was previously
# ...", "Follow her for ..."); not other news of the person ("She was not charged ...")
_SECOND = re.compile(
    r"[.!]\s+(?:(?:She|He|They|Ella|Él|Elle|Il|Sie|Er|Lei|Lui|Ela|Ele)\s+(?:joined|previously"
    r"|was\s+previously|has\s+(?:been\s+(?:a|an|with|at)|worked|covered|written|reported)"
    r"|worked\s+(?:at|for|as)|lives\s+in|is\s+based|se\s+unió|a\s+rejoint|rejoint|kam\s+\d+"
    r"|arbeitete|è\s+entrat\w|entrou|trabalhou|trabajó)"
    r"|(?:Follow|Siga|Suivez|Folgen|Segui\w*|Sígue\w*)"
    r"(?:\s+(?:her|him|them|me|la|le|lo|ihr|ihm))?\s+(?:for|para|pour|für|per)|Tips\s+welcome)\b"
)
_FIGURE = re.compile(r"\d+")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# A career's step is dated by a year, if at all; news of the person is dated by a day ("She
# joined the protest on Monday.", "She was previously arrested in May for contempt ...", review
# of junk35): a weekday or a month in the sentence after the beat, or "joined" with no year,
# or "was previously" before a participle, is not a bio. A month with its year dates a career's
# step ("She joined the paper in September 2019.", review36).
_DAY_DATED = re.compile(
    r"\b(?:"
    + "|".join(WEEKDAYS)  # English day names
    + r"|yesterday|today|tonight|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi"
    r"|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag"
    r"|samstag|sonntag)\b"
    # (review36) an English month dates news unless a year follows it: a career's step is dated
    # by a month and a year ("She joined the paper in September 2019", "since March 2015")
    r"|\b(?:" + "|".join(MONTHS) + r")\b(?!,?\s+(?:of\s+)?(?:19|20)\d{2}\b)",
    re.I,
)
_NEWS_STEP = re.compile(
    # (review36: "based", "posted", "stationed", "employed" after "was previously" are a post's)
    r"\b(?:was|had\s+been|has\s+been)\s+previously\s+(?!(?:based|posted|stationed|employed)\b)"
    r"\w+ed\b|\bpreviously\s+(?:arrested|charged|detained|jailed|sued|fired|expelled|banned"
    r"|convicted|accused)\b"
    # (review35) any passive after "was previously" but a post ("She was previously held for
    # three days without charge."; "He was previously a reporter at ..." is a career), and a
    # clause of news after a comma ("He lives in Kent, where the flood destroyed his farm.")
    r"|\bwas\s+previously\s+(?!(?:a|an|the|at|with|in|on|for|based|posted|stationed|employed|our|its"
    r"|his|her|their)\b)"
    r"\w+\s+(?:for|by|in|on|after|without|over)\b"
    r"|^[^.!?]*,\s+(?:where|which|when|after|because|until|before)\s"
    # a collective action joined is news of the person, dated by a year or not ("He joined the
    # tenants' strike in March 2024 and was evicted weeks later.", review36's probe): a career's
    # step joins a newsroom, not a strike, a march or a lawsuit. Not the month ("She joined the
    # paper in March 2019.") nor a newsroom's desk named after a beat ("He joined the strike
    # desk in 2019", "the lawsuits and investigations team"): review38's probe
    r"|\b(?:joined|se\s+unió\s+a|a\s+rejoint|rejoint|schloss\s+sich)\s+(?:\S+\s+){0,3}?"
    r"(?:strikes?|walkouts?|protests?|march(?:es)?(?!,?\s+(?:of\s+)?(?:19|20)\d{2}\b)|marches?"
    r"|rall(?:y|ies)|boycotts?|sit-ins?|blockades?|pickets?"
    r"|demonstrations?|occupations?|lawsuits?|suits?|petitions?|vigils?|hunger\s+strikes?"
    r"|search(?:es)?|rescues?|huelgas?|protestas?|marchas?|manifestaci[oó]n(?:es)?|demandas?"
    r"|grèves?|manifestations?|plaintes?|Streiks?|Protest(?:e|en)?|Demonstration(?:en)?)\b"
    r"(?!(?:\s+(?:and|&)\s+\S+)?\s+(?:desk|team|beat|section|unit|bureau|newsletter|podcast"
    r"|pages?|coverage|reporting|staff|service|rubrique|rédaction|sección|Ressort|Redaktion)\b)",
    re.I,
)


def _career_step(line: str) -> bool:
    """Whether the sentence after a bio's opening is a career's step or a follow ask, not
    news of the person (see ``_DAY_DATED``)."""
    found = _SECOND.search(line)
    if found is None:
        return False
    rest = line[found.start() + 1 :]
    if _DAY_DATED.search(rest) or _NEWS_STEP.search(rest):
        return False
    joined = re.match(r"\s*\S+\s+(?:joined|se\s+unió|a\s+rejoint|rejoint)\b", rest)
    return not joined or bool(_YEAR.search(rest))


# one sentence will do for a person the text never named before, when it names a beat:
# "<Name> is a freelance reporter in Ibadan covering ...", "<Name> is a former treasury official
# who writes weekly on ...", "By <Name>, who writes about ..."; not "<Name> is a freelance
# journalist based in Bamako." nor "... who covers the courts, and she was arrested in May."
_ROLE = (
    r"(?:reporter|correspondent|editor|writer|journalist|columnist|critic|producer|lecturer"
    r"|professor|researcher|economist|analyst|official|lawyer|teacher|photographer)"
)
_WHO_WRITES = r"(?:covering|writing\s+(?:about|on)|who\s+(?:writes|covers|reports)\b)"
_ONE_SENTENCE = re.compile(
    rf"^(?:By\s+{_NAME},\s+who\s+(?:writes|covers|reports|edits)\b"
    rf"|{_NAME}\s+is\s+an?\s+(?:[^\s.!?]+\s+){{0,4}}?{_ROLE}\b[^.!?;]{{0,40}}?\s{_WHO_WRITES})"
    # (not news of the person: "... covering the mines who was shot dead near <Place>.", review35)
    r"(?![^.!?]*(?:,\s*(?:and|but)\s|;|\b(?:who|and)\s+(?:was|were|has\s+been|had\s+been)\s))"
    r"[^.!?]*[.!]?$"
)


# (junk36) one sentence in more languages for a person the text never named: "<Name> <is> <a
# role> ... since <year>" or "... <beat verb>" ("<Name> es periodista y cubre ... desde 2039.",
# "<Name> est journaliste au service politique depuis 2040.", "<Name> adalah wartawan yang
# meliput ...")
_COPULA = r"(?:is|es|est|ist|è|é|adalah|ialah|jest|je|är|er|on|is\s+now|era|war|was)"
_ROLE_ABROAD = (
    r"(?:periodista|redactora?|corresponsal|reporter[oa]?|editora?|columnista|fotógraf[oa]"
    r"|journaliste|rédact(?:eur|rice)|correspondant\w*|chroniqueu?r\w*|éditorialiste"
    r"|redakteur\w*|korrespondent\w*|reporter\w*|journalist\w*|kolumnist\w*|autor\w*"
    r"|giornalista|redattor[ei]|redattrice|corrispondente|inviat[oa]|jornalista|repórter"
    r"|correspondente|wartawan|jurnalis|koresponden|redaktur|penulis|dziennikar\w*|redaktor\w*"
    r"|novinář\w*|muhabir\w*|gazeteci|журналист\w*|корреспондент\w*|редактор\w*|обозревател\w*"
    r"|writer|editor|columnist|correspondent|critic|producer)"
)
_SINCE_YEAR = (
    r"(?:since|depuis|seit|desde|sejak|dal|dalla|dai|dès|od|sedan|siden|vanaf|с|от)\s+(?:(?:el|le"
    r"|la|l['’]|den|dem)\s+)?(?:año\s+|an\s+|tahun\s+|jahr\s+|anno\s+)?(?:19|20)\d{2}"
)
_BEAT_ABROAD = (
    r"(?:cubre|escribe|informa|couvre|écrit|suit|schreibt|berichtet|betreut|scrive|segue|si\s+occupa"
    r"|escreve|cobre|acompanha|meliput|menulis|pisze|relacjonuje|píše|yazıyor|izliyor|пишет"
    r"|освещает|covers|writes|reports)"
)
_ONE_SENTENCE_ABROAD = re.compile(
    # (not news of the person: "<Name> es periodista desde 2039 y fue detenida el lunes")
    r"(?![^.!?]*\b(?:fue|fueron|a\s+été|ont\s+été|wurde|wurden|è\s+stat[oa]|sono\s+stat[ie]|foi"
    r"|foram|was|were|has\s+been|had\s+been|telah|sudah|została|został|был[аи]?|oldu)\b)"
    rf"^{_NAME}\s+{_COPULA}\s+(?:[^\s.!?]+\s+){{0,3}}?{_ROLE_ABROAD}\b[^.!?;]{{0,120}}?"
    rf"(?:\b{_SINCE_YEAR}|\b{_BEAT_ABROAD}\b)[^.!?;]{{0,80}}[.!]?$",
    re.I,
)


def is_end_bio(text: str, named_before: bool = True) -> bool:
    """Whether ``text`` is shaped as a writer's bio (see the module's note); with
    ``named_before`` false (the text above never names the person), one sentence will do."""
    line = text.strip()
    if len(line.split()) > _BIO_WORDS or REPORTED.search(line):
        return False
    if _FIGURE.search(_YEAR.sub("", line)):
        return False
    if _BIO_OPEN.match(line) and (_career_step(line) or _RHYTHM.search(line)):
        return True
    return not named_before and bool(_ONE_SENTENCE.match(line) or _ONE_SENTENCE_ABROAD.match(line))


def _named_before(lines: list[str], keep: list[bool], last: int) -> bool:
    """Whether the bio's person (the first two words of its name) is named in a kept line
    above it."""
    found = re.match(rf"^(?:By\s+)?({_NAME})", lines[last].strip())
    if found is None:
        return True
    name = " ".join(found.group(1).split()[:2])
    return any(keep[i] and name in lines[i] for i in range(last))


# (junk36) the last paragraph opening with the name the byline row gave, in any script, with a
# word of the writer's trade: a beat's verb, a newsroom's role or team, or "since <year>"
# ("<Outlet> News Network दैनिक ... की शहर टीम है, जो ... खबरें लिखती है।", "<Name> reports on
# coffee markets from the Central Highlands.", "By <Name>, who writes about ... since 2039.")
_BY_WORD = re.compile(
    r"^(?:by|por|par|von|de|di|da|oleh|door|av|af|od|от|بقلم|كتب|كتبت|文|記者|记者)\s*:?\s+", re.I
)
_TRADE = re.compile(
    r"(?:\b(?:covers|covering|writes|writing|reports|reporting|edits|editor|reporter"
    r"|correspondent|journalist|columnist|newsroom|team|desk|cubre|escribe|informa|periodista"
    r"|redactor\w*|corresponsal|equipo|couvre|écrit|journaliste|rédact\w+|équipe|schreibt"
    r"|berichtet|redakteur\w*|korrespondent\w*|redaktion|scrive|giornalista|redazione|escreve"
    r"|cobre|jornalista|repórter|redação|equipa|yazıyor|yazar|muhabir\w*|пишет|освещает"
    r"|журналист\w*|корреспондент\w*|редакци\w+|пише|висвітлює|menulis|meliput|wartawan"
    r"|redaksi|tim)\b|\b(?:since|depuis|seit|desde|sejak|dal|dalla|от|с|od|beri)\s+(?:19|20)\d{2}"
    r"|लिख|रिपोर्ट|संवाददाता|पत्रकार|टीम|എഴുതു|ലേഖക|റിപ്പോർട്ട|執筆|担当|記者|撰写|报道|報道|记者"
    r"|취재|기자|يكتب|تكتب|يغطي|تغطي|صحفي|صحافي|مراسل)"
)


def _byline_names(lines: list[str], is_body: Callable[[str], bool], first_body: int) -> list[str]:
    """The first two words of each short row above the first paragraph, after a word for "by"
    and before a comma or a bar (the byline's name)."""
    names = []
    for line in lines[:first_body]:
        text = line.strip()
        if not text or len(text.split()) > 8 or is_body(text):
            continue
        text = _BY_WORD.sub("", text)
        text = re.split(r"\s*[,|·•،]\s*|\s+[-–—]\s+", text, maxsplit=1)[0]
        words = [w.strip(",;:") for w in text.split()]
        if len(words) >= 2 and not any(c.isdigit() for c in text):
            names.append(" ".join(words[:2]))
    return names


def _byline_bio(lines: list[str], keep: list[bool], is_body: Callable[[str], bool]) -> int | None:
    """The last kept paragraph, when it opens with the byline's name and names the writer's
    trade (see ``_TRADE``), forty-five words at most, with no verb of saying."""
    kept_body = [i for i, line in enumerate(lines) if keep[i] and is_body(line)]
    if len(kept_body) < 2:
        return None
    first = next(i for i, line in enumerate(lines) if is_body(line))
    last = kept_body[-1]
    text = _BY_WORD.sub("", lines[last].strip())
    if len(text.split()) > _BIO_WORDS or REPORTED.search(text):
        return None
    if _FIGURE.search(_YEAR.sub("", text)) or not _TRADE.search(text):
        return None
    words = " ".join(w.strip(",;:") for w in text.split()[:2])
    names = _byline_names(lines, is_body, first)
    return last if any(words == name for name in names) else None


def drop_tail_rows(lines: list[str], keep: list[bool], is_body: Callable[[str], bool]) -> None:
    """Drop the writer's bio when it is the last paragraph (see the module's note)."""
    kept_body = [i for i, line in enumerate(lines) if keep[i] and is_body(line)]
    if len(kept_body) < 2:
        return
    last = kept_body[-1]
    if is_end_bio(lines[last], _named_before(lines, keep, last)):
        keep[last] = False
        return
    found = _byline_bio(lines, keep, is_body)
    if found is not None:
        keep[found] = False


# (junk36) a feed item's footer in any language: "<the post> <title> <first appeared> <on>
# <Site>": the last line, ending with a short word and the outlet's name, and echoing three
# words in a row of a line above (the title repeats the lede's words)
_FOOTER_WORDS = 45
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def _runs(text: str, size: int = 3) -> set[tuple[str, ...]]:
    words = [w.lower() for w in _WORD.findall(text)]
    return {tuple(words[k : k + size]) for k in range(len(words) - size + 1)}


def drop_feed_footer(lines: list[str], keep: list[bool], names: tuple[str, ...]) -> None:
    """Drop the last kept line when it is a feed's footer (see ``_FOOTER_WORDS``'s note)."""
    kept = [i for i, line in enumerate(lines) if keep[i] and line.strip()]
    if len(kept) < 2 or not names:
        return
    last = kept[-1]
    text = lines[last].strip().rstrip(".")
    if len(text.split()) > _FOOTER_WORDS or REPORTED.search(text):
        return
    ends = any(
        re.search(rf"(?:^|\s)(?-i:[a-zà-ÿĉĝĥĵŝŭ]{{1,4}})\s+{re.escape(name)}$", text, re.I)
        for name in names
        if len(name.split()) >= 2 or len(name) >= 6
    )
    if not ends:
        return
    above = set().union(*(_runs(lines[i]) for i in kept[:-1]))
    if _runs(text) & above:
        keep[last] = False
