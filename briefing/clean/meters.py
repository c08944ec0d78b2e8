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
# a paid tier's perk told to a free reader: "Free tier: <Letter>'s paid readers also get
# Friday's map issue." (a company's news names who said it: "... also get a crossword app, the
# company said.")
_PAID_PERK = re.compile(
    r"^(?:free\s+(?:tier|plan|version|readers?|subscribers?)\s*:\s*)?[^.!?]{0,50}\bpaid\s+"
    r"(?:readers|subscribers|members|supporters|tier)\s+(?:also\s+)?(?:get|receive|unlock|enjoy)\b"
    r"[^!?,]{0,60}[.!]?$",
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

# The offer in any language: an imperative to subscribe, try, join or back, a price and a period
# ("Abbonati: 3 mesi a 0,99 €/mese, poi 5,99 €", "Suscríbete desde S/ 9.90 y lee sin límites",
# "Prøv <Paper>+ i en måned for 1 kr.", "Langgan <Outlet> Digital: RM9.90 sebulan", "Independent
# and local: back the <Outlet> from 200 lek a month."), a product's price row ("<Outlet> Premium :
# un euro symbolique pour trente jours d'accès", "<Outlet> · Todas las notas desde 2.900 pesos al
# mes"); after a sentence on the readers who pay, its ask ("... díky podpoře čtenářů. Přidejte
# se k nim od 50 Kč měsíčně.").
_PRICE = (
    r"(?:[€$£¥₺₹]|\b(?:eur|euros?|usd|dollars?|pesos?|kr|kč|czk|lek|rm|rp|zł|pln|tl|ft|huf|lei"
    r"|ron|reais|r\$|s/|chf|fr\.|sek|nok|dkk|cents?|centavos|centimes|rupees?|rs\.?)(?![^\W\d_])"
    r"|\b(?:un|one|1)\s+(?:euro|dollar|pound|peso|real|franc)\b|\b\d+[.,]\d{2}\b)"
)
_PERIOD = (
    r"(?<!\w)(?:month|months|mese|mesi|mes|meses|mois|monat|monate|maand|maanden|månad|måned|månader"
    r"|kuukausi|kuukaudessa|miesiąc\w*|měsíc\w*|mesec\w*|mjesec\w*|sebulan|bulan|ay|aylık|year"
    r"|año|anno|an|jahr|jaar|år|week|semana|settimana|semaine|woche|days|días|dias|giorni|jours"
    r"|tage|dagen|dagar|dage|monthly|mensuel\w*|mensual\w*|mensal\w*|mensil\w*|monatlich"
    r"|maandelijks|měsíčně|mesečno|mjesečno|miesięcznie|i\s+måneden|i\s+månaden|per\s+maand"
    r"|/\s*(?:mes|mese|mois|month|mo|mês|monat|maand|mån))\b"
)
_OFFER_VERB = (
    r"(?:abbonati|abbonarti|abbonarsi|suscríbete|suscribite|suscríbase|suscribirse|assine|assina"
    r"|abonnez-vous|abonne-toi|abonniere|abonnieren\s+sie|abonneer|prenumerera|abonner|abonnér"
    r"|tilaa|zasubskrybuj|zamów|předplaťte(?:\s+si)?|naročite\s+se|pretplatite\s+se|langgan"
    r"|berlangganan|abone\s+ol(?:un)?|subscribe|join|try|prøv|prova|probá|prueba|pruebe|essayez"
    r"|teste|testez|probeer|testa|kokeile|back|support|sostieni|apoya|apoyá|apoie|unterstütze"
    r"|unterstützen\s+sie|soutenez|steun|stöd|støtt|støt|wesprzyj|podpořte|podprite|přidejte\s+se"
    r"|pridružite\s+se|dołącz|únete|sumate|súmate|junte-se|rejoignez|unisciti|werde\s+mitglied"
    r"|word\s+lid|bli\s+medlem|bliv\s+medlem|gå\s+med|become\s+a\s+(?:member|subscriber))"
)
_GAP = r"(?:[^.!?]|(?<=\d)\.(?=\d))"  # a decimal point is no sentence's end
_OFFER = re.compile(
    rf"(?:^(?:[^.!?:]{{0,40}}:\s*)?|(?<=[.!?])\s+){_OFFER_VERB}\b"
    rf"(?={_GAP}{{0,80}}{_PRICE})(?={_GAP}{{0,100}}(?:{_PERIOD}|first\s+month|primer\s+mes"
    r"|premier\s+mois|primo\s+mese|primeiro\s+mês|ersten\s+monat|eerste\s+maand"
    r"|sin\s+límites|sem\s+limites|sans\s+limite|senza\s+limiti|ohne\s+limit|without\s+limits"
    r"|unlimited))"
    r"[^!?]{0,110}$",
    re.I,
)
# a product's price row: "<Outlet> Premium : un euro ... pour trente jours d'accès", "<Outlet> ·
# Todas las notas desde 2.900 pesos al mes"
_ALL_ACCESS = (
    r"(?:todas\s+las\s+notas|todo\s+el\s+contenido|todas\s+as\s+(?:notícias|matérias)"
    r"|all\s+(?:our\s+)?(?:stories|articles|journalism|content)|tous\s+(?:nos|les)\s+articles"
    r"|alle\s+(?:artikel|inhalte|beiträge)|tutti\s+gli\s+articoli|alle\s+artikelen"
    r"|(?:lee|leé|read|lies|lis|leggi|lees|läs|les|læs|czytaj)\s+sin\s+límites|sin\s+límites"
    r"|sem\s+limites|sans\s+limite|senza\s+limiti|ohne\s+limit|zonder\s+limiet|utan\s+gräns"
    r"|without\s+limits|unlimited|ilimitad\w+|illimitat\w+|illimité\w*|unbegrenzt\w*"
    r"|onbeperkt\w*|obegränsa\w*|ubegrenset|ubegrænset|neomezen\w*|neomejen\w*|tanpa\s+batas"
    r"|d['’]accès|de\s+acceso|de\s+acesso|di\s+accesso|zugang|access)"
)
_PRODUCT = r"(?:premium|plus|digital|digitale|digitaal|pro|insider|club|\+)"
_PRICE_ROW = re.compile(
    rf"^(?:[\w'’&.+-]+\s+){{1,4}}(?:{_PRODUCT}\s*)?[:·|–—-]\s+(?=[^!?]{{0,80}}{_PRICE})"
    rf"(?=[^!?]{{0,100}}{_PERIOD})(?=[^!?]{{0,100}}{_ALL_ACCESS}|[^!?]{{0,100}}"
    r"(?:desde|from|dès|ab|a\s+partir\s+de|vanaf|från|fra|od|da)\b)[^!?]{0,90}$"
    rf"|^(?:[\w'’&.-]+\s+){{1,3}}{_PRODUCT}\s*[:·|–—-]\s+(?=[^!?]{{0,80}}{_PRICE})"
    rf"(?=[^!?]{{0,100}}{_PERIOD})[^!?]{{0,90}}$",
    re.I,
)
_READERS = re.compile(
    r"\b(?:readers|lecteurs|lectores|leitores|lettori|leser\w*|lezers|läsare|lesere|læsere"
    r"|czytelnik\w*|čtenář\w*|bralc\w*|čitatelj\w*|pembaca|okuyucu\w*|members|subscribers"
    r"|membres|miembros|socios|mitglieder|leden|medlemmar|medlemmer|abonn\w+|suscriptor\w*"
    r"|assinantes|abbonati|naročnik\w*|předplatitel\w*)\b",
    re.I,
)
# the reader's meter at its end: "Has alcanzado el límite de notas gratuitas de este mes"
_LIMIT = re.compile(
    r"^(?:has\s+alcanzado|alcanzaste|llegaste\s+al|has\s+llegado\s+al|você\s+(?:atingiu|chegou"
    r"\s+ao)|atingiste|vous\s+avez\s+atteint|tu\s+as\s+atteint|hai\s+raggiunto|ha\s+raggiunto"
    r"|sie\s+haben\s+(?:das|ihr)|du\s+hast\s+(?:das|dein)|je\s+hebt\s+(?:het|je)|u\s+hebt"
    r"|du\s+har\s+nått|du\s+har\s+nået|du\s+har\s+brukt|you['’]ve\s+reached|you\s+have\s+reached"
    r"|you\s+hit|osiągnąłeś|dosáhli\s+jste|dosegli\s+ste)\b[^.!?]{0,30}\b(?:límite|limite|limit"
    r"|grenze|maximum|máximo|gräns|grense|grænse|limitu|omejitev)\w*\b[^.!?]{0,60}[.!]?$",
    re.I,
)
_SUBS = (
    r"(?:naročnik\w*|pretplatni\w*|předplatitel\w*|abonnent\w*|abonné\w*|suscriptor\w*"
    r"|assinante\w*|abbonat\w*|abonnee\w*|subscribers?|prenumerant\w*|members|medlemm\w*"
    r"|miembros|membres|mitglieder|socios|prenumerator\w*|abonelere?)"
)
# the piece said to go on, or to be there, for subscribers: "Artiklen fortsætter for
# abonnenter", "Članek je na voljo naročnikom."
_FOR_SUBS = re.compile(
    r"^(?:članek|članak|článek|artikel|artikeln|artiklen|artikkelen|artikkeli|artykuł|l['’]article"
    r"|el\s+artículo|la\s+nota|o\s+artigo|a\s+matéria|l['’]articolo|het\s+artikel|der\s+artikel"
    r"|dieser\s+artikel|the\s+(?:article|story)|this\s+(?:article|story)|the\s+rest\s+of\s+"
    r"(?:this|the)\s+(?:article|story)|haber)\s+(?:[^.!?]{0,30}\s)?(?:je|ist|est|es|está|é|è|is"
    r"|är|er|on|jest|fortsætter|fortsätter|fortsetter|geht\s+weiter|continue|continúa|sigue"
    r"|continua|prosegue|gaat\s+verder|continues|jatkuu|pokračuje|se\s+nadaljuje)\b"
    rf"[^.!?]{{0,30}}\b{_SUBS}\b\s*[.!]?$",
    re.I,
)
# "Že imate naročnino? Prijavite se.", "¿Ya tenés una suscripción? Ingresá"
_HAVE_ONE = re.compile(
    r"^¿?\s*(?:že\s+imate\s+naročnino|već\s+imate\s+pretplatu|už\s+máte\s+předplatné"
    r"|masz\s+już\s+(?:prenumeratę|konto)|ya\s+(?:tienes|tenés|tiene)\s+(?:una\s+)?(?:suscripción"
    r"|cuenta)|ya\s+(?:eres|sos)\s+suscriptor\w*|já\s+(?:é|és)\s+assinante|já\s+tem\s+(?:uma\s+)?"
    r"assinatura|(?:vous\s+êtes\s+)?déjà\s+abonné\w*|vous\s+avez\s+déjà\s+un\s+(?:abonnement|compte)"
    r"(?:\s+payant)?|(?:sei\s+)?già\s+abbonato|(?:sie\s+sind\s+)?"
    r"(?:bereits|schon)\s+abonnent\w*|(?:ben\s+je\s+)?al\s+abonnee|(?:är\s+du\s+)?redan"
    r"\s+prenumerant|(?:er\s+du\s+)?allerede\s+abonnent|zaten\s+abone\s+misiniz"
    r"|sudah\s+berlangganan|already\s+(?:a\s+)?(?:paid\s+)?(?:subscriber|member)|already\s+have\s+an?\s+"
    r"(?:account|subscription))\s*\??\s*(?:prijavite\s+se|prijavi\s+se|přihlaste\s+se"
    r"|zaloguj\s+się|inicia\s+sesión|iniciá\s+sesión|ingresá|ingresa|entra|entre|faça\s+login"
    r"|connectez-vous|se\s+connecter|accedi|anmelden|melden\s+sie\s+sich\s+an|log\s+in"
    r"|inloggen|log\s+in|logga\s+in|logg\s+inn|log\s+ind|giriş\s+yap\w*|masuk|sign\s+in)\b"
    r"[^.!?]{0,20}[.!]?$",
    re.I,
)
# an outlet's paid tier, named by its product word, and what its members get ("<Outlet> Plus
# members browse without banners. Join from RM9 a month", "Subscribers to <Outlet> Premium get
# market prices every Friday.")
_TIER = re.compile(
    r"^(?:(?:[\w'’&.-]+\s+){1,3}(?:plus|premium|\+|insider|pro)\s+(?:members|subscribers)"
    r"|(?:subscribers|members)\s+(?:to|of)\s+(?:[\w'’&.-]+\s+){0,3}(?:plus|premium|insider"
    r"|pro|\+))\s+(?:(?:can\s+)?(?:browse|read)\b[^!?]{0,100}|(?:get|receive|see|enjoy)\b"
    r"(?=[^!?]{0,80}\b(?:(?:every|each)\s+(?:day|week|morning|evening|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)|archive|e-?paper|newsletter|listings|ad-?free"
    r"|without\s+(?:ads|adverts|banners)))[^!?]{0,100})$",
    re.I,
)
_OFFER_WORDS = 30
# a verb of saying: the offer is reported ("Subscribe for 3 euros a month, the ferry company now
# tells commuters, ...")
_SAYING = re.compile(
    r"\b(?:tells?|told|says?|said|according|dijo|dice|afirm\w+|sagte|sagt|erklärte|a\s+déclaré"
    r"|affirme|ha\s+detto|afferma|disse|zei|zegt|sade|säger|sier|siger|powiedział\w*|řekl\w*)\b",
    re.I,
)


def _offer(line: str) -> bool:
    found = _OFFER.search(line)
    if found is None or len(line.split()) > _OFFER_WORDS or _SAYING.search(line):
        return False
    return found.start() == 0 or _READERS.search(line[: found.start()]) is not None


def is_meter_line(text: str) -> bool:
    """Whether ``text`` is a paywall's meter, its for-subscribers note or its sign-in ask (see
    the module)."""
    line = text.strip()
    if not line or len(line.split()) > MAX_WORDS:
        return False
    if _COUNT.search(line) and re.search(_YOU, line, re.I) and len(line.split()) <= 16:
        return True
    if _ONLY_FOR.match(line) or _ASK.match(line) or _PAID_PERK.match(line):
        return True
    if len(line.split()) <= 16 and (
        _LIMIT.match(line) or _FOR_SUBS.match(line) or _HAVE_ONE.match(line)
    ):
        return True
    return bool(_offer(line) or _PRICE_ROW.match(line) or _TIER.match(line))
