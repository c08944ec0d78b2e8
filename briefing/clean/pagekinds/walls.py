"""A page's walls: republishing notices ("Materiāla pārpublicēšana bez redakcijas atļaujas ir
aizliegta.", "Reproduction without permission is prohibited."), paywall lines in the page's
language, a subscriber's note ("Full text for <Paper> subscribers; ...", "E-edition readers: the
full list is on page 4"), offers and pledges ("Découvrez nos offres", "... by pledging a future
subscription."), an app's "continue reading in the app".
"""

from __future__ import annotations

import re

from briefing.clean.vocabulary import REPORTED

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

# Walls in the page's language (each a whole line):
# - a feature or article for subscribers only ("Esta funcionalidad es exclusiva para
#   suscriptores.", "Ten artykuł przeczytasz dzięki prenumeracie <Paper>. Pakiet Premium teraz 1
#   zł ...", "Tento článek je jen pro předplatitele"): the page's own thing (this article, the
#   feature), a word of exclusiveness or access, and its subscribers or subscription;
_OWN_THING = (
    r"(?:this|esta|este|esto|cet(?:te)?|ce|questo|questa|dieser|diese|dieses|ten|ta|to|tento|tato"
    r"|toto|ez\s+a|acest|această|ovaj|ova|ovo|denne|dette|denna|detta|tämä|deze|dit|este|essa|esse"
    r"|the\s+full)\s+(?:\w+\s+)?(?:article|story|content|feature|function|funcionalidad|función"
    r"|contenido|artículo|noticia|article|contenu|fonctionnalité|articolo|contenuto|funzione"
    r"|artikel|inhalt|beitrag|funktion|artykuł|tekst|treść|materiał|funkcja|článek|obsah|funkce"
    r"|článok|cikk|tartalom|funkció|articol|conținut|funcția|funcție|članak|sadržaj|artiklen"
    r"|artikeln|artikkelen|indhold|innhold|innehåll|funktionen|artikkeli|sisältö|conteúdo|matéria"
    r"|funcionalidade|texto|text)"
)
_FOR_SUBSCRIBERS = (
    r"(?:exclusiv[aeo]s?|reservad[oa]|réservée?|riservat[oa]|vorbehalten|nur|only|solo|sólo|só"
    r"|seulement|uniquement|tylko|jen|pouze|iba|csak|doar|samo|kun|endast|bara|vain|alleen"
    r"|available|disponible|disponibile|verfügbar|dostępn[ya]|dostupn[ýá]|elérhető|disponibil"
    r"|dzięki|thanks\s+to|grâce\s+à|gracias\s+a|grazie\s+a|dank|díky|vďaka|datorită|zahvaljujući)"
    r"\b[^.!?]{0,30}\b(?:subscri\w+|suscri\w+|abonn\w+|abbonat\w+|abbonament\w+|prenumera\w+"
    r"|předplat\w+|predplat\w+|előfizet\w+|abona\w+|pretplat\w+|assinant\w+|assinatura"
    r"|tilaaj\w+|members?|miembros|membres|mitglied\w*|socios|soci|członk\w+|premium|plus)"
)
_PAYWALL_ABROAD = re.compile(
    rf"^(?![^\n]{{0,200}}\b(?:said|says|told|dijo|afirmó|ha\s+detto|a\s+déclaré|sagte"
    rf"|powiedział|uvedl|mondta|a\s+declarat|will|estará|sarà|bude|będzie|sera|wird|vil|vai|zal)\b)(?:{_OWN_THING}\s+(?:\w+\s+){{0,3}}?"
    rf"{_FOR_SUBSCRIBERS}\b[^!?]{{0,100}}$"
    # "Ten artykuł przeczytasz dzięki prenumeracie": the article, a verb of reading, thanks to
    # the subscription
    rf"|{_OWN_THING}\s+\w+\s+{_FOR_SUBSCRIBERS}\b[^!?]{{0,100}}$)",
    re.I,
)
# - a registration wall ("Create a free account to continue: you get three stories monthly
#   ..."), a gift link's button with its count ("Send as a gift (5 left this month)");
_REGISTER_WALL = re.compile(
    r"^(?:create|register|sign\s+up\s+for|open)\s+(?:a\s+|your\s+)?(?:free\s+)?(?:account"
    r"|registration|login)\s+(?:to|and)\s+(?:continue|keep\s+reading|read\s+on|unlock|read\s+"
    r"(?:this|the\s+full))\b[^?]{0,140}$"
    r"|^(?:send|share|give)\s+(?:as\s+a\s+gift|this\s+(?:article|story)\s+as\s+a\s+gift|a\s+gift"
    r"\s+(?:article|link))\s*(?:\(\s*\d{1,3}\s+(?:left|remaining)(?:\s+this\s+month)?\s*\))?$",
    re.I,
)
# - a copyright line in the page's language ("Riproduzione riservata © Copyright <Paper>",
#   "Wszelkie prawa zastrzeżone", "כל הזכויות שמורות");
_RIGHTS_RESERVED = re.compile(
    r"^(?![^\n]{0,200}(?:\b(?:said|says|read|reads|told|but|although|while)\b|[\"“”«»]))"
    # the notice opens the line, follows two words ("Bu haberin ...") or its owner's name and a
    # break or the mark ("© <Agency>. Todos ..."), not a clause of news ("The court ruled that
    # the words ...")
    r"(?:[^!?]{0,60}(?:[.,:;|·•–—-]|©|\bcopyright)\s*|(?:\S+\s+){1,2})?\b(?:riproduzione\s+riservata|tutti\s+i\s+diritti\s+riservati"
    r"|todos\s+los\s+derechos\s+reservados|todos\s+os\s+direitos\s+reservados"
    r"|tous\s+droits\s+réservés|alle\s+rechte\s+vorbehalten|alle\s+rechten\s+voorbehouden"
    r"|wszelkie\s+prawa\s+zastrzeżone|všechna\s+práva\s+vyhrazena|všetky\s+práva\s+vyhradené"
    r"|minden\s+jog\s+fenntartva|toate\s+drepturile\s+rezervate|sva\s+prava\s+(?:pridržana"
    r"|zadržana)|alle\s+rettigheder\s+(?:forbeholdes|forbeholdt)|alle\s+rettigheter\s+reservert"
    r"|alla\s+rättigheter\s+förbehållna|kaikki\s+oikeudet\s+pidätetään|tüm\s+hakları\s+saklıdır"
    r"|hak\s+cipta\s+dilindungi(?:\s+undang-undang)?|bản\s+quyền\s+thuộc\s+về"
    r"|כל\s+הזכויות\s+שמורות|สงวนลิขสิทธิ์|सर्वाधिकार\s+सुरक्षित|всі\s+права\s+захищені"
    r"|все\s+права\s+защищены|всички\s+права\s+(?:са\s+)?запазени|сите\s+права\s+(?:се\s+)?"
    # ("...: <news>" goes on about it)
    r"задржани|сва\s+права\s+(?:су\s+)?задржана)(?!\w)(?!\s*:)[^!?]{0,60}$",
    re.I,
)
# - a wire's note that its copy is for its subscribers ("<Wire> content is for subscribing media
#   only. Not for resale or archive.", "<Wire> text and graphics are for the use of subscribing
#   organisations."), a picture desk's licensing note ("Photos by the news team are available
#   for licensing on request.").
_FOR_CLIENTS = re.compile(
    r"^[^!?]{0,60}\b(?:content|copy|text|texts|material|stories|graphics|photos|pictures|images)"
    r"\b[^!?]{0,30}\b(?:is|are)\s+(?:only\s+)?for\s+(?:the\s+(?:use|exclusive\s+use)\s+of\s+)?"
    r"(?:its\s+|our\s+)?(?:subscribing|subscriber|client|member|licensed|paying)\s+(?:media"
    r"|organi[sz]ations|outlets|newspapers|clients|broadcasters|publications|customers)\b"
    r"[^!?]{0,80}$"
    r"|^(?:photos?|pictures|images|photographs)\b[^!?]{0,60}\b(?:are|is)\s+available\s+for"
    r"\s+(?:licensing|licence|license|purchase|sale|reprint|syndication)\b[^!?]{0,40}$",
    re.I,
)

