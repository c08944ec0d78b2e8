"""A newsletter's and a broadcaster's own lines: a greeting ("Hello again, culture lovers —",
"Buenos días, queridos lectores", "Hi friends 👋 Welcome to issue 48 of <Letter>, ...") and
sign-off ("That's it from me until next Friday."), a forwarded copy's ask ("Someone shared this
with you? ...", "Forwarded this? ..."), a briefing's free sign-up ("<Town>'s morning briefing is
free — register to receive it"), a pitch to wake up with the outlet ("Despertá con <Outlet>: las
noticias más importantes, antes de las 7"), a reader's ask ("Like this story? ...", "Vous avez
aimé cet article ? Partagez-le !"), a transcript's note ("Transcript: machine-made, lightly
checked by <Station> staff."), a station's listener-supported ask, a Patreon ask ("Apóyanos en
Patreon ..."), an interview's translation note.
"""

from __future__ import annotations

import re

__all__ = ["FREE_BRIEFING", "HELLO", "KINDS", "LONG_KINDS"]

_GREETING = re.compile(
    r"^(?:hello|hi|hey|howdy|greetings|good\s+(?:morning|afternoon|evening)|welcome\s+back)"
    r"(?:\s+again)?,?\s+(?:(?:my\s+)?(?:dear\s+)?[\w'’-]+\s+){0,2}(?:lovers|readers|friends"
    r"|fans|folks|everyone|everybody|all|subscribers|builders|nerds|neighbou?rs|people"
    r"|listeners|members|enthusiasts|watchers|insiders|y['’]all)\s*[—–-]?\s*[!.,]?$",
    re.I,
)

_SIGN_OFF = re.compile(
    r"^that['’]s\s+(?:it|all)\s+(?:from\s+(?:me|us)|for\s+(?:this\s+(?:week|issue|edition)"
    r"|now))(?:\s+(?:until|till|for)\s+(?:next\s+\w+|tomorrow|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)|\s+this\s+week)?\s*[.!—–-]?$",
    re.I,
)

_FORWARDED = re.compile(
    r"^(?:(?:someone|a\s+friend|somebody)\s+(?:shared|forwarded|sent|passed)\s+this"
    r"(?:\s+(?:on|along))?(?:\s+(?:with|to)\s+you)?|forwarded\s+this|was\s+this\s+forwarded\s+to"
    r"\s+you)\s*\?\s+\S[^!?]{0,120}[.!]?$",
    re.I,
)

FREE_BRIEFING = re.compile(
    r"\b(?:briefing|newsletter|e-?mail|digest|bulletin)\s+is\s+free\s*[—–:,-]\s*"
    r"(?:register|sign\s+up|subscribe)\s+(?:here\s+)?(?:to\s+(?:receive|get)\s+it|now|here)\.?$",
    re.I,
)

_WAKE_UP = re.compile(
    r"^(?:despertá|despierta|despiértate|wake\s+up)\s+(?:con|with|to)\s+[^:]{2,50}:\s+[^.!?]{0,40}"
    r"\b(?:noticias|news|stories|headlines)\b[^.!?]{0,50}$",
    re.I,
)

# an issue's greeting with its number: "Hi friends 👋 Welcome to issue 48 of <Letter>, ..."
_ISSUE_GREETING = re.compile(
    r"^(?:hi|hello|hey|howdy|good\s+morning)\s+(?:friends|all|everyone|folks|readers)\b[^\w]{0,6}"
    r"welcome\s+to\s+(?:issue|edition|no\.?)\s*#?\d+\b[^?]{0,300}$",
    re.I,
)

# a greeting to the letter's readers in the page's language: "Magandang umaga, mga ka-Pasada!",
# "Buenos días, queridos lectores", "Bonjour chers abonnés"
_GREETING_ABROAD = re.compile(
    r"^(?:buenos\s+días|buenas\s+(?:tardes|noches)|bonjour|bonsoir|guten\s+(?:morgen|tag|abend)"
    r"|bom\s+dia|boa\s+tarde|buongiorno|buonasera|goedemorgen|goedenavond|god\s+morgen"
    r"|magandang\s+(?:umaga|hapon|gabi)|selamat\s+(?:pagi|siang|sore)|dzień\s+dobry|hyvää"
    r"\s+huomenta|dobro\s+jutro)\s*,?\s+(?:(?:queridos?|queridas?|chers?|chères?|liebe|caros?"
    r"|caras?|cari|care|beste|mga|kära|drodzy)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s*[!,.—–-]?$",
    re.I,
)

