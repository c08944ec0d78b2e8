"""A page's standing lines that no story writes, by shapes that hold in any language (fresh47's
and aside35's looks):

- a transcript's accuracy note ("This is a transcript of a live broadcast and may contain
  transcription errors. Please check against the audio before quoting.");
- a live page's refresh note: it loads its entries by itself every so many seconds or minutes
  ("Die Seite lädt neue Einträge automatisch alle 60 Sekunden", "This page refreshes
  automatically every 30 seconds");
- a catch-up prompt: "Listen again to <show> on the <station> app", "Watch it again on ...";
- a blog platform's rows: its archive widget ("Blog Archive ▼ 2062 (31) ▼ November (6) ..."),
  its share row with the platform's "BlogThis!" button, a commenter's header ("<name> said...",
  "<name> says: March 12, 2062 at 8:41 pm") and its "posted by <name> at <time>" line in the
  template's languages, its reactions widget, its pager, its profile box's link;
- the page's notes on itself: it will be updated when there is more ("Siden oppdateres når
  nye tall foreligger."), a correction box in its voice ("Page note: we have amended ... in an
  earlier version."), a newsletter's "Written by the <name> team at <publisher>." (fresh48);
- the page's notes on its own rules: a funder that had no say over the text, "Information
  only: ...", a fact-checker's "How we work: ...", an ask for whom to write about, "About the
  author: ...", a newsletter's "Trouble reading this?"; a feature's credits in capitals.

(A prompt to follow the page on a social network in another language, "Следете не на Фејсбук",
is left: as a short line naming the network with no full stop it has a headline's shape,
"Facebook And Instagram Fined By EU Regulator".)
"""

from __future__ import annotations

import re

from briefing.text import SENTENCE_END

__all__ = ["is_comment_head", "is_standing_line"]

