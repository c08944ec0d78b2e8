"""What press releases, e-mailed newsletters, government sites, podcast hosts and comment
sections print around the news, in the wordings their templates and distributors use (no one
site's string):

- a press release's distribution lines ("SOURCE Calloway Foods Inc.", "View original content to
  download multimedia: ...", "View source version on ...", "For Immediate Release", "News
  Release"), its contact lines ("Media Contact:", a name with a phone number, an e-mail address
  or a phone number alone) and the tail that begins with its "About <Company>" or "Contacts"
  heading or its end mark ("– ENDS –", "-30-", "###": ``release_tail``), its number and issuer
  ("MEDIA RELEASE NO. 214/2039", "Release issued by: ..."), "For immediate release · <place>,
  <date>" and an office's follow prompt;
- an e-mailed newsletter's frame ("View this email in your browser", "Add us to your address
  book", "You can update your preferences or unsubscribe from this list.");
- a government site's banner ("An official website of ...", "Here's how you know", "Official
  websites use .gov");
- a podcast host's note ("Hosted on <host>. See <host>/privacy for privacy information.");
- comment rules ("Welcome to the discussion.", "Keep it Clean. Please avoid obscene ...", "Be
  respectful. ...");
- notes on how the text was made ("This article was generated with the support of AI and
  reviewed by an editor.", "Translation of an original article published in French ...", "...
  use automatic translation tools ...", "This is read by an automated voice.", "Information from
  <agency> was used in this report.", "<Agency> receives support from ... The <Agency> is solely
  responsible for all content.");
- a listed company's filing and its regulator's frame ("Safe Harbor Statement", "PRESS RELEASE No
  48/34", "This announcement has been authorised for release by the Board ...", "This is for
  your information and records.", an ISIN line, a forward-looking note on this release, an
  exchange that "accepts no responsibility for the adequacy or accuracy of this release");
- an investing site's pitch and holdings note ("Should you invest $1,000 in ... right now?", "...
  has no position in any of the stocks mentioned.", "... has a disclosure policy.").

``clean.is_boilerplate`` asks :func:`is_release_line` (a line with an attribution verb stays).
"""

from __future__ import annotations

import re

from briefing.clean.matching import gated

__all__ = ["is_release_line", "release_tail"]

MAX_WORDS = 60

