"""Lines in which the outlet talks about itself.

A short line that opens with the article's own outlet name is the page describing its publisher,
not the news: a tagline ("Osaka Shimbun English - stories from Kansai, in English."), a section
label ("Jakarta Business Herald | Economy"), a membership or licensing line ("Sfax Economic Weekly
is published every Thursday.", "Tokyo Economic Wire - for licensed subscribers only."). The rule
needs the outlet's name, so it is general: no site's string is written here.

Only short lines go (a paragraph that happens to start with the outlet's name is reporting), the
name must be written as the outlet writes it (case and all), and must end at a word boundary; a
line that reports what the outlet did ("... has been granted planning permission", "... said
on Monday", "... announces a trading update") is news of a publisher that writes about itself
(a club's or a firm's own feed, a company's release), and so is a line on the newsroom's own
reporting ("... asked the Ministry of Culture for comment; it had not replied", "... has seen
the letter", "... understands the deal is close"), in its own language too ("<Council>
повідомляє, що ...", "<Mairie> informe que ...").
"""

from __future__ import annotations

import functools
import re

from briefing.clean.vocabulary import REPORTED as _REPORTED, unless_reported
from briefing.text import normalize_space

__all__ = [
    "is_newsroom_line",
    "is_outlet_beat",
    "is_outlet_invite",
    "is_outlet_line",
    "is_outlet_membership",
    "is_outlet_mention",
    "is_outlet_partnership",
    "is_outlet_rhythm",
    "is_outlet_thanks",
    "is_short_name_line",
    "outlet_names",
]