_MAX_WORDS = 40
_TRANSCRIPT = re.compile(
    r"^(?:this\s+is\s+an?\s+|this\s+|the\s+)?(?:(?:rush|unedited|automated|automatic|machine[- ]"
    r"generated|computer[- ]generated|uncorrected|edited)\s+)?transcript(?:ion)?\b[^.!?]{0,90}?"
    r"\b(?:may|might|can|could)\s+(?:contain|include|have)\s+(?:some\s+)?(?:[\w-]+\s+)?"
    r"(?:errors|mistakes|inaccuracies)\b[^.!?]{0,40}[.!]?"
    r"(?:\s+(?:please\s+)?(?:check|refer|listen|consult|verify)\b[^.!?]{0,80}[.!]?)?$",
    re.I,
)
# every so many seconds or minutes, automatically
_EVERY = re.compile(
    r"\b\d{1,3}\s*(?:seconds?|secs?|minutes?|mins?|sekunden|minuten|segundos|minutos|secondes"
    r"|secondi|minuti|seconden|sekunder|minutter|minuter|sekuntia|minuuttia|sekund|minut)\b",
    re.I,
)
_AUTOMATIC = re.compile(
    r"automati(?:c(?:ally)?|sch|sk(?:t)?|quement|camente|camente|sesti)|automáticamente"
    r"|automatycznie|automaattisesti",
    re.I,
)
_PAGE = re.compile(
    r"\b(?:page|blog|ticker|feed|entries|posts|updates|seite|einträge|beiträge|liveticker"
    r"|página|entradas|pagina|aggiornamenti|berichten|siden|sidan|sivu|strona|wpisy)\b",
    re.I,
)
_AGAIN = re.compile(
    r"^(?:listen|watch|catch\s+up)\s+(?:again\s+)?(?:to\s+)?(?:[^.!?]{1,60}\s)?"
    r"(?:again\s+)?on\s+(?:the\s+)?(?:[\w'’&.-]+\s+){0,4}(?:app|iplayer|player|website|podcast"
    r"|sounds)\b[^.!?]{0,30}[.!]?$",
    re.I,
)
# (an archive widget's disclosure triangle over a year and its count)
_ARCHIVE = re.compile(r"[▼►▶▸]\s*\d{4}\s*\(\d+\)")
_BLOG_THIS = re.compile(r"\bBlogThis!")
_SAID = re.compile(
    r"^(?:[^\W\d_][\w'’.-]*\s+){0,3}[^\W\d_][\w'’.-]*\s+(?:said|says|wrote)\s*(?:\.{3}|…)$"
    r"|^(?:[^\W\d_][\w'’.-]*\s+){0,3}[^\W\d_][\w'’.-]*\s+(?:said|says|wrote)\s*:\s+"
    r"[^.!?]{0,40}\d{4},?\s+(?:at|@)\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?$",
    re.I,
)
_TIME_END = re.compile(r"[0-9०-९০-৯]{1,2}[:.][0-9०-९০-৯]{2}\s*(?:[ap]\.?\s?m\.?)?$", re.I)
_POSTED = re.compile(
    r"^(?:posted\s+by|publicad[oa]\s+por|publié\s+par|pubblicato\s+da|gepostet\s+von"
    r"|eingestellt\s+von|geplaatst\s+door|diposting\s+oleh|dikirim\s+oleh|ipinost\s+ni"
    r"|inilathala\s+ni|द्वारा\s+पोस्ट|এটি\s+পোস্ট\s+করেছেন|পোস্ট\s+করেছেন|postat\s+de"
    r"|opublikowane\s+przez|julkaissut)\b",
    re.I,
)
_POSTED_WORDS = 12
# the page's notes on its own rules, by their openings: a funder that had no say over the text,
# an "information only" note telling the reader to see a doctor, a fact-checker's "How we
# work:", an ask for readers' tips on whom to write about, a biography under "About the
# author:", a newsletter's "Trouble reading this?"
_NOTE_START = re.compile(
    r"(?:for\s+)?(?:general\s+)?information\s+(?:only|purposes\s+only)\s*[:.,—–-]"
    r"|(?:please\s+)?(?:speak|talk)\s+to\s+your\s+(?:own\s+)?(?:doctor|gp|pharmacist)\s+about"
    r"\s+your\s+own\b"
    r"|how\s+we\s+(?:work|check|fact[- ]check|verify|rate|choose|report)\b[^:.!?]{0,20}:"
    r"|(?:do\s+you\s+)?know\s+(?:a|an|someone|somebody|anyone)\b[^?]{0,60}\bwe\s+should\s+"
    r"(?:write|report|feature|talk|hear)\b[^?]{0,30}\?"
    r"|about\s+the\s+(?:author|writer|photographer|reporter)s?\s*:"
    r"|(?:über\s+(?:den|die)\s+autor(?:in)?|sobre\s+(?:el|la)\s+autor[a]?|à\s+propos\s+de"
    r"\s+l['’]auteur(?:e)?|sull['’]autore)\s*:"
    r"|(?:having\s+)?(?:trouble|problems?)\s+(?:reading|viewing|seeing)\s+this(?:\s+(?:email"
    r"|issue|newsletter|message))?\s*\?",
    re.I,
)
_FUNDER = re.compile(r"fund|grant|paid|sponsor|support|backed|financ", re.I)
# (not "the report": a study's funder "had no role in the report" is news of the study)
_NO_SAY = re.compile(
    r"\b(?:had|has|have)\s+no\s+(?:say|control|input|influence|role)\s+(?:over|in|on)\s+"
    r"(?:what\s+we\s+(?:wrote|write|published|publish|report)|the\s+(?:text|story|article"
    r"|content|coverage|reporting|piece))\b"
    r"|\bnever\s+saw\s+the\s+(?:text|story|article|piece|copy)\b"
    r"|\bdid\s+not\s+see\s+the\s+(?:text|story|article|piece|copy)\s+before\b",
    re.I,
)
# a blog's reactions widget: "Reactions: funny (0) interesting (3) cool (1)" (its buttons in
# lower case, a count each; a party's seats are names)
_REACTIONS = re.compile(r"^[^\W\d_][\w'’-]*\s*:\s+(?:[^\W\d_A-Z][\w'’-]*\s+\(\d+\)\s*){2,}$")
# a blog's pager: "Newer Post Older Post Home" in the template's language
_PAGER = re.compile(
    r"^(?:\S+\s+){0,3}post\s+(?:\S+\s+){0,3}post\s+(?:home|inicio|início|accueil|startseite"
    r"|beranda|halaman\s+utama|anasayfa|strona\s+główna)$",
    re.I,
)
# a profile box's link last: "... · View my complete profile"
_PROFILE_TAIL = re.compile(
    r"\s[·|]\s+(?:\S+\s+){0,5}(?:profile|profil|perfil|profilo|profiel|profiili|profilu)$", re.I
)
# a feature's credits in capitals: "TEXT <Name> PHOTOS <Name>" in its language's words
_CREDIT_LABEL = (
    r"(?:TEXT|TEXTE|TEXTO|TESTO|TEKST|TEKSTI|TEKSTAS|WORDS|STORY|PHOTOS?|PHOTOGRAPHY|FOTOS?"
    r"|FOTOGRAFIA|FOTOGRAFÍA|FOTOGRAFIE|KUVAT|KUVA|BILDER|BILD|BILDE|IMAGES|ILLUSTRATION|GRAFIK"
    r"|GRAPHICS|VIDEO|ТЕКСТ|ФОТО)"
)
_CAPS_CREDITS = re.compile(
    rf"^(?:{_CREDIT_LABEL}:?\s+(?:[A-ZÀ-ÞА-Я][\w'’.-]*\s+){{0,2}}[A-ZÀ-ÞА-Я][\w'’.-]*\s*){{2,3}}$"
)


