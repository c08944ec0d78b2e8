"""Sentences: split a document into candidate sentences and drop the junk.

Junk is what no summary should quote: bylines, "could not confirm" notes, URLs, headings,
all-caps lines, fragments, unbalanced quotes, verbless lines and "Pictured: ..." captions (which
the clean step leaves in the text, as the grouping reads them). A trailing ``[id, id]`` marker
(notes from an earlier step) becomes the sentence's citation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.clean import has_dateline, is_boilerplate, strip_dateline
from briefing.features import STOP_WORDS, terms
from briefing.models import Document
from briefing.text import CASELESS_LOWER, QUOTES, SENTENCE_END, split_sentences, word_count

__all__ = ["Sentence", "no_bullet", "promo", "promo_only", "sentences_of"]

Vector = dict[str, float]

_URL = re.compile(r"https?://|www\.|\S+@\S+\.\w+")
_CUT_OFF = re.compile(r"\w(?:…|\.{3})$")  # an ellipsis on a word, not after a quote
_DATELINE = re.compile(r"^[^.!?]{0,60}?\((?:[A-Z][A-Za-z&. ]{1,25})\)\s*[-–—]+\s*")
# An editor's advisory opening a wire's text, wholly in brackets ("(Corrects number of people
# evacuated in paragraph 3 to 1,500, not 2,500)", "(Adds rising toll, suspensions)"): no news
# of the story and no lede; the sentence after it is the document's lead (fresh46's d1092: the
# corrected version's advisory stood as its lead, so its lede was no candidate opening).
_ADVISORY = re.compile(r"^\([^()]+\)$")
_UNENDED = 15
"""Words from which a line without a full stop is still a sentence: a lead pasted without its
last stop ("... after a final that ran almost to midnight"), not a headline, label or caption."""
# Page furniture glued before a sentence: two or more short fields and their separators ("Por
# Redacción | 17/05/2033 | 14:20 MEXICO CITY — Small farmers ..."): the last field is the news.
_GLUED_ROW = re.compile(r"^(?:[^|│·•\n]{1,40}\s[|│·•]\s){2,}(?=[A-Z0-9])")
_ID_MARKER = re.compile(r"\s*\[([A-Za-z0-9_,;\s-]+)\]\s*$")
_BULLET_MARK = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_JUNK = re.compile(
    r"could not (?:independently )?(?:confirm|verify)|could not independent confirm|"
    r"did not (?:immediately )?respond to (?:a )?requests? for comment|"
    r"(?:was|were) not immediately available for comment|declined to comment|"
    r"^\(?(?:reporting|writing|editing|additional reporting|compiled) by\b|^by [A-Z]|^pictured\s*:|"
    r"\b(?:sign up|subscribe|newsletter|click here|read more|follow us|all rights reserved|"
    r"copyright|cookies?|advertisement|getty images)\b",
    re.I,
)
# The past tense of the irregular verbs news is told in ("Sterling rose 0.4%", "Kiptoo won the
# race", "The prime minister quit on Friday"): without them such a line looks verbless.
_IRREGULAR_PAST = (
    "arose awoke beat became began bent bet bid bit bled blew bore bought bound bred broke "
    "brought built burnt burst caught chose clung came cost crept cut dealt dove drew drank drove "
    "dug ate fell fed felt fought found fled flew forbade forgot forgave froze got gave went grew "
    "hung heard hid hit held hurt kept knelt knew laid led leapt left lent let lay lit lost made "
    "meant met overcame overtook paid put quit ran rang rode rose sank sat saw sought sold sent "
    "set shed shook shone shot showed shrank shut slept slid slit sang spent spoke spun spat split "
    "spread sprang stood stole stuck stung struck strove swept swore swam swung took taught tore "
    "thought threw thrust trod understood undertook upheld wept woke wore won withdrew withheld "
    "withstood wound wrote"
).split()
_VERBISH = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|"
    r"shall|do|does|did|said|says|told|\w+ed|\w+es|\w+s|" + "|".join(_IRREGULAR_PAST) + r")\b"
)
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|added|according|wrote|writes|asked)\b", re.I)
_CAPS = "A-ZÀ-ÖØ-Þ"
# A transcript's speaker label before a spoken line: "ANCHOR (MARLENE JOSEPH): ", "REPORTER: ",
# "ALBAN FRANCIS: ", "Q: ". The label is no part of what was said, and no bullet opens with it.
_SPEAKER = re.compile(
    rf"^([{_CAPS}][{_CAPS}'’.-]*(?: [{_CAPS}][{_CAPS}'’.-]*){{0,3}})"
    rf"(?: \([{_CAPS}][{_CAPS}'’. -]*\))?: (?=\S)",
    re.M,
)


def _speakers(text: str) -> bool:
    """Whether ``text`` is a transcript: two speakers or more, one of them labelled on two
    lines or more ("ANCHOR:" ... "REPORTER:" ... "ANCHOR:"). A newsletter's headings of
    capitals ("TOP STORY:", "ONE NUMBER:") and a roundup's places each head one line."""
    labels = [m.group(1) for m in _SPEAKER.finditer(text)]
    return len(set(labels)) >= 2 and len(labels) > len(set(labels))


