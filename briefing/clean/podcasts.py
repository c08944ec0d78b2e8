"""A podcast's show notes around an episode's description, in the host's language, each a whole
line:

- the chapter marks' heading ("Kapitelmarken:", "Chapters:", "Capítulos", "Timestamps:") and
  the first mark ("00:00 Begrüßung", "(00:00) Intro");
- the hosting platform's privacy pointer ("Informationen zum Datenschutz findest du unter
  <host>/privacy/", "Hébergé par <Host>. Visitez <host>/politique-de-confidentialite pour plus
  d'informations.", "Hosted on <Host>. See <host>/privacy for more information.");
- the pointer to the full episode on an app or site ("Escucha este episodio completo y muchos
  más en <App>", "Listen to the full episode on <App>");
- the address for the listeners' feedback ("Feedback und Themenwünsche gern an
  podcast@<show>.example", "Questions or ideas? Write to show@<show>.example").

An episode's description stays: a sentence that says what was talked about, an address or a
privacy ruling in a story.
"""

from __future__ import annotations

import re

__all__ = ["is_show_note"]

MAX_WORDS = 30

_CHAPTERS = re.compile(
    r"^(?:kapitelmarken|kapitel|chapters|chapter\s+markers|chapitres|capítulos|capitoli"
    r"|hoofdstukken|kapitler|rozdziały|kapitoly|poglavja|timestamps|time\s*stamps|zeitstempel"
    r"|zeitmarken|marcas\s+de\s+tiempo|horodatages|minutaggio|in\s+this\s+episode|in\s+dieser"
    r"\s+folge|en\s+este\s+episodio|dans\s+cet\s+épisode|in\s+questa\s+puntata)\s*:?$",
    re.I,
)
# the first chapter mark: a zero clock and a short title, no sentence: one word ("Intro",
# "Begrüßung"), or words that say it is the episode's opening ("Start of bulletin", "Welcome and
# headlines"); a first chapter titled like a headline ("00:00 The overtime fight") is the
# episode's first subject and stays
_FIRST_MARK = re.compile(r"^\(?0?0:00(?::00)?\)?\s*[-–—:]?\s*([^.!?:]{1,30})$")
_OPENING_WORD = (
    r"(?:intro|introduction|welcome|start|opening|open|hello|greetings?|begrüßung|einleitung"
    r"|anfang|beginn|bienvenida|introducción|inicio|apertura|accueil|début|ouverture|benvenuto"
    r"|inizio|welkom|begin|välkommen|velkommen|alku|tervetuloa|powitanie|wstęp|teaser"
    r"|trailer|preview|headlines|sponsors?|ads?|cold\s+open)"
)
# The whole title is the opening ("Intro", "Start of bulletin", "Welcome and headlines"), not
# a headline that says one of its words ("Markets open lower on tariffs", "Start of the
# teachers' strike").
_OPENING = re.compile(
    rf"^(?:the\s+)?{_OPENING_WORD}(?:\s+back)?"
    r"(?:\s+(?:of|to)\s+(?:the\s+)?(?:show|episode|bulletin|programme|program|podcast|broadcast"
    r"|news|sendung|folge|émission|episodio|programa))?"
    rf"(?:\s*(?:and|&|\+|/|,|und|et|y|e)\s*(?:the\s+)?(?:{_OPENING_WORD}|\w+))?\s*$",
    re.I,
)
_PRIVACY = (
    r"(?:privacy|datenschutz\w*|confidentialité|privacidad|privacidade|riservatezza"
    r"|privacybeleid|integritet\w*|personvern|privatliv\w*|prywatnoś\w+|soukromí|zasebnost\w*"
    r"|gizlilik|privasi|politique-de-confidentialite|personal\s+data)"
)
_DOMAIN = r"(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?"
_HOST_PRIVACY = re.compile(
    rf"^(?=[^!?]*\b{_PRIVACY})(?=[^!?]*{_DOMAIN})"
    r"(?:(?:hosted\s+(?:on|by)|hébergé\s+par|alojado\s+(?:en|por)|gehostet\s+(?:von|bei|auf)"
    r"|ospitato\s+(?:da|su)|gehost\s+(?:door|op)|hospedado\s+(?:por|em|no))\s+[\w.-]+"
    # ... and who owns the host: "Hosted by <Host>, an <AdCo> company."
    r"(?:,\s+(?:an?|una?|une?|ein(?:e)?)\s+[\w.-]+(?:\s+[\w.-]+)?\s+(?:company|compañía|empresa"
    r"|société|unternehmen|azienda))?\s*[.,]?\s*"
    r")?(?:see|visit|visitez|voir|consultez|besuche|siehe|visita|consulta|vea|veja|acesse|zie"
    r"|bezoek|se|besök|odwiedź|navštivte|obiščite|informationen|infos|information|more\s+info"
    r"|más\s+información|mais\s+informações|maggiori\s+informazioni|meer\s+informatie"
    r"|for\s+(?:information|details))\b[^!?]{0,120}$",
    re.I,
)
_EPISODE = (
    r"(?:episodio|episode|épisode|episódio|folge|puntata|aflevering|avsnitt|afsnit|odcinek|díl"
    r"|epizod\w*|bölüm|show|podcast)"
)
_FULL_EPISODE = re.compile(
    r"^(?:escucha|escuchá|escuche|listen\s+to|ouvir|ouça|oiça|écoutez|écouter|hör|hören\s+sie"
    r"|ascolta|luister(?:\s+naar)?|lyssna\s+på|lytt\s+til|lyt\s+til|posłuchaj|poslechněte\s+si"
    r"|dinle|dengarkan)\b"
    rf"[^.!?]{{0,40}}\b{_EPISODE}\b[^.!?]{{0,50}}\b(?:en|on|sur|em|no|auf|bei|su|op|på|w|na|in"
    r"|di)\s+(?:[\w'’.+-]+\s*){1,3}[.!]?$",
    re.I,
)
_FEEDBACK = re.compile(
    r"^(?:feedback|fragen|anregungen|themenwünsche|wünsche|kritik|comments|questions|suggestions"
    r"|ideas|ideen|commentaires|remarques|comentarios|preguntas|sugerencias|ideas|commenti"
    r"|domande|suggerimenti|vragen|opmerkingen|tips|frågor|synpunkter|spørsmål|tilbakemeldinger"
    r"|pytania|uwagi|dotazy|vprašanja)\b[^.!?@]{0,60}?(?:\?\s*(?:write\s+to|mail|email|schreib"
    r"\w*|écrivez|escríbenos|scrivici|mail)\s*(?:us\s+)?(?:at\s+)?|\s+(?:an|to|à|a|al|aan|till"
    r"|til|na|do|unter|at|via|per)\s*:?\s*)[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$",
    re.I,
)


def is_show_note(text: str) -> bool:
    """Whether ``text`` is a podcast's show-note line (see the module)."""
    line = text.strip()
    if not line or len(line.split()) > MAX_WORDS:
        return False
    return bool(
        _CHAPTERS.match(line)
        or _first_mark(line)
        or _HOST_PRIVACY.match(line)
        or _FULL_EPISODE.match(line)
        or _FEEDBACK.match(line)
    )


def _first_mark(line: str) -> bool:
    """The first chapter mark, when its title is one word or says it is the opening."""
    mark = _FIRST_MARK.match(line)
    if mark is None:
        return False
    title = mark.group(1).strip()
    return len(title.split()) <= 1 or bool(_OPENING.match(title))