# a newsletter's sign-off with its extra words: "That's the lot for this week — tips go straight
# to me if you hit reply. — Yulia", "That's it for this week. If someone forwarded this to you,
# ..."
_SIGN_OFF_LONG = re.compile(
    r"^that['’]s\s+(?:it|all|the\s+lot|a\s+wrap)\s+for\s+(?:this\s+(?:week|issue|edition)"
    r"|today)\s*[.!—–-]\s+[^?]{0,100}\b(?:reply|forwarded|inbox|subscribe|sign\s+up|next\s+"
    r"(?:week|one|issue))\b[^?]{0,140}$",
    re.I,
)

# a newsletter's or a story's ask, in the page's language: "Infolettre : recevez chaque matin
# ...", "Vous avez aimé cet article ? Partagez-le !", "Vous aimez nos reportages ? Soutenez le
# journalisme indépendant.", "Thanks for following <Station> news."
_ASKS_ABROAD = re.compile(
    r"^(?:infolettre|newsletter|boletín|bulletin)\s*:\s+(?:recevez|inscrivez-vous|abonnez-vous"
    r"|recibe|suscríbete|get|sign\s+up|subscribe)\b[^!?]{0,120}$"
    r"|^(?:vous\s+avez\s+aimé\s+cet\s+article|vous\s+aimez\s+nos\s+(?:reportages|articles"
    r"|contenus)|¿te\s+gustó\s+(?:esta\s+nota|este\s+artículo)|hat\s+ihnen\s+(?:dieser|der)"
    r"\s+artikel\s+gefallen|gostou\s+(?:desta\s+matéria|deste\s+artigo))\s*\?\s+[^?]{2,80}$"
    r"|^(?:thanks?|thank\s+you|fa['’]afetai|merci|gracias|danke|obrigad[oa])\s+for\s+(?:following"
    r"|reading|watching|listening\s+to)\s+[^.!?]{2,40}\b(?:news|updates|coverage|newsletter)"
    r"[.!]?$"
    r"|^[^.!?]{2,50}\s+is\s+free\s+to\s+read\s+(?:because|thanks\s+to)\s+[^.!?]{2,80}\.\s+"
    r"(?:give|donate|chip\s+in|support|join)\b[^?]{0,60}$",
    re.I,
)

_LIKED = re.compile(
    r"^(?:did\s+you\s+)?(?:like|enjoy|enjoyed|liked|love|loved)\s+this\s+(?:story|article|piece"
    r"|post|newsletter|read)\?\s+\S[^!?]{0,100}$",
    re.I,
)

_PATREON = re.compile(
    r"^(?:support\s+us|apóyanos|apoyanos|soutenez-nous|unterstütze\s+uns|unterstützt\s+uns"
    r"|steun\s+ons|sostienici|apoie-nos|wesprzyj\s+nas|tue\s+meitä|stöd\s+oss|støtt\s+oss)\s+"
    r"(?:on|en|sur|auf|op|su|no|na|via|через)\s+(?:patreon|ko-fi|buy\s+me\s+a\s+coffee|steady"
    r"|apoia\.se|substack|liberapay)\b[^?]{0,80}$",
    re.I,
)

_LISTENER_ASK = re.compile(
    r"^[\w .&'’-]{2,40}\s+is\s+(?:listener|reader|viewer|member|community)[- ](?:supported"
    r"|funded|powered)\.\s+(?:make|give|donate|support\s+(?:us|our|the|\w+\s+today)|become|chip"
    r"|please|join)\b[^?]{0,120}$",
    re.I,
)

_TRANSCRIPT = re.compile(
    r"^(?:this\s+)?transcripts?\s*(?::|\s+(?:is|was|has\s+been))\s*[^!?]{0,30}\b(?:machine"
    r"|automated|automatically|auto-generated|computer|ai|speech-to-text|lightly\s+(?:checked"
    r"|edited)|not\s+(?:been\s+)?(?:checked|edited|proofread))\b[^!?]{0,80}$",
    re.I,
)

_TRANSLATED = re.compile(
    r"^(?:the\s+)?interview\s+(?:was\s+)?conducted\s+in\s+[A-Z][\w-]+\s+and\s+translated\b"
    r"[^!?]{0,60}$",
    re.I,
)