# Longer than a tagline or a membership line; a one-line paragraph of reporting is longer.
MAX_WORDS = 25
# "BBC News - World", "Le Monde | International": the feed's or page's name of a section.
_SECTION = re.compile(r"\s+[-–—|:·•]\s+")
_MIN_CHARS = 4  # "AP", "FT": too short to tell a name from a word
# A publisher that reports on itself, as a club's or a company's own feed does ("Marrow Bay
# Rowing Club has been granted planning permission for ..."): news, not a tagline.
_REPORTS = re.compile(
    r"\b(?:has|have|had)\s+(?:been\s+)?(?:\w+ed|won|grown|begun|made|taken|given|lost|cut|set)\b"
    r"|\b(?:said|announced|won|opened|approved|granted|launched|named|appointed|hired|elected"
    r"|voted|agreed|signed|lost|raised|reported|confirmed|will)\b"
    # a company's release in the present: "Tillington Brands plc ... announces a trading update"
    r"|\b(?:announces|confirms|appoints|launches|warns|expects|says|agrees|signs|wins|raises"
    r"|completes|acquires|reports\s+(?:a|an|its|record|first|half|full|\d))\b"
    # ... and a notice's to those it binds: "... the <Cooperative> informs all members:" (junk47)
    r"|\b(?:informs|notifies)\s+(?:all\s+)?(?:its\s+|our\s+)?(?:members|customers|residents"
    r"|shareholders|staff|employees|tenants|passengers|parents|the\s+public)\b"
    # ... and its own apology or regret to those its act touched, a statement's closing line
    # ("<Exchange> apologises to investors for the inconvenience."): the issuer's act, news
    r"|\b(?:apologi[sz]es|regrets)\b"
    # ... and a verb of saying at the sentence's end, in the languages that put it last (Uzbek,
    # Turkish, Azerbaijani, Kazakh, Kyrgyz): "<Hokimlik> ... qurilishini boshlashini ma'lum
    # qildi.", "<Belediye> ... başlayacağını duyurdu."
    r"|\b(?:ma['’ʼ]lum\s+qildi|xabar\s+berdi|e['’ʼ]lon\s+qildi|bildirdi|ma['’ʼ]lum\s+qilindi"
    r"|маълум\s+қилди|хабар\s+берди|эълон\s+қилди|duyurdu|açıkladı|bildirdi|açıqladı|bildirib"
    r"|məlumat\s+verib|хабарлады|мәлімдеді|жариялады|билдирди|жарыялады)\s*[.!]?$",
    re.I,
)
# ... or in the perfect tense of its own language, an auxiliary and (after up to three words) a
# participle: "Fjordlinjen ASA har signert kontrakt med ...", "<Reederei> hat heute ...
# unterzeichnet", "<Rederij> heeft ... getekend", "<Société> a signé ...", "<Empresa> ha firmado
# ...", "<Azienda> ha venduto ...": a company's release reporting its act, not its tagline, which
# is in the present ("<Firm> driver 14 ferjesamband ...", "<Firm> har 1 100 ansatte").
_REPORTS_PERFECT = re.compile(
    r"^\s+(?:har|hat|hatte|haben|heeft|hebben|ha|han|hanno|a|ont|hefur)\s+(?:[^\W\d_]+\s+){0,3}?"
    r"(?:[^\W\d_]+(?:ert|iert|et|at|it|tt|dt|gt|kt|ée?s?|ado|ada|ido|ida|ato|ata|ito|ita|uto|uta)"
    r"|(?:ge|be|ver|er|unter|über|ent|onder|ont|her)[^\W\d_]{3,}(?:t|d|en))(?!\w)",
    re.I,
)
# ... in the publisher's own language: its name, a verb of saying and "that" ("Львівська міська
# рада повідомляє, що ...", "La Mairie informe que ...", "Die Stadtwerke teilen mit, dass ..."),
# or one of the verbs a council's or a firm's channel opens its notices with.
_REPORTS_ABROAD = re.compile(
    r"^\s+(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+,?\s+(?:що|что|шо|że|dass|que|qu['’]|che|att|at|dat"
    r"|kwamba|bahwa|hogy|että|ότι)\s"
    r"|^\s+(?:повідомляє|повідомила|повідомили|інформує|сообщает|сообщила|сообщили|информирует"
    r"|informa|informe|anuncia|annonce|comunica|meldet|berichtet|informuje|ogłasza|meddelar"
    r"|melder|meddeler|ilmoittaa|tiedottaa|bildirdi|duyurdu|objavljuje|javlja"
    # (junk48) an office's own act or ask in the present, in a release's voice: "<Kunta> avaa
    # ... uuden kutsuliikenteen 1. syyskuuta.", "<Město> oznamuje, že ...", "<Road Agency>
    # opnar nýjan veg ...", "<Road Agency> biður ökumenn ..."
    r"|oznamuje|oznamuj[eí]|avaa|aloittaa|pyytää|opnar|biður|lokar|åbner|åpner|öppnar"
    r"|beder|ber|opent|opens|sluit|vraagt|otwiera|prosi|otevírá|žádá|otvára|žiada|otvara|moli"
    r"|deschide|solicită|abre|pide|ouvre|demande|apre|chiede|eröffnet|bittet|açıyor|istiyor)\b",
    re.I,
)
# The newsroom's own reporting, or news of the outlet, right after its name (its reporters or
# its offices first, at most a few words): "... could not independently verify the footage",
# "... reporters saw at least six bodies", "... 's offices were raided", "... asked the Ministry
# of Culture for comment", "... is to close its print edition". Only at the name: a tagline's
# prompt further on ("...: Found a typo? Let us know.") is none, nor a label ("... revealed: the
# stories you read most") or a tagline's passive ("... obtained by readers, for readers").
_AT_NAME = (
    r"^(?:['’]s?)?(?:,[^,]{1,60},)?(?:\s+(?!(?:is|are|was|were|be|been|being)\b)[\w'’.-]+){0,4}?\s+"
)
_NEWSROOM = re.compile(
    _AT_NAME + r"(?:"
    r"could(?:n['’]t|\s+not)|cannot|can['’]t|did\s+not|didn['’]t"
    r"|(?:was|were|is|are|has\s+been|have\s+been)\s+(?:unable|not\s+able)|has\s+not\s+been\s+able"
    r"|is\s+(?:not\s+(?:naming|identifying|publishing)|withholding|being|to\s+\w+|among)"
    r"|(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:arrested|raided|fined|closed|banned"
    r"|blocked|sued|attacked|detained|expelled|barred|killed|injured|wounded|threatened|hacked"
    r"|sold|bought|acquired|shut|suspended|ordered|awarded|named|shortlisted|nominated|told"
    r"|shown|denied|refused|forced|targeted|searched|accused|charged|cleared|summoned|taken"
    r"|seen|given|sent|invited|allowed|prevented|stopped|questioned)\b"
    r"|(?:asked|contacted|requested|sought|obtained|revealed|found|learned|learnt|spoke"
    r"|interviewed|understands|knows|saw|heard|reviewed|counted|wrote|sent|put|calculated"
    r"|analy[sz]ed|verified|visited|witnessed|examined|tracked|identified|traced|filmed"
    r"|tried|broke|first\s+reported|resigned|faces|(?:calculations|analysis|tally|count"
    r"|survey|investigation)\s+(?:shows?|showed|found|finds|suggests|revealed)"
    r"|(?:has|have|had)\s+(?:seen|found|spoken|sought|learned|learnt|obtained|asked|reached))"
    r"\b(?!\s*:|\s+by\b))",
    re.I,
)


# A tagline's tail after the newsroom's words: a prompt or thanks in a later sentence ("... local
# news matters. Support us from 3 euros a month.", "... than ever in 2026. Thank you."), a web
# address after a colon ("... has found a new home: harbourledger.news"), or "it all since
# <year>": the line is the outlet's tagline, though its verb reads like reporting ("... has
# covered it all since 1868.").
_TAGLINE_TAIL = re.compile(
    r"[.!?]\s+(?:support\s+us|subscribe|join\s+us|become\s+a\s+(?:member|supporter|subscriber))\b"
    r"|[.!?]\s+(?:thank\s+you|thanks)(?:\s+for\s+reading)?\s*[.!]?\s*$"
    r"|:\s*(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?\s*$|\bit\s+all\s+since\s+\d{4}\b",
    re.I,
)
# The outlet's owner, told as news: "... is owned by the Nordvik family, which also owns the
# shipping firm." (not a co-operative's tagline: "... is owned by its readers.")
_OWNED = re.compile(
    _AT_NAME + r"(?:is|was|are|were|has\s+been)\s+(?:(?:partly|majority|wholly|jointly)\s+)?"
    r"(?:owned|controlled|bought)\s+by\s+(?!(?:its|our|the)\s+(?:readers|members|staff"
    r"|employees|journalists|community)\b)",
    re.I,
)
# A document's heading under the outlet's name: "...: the port director's full statement."
_DOCUMENT = re.compile(
    r"^\s*:\s+(?:the|a|an)\s+[^.:]{1,40}['’]s\s+(?:full\s+|complete\s+)?(?:statement|interview"
    r"|letter|speech|remarks|response|reply|transcript)\.?\s*$",
    re.I,
)