# A fact-check's line that states the claim it checks ("The claim: A video viewed hundreds of
# thousands of times ... shows ...", "Claim: ...", "CLAIM: A photo shared ..."): what the piece
# finds false or unproven, told as if it were news (fresh47's d1112); its verdict or its
# finding may be a bullet. The label in the languages fact-checkers write in.
_CHECKED_CLAIM = re.compile(
    r"^(?:the\s+|a\s+|viral\s+|what\s+(?:was|is\s+being)\s+)*(?:claims?|claimed)\s*:\s"
    r"|^(?:l[a']\s*|el\s+|die\s+|a\s+|o\s+|de\s+|ο\s+|il\s+)?(?:affirmation|afirmación"
    r"|alegação|afirmação|behauptung|bewering|affermazione|twierdzenie|tvrzení|ισχυρισμός"
    r"|утверждение|iddia)\s*:\s",
    re.I,
)
# A fact-check's claim told in a sentence, not under a label: a social post, a video or a
# message that circulates (shared, viral, circulating, viewed, forwarded, doing the rounds) and
# says, claims, purports or alleges something ("A post shared several thousand times since
# Sunday evening says Falun municipality "measured Runn at 3 cm ..."" in fresh48's d1136, "Posts
# circulating on Facebook claim ...", "A viral video purports to show ..."). A report's "A video
# shared on social media shows the stand collapsing" tells what was filmed, and an official
# page's "A post on the council's page says the road reopens on Monday" circulates nowhere:
# neither is read as one.
_CIRCULATES = (
    r"(?:viral|widely[\s-]shared|shared|circulating|circulated|viewed|forwarded|spreading"
    r"|doing\s+the\s+rounds|going\s+round)"
)
_CIRCULATING = re.compile(_CIRCULATES, re.I)
_TOLD_CLAIM = re.compile(
    r"^(?:an?\s+|the\s+|one\s+|several\s+|many\s+|some\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:posts?|videos?|messages?|images?|photos?|pictures?|tweets?|screenshots?|memes?|clips?"
    r"|voice\s+notes?|graphics?|rumou?rs?)\b"
    r"[^.;:,]{0,100}?\b(?:says?|claims?|claiming|purports?\s+to|alleges?|asserts?|insists?)\b",
    re.I,
)


# ... but a post shared or forwarded *by* someone named ("A post shared by the county's
# emergency office says residents must leave", "A message forwarded to parents by the school
# says ...") has its source, not a reach: the report tells what an office said (review55). "By
# thousands", "by many users" is a reach still.
_SENT_BY = re.compile(
    r"(?:shared|forwarded|circulated)\b[^.;:,]{0,40}?\bby\s+(?!(?:\d|thousands|hundreds|millions"
    r"|tens|dozens|many|more|over|some|several|users|people|accounts)\b)",
    re.I,
)


