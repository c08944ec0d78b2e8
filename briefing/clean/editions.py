"""A page's lines about the piece itself rather than its news: how long it takes to read, which
other languages and editions it comes in, and who may read it, in any language a site prints
them in.

No site's string is written here. Kinds:

- a *reading time* in any language: a number, its minutes' word and a reading word, with at
  most a few glue words ("Lectura de 3 minutos", "Okunma süresi 2 dk", "A 4-minute read",
  "Czas czytania 5 minut"), a whole short line: "Reading 2 Millwall 1" has no minutes and "3
  minutes of reading aloud a day helps children" has more words;
- a *language switch*: the piece offered in another language ("This article is also available
  in Turkish", "Read in Lithuanian", "Skaitykite lietuviškai · Read in Lithuanian", "Soma habari
  hii kwa Kiswahili"): in English, this piece and a language's name (Babel's names, English or
  the language's own) end the line; in another language, a short line naming a language whose
  lower-case words are mostly not English (``is_switch_abroad``, asked by ``clean.foreign`` in
  an English text only). "Ballot papers are also available in Turkish, the
  commission said." and "Kiswahili is now taught in every primary school." are news;
- an *e-edition's* note: the page's digital or replica edition and when it is out ("Courant
  e-edition available from 6am on publication days", "Read today's e-paper"): "The Courant's
  e-edition was taken offline by the attack." is news;
- a *paywall* in the site's language ("Article réservé aux abonnés", "Exclusivo para
  suscriptores", "Nur für Abonnenten"), at the line's start;
- a *follow prompt* in the site's language: a verb of following, then the outlet on a platform
  ("Urmăriți Chișinău Seara pe Telegram", "Síguenos en Instagram"), a whole short line.

``clean.is_boilerplate`` asks these with its attribution check.
"""

from __future__ import annotations

import functools
import re

from briefing.features import STOP_WORDS
from briefing.language import in_dictionary

__all__ = ["is_edition_line", "is_reading_time", "is_switch_abroad"]

MAX_WORDS = 16
_TIME_WORDS = 7  # a reading time's line, its number and glue words
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_TOKEN = re.compile(r"\d+|[^\W\d_]+(?:['’-][^\W\d_]+)*")

# Minutes' words, with the short forms reading times use ("2 dk", "5 perc", "3 mnt").
_MINUTES = frozenset(
    "min mins minute minutes minuto minutos minuti minuten minutter minuter minut minuty "
    "minutu minutes' minuta minutes dk dak dakika dakikalık perc percnyi menit mnt mín".split()
)
# Reading words (noun, verb or adjective) of the languages whose sites print a reading time.
_READING = frozenset(
    "read reading reads lectura lecture leitura lettura lesezeit lesedauer leestijd lästid "
    "lesetid læsetid lukuaika czytania čtení čítania citire lectură okuma okunma bacaan baca "
    "membaca kusoma pagbasa olvasási olvasás lesing lestur lugemisaeg lasīšanas skaitymo "
    "leer lire lesen lezen läsa".split()
)
# What else a reading time's line may say: "Reading time", "Temps de lecture", "Okunma süresi",
# "Tiempo de lectura estimado", "A 4-minute read", "Czas czytania".
_TIME_GLUE = frozenset(
    "a an the of de di du da do la le el il des time tiempo temps tempo czas doba aika süresi "
    "zeit dauer tid tijd estimated estimado estimé approx about ca circa ok około aprox "
    "environ cerca min".split()
)


def is_reading_time(line: str) -> bool:
    """Whether ``line`` is a reading time alone ("A 4-minute read", "Lectura de 3 minutos")."""
    return _reading_time(line.strip())


def _reading_time(line: str) -> bool:
    tokens = [t.lower() for t in _TOKEN.findall(line)]
    if not 2 < len(tokens) <= _TIME_WORDS:
        return False
    # a number and its minutes' word ("3 minutos", "4-minute", "2dk" as "2 dk")
    at = next(
        (
            k
            for k, t in enumerate(tokens[:-1])
            if t.isdigit() and tokens[k + 1].lstrip("-") in _MINUTES
        ),
        None,
    )
    if at is None:
        return False
    rest = tokens[:at] + tokens[at + 2 :]
    return any(t in _READING for t in rest) and all(
        t in _READING or t in _TIME_GLUE or t in _MINUTES for t in rest
    )


