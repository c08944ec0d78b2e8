"""What tools embedded in a page print, in the tools' own wordings: each prints the same lines on
every site that embeds it, so its wording is the rule (as with ``clean.platforms``). Kinds:

- a social post's embed: its fallback and links ("[image or embed]", "Post by @ana@social.example",
  "View on Mastodon") and its signature ("— Harbour Police (@harbourpd.example) May 2, 2034 at
  9:14 AM");
- an audio player: its clock at the start ("00:00", "0:00 / 4:12") and a text-to-speech credit
  ("Voiced by Amazon Polly", "Narrated by an AI voice"), an app's "Listen to more stories on the
  ... app.", a podcast host's links ("Send us a text", "Support the show");
- a web form's messages ("Thank you! Your submission has been received!", "Oops! Something went
  wrong while submitting the form.");
- a consent dialog's text in the page's voice ("With your permission we and our partners may use
  precise geolocation data ...", "Please note that some processing of your personal data may not
  require your consent ...") and its buttons alone on a line ("AGREE", "MORE OPTIONS");
- a translation widget ("Powered by Google Translate"), a wiki's footer ("Retrieved from
  "https://..."") and an aggregator's row ("Flipped into <magazine> by <name>", "Retourné dans
  <magazine> par <name>");
- a row of share buttons ("Share on X Share on LinkedIn Share via email") and a follow button
  ("+ Follow");
- a Russian-language network's or video host's leftover ("Запись ВКонтакте", "Смотреть на
  RUTUBE", "Открыть в Яндекс Дзене").

Whole lines only (each pattern is anchored at both ends, or at a sentence in the page's voice),
and short: news that names these tools ("Amazon Polly voices the app's audio editions.", "The
regulator fined the site over its consent banner.") stays. ``clean.is_boilerplate`` keeps a
line with an attribution verb.
"""

from __future__ import annotations

import re

__all__ = ["is_embed_line"]

MAX_WORDS = 80  # a consent dialog's paragraph runs long; every other kind is a short line

_NAME = r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,5}"
_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})"
_CLOCK = r"\d{1,2}:\d{2}"
_NETWORKS = (
    r"(?:mastodon|bluesky|threads|instagram|x|twitter|tiktok|youtube|facebook|linkedin|reddit"
    r"|hacker\s+news|email|e-mail|whatsapp|telegram)"
)