# In capitals, only a tagline's shape: the name with a partner agency ("BOSPHORUS DAILY WITH
# AA") or before a separator; a headline in capitals that names the outlet is news of it.
_CAPITALS_TAGLINE = re.compile(r"^\s*(?:[-–—|:·•▪■◆,/]|WITH\s+[A-Z]{2,8}\b|[.!]?\s*$)")
# ... and the name in capitals before a separator and a short label in lower case, a masthead:
# "<NAME> — community paper", "<NAME> ▪ District news" (no sentence after it: "<NAME> — The
# council voted ..." is a dateline's lede)
_MASTHEAD = re.compile(r"^\s*[-–—|·•▪■◆/]\s*[^.!?:;]{1,40}$")
_MASTHEAD_WORDS = 6
# ... or a longer tagline that opens in lower case, as no headline does ("<PAPER> — le
# quotidien en ligne de <place> et <place>"; fresh48's look)
_LOWER_TAGLINE = re.compile(r"^\s*[-–—|·•▪■◆/]\s*(?-i:[^\W\d_A-ZÀ-Þ])[^.!?:;]{1,80}$")
_LOWER_TAGLINE_WORDS = 12
# a code of two to four capitals after a name of two words or more: "<Paper> SPM"
_CODE_TAIL = re.compile(r"^(\S+(?:\s+\S+)+?)\s+[A-Z]{2,4}$")


# A writing platform's feed of one writer: "<Name> on <Platform>" (the writer's bio at the text's
# end opens with the name: "<Name> writes about payments in West Africa. ...")
_VIA = re.compile(r"\s+(?:via|vía)\s+")
# "<Paper> (via <Portal>)", "<Paper> (über <Portal>)": one word, then the portal's name
_BRACKET_VIA = re.compile(r"^(.+?)\s*\(\s*[^\W\d_]{2,8}[\s-]+([^()]+?)\s*\)$")
_WRITER_ON = re.compile(
    r"^((?-i:[A-ZÀ-ÞĀ-Ž][^\W\d_]+)(?:\s+(?-i:[A-ZÀ-ÞĀ-Ž][^\W\d_'’-]*[^\W\d_]|[a-z]{1,3})){1,3})"
    r"\s+(?:on|at|en|na|sur|auf|su|em|no|op|på|w)\s+[^\W\d_][\w.-]*$"
)


def outlet_names(outlet: str | None) -> tuple[str, ...]:
    """The names an outlet's lines may open with: as given, without a section after a spaced
    separator ("BBC News - World" → also "BBC News"), and a platform's writer without the
    platform ("Ana Ruiz on Medium" → also "Ana Ruiz"), a partner's paper and its portal ("The
    Valley Post via Yahoo News" → also "The Valley Post", "Yahoo News"), each at least four
    characters long and with a capital (or in a script without case)."""
    name = normalize_space(outlet or "").strip()
    names = [name, _SECTION.split(name, maxsplit=1)[0].strip()]
    writer = _WRITER_ON.match(name)
    if writer:
        names.append(writer.group(1))
    # an aggregator's partner item, "<paper> via <portal>": both names (junk38)
    names.extend(part.strip() for part in _VIA.split(name, maxsplit=1) if _VIA.search(name))
    # ... or "<paper> (via <portal>)", the word for "via" in any language: the paper's name
    # without the brackets, and the portal's after the word (junk48)
    bracket = _BRACKET_VIA.match(name)
    if bracket:
        names.extend((bracket.group(1), bracket.group(2)))
    kept: list[str] = []
    for each in names:
        # (a name in a script without case has no capital: "کابل ټکنالوژي خبرونه"; junk46)
        caseless = not any(ch.isupper() or ch.islower() for ch in each)
        cased = any(ch.isupper() for ch in each)
        if len(each) >= _MIN_CHARS and (cased or caseless) and each not in kept:
            kept.append(each)
    return tuple(kept)


def _masthead_tagline(text: str, name: str) -> bool:
    """Whether ``text`` is the outlet's masthead in capitals with a tagline in lower case after
    a dash ("<PAPER> — le quotidien en ligne de <place> et <place>"), the name maybe without the
    code of its place or edition that the feed adds ("<Paper> SPM"; fresh48's look; a club's
    "<Town> RFC" writes its scores under its name without the code, so the shorter name is asked
    of a masthead in capitals only)."""
    coded = _CODE_TAIL.match(name)
    for each in (name, coded.group(1)) if coded else (name,):
        if not (text.startswith(each.upper()) and not text.startswith(each)):
            continue
        rest = text[len(each) :]
        short = _MASTHEAD.match(rest) and len(rest.split()) <= _MASTHEAD_WORDS
        lower = _LOWER_TAGLINE.match(rest) and len(rest.split()) <= _LOWER_TAGLINE_WORDS
        if short or lower:
            return True
    return False