# Tried with ``match`` (each from a line's start) ...
_LINE_START = re.compile(
    "|".join(
        [
            # distribution and release labels
            # PR distributors print it in capitals: "SOURCE Calloway Foods Inc."
            r"(?-i:SOURCE)\s+(?-i:[A-Z])[\w&.,'’ -]{1,60}$",
            r"view\s+(?:source\s+version|original\s+content)\b",
            # ... and in the release's language: "FUENTE Andes Solar S.A.", "Noticias
            # proporcionadas por <Company>", "Contacto de prensa: ...", "Communiqué par : ..."
            r"(?-i:FUENTE|FONTE)\s+(?-i:[A-Z])[\w&.,'’ -]{1,60}$",
            r"(?:noticias|notícias|news|nouvelles)\s+(?:proporcionadas|fornecidas|distribuidas"
            r"|provided|fournies)\s+(?:por|by|par)\s+(?-i:[A-Z])[\w&.,'’-]*(?:\s+[\w&.,'’-]+){0,5}$",
            r"(?:contacto\s+(?:de|para(?:\s+la)?)\s+(?:prensa|medios)|contato\s+(?:para\s+(?:a\s+)?|de\s+)"
            r"imprensa|assessoria\s+de\s+imprensa|contacts?\s+(?:presse|médias)|pressekontakt"
            r"|perscontact|contatt[oi]\s+stampa)\s*:",
            r"(?:communiqué|comunicado|mitteilung)\s+(?:par|por|von)\s*:\s*[^.!?]{2,80}$",
            # a download button with its file's kind and size: "Descargar nota de prensa (PDF, 210
            # KB)", "Download the full report (PDF, 2.1 MB)"
            r"[^.!?()]{2,60}\(\s*(?:pdf|docx?|xlsx?|zip|odt|pptx?|csv)\s*[,;·|–-]?\s*\d+(?:[.,]\d+)?\s*"
            r"(?:kb|mb|ko|mo)\s*\)$",
            r"(?:for\s+immediate\s+release|(?:news|press|media)\s+release)\s*[:.]?$",
            # a distributor's or an agency's dateline alone, its name between slashes: "ZWOLLE, 14
            # april 2042 /PersLijn/ --", "Варна, 2 юли /ЧИА/."
            r"[^\W\d_][\w .'’-]{1,30},\s+\d{1,2}\.?\s+[^\W\d_]{3,12}\.?(?:\s+\d{4})?\s*/[^/\s]"
            r"[^/]{0,20}/\s*[.—–-]{0,2}$",
            # its number, its issuer, its place and date after "for immediate release": "MEDIA
            # RELEASE NO. 214/2039", "Release issued by: Media Office, City of ...", "For
            # immediate release · Dhaka, 5 April 2039"
            r"(?:news|press|media)\s+release\s*(?:no\.?|nr\.?|number|#)\s*[\w/.-]{1,16}$",
            # ... in the release's language: "NOTA DE PRENSA N.° 187-2059-GRU-OII" (junk47)
            r"(?:nota|comunicado|communiqué|boletín|boletim)\s+(?:de\s+)?(?:prensa|imprensa|presse)\s*"
            r"(?:n\.?\s*[°º]|nº|no\.?|nr\.?|núm\.?|número|#)\s*[\w/.-]{1,24}$",
            # ... (junk48) in more languages, a date after it: "Comunicat de presă nr. 412 din 9 mai
            # 2060", "Tisková zpráva č. 188/2060 · 12. 6. 2060", "Pressemitteilung Nr. 14/2060"
            r"(?:comunicat\s+de\s+pres[ăa]|tiskov[áa]\s+zpráva|tlačová\s+správa|pressemitteilung"
            r"|presseinformation|komunikat\s+prasowy|comunicato\s+stampa|persbericht|pressmeddelande"
            r"|pressemelding|pressemeddelelse|lehdistötiedote|priopćenje|saopštenje|sporočilo\s+za"
            r"\s+javnost|sajtóközlemény|δελτίο\s+τύπου)\s*(?:n\.?\s*[°º]|nº|no\.?|nr\.?|č\.|n\.|br\.?"
            r"|št\.?|sz\.?|αρ\.?|#)?\s*\d[\w/.-]{0,23}(?:\s*[·|,–—-]\s*[^!?]{1,30}|\s+(?:din|z|ze"
            r"|vom|del|van|från|fra|od|of|du|dated)\s+[^!?]{1,30})?$",
            r"(?:(?:this\s+)?(?:media\s+|press\s+|news\s+)?release\s+)?issued\s+by\s*:\s*[^.!?]{2,80}$",
            r"for\s+immediate\s+release\s*[·|,:–—-]\s*[^.!?]{1,40}\d[^.!?]{0,20}$",
            # ... or its issuer after it: "FOR IMMEDIATE RELEASE – <Nation>, Chief and Council"
            # (aside36)
            r"for\s+immediate\s+release\s*[·|,:–—-]\s*[^.!?\d]{2,70}$",
            # a circular's or a notice's number: "FEDERATION CIRCULAR NO. 14/2055", "بلاغ عدد 47
            # لسنة 2063" (fresh48, aside36)
            r"(?:[^\W\d_]+\s+){0,3}(?:circular|notice|bulletin|circulaire|circolare|rundschreiben"
            r"|oběžník|okólnik|tiedote)\s*(?:no\.?|nr\.?|n\.?\s*[°º]|nº|#|№|č\.)\s*\d[\w/.-]{0,15}$",
            r"(?:بلاغ|بيان|منشور|تعميم|إعلان)\s+(?:عدد|رقم)\s*\d{1,5}(?:\s*(?:لسنة|لعام|/)\s*\d{4})?$",
            # a letter's place and date alone: "تونس في 9 مارس 2063", "<Town>, le 9 mars 2063"
            r"[^\W\d_][^\d.!?,:]{1,25}\s+في\s+\d{1,2}\s+[^\W\d_]{2,12}\s+\d{4}$",
            r"[^\W\d_][\w .'’-]{1,30},\s+(?:le|den|el|il|am|dne)\s+\d{1,2}\.?\s+[^\W\d_]{3,12}\.?"
            r"\s+\d{4}\.?$",
            # a city's or an office's follow prompt: "Follow the City on social media for service
            # updates"
            r"follow\s+(?:the|our)\s+(?:[\w'’&-]+\s+){0,3}on\s+(?:social\s+media|facebook|x|twitter"
            r"|instagram|whatsapp|telegram)\b[^.!?]{0,40}$",
            r"(?:media|press|investors?)\s+(?:contacts?|relations|inquiries|enquiries)\s*:",
            r"investors?\s*:$",
            r"contacts?\s*:\s*(?=[^.]*(?:@|\d{3}))",
            # a government site's banner, a podcast host's note, an AI note
            r"here['’]s\s+how\s+you\s+know\b",
            r"an\s+official\s+website\s+of\b",
            r"this\s+(?:article|story|text|content|summary|report)\s+(?:was|has\s+been|is)\s+(?:\w+\s+)?"
            r"(?:generated|written|produced|created|drafted)\s+(?:with|by|using)\b.{0,40}"
            r"\b(?:ai|artificial\s+intelligence)\b",
            r"hosted\s+(?:on|by)\s+\w+\.\s",
            # comment rules
            r"welcome\s+to\s+the\s+(?:discussion|conversation|comments)\b",
            r"be\s+(?:respectful|transparent|nice|truthful|proactive|kind|civil)\.\s",
            r"keep\s+it\s+(?:clean|local|civil|relevant|respectful)\b[^.]{0,20}\.\s",
            r"(?:the\s+)?rules\s+of\s+(?:replying|commenting)\b",
            r"write\s+a\s+(?:comment|reply|response)\b",
            # how the text was made
            r"translation\s+of\s+an?\s+(?:original\s+)?(?:article|story)\b",
            r"this\s+(?:article|story|piece)\s+(?:has\s+been|was)\s+translated\s+from\s+[A-Z]\w+\.",
            r"information\s+from\s+.{2,60}\s+was\s+used\s+in\s+this\s+(?:report|story|article)\b",
            # an investing site's pitch
            r"should\s+you\s+invest\s+\$?[\d,]+\s+in\b",
            # the outlet sends the reader on: "For the latest news, weather and sports, head to"
            r"for\s+the\s+latest\s+(?:news|updates|headlines)\b.{0,80}\b(?:head\s+to|download\s+our"
            r"|follow\s+us|visit\s+(?:us|our))\b",
            r"(?:visit|find|follow)\s+us\s+on\s+social\s+media\b",
            r"read\s+more\s+about\s+\S",
            # a listed company's filing and its regulator's frame: "Safe Harbor Statement", "PRESS
            # RELEASE No 48/34", "Unofficial document for media use ...", "This announcement has
            # been authorised for release by the Board ...", "This is for your information and
            # records.", "(Incorporated in the Republic of South Africa)", "JSE share code: MZC
            # ISIN: ZAE000271144", "The information in this trading statement has not been
            # reviewed ...", "Sub: Intimation under Regulation 30 ..."
            r"(?:safe\s+harbou?r|forward-looking)\s+statements?\s*:?$",
            r"press\s+release\s+(?:no\.?|number|nr\.?)\s*\d+(?:/\d+)?\s*$",
            r"unofficial\s+document\s+for\s+(?:media|press)\s+use\b",
            r"this\s+(?:announcement|release|document)\s+(?:has\s+been|was|is)\s+(?:authori[sz]ed"
            r"|approved)\s+for\s+(?:release|lodge?ment|publication)\s+by\s+(?:the\s+)?"
            # ... and nothing but who did it ("... by the board after a four-hour meeting on
            # Sunday, which ended with the chairman's resignation." is news)
            r"(?:(?!\b(?:after|following|which|when|despite|amid)\b)[^.,;]){1,80}\.?$",
            r"this\s+is\s+for\s+your\s+(?:kind\s+)?(?:information|records)(?:\s+and\s+(?:records"
            r"|necessary\s+action|dissemination))?\s*\.?$",
            r"\(incorporated\s+in\s+(?:the\s+)?(?-i:[A-Z])[^)]{2,60}\)$",
            r"(?:[\w-]+\s+)?(?:share\s+code|ticker|symbol|stock\s+code)\s*:\s*[A-Z0-9.]{2,8}\s+"
            r"isin\s*:\s*[A-Z]{2}[A-Z0-9]{9}\d\s*$|isin\s*:\s*[A-Z]{2}[A-Z0-9]{9}\d\s*$",
            r"the\s+(?:financial\s+)?information\s+(?:in|contained\s+in)\s+this\s+(?:trading\s+"
            r"statement|announcement|release)\s+has\s+not\s+been\s+(?:reviewed|audited)\b",
            r"sub(?:ject)?\s*:\s*(?:intimation|disclosure)\s+under\s+regulation\b",
            # a government site's frame: "A Singapore Government Agency Website", "All content is
            # in the public domain unless otherwise stated."
            r"an?\s+(?:[\w-]+\s+){0,3}government\s+(?:agency\s+)?website$",
            r"all\s+content\s+(?:on\s+this\s+(?:site|website)\s+)?is\s+(?:in\s+the\s+public\s+domain"
            r"|licensed\s+under)\b",
        ]
    ),
    re.I,
)
# ... and with ``search``, each from a word's start.
_LINE_ANY = re.compile(
    "|".join(
        [
            # an e-mailed newsletter's frame
            r"\bview\s+this\s+e-?mail\s+in\s+your\s+browser\b",
            r"\badd\s+us\s+to\s+your\s+address\s+book\b",
            r"\bunsubscribe\s+from\s+this\s+list\b",
            r"\bhow\s+you\s+receive\s+these\s+e-?mails\b",
            r"\bupdate\s+your\s+(?:e-?mail\s+)?preferences\b",
            r"\bdelivered\s+to\s+your\s+inbox\b",
            # a government site's banner, a podcast host's note
            r"\bofficial\s+websites\s+use\b",
            r"\.gov\s+website\s+belongs\b",
            r"\.gov\s+websites\s+use\s+https\b",
            r"\bfor\s+privacy\s+information\b",
            # comment rules
            r"\bplease\s+avoid\s+obscene\b",
            r"\b(?:read|see|review|follow|our|please\s+follow)\s+(?:our\s+|the\s+)?(?:[\w-]+\s+)?"
            r"community\s+guidelines\b",
            r"\bconstitutes\s+(?:agreement|acceptance)\b",
            # how the text was made
            r"\b(?:use|uses|using|made\s+with|with\s+the\s+help\s+of)\s+automatic\s+translation\b",
            r"\bread\s+by\s+an?\s+automated\s+voice\b",
            r"\bis\s+solely\s+responsible\s+for\s+all\s+(?:its\s+|the\s+)?content\b",
            r"\breport\s+a\s+(?:typo|correction|error)\b",
            r"\bbrought\s+to\s+you\s+by\b",
            # an investing site's holdings note and pitch
            r"\bhas\s+no\s+position\s+in\s+any\s+of\s+the\s+stocks\b",
            r"\bhas\s+a\s+disclosure\s+policy\b",
            r"\bour\s+analyst\s+team\b",
            # a release's forward-looking note and an exchange's disclaimer of it
            r"\b(?:in|of)\s+this\s+(?:release|announcement|document)\b[^.]{0,80}\bforward-looking\b",
            r"\bforward-looking\b[^.]{0,80}\b(?:in|of)\s+this\s+(?:release|announcement|document)\b",
            r"\baccepts?\s+(?:no\s+)?responsibility\s+for\s+the\s+(?:adequacy|accuracy)\s+(?:or|and)\s+"
            r"(?:adequacy|accuracy)\s+of\s+this\s+(?:news\s+)?(?:release|announcement)\b",
        ]
    ),
    re.I,
)
_LINE_IN = gated(
    (
        "mail", "address book", "unsubscribe", "preferences", "inbox", "official website",
        ".gov", "privacy information", "obscene", "community guidelines", "constitutes",
        " with ", "automatic translation", "automated voice", "solely responsible", "report a",
        "brought to you", "no position", "disclosure policy", "analyst team", "forward-looking",
        "responsibility",
    ),
    _LINE_ANY,
)  # fmt: skip
# A contact: an e-mail address or a phone number alone, or a name and role ending in a phone
# number ("Erik Dahl, Head of Communications, +47 555 01 234").
_EMAIL_ALONE = re.compile(r"^<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?$")
_PHONE_END = re.compile(
    r"(?:^|[,:;]\s*|\s)(?:\+\d{1,3}\s*)?\(?\d{2,4}\)?[\s.-]?\d{2,4}(?:[\s.-]\d{2,5}){1,3}$"
)
_CONTACT_WORDS = 12
_PERSON_ROLE = re.compile(r"^(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){1,3},\s+\S")
_HOTLINE = re.compile(r"\b(?:line|hotline|call|number|numbers|phone)\b", re.I)
# ... or its items set apart by commas or a colon, the number after the last, one of them a
# name of capitalised words ("Renseignements : Julie Vigneault, Direction des communications,
# 418 555-0173", "Sonam Wangmo, Information and Media Officer, Department of Air Transport, +975
# 2 555 021"), in any language (junk46)
_CONTACT_ITEMS_WORDS = 20
_ITEM_WORDS = 6
_ITEM_SPLIT = re.compile(r"\s*[,:;]\s*")
_NAME_ITEM = re.compile(
    # (a role in lower case before the name: "kommunikasjonsrådgiver <Name> <Name>"; junk47)
    r"^(?:[^\W\d_]{1,5}\.\s+|(?-i:[a-zß-ÿ])[^\W\d_]{3,30}\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,3}"
    r"(?:\s+\d{1,4}[^\W\d_]?)?$"  # (a street's name and number: "Ulica Hmelina 1")
)
# (the number after its short label, in any language: "tlf. 75 65 00 00", "tel: ..."; junk47)
_ITEM_PHONE = re.compile(
    r"[,:;]\s*(?:[^\W\d_]{2,5}(?:\.\s*:?|\s*:)\s*)?(\+?\(?\d[\d\s().-]{5,18}\d)$"
)
_IN_PAIRS = re.compile(r"\d\d(?: \d\d){3,}")
# A count grouped in thousands by spaces or points, as most of Europe writes it, is no phone:
# an election's result row ("Jean Dupont, Union centriste : 1 204 377", "Olaf Berger,
# Bürgerliste: 1.204.377") is news (review50).
_GROUPED_COUNT = re.compile(r"^\d{1,3}(?:([ .\u00a0\u202f])\d{3})(?:\1\d{3})*$")