@functools.lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    """Languages' names: in English and in their own language (Babel; the languages with a
    two-letter code), lower case, one word each or joined ("lea fakatonga"), without hyphens;
    names of four letters or more. Built on the first line that needs it (a language switch's
    shape, or a line in another language), once."""
    from babel import Locale, localedata

    names = {n.lower() for n in Locale("en").languages.values()}
    for code in localedata.locale_identifiers():
        if len(code) != 2:  # the languages with a two-letter code: loading all takes seconds
            continue
        try:
            own = Locale.parse(code).languages.get(code)
        except (ValueError, LookupError):
            continue
        if own:
            names.add(own.lower())
    return frozenset(
        n.replace("-", "") for n in names if len(n) >= 4 and "(" not in n and "." not in n
    )


_ACCENTED = re.compile(r"[^\W\d_a-zA-Z]")  # a letter English does not write ("ç", "ñ", "ʻ")
_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")


def _names_language(text: str) -> bool:
    """Whether ``text`` names a language (one or two words, hyphens aside)."""
    words = [w.lower().replace("-", "") for w in _NAME_TOKEN.findall(text)]
    names = _languages()
    return any(w in names or (k and f"{words[k - 1]} {w}" in names) for k, w in enumerate(words))


_SWITCH = re.compile(
    # "This article is also available in Turkish", "The story is available in French and Arabic"
    r"^(?:this\s+(?:article|story|page|piece|post|interview|report)|(?:the|our)\s+(?:article"
    r"|story|page|piece))\s+(?:is\s+)?"
    r"(?:also\s+)?(?:available|published|offered)\s+in\s+(?P<a>[^.!?]{3,40})[.!]?$"
    # "Read in Lithuanian", "Read this story in Turkish", "Also available in Kiswahili"
    r"|^(?:(?:read|listen\s+to|watch)(?:\s+(?:it|(?:this|the)(?:\s+full)?(?:\s+(?:story|article"
    r"|interview|piece|report))?|the\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}))?"
    r"|(?:also\s+)?available)\s+in\s+(?P<b>[^.!?]{3,40})[.!]?$"
    # "Swedish and Finnish editions on the same page below", "English page"
    r"|^(?P<c>[^.!?]{3,40}?)\s+(?:editions|versions|texts)\s+(?:on\s+the\s+same\s+page|below"
    r"|above|further\s+down)(?:\s+(?:below|above))?$"
    r"|^(?P<d>[^.!?\s]{3,20})\s+(?:page|version|edition)$",
    re.I,
)
# a language page's note on who translated it: "English page · Translated by our staff"
_TRANSLATED_BY = re.compile(
    r"^(?:translated|interpreted)\s+(?:by|from\s+\w+\s+by)\s+(?:our|the)\s+(?:[\w'’-]+\s+)?"
    r"(?:staff|desk|editors|newsroom|team|reporters)$",
    re.I,
)
_PART = re.compile(r"\s+[·|—–/]\s+|\s*[·|]\s*|:\s+")
_FOREIGN_SHARE = 0.5  # a line in another language: fewer of its lower-case words English


def _english_word(word: str) -> bool:
    low = word.lower()
    return low in STOP_WORDS or in_dictionary(low)


def _switch_part(part: str) -> bool:
    """An English switch ("Read in Lithuanian") that ends in languages' names alone."""
    found = _SWITCH.match(part.strip())
    if not found:
        return False
    langs = (found["a"] or found["b"] or found["c"] or found["d"]).strip()
    return all(
        _languages().__contains__(name.lower().replace("-", ""))
        for name in re.split(r"\s*,\s*|\s+(?:and|or|&)\s+", langs)
        if name
    )


def _foreign_part(part: str) -> bool:
    """A phrase most of whose words, a language's name aside, are not English ("Skaitykite
    lietuviškai", "Ler em português")."""
    words = [w for w in _WORD.findall(part) if w.lower().replace("-", "") not in _languages()]
    return bool(words) and 2 * sum(_english_word(w) for w in words) <= len(words)


