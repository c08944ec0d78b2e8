"""A comment section's and an opinion page's notes: "Comments are the responsibility of those who
write them.", "Please keep replies respectful and on topic.", "Be the first to comment", "Your
comment will be published after moderation", "Opinion pieces carry the named writer's views
only.", and a thread's prompt ("What do you think?", ``is_thread_prompt``).
"""

from __future__ import annotations

import re

__all__ = [
    "KINDS",
    "LONG_KINDS",
    "is_commenter_row",
    "is_count_on_title",
    "is_dated_commenter",
    "is_sort_row",
    "is_thread_prompt",
    "opens_comments",
]

_COMMENT_NOTE = re.compile(
    r"^(?:comments|replies|posts)\s+(?:are|remain)\s+(?:the\s+)?(?:sole\s+)?responsibility\s+of"
    r"\s+(?:those\s+who\s+(?:write|post)\s+them|(?:their|the)\s+(?:authors?|writers?|posters?))"
    r"\.?$"
    r"|^athugasemdir\s+eru\s+á\s+ábyrgð\s+þeirra\s+sem\s+þær\s+skrifa\.?$"
    r"|^(?:kommentarer|kommentare|kommentit|commentaires|comentarios)\s+(?:er|geben|ovat|sont"
    r"|son|reflejan)\b[^.!?]{0,40}\b(?:ansvar|verfasser|vastuulla|auteurs|autores)\b[^.!?]{0,30}"
    r"\.?$"
    r"|^please\s+(?:keep|be)\s+(?:(?:your\s+)?(?:replies|comments|posts|the\s+discussion)\s+)?"
    r"(?:respectful|civil|courteous|polite|kind|on[- ]topic)(?:\s+and\s+(?:respectful|civil"
    r"|courteous|polite|kind|on[- ]topic))?\.?$",
    re.I,
)

_OPINION_NOTE = re.compile(
    r"^(?:[\w'’-]+\s+){0,3}opinion\s+(?:pieces|columns|articles|essays)\s+(?:carry|reflect"
    r"|represent|express)\s+(?:only\s+)?(?:the\s+)?(?:named\s+)?(?:writer|author|columnist)s?"
    r"['’]?s?\s+(?:own\s+)?views(?:\s+only)?\.?$"
    # "【免责声明】本文仅代表作者个人观点，与本网无关。"
    r"|^[【\[]?免责声明[】\]]?.{0,60}$|^本文仅代表作者(?:个人)?观点.{0,30}$",
    re.I,
)

# a thread's and a comment form's notes
_THREAD = re.compile(
    r"^(?:be\s+the\s+first\s+to\s+comment|your\s+comment\s+will\s+be\s+(?:published|posted"
    r"|visible)\s+after\s+(?:moderation|approval|review)(?:\.\s+please\s+keep\s+it\s+"
    r"(?:civil|respectful|polite))?|comments\s+(?:will\s+be|are)\s+moderated(?:\.\s+[^?]{0,200})?"
    r"|if\s+you\s+(?:notice|spot|find|see)\s+an?\s+(?:error|mistake|typo)\b[^!?]{0,80}\bctrl\s*\+"
    r"\s*enter\b[^!?]{0,60})[.!]?$",
    re.I,
)

# a thread's prompt, asked like a label: after the text, with only chrome after it
_THREAD_PROMPT = re.compile(
    r"^(?:what\s+do\s+you\s+think|what['’]s\s+your\s+(?:view|take|opinion)|have\s+your\s+say"
    r"|join\s+the\s+(?:conversation|discussion)|¿qué\s+opinas|qu['’]en\s+pensez-vous"
    r"|was\s+meinen\s+sie|wat\s+vind\s+jij|o\s+que\s+você\s+acha)\s*[?!.]?$",
    re.I,
)


def opens_comments(text: str) -> bool:
    """Whether ``text`` is a comment section's count ("12 Komento", "87 comments") or a
    commenter's row ("moresby_meri · 2d"): a thread may start at it."""
    line = text.strip()
    return bool(_COMMENT_COUNT.match(line) or COMMENTER.match(line))


def is_sort_row(text: str) -> bool:
    """Whether ``text`` is a thread's sort row ("Newest | Oldest", "Pinakabago | Pinakaluma",
    "Sort by: Old")."""
    line = text.strip()
    return bool(_SORT_ROW.match(line) or _SORT_BY.match(line))