def _contact_items(line: str) -> bool:
    """Whether a line is a contact's items and its phone number last: two to five items, each of
    six words at most, set apart by commas or a colon (a comma or a colon before the number
    too), one of them a person's or a place's name, no hotline named and no sentence's end
    (see ``_CONTACT_ITEMS_WORDS``)."""
    phone = _ITEM_PHONE.search(line)
    if phone is None or sum(ch.isdigit() for ch in phone.group(1)) < 7:
        return False
    # (a score's sets: "21-14 10-21 21-18"; a number in pairs, "75 65 00 00", is a phone: junk47)
    if not re.search(r"\d{3}", phone.group(1)) and not _IN_PAIRS.fullmatch(phone.group(1)):
        return False
    if _GROUPED_COUNT.match(phone.group(1)):  # "1 204 377" votes (``_GROUPED_COUNT``)
        return False
    head = line[: phone.start()]
    if len(line.split()) > _CONTACT_ITEMS_WORDS:
        return False
    items = [item for item in _ITEM_SPLIT.split(head.strip(" ,:;")) if item]
    return (
        2 <= len(items) <= 5
        and all(len(item.split()) <= _ITEM_WORDS for item in items)
        and any(_NAME_ITEM.match(item) for item in items)
        and not _HOTLINE.search(head)
        and not any(ch in head for ch in "!?")
        and not line.endswith(".")
    )