def _language_switch(line: str) -> bool:
    parts = [p for p in _PART.split(line) if p.strip()]
    return any(_switch_part(p) for p in parts) and all(
        _switch_part(p) or _foreign_part(p) or _TRANSLATED_BY.match(p.strip()) for p in parts
    )


def is_switch_abroad(text: str) -> bool:
    """A language switch in the site's language: a short line naming a language whose other
    words are as often not English as English ("Lire en français", "Soma habari hii kwa
    Kiswahili", "Lea faka-Tonga: ʻoku maʻu ʻa e fakamatala ni ʻi he lea faka-Tonga").
    ``clean.foreign`` asks it only in an English text and a line with no English clause
    ("Protesters chanted ni una menos in Spanish." is news; in a Spanish text, "El gobierno
    aprobó la ley del español" is)."""
    line = text.strip()
    if not line or len(line.split()) > MAX_WORDS or line[0] in "\"“«„'‘":
        return False
    lower = [w for w in _WORD.findall(line) if w[0].islower() and len(w) >= 2]
    signs = _ACCENTED.search(line) is not None or sum(not _english_word(w) for w in lower) >= 2
    if not signs or not _names_language(line):
        return False  # (the names are read only for a line with signs of another language)
    # all its words, the first one too ("Lire en français", "Soma habari hii kwa Kiswahili"),
    # but the languages' names: more of them foreign than English
    words = [w for w in _WORD.findall(line) if len(w) >= 2]
    others = [w for w in words if w.lower().replace("-", "") not in _languages()]
    foreign = sum(not _english_word(w) for w in others)
    return foreign >= max(1, len(others) - foreign)


# The page's digital edition and when it is out, ending the line (review17 S1: "The Gazette's
# digital edition is available from 6am, a year after the print edition closed." is news):
# "Courant e-edition available from 6am on publication days", "The e-paper is out at 5am",
# "Read today's e-paper".
_EDITION = r"(?:e-?edition|e-?paper|digital\s+(?:edition|replica)|(?:print\s+)?replica\s+edition)"
_E_EDITION = re.compile(
    rf"\b{_EDITION}s?\s+(?:is\s+|are\s+)?(?:available|out|online|live|ready)\s+(?:from|at|by|every"
    r"|each|daily|on|here|now|to\s+(?:subscribers|members|read))\b[^,;]*$"
    rf"|^(?:read|download|browse|view|open)\s+(?:the|our|today['’]s|this\s+week['’]s)\s+{_EDITION}\b"
    # ... by the paper's name: "Read the Standard's e-paper for the full results"
    r"|^(?:read|download|browse|view|open)\s+the\s+(?-i:[A-Z])[\w'’&.-]*(?:\s+(?-i:[A-Z])"
    rf"[\w'’&.-]*){{0,2}}['’]s?\s+{_EDITION}\b[^.!?,;]{{0,60}}[.!]?$",
    re.I,
)

# A paywall in the site's language, at the line's start (after "Article", "Contenu" ...), as the
# whole line or before a separator, with at most the outlet's name after it: "Article réservé aux
# abonnés du Cri · déjà 3 articles gratuits lus ce mois-ci", "Nur für Abonnenten". A sentence
# that goes on is news: "Réservé aux abonnés, le nouveau service coûtera 5 euros par mois."
_PAYWALL_ABROAD = re.compile(
    r"^(?i:(?:(?:article|artículo|artigo|articolo|artikel|contenu|contenido|conteúdo|contenuto"
    r"|inhalt|nota|noticia)\s+)?"
    r"(?:réservée?s?\s+aux\s+(?:abonnés|abonnées|membres)|(?:exclusiv[oa]s?|reservad[oa]s?)\s+"
    r"(?:para|a)\s+(?:suscriptores|abonados|assinantes|socios|miembros)|solo\s+para\s+"
    r"(?:suscriptores|abonados|socios)|riservat[oa]\s+agli\s+abbonati|(?:nur\s+)?für\s+"
    r"abonnenten|alleen\s+voor\s+abonnees|tylko\s+dla\s+(?:prenumeratorów|subskrybentów)"
    r"|abonelere\s+özel|kun\s+for\s+abonnenter|endast\s+för\s+prenumeranter))\b"
    r"(?:\s+(?i:du|de|des|del|della|da|do|von|der|van|of)\s+[A-ZÀ-Ý][\w'’.-]*"
    r"(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3})?"
    r"\s*(?:[·|•–—]\s*\S.*|[.!:]?\s*)$"
)

