"""A page's walls: republishing notices ("Materiāla pārpublicēšana bez redakcijas atļaujas ir
aizliegta.", "Reproduction without permission is prohibited."), paywall lines in the page's
language, a subscriber's note ("Full text for <Paper> subscribers; ...", "E-edition readers: the
full list is on page 4"), offers and pledges ("Découvrez nos offres", "... by pledging a future
subscription."), an app's "continue reading in the app".
"""

from __future__ import annotations

import re

__all__ = ["KINDS", "LONG_KINDS"]

_REPRINT = (
    r"(?:republishing|republication|reproduction|reprinting|reposting|pārpublicēšana"
    r"|перепечатка|копирование|nachdruck|vervielfältigung|reproducción|riproduzione"
    r"|reprodução|przedruk|kopiowanie|eftertryk|ettertrykk|eftertryck|kopiointi)"
)

# What a republishing notice forbids to copy, or whose leave it needs: the page's own material,
# or its editors' or publisher's, or nothing named ("Reproduction of banknotes without
# authorisation is prohibited." is a law story's line).
_REPRINTED = (
    r"(?=.*?\b(?:material\w*|content\w*|articles?|texts?|photos?|pictures?|images?|this|these"
    r"|our|materiāl\w*|материал\w*|inhalt\w*|contenu\w*|contenido\w*|contenuto\w*|conteúdo\w*"
    r"|treści\w*|artykuł\w*|innehåll\w*|sisällö\w*|stoff\w*|redak\w*|редакц\w*|rédaction"
    r"|redacción|redazione|redação|editor\w*|publisher\w*|verlag\w*|udgiver\w*|utgiver\w*"
    r"|utgivar\w*|julkaisija\w*|wydawc\w*|издател\w*)\b"
    # or names nothing: "Reproduction without written permission is prohibited."
    rf"|(?:[\w'’-]+\s+){{0,2}}{_REPRINT}\s+(?:without|bez|без|ohne|sans|sin|senza|sem|uden|uten"
    r"|utan|ilman)\b)"
)

_REPUBLISH = re.compile(
    rf"^(?:{_REPRINTED}(?:[\w'’-]+\s+){{0,2}}{_REPRINT}\b[^.!?]{{0,60}}\b(?:without|bez|без|ohne|sans|sin|senza|sem"
    r"|uden|uten|utan|ilman)\b[^.!?]{0,50}\b(?:prohibited|forbidden|not\s+permitted|aizliegta"
    r"|aizliegts|запрещен[оа]?|untersagt|verboten|interdite?|prohibida|vietata|proibida"
    r"|zabronion[ey]|forbudt|förbjudet|kielletty)[.!]?"
    # a Chinese page's original-work notice: "本文由 <Outlet> 原创，转载请注明出处。"
    r"|(?:本文(?:由|系).{1,20}原创[，,。]?\s*)?(?:转载|轉載)请?(?:注明|註明)(?:出处|来源|出處|來源)[。.]?"
    r"|未经(?:授权|许可).{0,10}(?:禁止|不得)(?:转载|轉載)[。.]?)$",
    re.I,
)

# a paywall's lines in the page's language
_PAYWALL = re.compile(
    r"^(?:this\s+(?:content|article|story)\s+is\s+(?:exclusive\s+to|reserved\s+for|only\s+for"
    r"|for)\s+[^.!?]{0,40}\bsubscribers|cet\s+article\s+est\s+réservé\s+(?:à\s+nos|aux)\s+abonnés"
    r"|denne\s+artikkelen\s+er\s+(?:kun\s+)?for\s+abonnenter|denna\s+artikel\s+är\s+(?:endast\s+)?"
    r"för\s+prenumeranter|dieser\s+artikel\s+ist\s+(?:nur\s+)?für\s+abonnenten|este\s+(?:contenido"
    r"|artículo)\s+es\s+exclusivo\s+para\s+suscriptores|kjøp\s+abonnement\s+for\s+å\s+lese"
    r"(?:\s+hele\s+saken)?)\b[^!?]{0,20}[.!]?(?:\s+(?:déjà\s+abonné|already\s+a\s+subscriber"
    r"|allerede\s+abonnent|redan\s+prenumerant|schon\s+abonnent|ya\s+eres\s+suscriptor)\s*\?"
    r"[^!?]{0,30})?$"
    r"|^(?:déjà\s+abonné|allerede\s+abonnent|redan\s+prenumerant|schon\s+abonnent(?:in)?"
    r"|ya\s+eres\s+suscriptor|já\s+é\s+assinante|già\s+abbonato)\s*\?(?:\s+[^!?]{0,30})?$",
    re.I,
)

_SUBSCRIBERS = re.compile(
    r"^full\s+(?:text|story|article|version)\s+(?:for|is\s+for|available\s+to)\s+[^;.!?]{0,40}"
    r"\bsubscribers\b[^!?]{0,60}$"
    r"|^[^.!?:]{0,40}\be-?edition\s+readers\s*:\s+[^!?]{3,80}$",
    re.I,
)

_OFFERS = re.compile(
    r"^(?:découvrez|see|discover|descubre|conheça|entdecken\s+sie|scopri)\s+(?:nos|our|nuestras"
    r"|nossas|unsere|le\s+nostre)\s+(?:offres|offers|ofertas|angebote|offerte)\b[^!?]{0,60}$"
    r"|^(?:give|donate)\s+(?:now|today)$"
    r"|^you\s+(?:are|['’]re)\s+receiving\s+this\s+(?:e-?mail\s+|newsletter\s+)?because\b[^?]{0,200}$"
    r"|^the\s+(?:article|post)\s+[^\n]{5,200}?\s+was\s+first\s+published\s+on\s+[^.!?]{2,60}\.?$"
    r"|^[^?]{5,200}\.\s+book\s+your\s+(?:pass|passes|ticket|tickets|seat|place|spot)\s+(?:now"
    r"|today)[.!]?$",
    re.I,
)

_APP_READ = re.compile(
    r"^continue\s+reading\s+(?:this\s+(?:post|article|story)\s+)?(?:for\s+free\s+)?(?:in|on)\s+"
    r"(?:the|our)\s+[\w-]+\s+app\.?$",
    re.I,
)

# a writing platform's pledge footer: "... you can tell <Letter> that their writing is valuable
# by pledging a future subscription."
_PLEDGE = re.compile(
    r"^[^?]{0,160}\bthat\s+(?:their|his|her|your)\s+writing\s+is\s+valuable\s+by\s+pledging\s+a"
    r"\s+(?:future\s+)?subscription\b[^?]{0,80}$",
    re.I,
)

# the kinds matched as a whole line of up to ``pagekinds``' word limit
KINDS: tuple[re.Pattern[str], ...] = (
    _REPUBLISH,
    _PAYWALL,
    _SUBSCRIBERS,
)
# the kinds matched as a whole line of up to the longer word limit
LONG_KINDS: tuple[re.Pattern[str], ...] = (
    _PLEDGE,
    _OFFERS,
    _APP_READ,
)
