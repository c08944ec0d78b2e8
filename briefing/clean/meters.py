"""A paywall's lines in any language, each a whole short line (after ``clean.translated``'s and
``clean.widgets``' wordings):

- its meter, said to the reader: a count of free articles read or left ("Sie haben 2 von 3
  kostenlosen Artikeln in diesem Monat gelesen.", "Du har läst 3 av 4 gratisartiklar den här
  månaden.", "Jy het nog 2 gratis artikels vir dié maand oor.", "Wykorzystałeś 4 z 5 darmowych
  artykułów w tym miesiącu.", "Abone olmadan okuyabileceğiniz 1 ücretsiz haberiniz kaldı");
- the piece said to be for subscribers only ("Aquest article és exclusiu per a subscriptors.");
- the sign-in or sign-up ask: "Registered readers can read this article for free. Create an
  account to continue.", "Existing subscriber? Sign in here", "Unlock unlimited <Outlet>
  journalism at R79 a month; you can cancel whenever you like.", an introductory offer ("Offre
  découverte <Outlet> : un mois, un euro"), the e-edition for subscribers ("<Paper> subscribers
  get the e-paper from 6am").

A story about a paywall stays: it names no reader ("The paper offers 10 free articles a month,
up from five."), or it goes on past the template.
"""

from __future__ import annotations

import re

__all__ = ["is_meter_line"]

MAX_WORDS = 30

_FREE = (
    r"(?:free|gratis|kostenlose[nr]?|gratuit[se]?s?|gratuïts?|gratuit[oa]s?|gratuit[ie]|darmow\w+"
    r"|bezpłatn\w+|ücretsiz|ilmai\w+|kostenfreie[nr]?|gratuites|bezplatn\w+|besplatn\w+)"
)
_ARTICLES = (
    r"(?:articles?|artikel\w*|artículos?|artigos?|articoli|artykuł\w*|haber\w*|stories|noticias"
    r"|notícies|notizie|nyheter|artiklar|artikler|artikels?|artiklit|artikkelia|články|članaka"
    r"|članki|cikk\w*|beitr\w+)"
)
# the reader spoken to: "you", "Sie", "du", "jy", "vous", a verb or a word in the second person
_YOU = (
    r"^has\s+(?:leído|llegit)\b|\b(?:you|your|you['’]ve|you['’]re|sie|du|jy|u|vous|tu|usted|você|hai|je|jij|ihr"
    r"|wykorzystał[eaś]ś|wykorzystałeś|masz|przeczytałeś|przeczytałaś|sinulla|olet|luit"
    r"|\w+iniz|\w+ınız)\b"
)
# a count of free articles: "2 von 3 kostenlosen Artikeln", "3 av 4 gratisartiklar", "2 gratis
# artikels", "1 ücretsiz haberiniz"
_COUNT = re.compile(
    r"\b\d+\s+(?:(?:of|von|van|av|af|z|ze|de|dels|di|du|out\s+of|из|от|/)\s+\d+\s+)?"
    rf"(?:\w+\s+)?(?:{_FREE}\s*-?\s*{_ARTICLES}|{_ARTICLES}\s+{_FREE})\b",
    re.I,
)
_ONLY_FOR = re.compile(
    r"^(?:this|aquest|este|esta|cet|ce|questo|dieser|dit|deze|ten|tento|bu)\s+(?:article|artículo"
    r"|artigo|articolo|artikel|bericht|contenido|contenu|conteúdo|contenuto|inhalt|haber|artykuł"
    r"|story|piece)\s+(?:is|és|es|é|est|è|ist|jest|je)\s+(?:exclusiu|exclusivo|exclusiva|exclusif"
    r"|exclusive|esclusivo|exklusiv|exclusief|ekskluzywny)\s+(?:per\s+a|para|pour|per|für|for"
    r"|voor|dla|a|aux)\s+(?:(?:els|los|les|i|nos|our|unsere|onze|nuestros)\s+)?[^\W\d_]+\s*[.!]?$",
    re.I,
)
_ASK = re.compile(
    # "Registered readers can read this article for free. Create an account to continue."
    r"^(?:registered|signed[- ]in|logged[- ]in)\s+(?:readers|users|members)\s+can\s+read\s+this\s+"
    r"(?:article|story|piece)(?:\s+for)?\s+free\b[^.!?]{0,20}[.!]?"
    r"(?:\s+(?:create|register|sign\s+up|sign\s+in|log\s+in)\b[^.!?]{0,40}[.!]?)?$"
    # "Existing subscriber? Sign in here"
    r"|^(?:existing|current|already\s+a)\s+(?:subscriber|member|customer)\s*\?\s*(?:sign|log)\s*"
    r"in\b[^.!?]{0,20}[.!]?$"
    # "Unlock unlimited <Outlet> journalism at R79 a month; you can cancel whenever you like."
    r"|^unlock\s+(?:unlimited|full|all|every)\b[^.!?;]{0,60}\b(?:a|per|each)\s+(?:month|year|week)"
    r"\b[^.!?;]{0,20}(?:[.;,]\s*(?:you\s+can\s+)?cancel\s+(?:at\s+)?(?:any\s*time|whenever\s+you"
    r"\s+(?:like|want))[^.!?]{0,20})?[.!]?$"
    # an introductory offer: "Offre découverte <Outlet> : un mois, un euro"
    r"|^(?:offre\s+(?:découverte|spéciale|d['’]essai|de\s+bienvenue)|oferta\s+(?:especial|de"
    r"\s+bienvenida|de\s+lanzamiento)|angebot|probeabo|introductory\s+offer|trial\s+offer"
    r"|special\s+offer)\b[^.!?]{0,40}:\s*[^.!?]{0,30}\b(?:mois|mes|monat|month|semaine|week)\b"
    r"[^.!?]{0,30}\b(?:euros?|€|\$|£|dollars?|gratuit|gratis|free)\b[^.!?]{0,10}[.!]?$"
    # the e-edition for subscribers: "<Paper> subscribers get the e-paper from 6am"
    r"|^(?:[\w'’]+\s+){0,3}subscribers\s+(?:get|receive|can\s+get)\s+the\s+(?:e-?edition"
    r"|digital\s+edition|e-?paper|print\s+replica)\b[^!?,;]{0,40}$",
    re.I,
)


def is_meter_line(text: str) -> bool:
    """Whether ``text`` is a paywall's meter, its for-subscribers note or its sign-in ask (see
    the module)."""
    line = text.strip()
    if not line or len(line.split()) > MAX_WORDS:
        return False
    if _COUNT.search(line) and re.search(_YOU, line, re.I) and len(line.split()) <= 16:
        return True
    return bool(_ONLY_FOR.match(line) or _ASK.match(line))