def is_outlet_line(line: str, names: tuple[str, ...]) -> bool:
    """Whether ``line`` is short and opens with one of ``names`` (from ``outlet_names``),
    followed by nothing, a space or punctuation; a line in capitals may write the name in
    capitals ("BOSPHORUS DAILY WITH AA")."""
    text = line.strip()
    if not text or len(text.split()) > MAX_WORDS:
        return False
    capitals = text.isupper()
    for name in names:
        if _masthead_tagline(text, name):
            return True
        if not text.startswith(name.upper() if capitals else name):
            continue
        rest = text[len(name) :]
        if capitals and rest.strip() and not _CAPITALS_TAGLINE.match(rest):
            return False  # a headline in capitals: "REUTERS PHOTOGRAPHER KILLED IN ..."
        if not rest or not (rest[0].isalnum() or rest[0] == "_"):
            if _OWNED.match(rest) or _DOCUMENT.match(rest):
                return False
            if _TAGLINE_TAIL.search(rest):
                return True
            return not (
                _REPORTS.search(rest)
                or _NEWSROOM.match(rest)
                or _REPORTS_ABROAD.match(rest)
                or _REPORTS_PERFECT.match(rest)
            )
    return False


def is_newsroom_line(line: str, names: tuple[str, ...]) -> bool:
    """Whether ``line`` opens with one of ``names`` and then the newsroom's own reporting or
    news of the outlet ("Reuters could not independently verify the report.", "... is to close
    its print edition", "... is owned by the Nordvik family"), without a tagline's tail:
    news, though it names the outlet."""
    text = line.strip()
    for name in names:
        if not text.startswith(name):
            continue
        rest = text[len(name) :]
        if _OWNED.match(rest) or _DOCUMENT.match(rest):
            return True
        if _NEWSROOM.match(rest) is not None and not _TAGLINE_TAIL.search(rest):
            return True
    return False


# When and how the outlet comes out, said of itself by the short name its pages use (the name's
# last words: "Lakeside Voice" of "<Town> Lakeside Voice", "the Bulletin" of "<Place>
# Bulletin"): "Footnotes appears on the first and third Tuesday of each month.", "The Bulletin
# rides north on the Thursday train.", "Subscribers outside town get the Bulletin by mail, usually
# a week late."; only with such a rhythm, in one sentence, and with no reporting after the name
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_RHYTHM = re.compile(
    rf"\b(?:(?:every|each)\s+(?:weekday|day|morning|evening|week|fortnight|month|{_DAY})"
    r"|on\s+the\s+(?:first|second|third|fourth|last)\b[^.!?]{0,40}\bof\s+(?:each|every|the)\s+"
    rf"month|{_DAY}s?\s+(?:to|through|thru|-|–)\s+{_DAY}|on\s+the\s+{_DAY}\s+(?:train|ferry|boat"
    r"|plane|bus|mail|post)|by\s+(?:mail|post)\b)",
    re.I,
)
_READERS_GET = re.compile(
    r"^(?:subscribers|readers|members)\b[^.!?]{0,40}\b(?:get|receive)\s+(?:the\s+)?", re.I
)
_RHYTHM_WORDS = 20
# ... its verb right after the name: "English lessons are held every weekday" is news
_COMES_OUT = (
    r"(?:is\s+(?:published|printed|out|delivered|mailed|posted|sent|written|back)|appears|comes"
    r"|goes\s+out|arrives|lands|rides|reports|runs|publishes|prints|mails|returns|travels"
    r"|reaches)\b"
)


def _short_names(names: tuple[str, ...]) -> list[str]:
    """The names' last words, from the second on: "Lakeside Voice" and "Voice" of "Mangochi
    Lakeside Voice"."""
    short: list[str] = []
    for name in names:
        words = name.split()
        for k in range(1, len(words)):
            tail = " ".join(words[k:])
            if tail[0].isupper() and len(tail) >= _MIN_CHARS and tail not in short:
                short.append(tail)
    return short


def is_outlet_rhythm(line: str, names: tuple[str, ...]) -> bool:
    """Whether ``line`` says when or how the outlet (by a short name) comes out."""
    text = line.strip()
    if len(text.split()) > _RHYTHM_WORDS or re.search(r"[.!?]\s+\S", text):
        return False
    if not _RHYTHM.search(text):
        return False
    readers = _READERS_GET.match(text)
    for name in [*names, *_short_names(names)]:
        if readers is not None:
            if text[readers.end() :].startswith(name):
                return True
            continue
        opening = re.match(rf"(?:The\s+)?{re.escape(name)}\s+{_COMES_OUT}", text)
        if opening is None:
            continue
        rest = text[opening.end() :]
        return not (_REPORTS.search(rest) or _NEWSROOM.match(rest) or _OWNED.match(rest))
    return False


# The outlet's membership of a standards body or a pledge, said of itself by its name or the
# short name its pages use: "Mercury Daily is taking part in the Fair Play Pledge.", "The
# Courier is a member of the Independent Press Standards Organisation.", "<Outlet> subscribes
# to the Press Council's code." (one sentence, nothing after the body's name)
_MEMBERSHIP = re.compile(
    r"\s+(?:is|are)\s+(?:taking\s+part\s+in|part\s+of|(?:a|an)\s+(?:member|signatory"
    r"|founding\s+member|accredited\s+member)\s+of|signed\s+up\s+to|regulated\s+by"
    r"|accredited\s+(?:by|to|with))\s+(?:the\s+)?[A-Z][^.!?,;]{1,60}\.?$"
    r"|\s+(?:subscribes\s+to|abides\s+by|adheres\s+to)\s+(?:the\s+)?[^.!?,;]{1,60}\b(?:code|charter"
    r"|standards|principles|guidelines|pledge)\.?$"
)
_MEMBERSHIP_WORDS = 20