# A press release's tail: its "About <Company>" (or "Acerca de <Company>", "Sobre <Company>", ...)
# or contacts heading after the release's text.
_TAIL_HEAD = re.compile(
    r"^(?:(?:about|acerca\s+de|sobre|à\s+propos\s+de|über|informazioni\s+su|over|om|o\s+firmie"
    r"|tietoa|hakkında|rreth|за|о\s+компании|tentang|kuhusu|oor)\s+(?-i:[A-Z])"
    # (a particle between the name's words in the release's language: "Acerca de Sol del Pacífico")
    r"[\w&.,'’-]*(?:\s+(?:(?:de|del|da|do|dos|das|du|des|la|le|von|van|di)\s+)?(?-i:[A-Z0-9])"
    r"[\w&.,'’-]*){0,5}"
    r"|(?:media\s+|press\s+|investor\s+)?contacts?|(?:media|press|investor)\s+(?:relations|inquiries"
    r"|enquiries))\s*:?$"
    # its end mark, and its code after it: "– ENDS –", "-30-", "###", "[End of release]"
    r"|^[\[(]?\s*[–—-]*\s*(?:ends?|end\s+of\s+(?:release|statement|text)|-?30-?|#{3})\s*[–—-]*\s*"
    r"[\])]?(?:\s*\([^()]{1,30}\))?"
    # (and its notes after a slash: "-30- / Also available in <language> on request"; aside36)
    r"(?:\s+/\s+[^\n]{1,120})?$",
    re.I,
)


def is_release_line(text: str) -> bool:
    """A press release's, a newsletter's, a government site's or a comment section's line
    around the news (see the module's docstring)."""
    line = text.strip()
    words = len(line.split())
    if words > MAX_WORDS:
        return False
    if _EMAIL_ALONE.match(line):
        return True
    phone = _PHONE_END.search(line) if line[-1:].isdigit() else None
    if phone and words <= _CONTACT_WORDS and sum(c.isdigit() for c in phone.group(0)) >= 7:
        # the number alone, or after a person and a role ("Erik Dahl, Head of Communications,
        # +47 ..."); not a score, a draw's numbers or a hotline the story gives its reader
        before = line[: phone.start()].strip(" ,:;")
        if not before or (_PERSON_ROLE.match(before) and not _HOTLINE.search(before)):
            return not line.endswith(".")
    if line[-1:].isdigit() and _contact_items(line):
        return True
    return bool(_LINE_START.match(line)) or _LINE_IN(line, line.lower())


def release_tail(line: str) -> bool:
    """Whether ``line`` heads a press release's tail ("About Calloway Foods Inc.", "Media
    Contacts"): ``clean.clean_text`` drops it and what follows when it comes after the text."""
    return bool(_TAIL_HEAD.match(line.strip()))