# - the terms of reusing the page's material: a source must be named or linked ("При използване
#   на материали от <Agency> позоваването е задължително.", "When using our materials, a link to
#   <Site> is required."), after the rights line or alone; the page's material (its materials,
#   content, texts, news) is named, and the naming is mandatory.
# The naming asked: a link, the source, a reference to it ("a link to <Site>", "позоваването",
# "навођење извора", "Quellenangabe"); a rule for using other materials asks a permit, a mask
# or a fee ("When using the new flood-defence materials, a permit is required": review47).
_NAMING = (
    r"(?:link\w*|hyperlink\w*|source\w*|credit\w*|attribut\w*|referenc\w*|citation\w*|cite\w*"
    r"|lien\w*|enlace\w*|fuente\w*|fonte\w*|quelle\w*|verlinkung\w*|verweis\w*|izvor\w*|извор\w*"
    r"|източни\w*|источни\w*|джерел\w*|позоваван\w*|позовав\w*|ссылк\w*|посилан\w*|навођењ\w*"
    r"|наведување\w*|navođenj\w*|navodjenj\w*|navedb\w*|odkaz\w*|povezav\w*|źródł\w*|sursa\w*"
    r"|sursei|menționarea\w*|citarea\w*)"
)
_ATTRIBUTION = re.compile(
    # (a word of duty first: most lines have none, and fail here)
    r"^(?=[^\n]*?(?:required|mandatory|obligatory|обязательн|задължителн|обов['’]язков"
    r"|задолжителн|обавезн|obavezn|obvezn|povinn|obowiązkow|wymagan|obligatori|obligatoire"
    r"|pflicht|erforderlich))"
    rf"(?=[^\n]*?\b{_NAMING}\b)"
    rf"(?![^\n]+?(?:{REPORTED.pattern}|\b(?:каза|заяви|съобщи|сказал\w*|заявил\w*|сообщил\w*"
    r"|rekao|rekla|izjavio|izjavila|powiedział\w*|казав|заявив)\b))"
    r"(?:[^.!?]{0,60}[.!]\s+)?(?:when\s+(?:using|quoting|republishing)|при\s+(?:использовании"
    r"|цитировании|перепечатке|копировании|използване(?:то)?|цитиране|препечатване"
    r"|використанні|цитуванні|передруку|користењу|преземању|коришћењу|преузимању)|prilikom\s+"
    r"(?:preuzimanja|korištenja|korišćenja)|pri\s+(?:uporabi|povzemanju|použití|použití)"
    r"|przy\s+(?:wykorzystaniu|cytowaniu|przedruku)|la\s+preluarea|bei\s+(?:verwendung|nutzung"
    r"|übernahme)|en\s+cas\s+de\s+(?:reprise|reproduction)|en\s+caso\s+de\s+(?:reproducción"
    r"|uso))\b[^.!?]{0,80}?\b(?:materials?|материал\w*|materia\w*|content\w*|contenu\w*"
    r"|contenido\w*|inhalt\w*|text\w*|texte\w*|articles?|информаци\w*|новин\w*|vijesti"
    r"|sadržaj\w*|tekst\w*|treści|новости|вести|știri\w*|informați\w*)\b[^.!?]{0,80}?\b"
    r"(?:required|mandatory|obligatory|обязательн\w*|задължителн\w*|обов['’]язков\w*"
    r"|задолжителн\w*|обавезн\w*|obavezn\w*|obvezn\w*|povinn\w*|obowiązkow\w*|wymagan\w*"
    r"|obligatori\w*|obligatoire|pflicht|erforderlich)\b[^!?]{0,40}$",
    re.I,
)

