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

__all__ = ["FREE_BRIEFING", "KINDS", "LONG_KINDS"]

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

# the kinds matched as a whole line of up to ``pagekinds``' word limit
KINDS: tuple[re.Pattern[str], ...] = (
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