_PLATFORM = (
    r"(?i:telegram|whatsapp|facebook|instagram|twitter|x|tiktok|youtube|viber|threads|bluesky"
    r"|linkedin|google\s+news|flipboard|mastodon|whatsapp-kanal|canal\s+de\s+whatsapp)"
)
# Following the page on a platform, in the site's language: a verb with the page's own object
# ("Síguenos en Instagram", "Folgen Sie uns auf Telegram"), or a verb, the outlet's name and the
# platform ("Urmăriți Chișinău Seara pe Telegram"). "Sigue", "folge", "segui" are also verbs of
# news ("Sigue la polémica por el mensaje de Milei en X.", "Folge dem Geld: ... über Telegram").
_FOLLOW_ABROAD = re.compile(
    r"^(?i:(?:síguenos|sígannos|siga-nos|sigam-nos|suivez-nous|folgen\s+sie\s+uns|folge\s+uns"
    r"|seguici|seguiteci|urmări(?:ți|ţi|ti)-ne|obserwuj\s+nas|sledujte\s+nás|sleduj\s+nás"
    r"|pratite\s+nas|prati\s+nas|volg\s+ons|bizi\s+takip\s+edin|tufuate|ikuti\s+kami"
    r"|kövess\s+minket|följ\s+oss|følg\s+oss|seuraa\s+meitä|sekojiet\s+mums|sekite\s+mus"
    r"|jälgi\s+meid))\b[^.!?]{0,60}\b" + _PLATFORM + r"\s*[.!]?$"
    r"|^(?i:urmări(?:ți|ţi|ti)|urmărește|sigue|siga|suivez|folgen\s+sie|folge|segui|seguite"
    r"|obserwuj|sledujte|sleduj|pratite|prati|volg|takip\s+edin|fuata|ikuti|kövess|följ|følg"
    r"|seuraa|sekojiet|sekite|jälgi)"
    # (with an article before the name: "Siga a <TV> no WhatsApp", "Segui il <Giornale> su ...")
    r"(?:\s+(?i:a|o|as|os|la|el|los|las|le|les|il|lo|die|der|das|den|de|het))?"
    r"(?:\s+[A-ZÀ-Ý][\w'’.-]*){1,4}\s+(?:\w+\s+)?" + _PLATFORM + r"\s*[.!]?$"
)
# Signing up for the page's mail, alerts or channel, in the site's language: an imperative
# opening the line or its part after a dash, and where it comes ("Recibe las alertas de última
# hora en tu móvil", "Ontvang dagelijks het belangrijkste nieuws uit de provincie in je
# mailbox", "Nyheter från <Region> direkt i din mejl – beställ vårt nyhetsbrev", "Suscríbete a
# nuestro canal para no perderte ninguna noticia", "Simak breaking news ... di ponselmu."). A
# third person is news: "Los vecinos reciben las alertas en el móvil desde el lunes."
_SIGN_UP_ABROAD = re.compile(
    r"(?i:recib[ea]|receba|recebe|ricevi|erhalte|erhalten\s+sie|ontvang"
    r"|recevez|reçois|abonnez-vous|abonniere|abonnieren\s+sie|suscríbete|suscríbase|iscriviti"
    r"|assine|inscreva-se|abonneer|prenumerera|beställ|bestil|bestill|tilaa|zapisz\s+się"
    r"|subskrybuj|simak|dapatkan|få|motta|modtag|activa|active|ative|attiva|aktiviere)\b"
    r"(?=[^.!?]{0,80}\b(?i:móvil|celular|teléfono|mailbox|inbox|buzón|correo|mejl|e-?post"
    r"|e-?mail|ponsel(?:mu)?|handy|smartphone|telefoon|telefon|téléphone|portable|cellulare"
    r"|telemóvel|newsletter|nyhetsbrev|nyhedsbrev|nieuwsbrief|boletín|canal|kanal|channel"
    r"|kanaal|chaîne|canale|alertas|alerts|notificaciones|notificações|notifiche|push"
    r"|meldingen|uutiskirje)\b)",
)
_SIGN_UP_WORDS = 20
_SIGN_UP_PARTS = re.compile(r"\s[–—-]\s|:\s")