# fresh48's look: the page's own standing notes, each a whole line
_PAGE_OWN = re.compile(
    # it will be updated when there is more ("Siden oppdateres når nye tall foreligger.", "This
    # page will be updated as more information becomes available."); "the" only before the page
    # itself: "The figures are updated once a week by the statistics office." is a report's
    # line on what it cites (review55)
    r"^(?:this\s+(?:page|article|story|table|list|post|report|blog)|the\s+(?:page|article"
    r"|story|post|blog))\s+(?:will\s+be"
    r"|is\s+being|is|are)\s+updated(?:\s+(?:regularly|continuously))?(?:\s+(?:as|when|once|if)"
    r"\s+[^.!?]{1,60})?\s*[.!]?$"
    r"|^(?:siden|sidan|saken|artikkelen|artikeln|artiklen|tabellen|oversikten|översikten)\s+"
    r"(?:oppdateres|uppdateras|opdateres)(?:\s+(?:fortløpende|fortlöpande|løbende|løpende"
    r"|løpande))?(?:\s+(?:når|när|etter\s+hvert\s+som|efterhånden\s+som)\s+[^.!?]{1,50})?"
    r"\s*[.!]?$"
    r"|^(?:die(?:se)?\s+seite|der\s+artikel|dieser\s+artikel|die\s+tabelle|die\s+übersicht)"
    r"\s+wird\s+(?:laufend\s+|fortlaufend\s+|regelmäßig\s+)?aktualisiert(?:,?\s+(?:sobald|wenn)"
    r"\s+[^.!?]{1,50})?\s*[.!]?$"
    r"|^(?:cette\s+page|cet\s+article|ce\s+tableau)\s+(?:sera|est)\s+(?:régulièrement\s+)?"
    r"mis(?:e)?\s+à\s+jour(?:\s+(?:dès\s+que|quand|lorsque|au\s+fur\s+et\s+à\s+mesure)\b"
    r"[^.!?]{0,50})?\s*[.!]?$"
    r"|^(?:esta\s+(?:página|noticia|nota|tabla)|este\s+artículo)\s+(?:se\s+actualizará"
    r"|será\s+actualizad[ao]|se\s+(?:está|irá)\s+actualizando)(?:\s+(?:cuando|en\s+cuanto"
    r"|a\s+medida\s+que)\b[^.!?]{0,50})?\s*[.!]?$"
    r"|^(?:esta\s+(?:página|notícia|matéria|tabela)|este\s+artigo)\s+(?:será\s+atualizad[ao]"
    r"|está\s+sendo\s+atualizad[ao])(?:\s+(?:quando|assim\s+que|à\s+medida\s+que)\b"
    r"[^.!?]{0,50})?\s*[.!]?$"
    r"|^(?:questa\s+pagina|questo\s+articolo|la\s+tabella)\s+(?:sarà|verrà|viene)\s+aggiornat[oa]"
    r"(?:\s+(?:quando|appena|non\s+appena)\b[^.!?]{0,50})?\s*[.!]?$"
    r"|^(?:deze\s+pagina|dit\s+artikel|de\s+tabel)\s+wordt\s+(?:steeds\s+)?(?:bijgewerkt"
    r"|aangevuld)(?:\s+(?:zodra|als|wanneer)\b[^.!?]{0,50})?\s*[.!]?$"
    r"|^(?:sivua|juttua|taulukkoa)\s+päivitetään(?:\s+[^.!?]{1,50})?\s*[.!]?$"
    # a correction box in the page's voice: "Page note: we have amended the <spokesperson>'s
    # name, which was misspelt in an earlier version."
    r"|^(?:(?:[\w'’-]+\s+){0,2}(?:note|notice|correction|clarification)\s*:\s*)?we\s+have\s+"
    r"(?:amended|corrected|updated|changed|removed|clarified)\b[^!?]{0,140}\b(?:an?\s+|the\s+)"
    r"(?:earlier|previous|original)\s+version\b[^!?]{0,40}[.!]?$"
    # a newsletter's writers: "Written by the Wake-up team at the <Press>."
    r"|^(?:written|compiled|produced|edited|put\s+together|brought\s+to\s+you)\s+by\s+the\s+"
    r"[^.!?]{1,40}?\s+(?:team|desk|newsroom)\b(?:\s+(?:at|of)\s+[^.!?]{1,50})?\s*[.!]?$"
    # a prompt to report an error: "Haben Sie einen Fehler gefunden? Jetzt melden." (aside36)
    r"|^(?:haben\s+sie\s+einen\s+fehler\s+(?:gefunden|entdeckt)|(?:have\s+you\s+)?(?:found|spotted)"
    r"\s+an?\s+(?:error|mistake|typo)|¿?(?:has|ha)\s+(?:encontrado|visto)\s+un\s+error|vous\s+avez"
    r"\s+(?:trouvé|repéré|vu)\s+une\s+(?:erreur|faute)|hai\s+trovato\s+un\s+errore|(?:een\s+)?fout"
    r"\s+gezien|encontrou\s+um\s+erro|hittat\s+ett\s+fel|fundet\s+en\s+fejl|funnet\s+en\s+feil)"
    r"\s*\?\s*[^.!?]{0,40}[.!]?$"
    # an ad slot's label over "the story continues below": "Publicidad · Continúa la historia
    # más abajo", "Reklama · Artykuł jest kontynuowany poniżej" (aside36)
    r"|^(?:advertisement|publicidad|anuncio|reklama|advertentie|anzeige|werbung|publicité"
    r"|pubblicità|publicidade|mainos|annonse|annons|reklam|hirdetés|διαφήμιση)\s*[·|:–—-]\s*"
    r"[^.!?]{0,60}\b(?:below|abajo|poniżej|hieronder|unten|dessous|sotto|abaixo|alla|nedenfor"
    r"|nedan|aşağıda|alább|παρακάτω|níže)\s*[.!]?$"
    # the full article on the outlet's site: "Lees het volledige artikel op <Outlet>." (aside36)
    r"|^(?:read|lees|lesen\s+sie|lisez|lea|leggi|leia|läs|les|czytaj)\s+(?:the\s+|het\s+|den\s+"
    r"|l['’]|el\s+|o\s+|la\s+|l['’]article\s+)?(?:full|volledige|ganzen|vollständigen|complete"
    r"|completo|completa|intégralité\s+de\s+l['’]article|hele|hela|cały)\s*(?:article|artikel"
    r"|story|text|texte|artículo|nota|articolo|artigo|stuk|artykuł)?\s+(?:on|op|auf|sur|en|su|em"
    r"|på|na|at)\s+[^.!?]{2,50}[.!]?$"
    # a live page's prompt to reload it for the latest entries: "Seite neu laden, um die
    # neuesten Einträge zu sehen", "Pindutin ang refresh para sa mga bagong ulat ..." (aside36)
    r"|^(?=[^.!?]{0,120}[.!]?$)(?:[^\W\d_]+\s+){0,2}(?:neu\s+laden|aktualisieren\s+sie\s+die\s+seite"
    r"|reload|refresh|recarga|recargue|rafraîchissez|actualisez|ricarica|herlaad|vernieuw"
    r"|odśwież|ladda\s+om|last\s+inn\s+på\s+nytt|lataa\s+uudelleen)\b[^.!?]{0,80}\b(?:einträge"
    r"|entries|updates|posts|actualizaciones|entradas|ulat|mises\s+à\s+jour|aggiornamenti"
    r"|updates|berichten|wpisy|inlägg|innlegg|päivitykset|news|noticias|nachrichten)\b[^.!?]{0,60}"
    r"[.!]?$",
    re.I,
)