# A newsletter's and a show's own lines in any language (each a whole line):
# - a greeting that names the letter or talks of this issue ("Kia ora and hello from the <Town>
#   Morning Brief, your weekday primer ...", "Hola, huertanos. Esta semana va de agua, cómo no.",
#   "Bonjour et bienvenue dans <Letter>, ..."): a greeting word, then "and welcome/hello from or
#   to" the letter, or a vocative in lower case and a short sentence about this week or today;
HELLO = (
    r"(?:hello|hi|hey|howdy|greetings|kia\s+ora|g['’]day|hola|buenas|buenos\s+días|bonjour|salut"
    r"|ciao|buongiorno|hallo|moin|servus|grüezi|guten\s+morgen|hej|hei|hoi|goedemorgen|olá|oi"
    r"|bom\s+dia|cześć|dzień\s+dobry|ahoj|dobrý\s+den|szia|sziasztok|jó\s+reggelt|bună|salve"
    r"|bok|zdravo|talofa|bula|malo\s+e\s+lelei|namaste|namaskar|jambo|habari|sawubona|marhaba"
    r"|shalom|salam|sawasdee|xin\s+chào|kumusta|mabuhay|selamat\s+pagi|halo)"
)
_LETTER_WORD = (
    r"(?:brief|briefing|newsletter|letter|digest|bulletin|roundup|round-up|dispatch|primer|wrap"
    r"|edition|issue|boletín|infolettre|lettre|lettera|rundbrief|nieuwsbrief|nyhetsbrev|uutiskirje"
    r"|biuletyn|zpravodaj|hírlevél)"
)
_LETTER_GREETING = re.compile(
    r"^(?![^\n]{0,300}(?:\b(?:said|says|told|was\s+how|were\s+the\s+words)\b|[\"“”«»]))"
    rf"(?:{HELLO}[,!]?\s+(?:and|y|et|e|und|en|och|og|i|a|és|și|ja)\s+(?:\S+\s+){{0,2}}?(?:welcome|hello"
    r"|bienvenid[oa]s?|bienvenue|benvenut[oi]|willkommen|welkom|välkommen|velkommen|bem-vind[oa]s?"
    r"|witajcie|vítejte|üdv|bun\s+venit|dobrodošli|tervetuloa)\s+(?:back\s+)?(?:from|to|in|a|al"
    r"|à|dans|auf|bei|bij|till|til|na|do|w|v|la|alla|ao|no)\b[^!?]{0,40}\b"
    rf"{_LETTER_WORD}\b[^!?]{{0,120}}"
    rf"|{HELLO},?\s+(?-i:[a-zà-þ])[\w'’-]{{2,20}}(?:\s+[\w'’-]{{2,20}})?\s*[.!]\s+"
    r"(?=[^.!?]{0,80}\b(?:this\s+week|today|this\s+issue|esta\s+semana|hoy|cette\s+semaine"
    r"|aujourd['’]hui|questa\s+settimana|oggi|diese\s+woche|heute|deze\s+week|vandaag"
    r"|denna\s+vecka|denne\s+uken|denne\s+uge|tällä\s+viikolla|tänään|w\s+tym\s+tygodniu|dziś"
    r"|dzisiaj|tento\s+týden|dnes|ezen\s+a\s+héten|ma|săptămâna\s+aceasta|azi|astăzi|ovaj\s+tjedan"
    r"|danas|esta\s+semana|hoje)\b)[^?]{2,100})$",
    re.I,
)
# - a forwarded copy's sign-up ask in any shape ("Did a workmate pass this along? Sign yourself
#   up and it lands at 6am on weekdays.", "Si te ha llegado reenviado, puedes apuntarte aquí
#   gratis.", "Ti è stata inoltrata? Iscriviti qui."), and a sign-up's promise of delivery
#   ("Sign yourself up and it lands at 6am on weekdays.");
_PASSED_ON = (
    r"(?:forwarded|passed\s+(?:this\s+)?(?:along|on)|pass(?:ed)?\s+this\s+(?:along|on)|shared\s+this"
    r"|sent\s+(?:you\s+)?this|reenviad[oa]|reenviaron|inoltrat[oa]|inoltrata|transféré[e]?|transmis"
    r"|weitergeleitet|doorgestuurd|encaminhad[oa]|przekazan[ya]|przesłał|přeposlal|přeposlán"
    r"|továbbította|redirecționat|proslijeđen|videresendt|vidarebefordrat|videresendt|välitetty"
    r"|переслали|переслав|переслала|переслано|пересланий|пересланное|пересланий|pārsūtīja"
    r"|pārsūtīta|persiuntė|persiųstas|edastas|edastatud)"
)
_SIGN_UP_VERB = (
    r"(?:sign\s+(?:yourself\s+|up)|subscribe|join|get\s+your\s+own|apúntate|apuntarte|suscríbete"
    r"|suscribirte|iscriviti|iscriverti|abonne-toi|abonnez-vous|inscris-toi|inscrivez-vous"
    r"|abonniere|abonnieren|meld\s+je\s+aan|aanmelden|inscreva-se|assine|zapisz\s+się|zapisać\s+się"
    r"|přihlaste\s+se|iratkozz\s+fel|abonează-te|pretplatite\s+se|tilmeld|prenumerera|abonner"
    r"|tilaa|підпишіться|підписатися|подпишитесь|подписаться|pierakstieties|pieraksties"
    r"|užsiprenumeruokite|prenumeruokite|telli|tellige)"
)
_PASSED_SIGN_UP = re.compile(
    rf"^(?=[^\n]{{0,80}}\b{_PASSED_ON}\b)[^\n]{{0,100}}?[?,]\s+(?:\S+\s+){{0,3}}{_SIGN_UP_VERB}\b[^?]{{0,100}}$"
    rf"|^{_SIGN_UP_VERB}\b[^.!?]{{0,20}}\s+and\s+(?:it|we['’]ll\s+send\s+it|the\s+\w+)\s+(?:lands"
    r"|arrives|comes|drops|shows\s+up|turns\s+up)\b[^!?]{0,60}\b(?:inbox|weekdays?|mornings?"
    r"|every|each|daily|\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m)\b[^!?]{0,30}$",
    re.I,
)
# - the letter's end and its asks ("Issue 88 ends here. Reply and tell me ...", "Pulsa el
#   corazón ❤️ si te ha sido útil ...", "Tap the heart if you liked it", "Fewer emails? Pick your
#   topics or leave the list", "Your address is on our list because you left it with us ...");
_LETTER_END = re.compile(
    r"^(?:this\s+|that['’]s\s+)?(?:issue|edition|letter|newsletter|episode|dispatch)(?:\s+(?:no\.?"
    r"\s*)?#?\d{1,4})?\s+(?:ends|stops|wraps\s+up)\s+here\b[^?]{0,140}$"
    r"|^(?:tap|hit|click|press|pulsa|toca|dale\s+al|clicca|cliquez\s+sur|drück|klik\s+op|toque"
    r"|kliknij|klikněte\s+na|nyomd\s+meg|apasă)\s+(?:on\s+)?(?:the|el|il|le|den|het|o|a|na|az)?\s*"
    r"(?:heart|like|corazón|cuore|cœur|herz|hartje|coração|serduszko|srdíčko|szívet|inimioara"
    r"|♥|❤️?|♡)(?!\w)[^?]{0,140}$"
    r"|^(?:fewer|too\s+many|less)\s+e-?mails\s*\?\s+[^?]{2,80}$"
    r"|^your\s+(?:e-?mail\s+)?address\s+is\s+on\s+our\s+list\s+because\b[^?]{0,140}$",
    re.I,
)
# - a support or membership ask with its price ("Vuoi sostenere il progetto? Diventa socio: 4
#   euro al mese.", "Támogasd a független újságírást! Legyél te is az <Outlet> támogatója.",
#   "Readers who want more of it can back it with 3 dollars monthly."), a patron's note ("Thanks
#   for being a patron! This post is early access for the <Tier> tier.");
_SUPPORT_VERB = (
    r"(?:support|back|fund|sostenere|sostieni|sostienici|apoyar|apoya|apóyanos|soutenir|soutenez"
    r"|unterstützen|unterstütze|unterstützt|steunen|steun|apoiar|apoie|wesprzyj|wesprzeć"
    r"|podpořte|podpořit|podporte|támogasd|támogassa|támogass|susține|susțineți|podržite|podrži"
    r"|støt|støtte|stöd|stötta|tue|tukea)"
)
_BECOME = (
    r"(?:become|diventa|hazte|devenez|deviens|werde|werden\s+sie|word\s+(?:lid|abonnee|donateur)"
    r"|torne-se|zostań|staňte\s+se"
    r"|legyél|legyen|devino|postanite|bliv\s+(?:medlem|abonnent)|bli\s+(?:en|medlem|abonnent)"
    r"|ryhdy|join)"
)
_SUPPORT_ASK = re.compile(
    rf"^(?![^\n]{{0,200}}\b(?:said|says|told|asked|urged)\b)"
    rf"(?:[^.!?]{{0,40}}\b{_SUPPORT_VERB}\b[^.!?]{{0,60}}[?!.]\s+{_BECOME}\b[^?]{{0,100}}"
    rf"|(?:[^.!?]{{0,80}}[.!]\s+)?[^.!?]{{0,60}}\b(?:can|may|could)\s+{_SUPPORT_VERB}\s+(?:it|us|this|the\s+\w+)\s+with\s+"
    r"(?:\$|€|£)?\s*\d{1,3}(?:[.,]\d{2})?\s*(?:dollars?|euros?|pounds?|francs?)?\s+"
    r"(?:a\s+month|monthly|per\s+month|each\s+month)\b[^?]{0,40}"
    r"|thanks?\s+(?:you\s+)?for\s+being\s+a\s+(?:patron|member|supporter|subscriber)\s*[!.]\s+"
    r"[^?]{0,120}\b(?:tier|early\s+access|patrons?|members?)\b[^?]{0,40})$",
    re.I,
)
# - a sponsor's read in a show's or a letter's notes ("<Brand> sponsors this episode: new
#   customers save ...", "Este episodio está patrocinado por <Brand>.", "Questo episodio è
#   sponsorizzato da ..."), and where else the show is ("Escucha el episodio completo también en
#   Apple Podcasts, iVoox y YouTube.").
_SPONSOR_READ = re.compile(
    r"^(?:[\w&'’.-]+\s+){1,4}(?:sponsors|supports|presents)\s+(?:this|today['’]s)\s+(?:episode"
    r"|show|issue|edition|newsletter|podcast)\b[^?]{0,160}$"
    r"|^(?:this|today['’]s)\s+(?:episode|show|issue|edition|newsletter|podcast)\s+is\s+"
    r"(?:sponsored|supported|brought\s+to\s+you|made\s+possible)\s+by\b[^?]{0,160}$"
    r"|^(?:este|esta)\s+(?:episodio|programa|edición|boletín|newsletter)\s+(?:está|es)\s+"
    r"(?:patrocinad[oa]|ofrecid[oa]|presentad[oa])\s+por\b[^?]{0,160}$"
    r"|^(?:questo|questa)\s+(?:episodio|puntata|newsletter|edizione)\s+è\s+(?:sponsorizzat[oa]"
    r"|offert[oa]|presentat[oa])\s+da\b[^?]{0,160}$"
    r"|^(?:cet|cette)\s+(?:épisode|émission|édition|infolettre|newsletter)\s+est\s+(?:sponsorisée?"
    r"|parrainée?|présentée?|offerte?)\s+par\b[^?]{0,160}$"
    r"|^(?:diese|dieser|dieses)\s+(?:folge|episode|sendung|newsletter|ausgabe)\s+wird\s+"
    r"(?:\S+\s+){0,2}(?:gesponsert|präsentiert|unterstützt)\s+von\b[^?]{0,160}$"
    r"|^(?:este|esta)\s+(?:episódio|programa|edição|newsletter)\s+é\s+(?:patrocinad[oa]"
    r"|oferecid[oa]|apresentad[oa])\s+por\b[^?]{0,160}$"
    r"|^(?:deze|dit)\s+(?:aflevering|nieuwsbrief|editie)\s+wordt\s+(?:gesponsord|aangeboden"
    r"|mogelijk\s+gemaakt)\s+door\b[^?]{0,160}$",
    re.I,
)
_PODCAST_APPS = (
    r"(?:apple\s+podcasts|spotify|ivoox|google\s+podcasts|youtube(?:\s+music)?|overcast"
    r"|pocket\s+casts|deezer|amazon\s+music|audible|castbox|podimo|stitcher|soundcloud)"
)
_LISTEN_ON = re.compile(
    r"^(?:listen|escucha|escúchalo|ascolta|écoutez|écoute|hör|hören\s+sie|ouça|ouve|słuchaj"
    r"|posłuchaj|poslechněte|hallgasd|ascultă|lyt|lyssna|lytt|kuuntele|luister|subscribe|follow"
    r"|suscríbete|iscriviti|abonnez-vous|abonniere)\b[^.!?]{0,60}\b(?:on|en|su|sur|auf|em|no|na"
    r"|op|på|in|w|v)\s+" + _PODCAST_APPS + r"\b[^.!?]{0,80}[.!]?$",
    re.I,
)

# the kinds matched as a whole line of up to ``pagekinds``' word limit
KINDS: tuple[re.Pattern[str], ...] = (
    _LETTER_GREETING,
    _PASSED_SIGN_UP,
    _LETTER_END,
    _SUPPORT_ASK,
    _SPONSOR_READ,
    _LISTEN_ON,
    _GREETING,
    _SIGN_OFF,
    _FORWARDED,
    _WAKE_UP,
    _GREETING_ABROAD,
    _ASKS_ABROAD,
    _LIKED,
    _PATREON,
    _LISTENER_ASK,
    _TRANSCRIPT,
    _TRANSLATED,
)
# the kinds matched as a whole line of up to the longer word limit
LONG_KINDS: tuple[re.Pattern[str], ...] = (
    _SIGN_OFF_LONG,
    _ISSUE_GREETING,
)