# the kinds matched as a whole line of up to ``pagekinds``' word limit
# A wall said to the reader in any of the big languages: an imperative to sign in, register,
# subscribe or join, opening the line or a sentence or clause of it ("Inicia sesión o crea tu
# cuenta", "..., abonnez-vous dès 1 € le premier mois", "Werde kostenlos Mitglied, um
# weiterzulesen", "..., registrieren Sie sich bitte kostenlos ..."), and what it gates: the
# subscribers', members' or registered readers' content, an account, unlimited or further
# reading ("Contingut per a subscriptors. Ja tens compte? Inicia la sessió"). A report of a
# wall has no imperative at a sentence's start ("Readers must now register to read more than
# five articles, the editor said."), and news with a verb of saying goes on as news.
# After a colon, the ask is the page's when a label naming the gated readers opens the line
# ("Existing subscribers: log in here", "Members: log in to read"); after a speaker ("El banco
# insiste: inicia sesión solo desde la app oficial y nunca compartas tu cuenta.", "La mairie
# prévient : connectez-vous à votre compte ...") it is a warning the story reports (review31).
_GATED_LABEL = (
    r"^(?:[^:.!?]{0,30}?\s)?(?:subscri|suscri|abonn|assinant|abbonat|member|membre|mitglied"
    r"|registered|registrad|socis|socios)[^\W\d_]*\s*:\s+"
)
_ACCESS_ASK = (
    rf"(?:^|[.!?;]\s+|{_GATED_LABEL}|,\s+|\?\s*¿?)(?:inicia(?:r)?\s+(?:la\s+)?(?:sesión|sessió)|iniciá\s+sesión"
    r"|inicie\s+(?:a\s+)?sessão|crea\s+(?:tu|una)\s+cuenta|creá\s+tu\s+cuenta|regístrate"
    r"|registrate|suscríbete|suscribite|hazte\s+(?:socio|suscriptor)|abonnez-vous|abonne-toi"
    r"|connectez-vous|créez\s+(?:votre|un)\s+compte|inscrivez-vous|werde\s+(?:\w+\s+){0,2}"
    r"mitglied|registrieren\s+sie\s+sich|melden\s+sie\s+sich\s+(?:\S+\s+){0,4}?an|melde\s+dich"
    r"\s+(?:\S+\s+){0,3}?an|abonnieren\s+sie|fes-te(?:['’]n)?\s+(?:subscriptor|soci)\w*"
    r"|subscriu-te|registra['’]t|fai\s+a\s+(?:túa|súa)\s+alta|rexístrate|subscríbete"
    r"|inscreva-se|cadastre-se|faça\s+login|assine(?:\s+já)?|abbonati|registrati|iscriviti"
    r"|accedi|log\s+in|sign\s+in|create\s+(?:a|an|your)\s+(?:free\s+)?account|become\s+a\s+"
    r"(?:member|subscriber|supporter)|abone\s+ol|üye\s+ol|giriş\s+yap|word\s+(?:lid|abonnee)"
    r"|registreer\s+je|abonneer\s+je|zaloguj\s+się|zarejestruj\s+się)\b"
)
_GATED = (
    r"\b(?:registrad[oa]s|registered|subscri(?:bers?|ptors?|ptoras?|tores|toras)|suscriptor\w*"
    r"|abonnés?|abonnent\w*|assinantes?|abbonati|mitglied\w*|members|membres|socis|socios"
    r"|cuenta|compte|konto|conta|account|illimit\w*|ilimitad\w*|unbegrenzt\w*|unlimited"
    r"|weiterzulesen|weiterlesen|seguir\s+(?:leyendo|lendo|llegint)|continuer\s+(?:à|de)\s+lire"
    r"|keep\s+reading|continue\s+reading|vollständig\w*|full\s+(?:article|story)|premier\s+mois"
    r"|primer\s+mes|first\s+month|primeiro\s+mês|primo\s+mese)\b"
)
# (the ask and the gate first, the verb of saying last: most lines fail on the first)
_WALL_ASK_GUARDED = re.compile(
    rf"^(?=.*?{_ACCESS_ASK})(?=.*?{_GATED})(?![^\n]+?(?:{REPORTED.pattern})).+$", re.I
)