# ... nor is one its sender is named for before the word of reach ("A post from the county's
# emergency office shared on Facebook says ...", "A video by the Fire Service shared on X says
# ..."): "from the" or "by" a capitalised name. "From an anonymous account", "from users" is a
# reach still.
_NAMED_SENDER = re.compile(
    r"(?i:posts?|videos?|messages?|images?|photos?|pictures?|tweets?|clips?)\s+"
    r"(?i:from|by)\s+(?:(?i:the)\s+|[A-Z])"
)


def _told_claim(text: str) -> bool:
    """Whether ``text`` tells a circulating post's claim (``_TOLD_CLAIM``, ``_CIRCULATES``),
    not a post its sender is named for (``_SENT_BY``, ``_NAMED_SENDER``)."""
    found = _TOLD_CLAIM.match(text)
    if found is None:
        return False
    claim = found.group(0)
    if _NAMED_SENDER.search(claim):
        return False
    return any(_SENT_BY.match(claim, hit.start()) is None for hit in _CIRCULATING.finditer(claim))


# A broadcaster's promo for a later programme: a label naming tonight's slot and bidding the
# reader watch, before a colon ("आज रात 9 बजे देखिए: ..." in fresh48's d1143, "Watch tonight at
# 9: ...", "Ce soir à 20h, regardez : ..."), or a sentence that opens bidding the reader watch
# tonight ("Watch tonight at 9 on Channel 5 as ..."). It tells what a programme will show, not
# what happened: no bullet, and a story told by such lines alone is no section (a teaser).
_TONIGHT = (
    r"(?:tonight|this\s+evening|आज\s+रात|आज\s+शाम|ce\s+soir|heute\s+abend|esta\s+noche"
    r"|hoje\s+à\s+noite|stasera|vanavond|i\s+kväll|i\s+kveld|i\s+aften|dziś\s+wieczorem"
    r"|сегодня\s+вечером|тази\s+вечер|今夜|今晚)"
)
_WATCH = (
    r"(?:watch|see|tune\s+in|don't\s+miss|देखिए|देखें|regardez|à\s+voir|sehen\s+sie"
    r"|schauen\s+sie|mira|no\s+te\s+pierdas|assista|não\s+perca|guarda|kijk|titta|zobacz"
    r"|смотрите|гледайте)"
)
_PROMO_HEAD_WORDS = 8
_PROMO_TONIGHT = re.compile(_TONIGHT, re.I)
_PROMO_WATCH = re.compile(rf"(?<![^\W\d_]){_WATCH}(?![^\W\d_])", re.I)
_PROMO_OPENING = re.compile(rf"^{_WATCH}\s+(?:\S+\s+){{0,3}}?{_TONIGHT}", re.I)


def promo(text: str) -> bool:
    """Whether ``text`` is a broadcaster's promo for a later programme (``_TONIGHT``,
    ``_WATCH``): tonight's slot and a bid to watch in the label before its colon, or a
    sentence that opens bidding the reader watch tonight."""
    head, colon, _ = text.partition(":")
    tonight = _PROMO_TONIGHT.search(head) if colon else None
    # the bid opens the label or follows the slot ("आज रात 9 बजे देखिए", "Ce soir à 20h,
    # regardez"): a word of the label before the slot that spells a watch word is a name or a
    # noun ("O comandante da Guarda disse hoje à noite:", Portugal's national guard; review55)
    if (
        tonight is not None
        and len(head.split()) <= _PROMO_HEAD_WORDS
        and (_PROMO_WATCH.match(head) or _PROMO_WATCH.search(head, tonight.end()))
    ):
        return True
    return _PROMO_OPENING.match(text) is not None


def promo_only(text: str) -> bool:
    """Whether every sentence of ``text`` is a broadcaster's promo (``promo``): a teaser of a
    later programme, which tells nothing of the story yet."""
    said = split_sentences(text)
    return bool(said) and all(promo(s) for s in said)