def _refresh_note(text: str) -> bool:
    return (
        len(text.split()) <= 20
        and _EVERY.search(text) is not None
        and _AUTOMATIC.search(text) is not None
        and _PAGE.search(text) is not None
    )


def is_standing_line(line: str) -> bool:
    """Whether ``line`` is one of the page's standing lines (see the module)."""
    text = line.strip()
    if not text or len(text.split()) > _MAX_WORDS:
        return False
    return bool(
        _TRANSCRIPT.match(text)
        or _AGAIN.match(text)
        or _ARCHIVE.search(text)
        or _BLOG_THIS.search(text)
        or (_POSTED.match(text) and len(text.split()) <= _POSTED_WORDS and _TIME_END.search(text))
        or _refresh_note(text)
        or _NOTE_START.match(text)
        or (_FUNDER.search(text) and _NO_SAY.search(text))
        or _REACTIONS.match(text)
        or (_PAGER.match(text) and not SENTENCE_END.search(text))
        or (_PROFILE_TAIL.search(text) and not SENTENCE_END.search(text))
        or _caps_credits(text)
        or _PAGE_OWN.match(text)
    )


def _caps_credits(text: str) -> bool:
    """Two or three credit labels in capitals, each over a name ("TEKSTI <Name> KUVAT <Name>")."""
    return _CAPS_CREDITS.match(text) is not None


def is_comment_head(line: str) -> bool:
    """Whether ``line`` is a commenter's header ("<name> said...", "<name> says: <date> at
    <time>"): said of no one's news, so asked apart from the attribution guard."""
    text = line.strip()
    return len(text.split()) <= _MAX_WORDS and _SAID.match(text) is not None