def _sign_up_abroad(line: str) -> bool:
    """Whether the line, or its part after a dash or a colon, opens with ``_SIGN_UP_ABROAD``."""
    return len(line.split()) <= _SIGN_UP_WORDS and any(
        _SIGN_UP_ABROAD.match(part) for part in _SIGN_UP_PARTS.split(line)
    )


def is_edition_line(text: str) -> bool:
    """Whether the line ``text`` is a reading time, a language switch, an e-edition's note, a
    paywall or a follow prompt in the site's language (see the module's kinds)."""
    line = text.strip()
    if not line or len(line.split()) > MAX_WORDS or line[0] in "\"“«„'‘":
        return False
    return (
        _reading_time(line)
        or bool(_E_EDITION.search(line) or _PAYWALL_ABROAD.match(line))
        or bool(_FOLLOW_ABROAD.match(line))
        or _sign_up_abroad(line)
        or _print_note(line)
        or _language_switch(line)
    )


# Where the piece was printed first, in the main European languages: "Questo articolo è tratto
# dal numero di giugno di <Rivista>, in edicola dal 25 maggio.", "Este reportaje se publica en
# el número 212 de <Revista>, ya en quioscos.", "Printed in the <Paper>'s 20 May edition, page
# 5.", "Saturday 26 July edition, page 3 (posted online Friday evening)", "<Paper> print
# edition: Thursdays, $2.50 at the newsagent". The piece itself is the subject (or nothing is):
# "The notice was printed in the Gazette's 20 May edition, the council said." is news.
_PRINT_NOTE = re.compile(
    # the issue it comes from, by its season, month or number: "From the Spring 2039 issue",
    # "From our May 2038 edition"
    r"^(?:from|in)\s+(?:the|our|this)\s+(?:[\w'’-]+\s+){0,2}(?:\d{4}|no\.\s*\d{1,4})\s+"
    r"(?:issue|edition|number)$|"
    r"^(?:(?:this\s+(?:article|story|piece|report|feature|essay|interview)\s+)?(?:was\s+|is\s+)?"
    r"(?:first\s+|originally\s+)?(?:printed|published|appeared|ran)\s+in\s+(?:the\s+)?[^.!?,]{0,40}"
    r"\b(?:edition|issue|magazine|print\s+edition)(?:,\s+(?:on\s+)?page\s+[A-Z]?\d{1,3})?"
    r"|(?:questo|quest['’])\s*(?:articolo|servizio|reportage|pezzo|testo|intervista)\s+è\s+"
    r"(?:tratto|pubblicato|uscito|apparso)\s+(?:dal|sul|nel)\s+(?:numero|mensile|settimanale)\b"
    r"[^!?]{0,100}"
    r"|(?:este|esta)\s+(?:artículo|reportaje|texto|entrevista|crónica)\s+(?:se\s+publica|se\s+publicó"
    r"|fue\s+publicad[oa]|aparece|apareció|forma\s+parte\s+del?)\s+(?:en\s+)?(?:el\s+|la\s+)?"
    r"(?:número|edición|revista)\b[^!?]{0,100}"
    r"|cet\s+(?:article|reportage|entretien)\s+(?:est\s+paru|a\s+été\s+publié|est\s+extrait|est"
    r"\s+publié|est\s+tiré)\s+(?:dans|de|du)\s+(?:le\s+|notre\s+|la\s+)?(?:numéro|magazine|édition"
    r"|mensuel|hebdomadaire)\b[^!?]{0,100}"
    r"|(?:dieser|der)\s+(?:artikel|beitrag|text)\s+(?:ist|erschien)\s+(?:zuerst\s+)?(?:in\s+der"
    r"|im)\s+(?:ausgabe|print-?ausgabe|heft|magazin)\b[^!?]{0,100}"
    r"|(?:este|esta)\s+(?:artigo|reportagem|texto|matéria|entrevista)\s+(?:foi\s+publicad[oa]"
    r"|é\s+publicad[oa]|saiu|integra)\s+(?:na|no|da|do)\s+(?:edição|número|revista)\b[^!?]{0,100}"
    r"|dit\s+(?:artikel|verhaal|interview)\s+(?:verscheen|staat)\s+(?:eerder\s+|ook\s+)?in\s+(?:de"
    r"|het)\s+(?:editie|nummer|krant|magazine|papieren)\b[^!?]{0,100})\.?$"
    # a dated edition and its page alone
    r"|^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?\d{1,2}\s+[A-Z][a-z]+"
    r"\s+edition,\s+page\s+[A-Z]?\d{1,3}(?:\s*\([^()]{1,60}\))?\.?$"
    # the print edition's day and price
    r"|^[^.!?:]{0,40}\bprint\s+edition\s*:\s*(?:(?:mondays|tuesdays|wednesdays|thursdays|fridays"
    r"|saturdays|sundays|daily|weekly)\b[^!?]{0,60}|[^.!?]{0,40}[$€£]\s?\d[^!?]{0,40})$",
    re.I,
)
_PRINT_WORDS = 30