def is_outlet_membership(line: str, names: tuple[str, ...]) -> bool:
    """Whether ``line`` says the outlet (by its name or a short name) belongs to a standards
    body or a pledge."""
    text = line.strip()
    if len(text.split()) > _MEMBERSHIP_WORDS:
        return False
    for name in [*names, *_short_names(names)]:
        opening = re.match(rf"(?:The\s+)?{re.escape(name)}(?=\s)", text)
        if opening and _MEMBERSHIP.match(text[opening.end() :]):
            return True
    return False


# What the outlet (by its name or a short name) covers, where it is made, or who pays for it or
# runs it, in the present tense: "The Review covers farming and food along the <coast>.", "The
# Digest tracks utility charges across <state>. Data tables are free to reuse.", "The <Record>
# is printed in <town> and shared hand to hand.", "Readers fund <Outlet>; <firms> never do.",
# "A university consortium runs <Outlet>; every chart names its data source." One sentence and
# at most a short note after it, no figure and no reporting: "The Review covers the trial's
# costs, its editor said." and "The Tideline covers Homer. It closed on Friday." are news.
_BEAT = re.compile(
    r"\s+(?:covers|tracks|follows|watches|serves|reports\s+on|writes\s+about|is\s+(?:printed"
    r"|published|made|written|edited)\s+(?:in|from)|is\s+(?:owned|run|funded)\s+by\s+(?:its"
    r"|the|a|an)\s)\s*[^.!?;]{1,90}$"
)
_FUNDS = re.compile(
    r"^(?:(?:its\s+|our\s+)?(?:readers|members|subscribers|listeners|donors)\s+(?:fund|own|pay"
    r"\s+for|support)|(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}(?:consortium|foundation|trust"
    r"|co-?operative|charity|university|society|association)\s+(?:runs|owns|funds|publishes))"
    r"\s+(?:the\s+)?$",
    re.I,
)
_BEAT_WORDS = 24
_NOTE_WORDS = 10
_NOTE_SPLIT = re.compile(r"(?<=[.;])\s+")
_PAST = re.compile(r"\b\w+ed\b|\d")


def is_outlet_beat(line: str, names: tuple[str, ...]) -> bool:
    """Whether ``line`` says what the outlet (by its name or a short name) covers, where it is
    made, or who funds or runs it (see ``_BEAT``)."""
    text = line.strip()
    if not text or len(text.split()) > _BEAT_WORDS:
        return False
    first, *rest = _NOTE_SPLIT.split(text, maxsplit=1)
    note = rest[0] if rest else ""
    if note and (len(note.split()) > _NOTE_WORDS or _PAST.search(note) or _REPORTS.search(note)):
        return False
    first = first.rstrip(".;")
    if _PAST.search(first.replace("printed", "").replace("published", "").replace("edited", "")):
        return False
    for name in [*names, *_short_names(names)]:
        opening = re.match(rf"(?:The\s+)?{re.escape(name)}(?=\s)", first)
        if opening:
            tail = first[opening.end() :] + "."
            beat = _BEAT.match(tail[:-1])
            if beat and not (_REPORTS.search(tail) or _NEWSROOM.match(tail) or _OWNED.match(tail)):
                return True
        at = first.find(name)
        if at > 0 and first[at + len(name) :].strip() == "" and _FUNDS.match(first[:at]):
            return True
    return False


# The outlet asking the reader in by its name: "Join <Outlet>", "Subscribe to <Outlet>", and its
# web address written from its name with a pitch after it ("<OutletName>.example: every story,
# every device, one subscription.")
_INVITE = re.compile(
    r"^(?:join|subscribe\s+to|support|become\s+a\s+(?:member|subscriber)\s+of)\s+$", re.I
)
_ADDRESS_PITCH = re.compile(r"^(?:https?://)?(?:www\.)?([\w-]+)\.[a-z]{2,10}/?\s*[:—–-]\s+\S")
_INVITE_WORDS = 16


def is_outlet_invite(line: str, names: tuple[str, ...]) -> bool:
    """Whether ``line`` is the outlet asking the reader in by its name, or its web address (its
    name without spaces) with a pitch."""
    text = line.strip().rstrip(".!")
    if not text or len(text.split()) > _INVITE_WORDS:
        return False
    address = _ADDRESS_PITCH.match(text)
    for name in [*names, *_short_names(names)]:
        at = text.find(name)
        if at > 0 and not text[at + len(name) :].strip() and _INVITE.match(text[:at]):
            return True
        squashed = re.sub(r"\W", "", name).casefold()
        if address and address.group(1).replace("-", "").casefold() in (
            squashed,
            squashed.removeprefix("the"),
        ):
            return True
    return False