# Whole lines (tried with ``fullmatch``).
_WHOLE = re.compile(
    # a social post's embed
    r"\[image\s+or\s+embed\]|(?:a\s+)?post\s+(?:by|from)\s+@[\w.-]+(?:@[\w.-]+)?"
    rf"|view\s+(?:this\s+post\s+|more\s+)?on\s+{_NETWORKS}"
    rf"|[—–-]{{1,2}}\s*[^()\n]{{1,60}}\s\(@[\w.-]+\)\s+{_DATE}(?:\s+at\s+{_CLOCK}\s*(?:[AP]\.?M\.?)?)?"
    # ... with a handle on its instance and a date in the page's language: "— Câmara de Gaia
    # (@cm-gaia.bsky.social) 13 de março de 2036 às 10:02", "— Stadt X (@x@social.example) 3. Mai
    # 2035, 09:30"; the link to the post in the page's language ("Auf Mastodon ansehen")
    r"|[—–-]{1,2}\s*[^()\n]{1,60}\s\(@[\w.-]+(?:@[\w.-]+)?\)\s+[^()\n]{0,30}?\b(?:19|20)\d{2}\b"
    r"[^()\n]{0,20}"
    rf"|(?:auf|on|en|sur|no|na|su|op|på)\s+{_NETWORKS}\s+(?:ansehen|anzeigen|bekijken|ver|voir)"
    rf"|(?:ver|voir|veja|visualizza|bekijk|se|vis|visa|zobacz|zie)\s+(?:no|en|sur|na|su|op|på|w)\s+"
    rf"{_NETWORKS}"
    # an audio player's clock at the start, a text-to-speech credit, an app's and a host's links
    rf"|0?0:00(?:\s*/\s*{_CLOCK})?|voiced\s+by\s+amazon\s+polly"
    r"|(?:voiced|narrated|read)\s+by\s+an?\s+(?:ai|automated|synthetic|artificial|computer)"
    r"(?:-generated)?\s+voice\.?"
    r"|listen\s+to\s+more\s+(?:stories|articles)\s+(?:like\s+this\s+)?(?:on|in|with)\s+"
    r"(?:the\s+)?[\w'’ -]{1,30}\s+app\.?"
    r"|send\s+us\s+a\s+(?:text|message|voice\s*(?:mail|message)|fan\s+mail)|support\s+the\s+show"
    # a web form's messages
    r"|thank\s+you!\s+your\s+submission\s+has\s+been\s+received!?"
    r"|oops!\s+something\s+went\s+wrong\s+while\s+submitting\s+the\s+form\.?|thank\s+you!"
    # a podcast host's membership link: "Become a member at https://..."
    r"|become\s+a\s+(?:member|supporter|patron|subscriber)\s+at\s+https?://\S+?\.?"
    # a consent dialog's buttons
    r"|(?:i\s+)?(?:agree|disagree)|(?:accept|reject)\s+all(?:\s+cookies)?|more\s+options"
    r"|manage\s+(?:options|preferences|settings|cookies)"
    # a translation widget, a wiki's footer, an aggregator's row
    r"|(?:select\s+language\s+)?powered\s+by\s+(?:google|microsoft|bing)\s+translat(?:e|or)"
    r"|retrieved\s+from\s+[\"“]https?://\S+[\"”]\.?"
    rf"|flipped\s+into\s+[^.!?]{{1,60}}\s+by\s+{_NAME}"
    rf"|(?:retourné\s+dans|volteado\s+en|geflippt\s+in|virado\s+em)\s+[^.!?]{{1,60}}\s+"
    rf"(?:par|por|von)\s+{_NAME}"
    # share and follow buttons
    rf"|(?:share\s+(?:on|via|to)\s+{_NETWORKS}\s*){{2,}}|\+\s*follow",
    re.I,
)
# A consent dialog's sentences in the page's voice, opening the line (tried with ``match``). The
# dialog names what it asks for in the same sentence (cookies, personal data, a device's
# identifiers ...): "We and our partners process more than 2 million payments a day" is a firm's
# news.
_CONSENT_OBJECT = (
    r"(?=[^.!?]*\b(?:cookies?|personal\s+data|your\s+data|devices?|identifiers?|geolocation"
    r"|precise\s+location|information\s+on\s+(?:a|your)\s+device|ads?\s+and\s+content|consent)\b)"
)
_CONSENT = re.compile(
    r"(?:with\s+your\s+permission\s+)?we\s+and\s+our\s+(?:\d+\s+)?partners\s+(?:may\s+)?"
    rf"(?:use|store|process|access)\b{_CONSENT_OBJECT}"
    r"|please\s+note\s+that\s+some\s+processing\s+of\s+your\s+personal\s+data\b"
    r"|you\s+(?:may|can)\s+click\s+to\s+consent\b",
    re.I,
)


# a Russian-language network's or video host's embed leftover: its post label ("Запись
# ВКонтакте", "Пост сообщества во ВКонтакте") or its link ("Смотреть в VK Видео", "Открыть в
# Яндекс Дзене", "Смотреть на RUTUBE"); whole lines, a handful of words
_RU_HOSTS = (
    r"(?:вконтакте|вк|vk(?:\s+видео|\s+video)?|яндекс(?:\s*[.\s]\s*(?:дзен\w*|видео|музык\w*))?|дзен\w*"
    r"|rutube|одноклассник\w*|ok\.ru|telegram|телеграм\w*)"
)
_EMBED_RU = re.compile(
    rf"^(?:(?:запись|пост|публикация|видео)(?:\s+(?:сообщества|пользователя|из))?\s+(?:(?:во?|на)\s+)?"
    rf"{_RU_HOSTS}|(?:смотреть|посмотреть|открыть|читать|слушать|перейти)\s+(?:(?:запись|пост|видео)"
    rf"\s+)?(?:во?|на)\s+{_RU_HOSTS})\.?$",
    re.I,
)


def is_embed_line(text: str) -> bool:
    """Whether the line ``text`` is an embedded tool's line (see the module's kinds)."""
    line = text.strip()
    words = len(line.split())
    if not line or words > MAX_WORDS:
        return False
    if words <= 24 and _WHOLE.fullmatch(line):
        return True
    if words <= 6 and _EMBED_RU.match(line):
        return True
    return bool(_CONSENT.match(line))