_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# How the paper reaches its readers, said by the paper: "Wednesday's print run is on the
# counters of island shops", "Paper copies are delivered to homes in <towns> on Thursdays", "The
# Bulletin lands in subscribers' letterboxes before six on weekdays", "Printed in <Town> on
# Mondays and Thursdays", "The Bulletin is circulated free to members of ...", "Paper buyers find
# a web code printed on Thursday's back page", "Whole e-paper on your phone, cheaper than a
# loaf". A report on a print run says what it did ("The print run of 5,000 sold out in a day.").
_DELIVERY = re.compile(
    rf"^(?:(?:{_DAY}['’]s|the|our|this\s+week['’]s|today['’]s)\s+)?(?:print\s+run|paper\s+copies"
    r"|printed\s+copies|print\s+copies|print\s+edition|paper\s+edition|printed\s+paper)\s+"
    r"(?:is|are)\s+(?:on\s+(?:the\s+)?(?:counters|shelves|sale|stands)|in\s+(?:shops|stores|newsagents)"
    r"|delivered|available|sold|out)\b[^.!?]{0,80}$"
    r"|^(?:[^.!?]{1,40}\s)?(?:lands|arrives|is\s+delivered|drops)\s+in\s+(?:subscribers['’]|readers['’]"
    r"|members['’]|your)\s+(?:letterboxes|letterbox|mailboxes|mailbox|inboxes|inbox)\b[^.!?]{0,40}$"
    rf"|^printed\s+in\s+(?-i:[A-Z])[^.!?·|]{{0,30}}\s+on\s+{_DAY}s(?:\s+and\s+{_DAY}s)?\b[^.!?]{{0,60}}$"
    r"|^(?:[^.!?]{1,40}\s)?is\s+(?:circulated|distributed|sent|handed\s+out)\s+free(?:\s+of\s+charge)?"
    r"\s+to\s+(?:its\s+)?(?:members|subscribers|readers|households)\b[^.!?]{0,60}$"
    r"|^(?:print|paper)\s+(?:buyers|readers|subscribers)\s+(?:find|get|receive|use)\b[^.!?]{0,60}"
    r"\b(?:code|login|password|access)\b[^.!?]{0,40}$"
    r"|^(?:the\s+)?(?:whole|full|complete)\s+e-?(?:paper|edition)\s+on\s+your\s+(?:phone|tablet"
    r"|computer)\b[^.!?]{0,40}$",
    re.I,
)


def _print_note(line: str) -> bool:
    """Whether ``line`` says where the piece was printed first (``_PRINT_NOTE``) or how the paper
    reaches its readers (``_DELIVERY``)."""
    return len(line.split()) <= _PRINT_WORDS and bool(
        _PRINT_NOTE.match(line) or _DELIVERY.match(line)
    )