# The outlet named inside a short line of its page, not as its subject: the page pointing to
# itself in any language ("Siga o <Outlet> no Google Notícias", "Mynd: <Outlet>", "Падпісвайцеся
# на <Outlet> ў Telegram", "Gracias por leer <Outlet>. ...", "... signing up to the <Courier>'s
# free daily email", "... ilk dəfə <Outlet> saytında dərc olunub."). A short name of one word
# only after "the" ("the Courier's night desk"). News that names the outlet cites it ("..., Vell
# told <Outlet>.", "Records obtained by <Outlet> show ...", "according to <Outlet>"), reports
# (a verb of saying anywhere, or the outlet's own news after the name), or is a sentence with
# figures ("Frå 1. februar kostar papirabonnementet på <Outlet> 589 kroner ...": a price rise);
# a line that opens with the name, or with an article and the name, is ``is_outlet_line``'s.
_MENTION_WORDS = 25
_ARTICLE_ONLY = re.compile(
    r"\s*(?:the|a|an|la|le|les|l['’]|el|los|las|o|os|il|lo|die|der|das|de|het|den|det)\s+", re.I
)
_CITES = re.compile(
    r"\b(?:told|according\s+to|obtained\s+by|seen\s+by|reviewed\s+by|shared\s+with|spoke\s+to"
    r"|speaking\s+to|talking\s+to|in\s+an\s+interview\s+with"
    # ... a verb of saying or confirming to it: "..., the council confirmed to the <Dispatch> on
    # Thursday.", "... in a statement to <Outlet>"
    r"|(?:confirmed|said|explained|wrote|revealed|admitted|denied|insisted|stated|disclosed"
    r"|conceded|acknowledged|replied|responded|complained|described\s+\w+)\s+to"
    r"|in\s+(?:a|an)\s+(?:statement|email|e-mail|interview|letter|response|reply)\s+to)"
    r"\s+(?:the\s+)?$",
    re.I,
)
# ... and someone speaking to it, or the outlet as a source, in the page's language: "...
# disse ao <Outlet> que ...", "... сказаў <Outlet>, што ...", "<Outlet>-in məlumatına görə"
_SAID_TO = re.compile(
    r"\b(?:disse|contou|afirmou|declarou|explicou|dijo|contó|declaró|explicó|a\s+(?:déclaré|dit"
    r"|confié|indiqué|expliqué)|sagte|erklärte|gegenüber|ha\s+(?:detto|spiegato|dichiarato)"
    r"|сказаў|сказала|сказаў|заявіў|заявіла|расказаў|сказал|заявил|рассказал|сказав|заявив"
    r"|розповів|розповіла|powiedział|powiedziała|rekao|rekla|dedi|söyledi|görə|məlumatına"
    r"|kepada|mengatakan|berkata)(?!\w)",
    re.I,
)
# "... a typical weekday. – <Outlet>": a sentence of news with its source after it
_CREDIT_TAIL = re.compile(r"^((?:\S+\s+){6,}?\S*[.!?])\s*[-–—]\s*[^.!?]{1,60}$")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_SENTENCE_WORDS = 12
# A sentence of six words or more that names the outlet is the page's own line only when it says
# the page's business: reading, following, signing up, a channel or an app, publishing first
# ("Gracias por leer <Outlet>. ...", "... by signing up to the <Courier>'s free daily email",
# "... ilk dəfə <Outlet> saytında dərc olunub."), or speaks to the reader. A sentence without
# it tells news of the outlet ("A fire broke out overnight behind the <Outlet> offices.", "Los
# trabajadores de <Outlet> convocaron una huelga para el viernes.": review31's probe).
_PAGE_SENTENCE_WORDS = 6
_PAGE_BUSINESS = re.compile(
    # ("read", "reader", "reading", not "ready": "The Forum stands ready to work with ..." is a
    # statement's own news; junk39)
    r"\b(?:you|your|yours|read(?:s|ing|ers?|ership)?|subscri\w*|suscri\w*|abonn\w*|abbona\w*|assin\w*|iscriv\w*"
    # ("follow", "followers", "following us", not "is following developments": a statement's
    # own news of watching; junk40)
    r"|inscr\w*|sign\w*\s+up|join\w*|follow(?:s|ed|ers?)?|following\s+(?:us|along|on)"
    r"|download\w*|upgrade\w*|share|thanks?|gracias"
    r"|obrigad\w|merci|danke|grazie|newsletters?|e-?mails?|app|apps|website|site|sitio|sítio|sayt\w*"
    r"|channel"
    r"|canal|kanal|whatsapp|telegram|google|facebook|instagram|youtube|podcast|comments?"
    r"|members?|membres|mitglied\w*|published|publicó|publicad\w*|publicou|publié\w*|pubblicat\w*"
    r"|veröffentlicht|dərc|appeared|leer|leyendo|lendo|lire|lesen|leggere|ler|lectores|lecteurs"
    r"|leitores|lettori|leser|our|ours|δημοσιεύθηκε|weşand\w*)\b"
    # a writer's bio: "<Name> covers Congress for the <Outlet>.", "... is the <Beacon>'s city
    # hall reporter."
    r"|\b(?:covers|covered|writes\s+(?:about|on)|is\s+(?:a|an|the)\b[^.]{0,40}\b(?:reporter"
    r"|correspondent|writer|columnist|editor|journalist))\b"
    # its rights, its editorial board, replies, or a question put to the reader before more
    # ("Liked it? Twice weekly the <Courier>'s brief goes out; ...")
    r"|©|\?\s+\S|\b(?:copyright|republish\w*|editorial|repl(?:y|ies))\b",
    re.I,
)
# ... but a line under a label ("Skribent: <Name>, reporter på <Outlet> ...") or one that opens
# with the outlet ("The <World Children's Fund> works in ...") is the page's whatever it says
_LABELLED = re.compile(r"^[^\s:]{1,20}:\s")