def is_commenter_row(text: str) -> bool:
    """Whether ``text`` is a commenter's row ("moresby_meri · 2d")."""
    return bool(COMMENTER.match(text.strip()))


# - a commenter's row on a page that prints each comment's date: a name of one to three words
#   (capitalised where the script has case), then the date with its year, then the clock last
#   ("Ахмед, 17 мая 2058, 12:40", "Ivan Caraseni 19 aprilie 2058 la 10:15", "Szabó Tamás 2058.
#   június 7. 21:12"); a page's stamp has the same shape ("Published 9 May 2044, 16:05"), so
#   it heads a thread only under a count (``heads_dated_thread``; junk46)
_CLOCK_LAST = re.compile(r"(?:^|[\s,])\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?$", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_DATE_WORD = re.compile(r"[^\W\d_]+")
_DATED_ROW_WORDS = 10
_DATE_WORDS = 4
# - any count of a section's items, in any language: "2 comentarii:", "2 megjegyzés:",
#   "Комментарии (2)"; a thread's head only when a dated commenter's row is right under it
_ANY_COUNT = re.compile(r"^(?:\d{1,5}\s+[^\W\d_]{3,20}\s*:?|[^\W\d_]{3,20}\s*\(\s*\d{1,5}\s*\))$")


def is_dated_commenter(text: str) -> bool:
    """Whether ``text`` is a commenter's name with the comment's date and clock (see
    ``_CLOCK_LAST``): by its shape alone, as a page's stamp is too."""
    line = text.strip()
    clock = _CLOCK_LAST.search(line)
    if len(line.split()) > _DATED_ROW_WORDS or clock is None:
        return False
    head = line[: clock.start()].rstrip(" ,")
    first_digit = next((k for k, ch in enumerate(head) if ch.isdigit()), None)
    if first_digit is None or not _YEAR.search(head[first_digit:]):
        return False
    name = head[:first_digit].rstrip(" ,;·|–—-").split()
    date_words = _DATE_WORD.findall(head[first_digit:])
    # (a script whose pages write names in small letters, as the row's every word is, with no
    # capital anywhere: "<name> <surname> 12 <month>, 2059, 13:05"; junk47)
    small = not any(ch.isupper() for ch in line)
    return (
        1 <= len(name) <= 3
        and all(_NAME_WORD.fullmatch(word) for word in name)
        and all(small or word[0].isupper() or word[0].lower() == word[0].upper() for word in name)
        and len(date_words) <= _DATE_WORDS
    )


def heads_dated_thread(text: str, after: str) -> bool:
    """Whether ``text`` is a comment section's count (its platform's wording, or any "<number>
    <word>:" / "<word> (<number>)") with a dated commenter's row (``is_dated_commenter``)
    right under it: the thread's head. A count over a paragraph or a stamp heads nothing."""
    line = text.strip()
    counted = bool(_COMMENT_COUNT.match(line) or _ANY_COUNT.match(line))
    return counted and is_dated_commenter(after)


# - a blog's commenter's line under the count, in the platform's words for "said" in any
#   language: the name and the verb, then an ellipsis ("Anonym sa...", "<Name> berkata...",
#   "<Name> i <Village> sa…"; junk49), short
# (a name may have its initial: "Mariana P. a spus..."; aside36's look)
_SAID_ROW = re.compile(r"^[^\W\d_](?:\s[^\W\d_]\.(?=\s)|[^.!?:;]){0,60}?(?:\.\.\.|…)$")
_SAID_WORDS = 8


def heads_said_thread(text: str, after: str) -> bool:
    """Whether ``text`` is a comment section's count (its platform's wording, or any "<number>
    <word>:") with a commenter's "<name> said..." line right under it (``_SAID_ROW``): a blog's
    thread head ("2 kommentarer:" / "Anonym sa..."). A count over a paragraph heads nothing."""
    line, below = text.strip(), after.strip()
    counted = bool(_COMMENT_COUNT.match(line) or _ANY_COUNT.match(line))
    return (
        counted
        and any(ch.isdigit() for ch in line)
        and 0 < len(below.split()) <= _SAID_WORDS
        and _SAID_ROW.match(below) is not None
    )


def is_thread_prompt(text: str) -> bool:
    """A comment thread's prompt ("What do you think?"), by its words alone; where it sits is for
    the caller to judge (an essay may ask its reader so between paragraphs)."""
    return bool(_THREAD_PROMPT.match(text.strip()))


# A comment section's rows in the page's language (each a whole line):
# - its count ("12 commenti", "Komentarze (4)", "תגובות: 7");
_COMMENT_NOUN = (
    r"(?:comments?|commenti|commento|comentarios?|comentários?|commentaires?|kommentare?|reacties"
    r"|reactie|komentarz[ey]?|komentarzy|komentář[eů]?|komentářů|komentár[ae]?|komentárov"
    r"|hozzászólás(?:ok)?|comentarii|comentariu|komentar[ai]?|kommentarer|kommentit|kommentti"
    r"|yorum(?:lar)?|תגובות|ความคิดเห็น|bình\s+luận|टिप्पणियां|टिप्पणी|komentar|коментар(?:і|ів)?"
    r"|комментари(?:и|ев|й|я)|komento|mga\s+komento|komentaryo|koment(?:e|et)|kommentaarid?"
    r"|σχόλια|σχόλιο|коментари|коментара|komentarji|komentarjev|komentari|تعليقات|تعليق|تبصرے"
    r"|تبصرہ|نظرات|মন্তব্য|கருத்துகள்|opmerkings|kommentaar|maoni|댓글|yorum"
    # (a WordPress theme's "2 Responses to "<title>""; aside36)
    r"|responses?|replies|reply|respuestas?|réponses?|risposte|respostas?|antworten|svar)"
)
# (or after the post's votes or points: "247 hlasů · 112 komentářů", "418 points, 96 comments")
_COMMENT_COUNT = re.compile(
    rf"^(?:\d[\d,.]{{0,6}}[KkMm]?\s+[^\W\d_]{{2,12}}\s*[·|,•]\s*)?"
    rf"(?:\d[\d,.]{{0,6}}[KkMm]?\s+{_COMMENT_NOUN}|{_COMMENT_NOUN}\s*(?:\(\s*\d{{1,5}}\s*\)"
    rf"|:\s*\d{{1,5}}))$",
    re.I,
)
# A blog's comment count on the post it answers, the post's title in quotes ("3 commentaires
# sur « Un fest-noz géant ... »", "2 комментария к записи «...»", "5 comments on “...”"): the
# thread's head, wherever it sits after the text; it ends at the title's closing quote (a
# sentence of news about comments ends with its full stop)
_COUNT_ON_TITLE = re.compile(
    # (a count of one in words: "Eén reactie op "<title>"", "One comment on "<title>""; aside36)
    r"^(?:\d{1,5}|one|un|une|uno|una|um|uma|ein|eine|een|eén|één|én|en|ett|jeden|jedna|jeden"
    rf"|egy|bir|yksi)\s+{_COMMENT_NOUN}\s+(?:[^\W\d_]+\s+){{1,2}}[«“„‹\"'‘][^\n]{{1,160}}"
    r"[»”“\"'’›]\s*$",
    re.I,
)


def is_count_on_title(text: str) -> bool:
    """Whether ``text`` is a blog's comment count on the post it answers (``_COUNT_ON_TITLE``)."""
    return bool(_COUNT_ON_TITLE.match(text.strip()))


# - a sort row with its label ("Sort by: Old", "Ordenar por: Más votados"; junk39);
_SORT_BY = re.compile(
    r"^(?:sort(?:ed)?\s+by|ordenar\s+por|ordina\s+per|trier\s+par|sortieren\s+nach|classer\s+par"
    r"|sırala|сортировать(?:\s+по)?|сортировка|urutkan(?:\s+berdasarkan)?|ترتيب(?:\s+حسب)?"
    r"|並び替え|排序|정렬)\s*[:：]\s*[^.!?:]{1,30}$",
    re.I,
)
# - its sort and login rows ("Ordina per: più recenti", "Accedi per commentare", "Zaloguj się,
#   aby dodać komentarz", "Log in to comment");
_COMMENT_ROWS = re.compile(
    r"^(?:ordina\s+per|ordenar\s+por|trier\s+par|sortieren\s+nach|sortuj\s+(?:według|wg\.?)"
    r"|seřadit\s+podle|rendezés|sortér\s+efter|sortera\s+efter|sort\s+by|sorteer\s+op"
    r"|ordenar\s+por)\s*:?\s+[^.!?]{2,30}$"
    r"|^(?:accedi|entra|inicia\s+sesión|connectez-vous|melden\s+sie\s+sich\s+an|anmelden"
    r"|zaloguj\s+się|přihlaste\s+se|prihláste\s+sa|jelentkezzen\s+be|autentifică-te|prijavite\s+se"
    r"|log\s+ind|logga\s+in|logg\s+inn|kirjaudu|log\s+in|sign\s+in|inloggen|faça\s+login)"
    r"\s*,?\s+(?:\w+\s+){0,4}(?:per|para|pour|um|aby|abyste|és|pentru|da|for|för|to|om|e)\s+"
    r"(?:\w+\s+){0,2}(?:comment\w*|komment\w*|koment\w*|hozzászól\w*|reag\w*|coment\w*|kommentera"
    r"|kommentere|kommentoida|antwort\w*|répondre|rispondere|responder)\s*[.!]?$",
    re.I,
)
# - a commenter's time ago ("• před 3 hod.", "2 ore fa", "vor 5 Std.", "il y a 2 h");
_AGO_ABROAD = re.compile(
    r"^[•·|\s]{0,3}(?:(?:před|pred|przed|vor|il\s+y\s+a|hace|há|prije|acum)\s+\d{1,3}\s*"
    r"[^\W\d_]{1,8}\.?(?:\s+(?:temu|sedan|siden|ago|în\s+urmă))?"
    r"|(?:för|for)\s+\d{1,3}\s*[^\W\d_]{1,8}\s+(?:sedan|siden)"
    r"|\d{1,3}\s*[^\W\d_]{1,8}\.?\s+(?:fa|temu|sedan|siden|geleden|ago|óta|ezelőtt|önce|trước|atrás))"
    r"\s*$",
    re.I,
)
# - a comment under its label ("Top comment: ...", "Nejvíce hlasovaný komentář: ...",
#   "Najlepszy komentarz: ..."), and a moderation note ("A moderator checks each reader remark
#   before it shows on this page.").
_TOP_COMMENT = re.compile(
    rf"^(?:top|best|most\s+(?:voted|liked|upvoted|popular)|highest[- ]rated|nejvíce\s+hlasovaný"
    r"|nejlepší|najlepszy|najpopularniejszy|najbardziej\s+lubiany|miglior|il\s+commento\s+più"
    r"\s+votato|mejor|el\s+comentario\s+más\s+votado|meistbewertete[rn]?|beste[rn]?|top-?)\s*"
    rf"{_COMMENT_NOUN}\s*:\s+\S[^\n]{{0,400}}$",
    re.I,
)
_MODERATED = re.compile(
    r"^(?:an?\s+|our\s+|the\s+)?(?:moderators?|editors?|staff)\s+(?:checks?|reads?|reviews?|approves?"
    r"|screens?)\s+(?:each|every|all)\s+(?:reader['’]?s?\s+)?(?:comments?|remarks?|posts?|replies"
    r"|reply|contributions?)\b[^!?]{0,60}\b(?:before|prior\s+to)\b[^!?]{0,40}\.?$",
    re.I,
)

# - a commenter's row: a handle (one word: lower case, or with a digit or an underscore) and the
#   comment's age, short ("moresby_meri · 2d", "jun_m_23 · 2 oras", "ali.k · 3 saat"); a handle
#   starts with a letter or an underscore: a figure first is a result or a clock ("400m | 45 s",
#   "10.45 · 5 min"), and the row would end the text there
COMMENTER = re.compile(
    # (a forum's handle and the age in any language's short word for its unit: "u/rooie_sjoen
    # · 2 u", "@ana_r · 3 ч"; junk45)
    r"^(?:u/|@)[\w.-]{3,30}\s*[·•|]\s*\d{1,3}\s*[^\W\d_]{1,6}\.?(?:\s+[^\W\d_]{2,10})?$|"
    # (a forum's prefix of a user's name: "u/tlacoyo_fan · 6h", "@ana_r · 2 h"; junk39)
    r"^(?:u/|@)?(?=[^\W\d])(?=(?-i:[a-z])|[^\s·•|]*[_\d])[\w.-]{3,30}\s*[·•|]\s*"
    # (the age after "ago" in the page's language, before or after it: "hace 5 h", "9 godz. temu";
    # junk41)
    r"(?:(?:hace|il\s+y\s+a|vor|há|před)\s+)?\d{1,3}\s*"
    r"(?:[smhdwy]|mo|min|mins"
    r"|hr|hrs|hours?|days?|weeks?|oras|araw|minuto|jam|hari|minit|saat|gün|dk|ore|giorni|std"
    r"|tage?|h|j|dní|godz|dni|часа?|дн[ия]|ώρες|ساعة|ساعات|घंटे|ঘণ্টা)\.?(?:\s+(?:ago|temu|назад|тому|fa|geleden"
    r"|sedan|siden|sitten|önce|lalu|atrás|zuvor))?$"
    # a link aggregator's row: the handle, the age, then the thread's links ("rdoshi 6 hours
    # ago | next [–]", "ana_r 2 hours ago | parent | prev | next [–]"; junk39)
    r"|^(?:u/|@)?(?=[^\W\d])(?=(?-i:[a-z])|[^\s·•|]*[_\d])[\w.-]{3,30}\s+\d{1,3}\s+"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago(?:\s*\|\s*(?:parent|next|prev"
    r"|root|context|flag|hide|past|favorite|reply|link|edit|delete|on:\s*[^|\n]{1,80}))*"
    r"\s*(?:\[\s*[–—+-]\s*\])?$"
    # an old forum's row: the fold, the handle, its points, the age and the replies ("[–]
    # <handle> 241 points 6 hours ago (193 children)"; junk43)
    r"|^\[\s*[–—+-]\s*\]\s+(?:u/)?[\w.-]{3,30}\s+(?:(?:\d[\d,]*|-)\s+points?\s+|\[score\s+"
    r"hidden\]\s+)?\d{1,3}\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago"
    r"(?:\s*\(\s*\d[\d,]*\s+(?:child|children)\s*\))?$",
    re.I,
)
# - a thread's sort row, its orders alone ("Newest | Oldest", "Pinakabago | Pinakaluma",
#   "Najnovije · Najstarije", "الأحدث | الأقدم");
_ORDER = (
    r"(?:newest|oldest|latest|top|best|popular|most\s+liked|pinakabago|pinakaluma|pinakasikat"
    r"|terbaru|terlama|teratas|terpopuler|nyeste|eldste|eldst|populære|neueste|älteste|beliebteste"
    r"|récents|plus\s+récents|anciens|plus\s+anciens|populaires|más\s+recientes|más\s+antiguos"
    r"|más\s+votados|recentes|mais\s+recentes|antigos|mais\s+antigos|più\s+recenti"
    r"|meno\s+recenti|nieuwste|oudste|populairste|nuutste|oudste|en\s+yeni|en\s+eski"
    r"|najnowsze|najstarsze|najnovije|najstarije|najnovejši|najstarejši|най-нови|най-стари"
    r"|најновије|најстарије|uusimmat|vanhimmat|uusimad|vanimad|nyaste|äldsta|الأحدث|الأقدم"
    r"|الأكثر\s+تفاعلا|جدیدترین|قدیمی‌ترین|নতুন|পুরোনো|नवीनतम|सबसे\s+पुराने|최신순|인기순)"
)
_SORT_ROW = re.compile(rf"^{_ORDER}(?:\s*[|·•/]\s*{_ORDER}){{1,3}}$", re.I)
# - an aggregator's ranked row: rank, title, maybe its site, points and comments ("1. Estonia
#   moves its registry to SQLite (blog.example) 612 points, 240 comments").
_RANKED = re.compile(
    r"^\d{1,3}[.)]\s+\S.{2,250}?\s\d[\d,]*\s+(?:points?|votes?|upvotes?)\s*[,·|]\s*\d[\d,]*"
    rf"\s+{_COMMENT_NOUN}$",
    re.I,
)

# the kinds matched as a whole line of up to ``pagekinds``' word limit
KINDS: tuple[re.Pattern[str], ...] = (
    _COMMENT_COUNT,
    _COMMENT_ROWS,
    _AGO_ABROAD,
    _TOP_COMMENT,
    _MODERATED,
    _COMMENT_NOTE,
    _OPINION_NOTE,
    COMMENTER,
    _SORT_ROW,
)
# the kinds matched as a whole line of up to the longer word limit
LONG_KINDS: tuple[re.Pattern[str], ...] = (_THREAD, _RANKED)