# A timeline's dated entry, its date first ("Summer 2051: a heatwave and low water kill several
# tonnes of fish ...", "* March 2038 - A rock burst ...", "2031: the health ministry opens ..."):
# a factbox's past event, background to today's story, not its news (fresh47's d1117; the
# conflict notes read such an entry as an earlier event's figures too: ``conflicts``).
_TIMELINE_ENTRY = re.compile(
    r"^[\s*•·–—-]*(?:(?:early|mid|late)[\s-]+)?(?:\d{1,2}\s+)?"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+"
    r"|(?:spring|summer|autumn|fall|winter)\s+)?(?:\d{1,2},?\s+)?(?:1[5-9]|20)\d\d\s*[-–—:]\s",
    re.I,
)
# A prompt to the reader: an imperative to see, watch, read, listen or find out, then a word in
# lower case ("See our readers' photos.", "Watch the video above.", "Δείτε τις φωτογραφίες των
# αναγνωστών μας." in fresh47's d1125, "Regardez la vidéo", "Lesen Sie ..."), in a short sentence:
# it points at the page, and tells the reader nothing. A name that an imperative spells ("Mira
# Nair", "Lea Seydoux") is followed by a capital.
_PROMPT_WORDS = 14
_READER_PROMPT = re.compile(
    r"^(?:see|watch|read|look|listen|view|browse|discover|find\s+out|check\s+out|tell\s+us"
    r"|send\s+us|share\s+your|join\s+us|follow|δείτε|δες|διαβάστε|ακούστε|regardez|voyez"
    r"|découvrez|lisez|écoutez|retrouvez|mira|vea|lea|descubre|escucha|leia|confira|assista"
    r"|ouça|saiba|leggi|scopri|ascolta|bekijk|lees|luister|ontdek|zobacz|przeczytaj|posłuchaj"
    r"|смотрите|читайте|слушайте|izleyin|okuyun)\s+(?=[^\W\d_])(?-i:(?=[^\W\d_A-ZÀ-ÞΑ-ΩА-Я]))"
    r"|^(?:sehen|lesen|schauen|hören|entdecken)\s+sie\b",
    re.I,
)


def no_bullet(text: str, *, first: bool = False) -> bool:
    """Whether a sentence, however central, tells the reader no fact of today's story: a
    fact-check's claim line (``_CHECKED_CLAIM``) or its claim told in a sentence
    (``_told_claim``), a broadcaster's promo (``promo``), a timeline's dated entry
    (``_TIMELINE_ENTRY``) or a prompt to the reader (``_READER_PROMPT``). A document's
    ``first`` sentence is no timeline's entry: "March 12, 2031 – Vagotra today announced ..."
    is a release's dateline and its news (review54's probe)."""
    return bool(
        _CHECKED_CLAIM.match(text)
        or _told_claim(text)
        or promo(text)
        or (not first and _TIMELINE_ENTRY.match(text))
        or (len(text.split()) <= _PROMPT_WORDS and _READER_PROMPT.match(text))
    )


@dataclass
class Sentence:
    """A candidate sentence: ``text`` is verbatim from document ``doc`` (index in the input)."""

    text: str
    doc: int
    pos: int
    terms: list[str]
    cite: list[str]
    vec: Vector = field(default_factory=dict)
    score: float = 0.0
    weak: bool = False  # kept by the lenient rules only (a teaser's fragment)
    lead: bool = False  # the first sentence kept of its document
    dateline: bool = False  # it opened with a place dateline ("OSH, Kyrgyzstan (WNA) — ")
    own: bool = False  # a lead in its issuer's own voice (``_own_voice``): a notice's, a release's
    support: float = 1.0  # how far the story's other articles say it too (``score.score``)
    para: int = 0  # the paragraph of its document it is in (``segment`` cuts between them)
    aside: bool = False  # it tells no fact of today's story (``no_bullet``, or a dated entry's)