# "Continue reading on <Site> »", Turkish "<Site>'da okumaya devam et »" (the site in the
# locative before the verb)
_READ_ON = re.compile(
    r"^(?:continue|keep)\s+reading\s+(?:on|at|in)\s+[^.!?]{1,40}$"
    r"|^(?:(?:\S+\s+){0,3}?\S+['’]n?(?:da|de|ta|te)\s+)?(?:okumaya\s+devam\s+(?:et|edin)|devamını\s+oku(?:yun)?)"
    r"[\s»›>…]*$",
    re.I,
)
# what the paid tier's readers get of this piece: "Premium subscribers get the full analysis,
# with capacity tables." (its full form only: "Premium subscribers get a 10% discount" is an
# offer's news)
_TIER_GETS = re.compile(
    r"^(?:premium|paying|paid|all-access|plus|pro|digital)\s+(?:subscribers|members|readers)\s+"
    r"(?:get|receive|can\s+read|read|see)\s+(?:the|our)\s+(?:full|complete|entire|whole|rest"
    r"\s+of\s+the)\b[^.!?\d]{0,80}[.!]?$",
    re.I,
)

# "become a (paying) subscriber / member" in the page's language, with what it opens: the whole
# post, the full edition, reading on ("Du läser den kostnadsfria versionen av <Letter>. Bli
# betalande prenumerant för att läsa hela inlägget.", "To je brezplačna izdaja <Letter>. Za
# polno izdajo postanite naročnik.", "Devino membru ca să citești mai departe."); an ask a story
# reports ("Bli medlem i föreningen, uppmanade ordföranden.") opens no reading
_BECOME = (
    r"\b(?:become\s+a\s+(?:paid\s+|paying\s+)?(?:member|subscriber)|bli\s+(?:betalande\s+"
    r"|betalende\s+)?(?:prenumerant|abonnent|medlem)|bliv\s+(?:betalende\s+)?(?:abonnent"
    r"|medlem)|postani(?:te)?\s+(?:naš\w*\s+)?(?:naročni\w*|pretplatni\w*|član\w*)"
    r"|(?:devin[oie]|deveni[țt]i)\s+(?:membru|abonat)|staňte\s+s[ea]\s+(?:předplatitelem|predplatiteľom|členem|členom)"
    r"|zostań\s+(?:subskrybentem|prenumeratorem|członkiem)|ryhdy\s+(?:tilaajaksi|jäseneksi)"
    r"|legyen\s+(?:előfizetőnk|előfizető|tagunk)|torne-se\s+(?:assinante|membro)|diventa\s+"
    r"(?:abbonato|socio|membro)|devenez\s+(?:abonnée?|membre)|hakka\s+(?:tellijaks|liikmeks)"
    r"|werden\s+sie\s+(?:abonnent|mitglied)\w*|hazte\s+(?:socio|suscriptor)\w*)\b"
)
_OPENS_READING = (
    r"\b(?:read|reading|full|whole|rest\s+of|archive|läsa|hela|arkivet|læse|lese|hele|polno"
    r"|celotn\w*|preberi\w*|branje|citești|citi|integral|mai\s+departe|czytać|całość|pełn\w*"
    r"|číst|čítať|cel[ýé]|pln\w*|lukea|koko|olvas\w*|teljes|ler|completo|íntegra|leggere"
    r"|complet[oa]|intero|lire|intégralité|complet|lugeda|terve|weiterlesen|weiterzulesen"
    r"|vollständig\w*|leer|seguir\s+leyendo)\b"
)
# a story says who *can* become a member ("Anyone over 16 can now become a member of the
# library and read the whole archive", "Nu kan alla över 16 år bli medlem ... och läsa hela
# arkivet"): a modal before the English or Scandinavian infinitive, which is also their
# imperative, is no ask; "you can become ..." still asks the reader, and so does a question
# before the ask ("Vil du læse mere? Bliv abonnent ...")
_CAN_BECOME = (
    r"(?<!\byou\s)(?<!\bdu\s)(?<!\bni\s)\b(?:can|could|may|might|will|would|kan|kunne|kunna"
    r"|får|ska|skal|vil)\s+(?:[^\s?.!;]+\s+){0,4}?(?:become|bli|bliv)\b"
)
_BECOME_WALL = re.compile(
    rf"^(?=[^\n]*?{_BECOME})(?=[^\n]*?{_OPENS_READING})(?![^\n]+?(?:{REPORTED.pattern}))"
    rf"(?![^\n]*?{_CAN_BECOME})[^\n]{{0,240}}$",
    re.I,
)

KINDS: tuple[re.Pattern[str], ...] = (
    _WALL_ASK_GUARDED,
    _BECOME_WALL,
    _ATTRIBUTION,
    _READ_ON,
    _TIER_GETS,
    _PAYWALL_ABROAD,
    _REGISTER_WALL,
    _RIGHTS_RESERVED,
    _FOR_CLIENTS,
    _REPUBLISH,
    _PAYWALL,
    _SUBSCRIBERS,
)
# the kinds matched as a whole line of up to the longer word limit
LONG_KINDS: tuple[re.Pattern[str], ...] = (
    _PAYWALL_ABROAD,
    _ATTRIBUTION,
    _REGISTER_WALL,
    _RIGHTS_RESERVED,
    _FOR_CLIENTS,
    _PLEDGE,
    _OFFERS,
    _APP_READ,
)