# ... and when it comes out: "... arrives every Friday", "... llega cada viernes", "... paraît
# chaque jeudi", "... sai todas as manhãs" (a page's self-description on its lead, not a
# statement: review41's probe)
_CADENCE = re.compile(
    r"\b(?:every|each|cada|chaque|tous\s+les|toutes\s+les|todos\s+los|todas\s+las|todas\s+as"
    r"|todos\s+os)\s+(?:day|week|weekday|morning|evening|month|(?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day|día|semana|mañana|tarde|mes|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
    r"|jour|semaine|matin|soir|mois|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|dia|manhã|segunda|terça|quarta|quinta|sexta)s?\b",
    re.I,
)


def _opens_with(text: str, name: str) -> bool:
    return bool(re.match(rf"(?:{_ARTICLE_ONLY.pattern})?{re.escape(name)}(?!\w)", text, re.I))


@functools.lru_cache(maxsize=256)
def _mention_names(names: tuple[str, ...]) -> tuple[tuple[str, bool], ...]:
    """The names and short names a mention may use, each with whether it is one short word (a
    short name of one word counts only after "the")."""
    short = [name for name in _short_names(names) if name not in names]
    return tuple((name, name in short and len(name.split()) == 1) for name in [*names, *short])


def is_outlet_mention(line: str, names: tuple[str, ...], *, lead: bool = False) -> bool:
    """Whether ``line`` is short and names the outlet (by one of ``names`` or a short name)
    after its opening, as the page's own pointer to itself (see ``_ARTICLE_ONLY``'s note).
    On the text's ``lead`` (its first paragraph) a short name inside the opening's full name
    is that opening, not a mention after it: "The High Tatras Tourism Association regrets the
    decision ..." on the association's own page is its statement, where the same line under an
    "About" heading at the end is its boilerplate; one that says the page's business or when it
    comes out ("The <Evening Gazette> brings you the news ...", "El <Boletín Puerto> llega cada
    viernes ...") is the page's own still."""
    text = line.strip()
    words = text.split()
    if not words or len(words) > _MENTION_WORDS or text[:1].islower():
        return False  # (a line in lower case goes on a wrapped sentence: "by <Outlet>.")
    candidates = _mention_names(names)
    if not any(name in text for name, _ in candidates):
        return False
    if _REPORTED.search(text) or _SAID_TO.search(text) or _CREDIT_TAIL.match(text):
        return False
    if (
        len(words) >= _SENTENCE_WORDS
        and text.endswith((".", "!"))
        and len(_FIGURE.findall(text)) >= 2
    ):
        return False
    if (
        len(words) >= _PAGE_SENTENCE_WORDS
        and text.rstrip("\"'”’»)").endswith((".", "!", "?"))
        and not _LABELLED.match(text)
        and not any(_opens_with(text, name) for name in names)
        and not _PAGE_BUSINESS.search(text)
    ):
        return False
    opening: list[tuple[int, int]] = []  # where a name opens the line
    for name, single in candidates:
        for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            before, after = text[: found.start()], text[found.end() :]
            if not before.strip() or _ARTICLE_ONLY.fullmatch(before):
                opening.append(found.span())
                continue
            if (
                lead
                and not _PAGE_BUSINESS.search(text)
                and not _CADENCE.search(text)
                and any(start <= found.start() and found.end() <= end for start, end in opening)
            ):
                continue  # a short name inside the opening's full name
            if single and not re.search(r"\bthe\s+$", before, re.I):
                continue
            if _CITES.search(before):
                continue
            if _REPORTS.search(after) or _NEWSROOM.match(after) or _OWNED.match(after):
                continue
            return True
    return False


# The outlet's short name opening a line about itself, as its pages write it without the place
# or the first words: "Riverside News takes nothing from parties or the city hall" (of "<Place>
# Riverside News"), "Markets Daily premium: full analyst notes ... for subscribers", "The Argosy
# is published by <Town> students ..."; a short name of one word only after "The" and saying the
# page's business (``_PAGE_BUSINESS``), or before its
# own people or pieces ("Herald subscribers get unlimited access.", "Tribune readers can send news
# tips ...", "Primer notes are general ..."; not its photographers or reporters, who do news:
# "Courier photographers were among the first to reach Upton"). What ``is_outlet_line`` keeps
# stays: the newsroom's reporting, the outlet's news ("The Post said ...").
_OWN_PEOPLE = re.compile(
    r"\s+(?:subscribers|supporters|readers|notes|pieces|prices|events|premium)\b"
)
# ... after "The", how the page is made: "The Argosy is written by students ..."
_MADE = re.compile(r"\b(?:written|edited|run|produced|printed|independent|funded)\b", re.I)
# a year in the line is the outlet's history ("The Review covers 40 villages after buying two
# weeklies in 2031.")
_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")