# The first person plural outside quotations, in which an issuer speaks for itself ("We were
# informed on Friday ...", "Our members ..."); not the country "US", nor a quoted speaker's "we".
# (Not the Italian and Romanian "noi": Romanian writes "new" so too, "Noi restricții ...".)
_WE = re.compile(
    r"(?<![\w'’])(?:(?i:we|our|ours|nous|nosotros|nosotras|wir|unsere?[mnrs]?|nós|wij|мы))"
    r"(?![\w'’])|(?<![\w'’])us(?![\w'’])"
)
# A quotation in the marks of any language: "...", “...”, „...“, «...», »...«, ‹...›, 「...」,
# 『...』, and ‘...’ (a ’ before a letter is an apostrophe: "‘We’ve lost everything,’ said ...").
_QUOTED = re.compile(
    r"\"[^\"]*\"|“[^“”]*[”“]|„[^“”]*[“”]|«[^»]*»|»[^«]*«|‹[^›]*›|「[^」]*」|『[^』]*』"
    r"|‘.*?’(?![^\W\d_])"
)
_OWN_NAME_WORDS = 6  # an issuer names itself as its lead's subject, within its first words


def _own_voice(text: str, outlet: str | None) -> bool:
    """Whether a lead is told in its issuer's own voice, not a reporter's: it speaks in the first
    person plural outside quotations, or names its own outlet as its subject within its first
    words ("The Rose Growers' Union informs its members that ...", "Khan River Uranium said on
    Friday ..."), as a notice, a statement or a press release does; a report names its outlet,
    if at all, as the one told ("..., officials told the Ledger")."""
    if _WE.search(_QUOTED.sub(" ", text)):
        return True
    return _names_itself(text, outlet)


def _names_itself(text: str, outlet: str | None) -> bool:
    """Whether ``text`` names ``outlet`` as its subject: its words whole and as the outlet
    writes them ("the Star" is no "started", "The Nation" no "nationwide" nor "the nation's"),
    with its "the" when it has one ("Local residents" is no "The Local"), opening the text or
    after an opening phrase set off by a comma ("On Friday, Khan River Uranium said ..."),
    or as the body it speaks for ("The Board of the Growers' Cooperative met ..."), within its
    first words; not after a verb or another preposition ("officials told the Ledger")."""
    name = " ".join((outlet or "").replace("’", "'").split())
    the = re.match(r"the\s+", name, re.I)
    name = name[the.end() :] if the else name
    if len(name) < 4:
        return False
    found = re.search(
        rf"(?<![\w'])(?i:the)\s+{re.escape(name)}(?![\w'])"
        if the
        else rf"(?<![\w'])(?:(?i:the)\s+)?{re.escape(name)}(?![\w'])",
        text.replace("’", "'"),
    )
    if found is None:
        return False
    before = text[: found.start()].split()
    return len(before) <= _OWN_NAME_WORDS and (
        not before or before[-1].endswith(",") or before[-1].lower() == "of"
    )


def _lines_to_paragraphs(text: str) -> list[str]:
    """Paragraphs, keeping heading-like lines apart and joining hard-wrapped lines."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        widest = max(len(line) for line in lines)
        wrapped = (
            len(lines) >= 3
            and widest <= 100
            and all(len(line) >= 0.6 * widest for line in lines[:-1])
        )
        current = lines[0]
        for line in lines[1:]:
            joins = not SENTENCE_END.search(current) and not _BULLET_MARK.match(line)
            if joins and (wrapped or line[0].islower()):
                current += " " + line
            else:
                paragraphs.append(current)
                current = line
        paragraphs.append(current)
    return paragraphs


def _clean(sentence: str) -> tuple[str, bool]:
    """The sentence without a list mark, a row of page furniture glued before it, or a
    dateline, and whether it had a place dateline."""
    sentence = _BULLET_MARK.sub("", sentence, count=1).strip()
    sentence = _GLUED_ROW.sub("", sentence, count=1)
    rest = _DATELINE.sub("", sentence, count=1).strip()
    timed = strip_dateline(rest, bare_times=True)  # a glued row's "14:20 MEXICO CITY — "
    if timed != rest and has_dateline(timed):
        rest = timed
    return strip_dateline(rest, bare_times=True), rest != sentence or has_dateline(rest)


# A name's particle, written in lower case at a sentence's start: "de Klerk said ...".
_PARTICLES = frozenset(
    "de da di del della dos das du van von der den ter ten la le al el bin ibn".split()
)


def _opens_with_name(words: list[str]) -> bool:
    """Whether a sentence that begins in lower case begins with a name, not a fragment: a word
    with a capital inside ("eThekwini", "iPhone", "easyJet") or a name's particles before a
    capitalised word ("de Klerk", "van der Berg"). A lower-case start is otherwise the rest of a
    sentence cut at an abbreviation or a line break ("said on Monday.")."""
    first = words[0].strip(QUOTES + "([")
    if any(c.isupper() for c in first[1:]):
        return True
    for k, word in enumerate(words):
        if word not in _PARTICLES:
            return k > 0 and word[:1].isupper()
    return False


def _latin(letters: list[str]) -> bool:
    """Whether most of a sentence's letters are Latin, the script the verb test can read."""
    return sum(c <= "\u024f" for c in letters) >= 0.5 * len(letters)