_LATER_PAST = re.compile(r"\b\w+ed\b")
# ... a body speaking of an event: sympathy or wishes to those it touched, or a day's event
# ("The Chamber extends its sympathy to all members and clients affected by ...", "The
# Federation wishes a full recovery to the workers injured this morning ..."): its statement's
# news, though "members" is a page's word (fresh39's d919, d925)
_SYMPATHY = re.compile(
    r"^\s*(?:(?:extends|expresses|offers|sends|conveys)\s+(?:its|their|our)\s+(?:\w+\s+)?"
    r"(?:sympathy|sympathies|condolences|thoughts|solidarity)|wishes\s+(?:a|an|every|all)\b)",
    re.I,
)
_EVENT_TIME = re.compile(
    r"\b(?:this\s+(?:morning|afternoon|evening|week|weekend)|yesterday|last\s+(?:night|week))\b",
    re.I,
)


def is_short_name_line(line: str, names: tuple[str, ...]) -> bool:
    """Whether ``line`` opens with one of the outlet's short names (not ``names`` themselves)
    and says something of the outlet, as ``is_outlet_line`` tells it (see ``_OWN_PEOPLE``)."""
    text = line.strip()
    if not text or len(text.split()) > MAX_WORDS or _YEAR.search(text):
        return False
    for short, single in _mention_names(names):
        if short in names or short not in text:
            continue
        if single:
            # after "The", it must say the page's business ("The Argosy is published by ...";
            # "The Letter is back on Monday." is the letter's own news)
            tail = text[4 + len(short) :]
            after_the = (
                text.startswith("The " + short)
                and bool(_PAGE_BUSINESS.search(tail) or _MADE.search(tail))
                and not (_SYMPATHY.match(tail) or _EVENT_TIME.search(tail))
            )
            own = text.startswith(short) and _OWN_PEOPLE.match(text[len(short) :])
            if not (after_the or own):
                continue
        body = text[4:] if text.startswith("The " + short) else text
        # a later sentence in the past is the outlet's news ("The Tideline covers Lunde. It
        # closed on Friday.")
        later = _NOTE_SPLIT.split(body, maxsplit=1)[1:]
        if later and (_LATER_PAST.search(later[0]) or _REPORTS.search(later[0])):
            continue
        if is_outlet_line(body, (short,)):
            return True
    return False


# (junk48) A portal's note that the outlet's piece is carried under a partnership, in the
# portal's language: the outlet's name and a word of partnership or cooperation in one short
# line ("Denne artikel er leveret af <Outlet> og bringes på <Portal> i et partnerskab.",
# "Dostawca treści: <Outlet>. Materiał opublikowany w ramach umowy partnerskiej.", "<Outlet>
# ... im Rahmen einer Kooperation veröffentlicht."); a line that reports ("<Outlet> and the
# council signed a partnership, the mayor said") is news of the outlet, and so is a line with a
# figure: a portal's note counts nothing, an investigation's line on its method does ("<Paper>,
# working in partnership with a university's data unit, examined 312 inspection reports";
# review52).
_PARTNER_WORDS = 40
_PARTNERSHIP = unless_reported(
    re.compile(
        r"(?<!\w)(?:partner\w*|kooperation\w*|cooperation|co-?operación|cooperação|coopération"
        r"|collaborazion\w*|colaboraci[oó]n|colaboração|collaboration|samarbe[jt]d\w*|samarbete"
        r"|yhteistyö\w*|współprac\w*|spoluprác\w*|sodelovanj\w*|suradnj\w*|együttműködés\w*"
        r"|işbirliği\w*|iş\s+birliği\w*|сотрудничеств\w*|партн[её]р\w*|співпрац\w*"
        r"|שיתוף\s+פעולה|שותפות|شراكة|بالشراكة|تعاون|بالتعاون|همکاری|साझेदारी|提携|合作|제휴)",
        re.I,
    )
)


def is_outlet_partnership(line: str, names: tuple[str, ...]) -> bool:
    """Whether ``line`` is a portal's short note naming the outlet and a partnership (above)."""
    text = line.strip()
    if not text or len(text.split()) > _PARTNER_WORDS:
        return False
    if any(ch.isdigit() for ch in text):
        return False  # a figure: news told by the outlet, no portal's note
    if not any(name in text for name in names if len(name) >= _MIN_CHARS):
        return False
    return _PARTNERSHIP.search(text) is not None


# A newsletter platform's thanks after the text, in any language: a few words and the outlet's
# name, then "!" ("Thanks for reading <Letter>! Subscribe for free ...", "<Thanks for reading>
# <Letter>! <Subscribe> ..."; junk49). Any case of the name's first letter, as a language's
# prefix may change it ("iLeta yaseBhayi" of "Ileta yaseBhayi").
_THANKS_LEAD_WORDS = 6


def is_outlet_thanks(line: str, names: tuple[str, ...]) -> bool:
    """Whether ``line`` opens with six words at most, then one of ``names`` and "!": the
    platform's thanks to the reader (above)."""
    text = line.strip()
    if len(text.split()) > MAX_WORDS:
        return False
    low = text.casefold()
    for name in names:
        if len(name) < _MIN_CHARS:
            continue
        at = low.find(name.casefold() + "!")
        if at >= 0 and len(low[:at].split()) <= _THANKS_LEAD_WORDS:
            return True
    return False