def _is_junk(text: str) -> bool:
    words = text.split()
    count = word_count(text)  # a Chinese or Thai sentence is not one word
    letters = [c for c in text if c.isalpha()]
    if count < 6 or count > 90 or not letters:
        return True
    if is_boilerplate(text):  # chrome inside a paragraph: "Good morning. Here is what you need…"
        return True
    if sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return True
    if _URL.search(text) or _JUNK.search(text):
        return True
    cut = _CUT_OFF.search(text)  # "... would challenge the…": a feed's excerpt, cut
    if (not SENTENCE_END.search(text) or cut) and (
        count < _UNENDED
        or text.rstrip(".… ")[-1:] in ",;:-–—"
        or words[-1].rstrip(".…").lower() in STOP_WORDS
    ):  # a line cut off ("... and that the government would") is no sentence
        return True
    if text[0].islower() and not CASELESS_LOWER.match(text[0]) and not _opens_with_name(words):
        return True
    if text.rstrip(QUOTES + ")]").endswith(":"):
        return True
    if text[0] in QUOTES and (count < 10 or not _ATTRIBUTION.search(text)):
        return True
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return True
    opens = re.search(r"(?:^|\s)['‘]", text)
    closes = re.search(r"[.,!?]['’](?:\s|$)", text)
    if bool(opens) != bool(closes):
        return True
    # the verb test reads English (and the Latin-script languages' endings it happens to match);
    # a sentence in another script is judged by the tests above alone
    return _latin(letters) and not _VERBISH.search(text)


def sentences_of(doc: Document, index: int = 0, *, strict: bool = True) -> list[Sentence]:
    """The usable sentences of one document, in order (junk dropped when ``strict``)."""
    out: list[Sentence] = []
    allowed = set(doc.source_ids)
    transcript = _speakers(doc.text)
    entries: set[int] = set()  # paragraphs a timeline's dated entry opens: all of it is the entry
    for number, para in enumerate(_lines_to_paragraphs(doc.text)):
        for raw in split_sentences(para):
            text, dated = _clean(_SPEAKER.sub("", raw, count=1) if transcript else raw)
            cite = list(doc.source_ids)
            marker = _ID_MARKER.search(text)
            if marker:
                ids = [i for i in re.split(r"[,;\s]+", marker.group(1)) if i]
                if ids and set(ids) <= allowed:
                    cite = ids
                    text = text[: marker.start()].rstrip()
            bad = _is_junk(text) if strict else (word_count(text) < 3 or bool(_URL.search(text)))
            if bad or (not out and _ADVISORY.match(text)):
                continue
            if out and out[-1].para != number and _TIMELINE_ENTRY.match(text):
                entries.add(number)
            out.append(
                Sentence(
                    text,
                    index,
                    len(out),
                    terms(text),
                    cite,
                    weak=not strict,
                    lead=not out,
                    # a dateline alone on its line above the lede was cut by the clean step;
                    # the article keeps it (``Document.dated``)
                    dateline=dated or (doc.dated and not out),
                    own=not out and _own_voice(text, doc.outlet),
                    para=number,
                    aside=number in entries or no_bullet(text, first=not out),
                )
            )
    return out
