"""A page's bylines, credits and writer's notes, each a whole line of its shape: a byline with
the writer's role after the name ("Dana Holt Staff writer", "Ana Ruiz Local Democracy Reporter"), a
name and "writes" ("Jón Jónsson skrifar"), a writer and the outlet they report for ("Ana Ruiz
reports for the Valley Ledger."), a post's "Written by A B, urban planner.", "By our <Town>
correspondent", a service's line with its byline, a wire's desk initials ("HNS/fb/kl · ..."), a
picture's credit after a slash ("Mynd/Vilhelm"), a reporter's scheme note, and a writing platform's
profile of the writer (``is_profile_bio``).

A sentence of news that opens alike stays: it goes on past the kind's shape, or has a verb the
shape has no room for ("Written by Ana Ruiz, the song became a hit.").
"""

from __future__ import annotations

import re

from briefing.clean.pagekinds.common import MONTH, NAME, NAMES

__all__ = ["KINDS", "is_profile_bio"]

# a byline with the role after the name: "Dana Holt Staff writer", "Ana Ruiz Live reporter"
# A person's name before a role: two or three capitalised words (a particle between them), none
# a function word: "Iran Frees Detained BBC Correspondent" and "Tribute To A Veteran Reporter"
# are headlines, not bylines.
_CAPITALISED = (
    r"(?!(?:To|A|An|The|Of|In|On|For|And|At|By|With|From|As|After)\b)[A-ZÀ-ÞŁŚŻĆ][\w.'’-]*"
)

_PARTICLE = r"(?:de|da|del|dos|van|von|der|al|el|bin|ibn|la|le)"

_PERSON = rf"{_CAPITALISED}(?:\s+(?:{_PARTICLE}\s+)*{_CAPITALISED}){{1,2}}"

_ROLE_AFTER = re.compile(
    rf"^{_PERSON}\s+(?i:(?:staff|senior|chief|live|local\s+democracy|political|business|sports?"
    r"|health|courts?|crime|education|digital|trainee|junior|community|news|investigations?"
    r"|environment|transport|city\s+hall|data|breaking\s+news|general\s+assignment)\s+"
    r"(?:writer|reporter|correspondent|editor)|reporter|correspondent)$"
)

# a name and "writes" in a Nordic or Finnish page: "Jón Jónsson skrifar"
_WRITES = re.compile(rf"^{NAMES}\s+(?i:skrifar|skriver|skriv|kirjoittaa|kirjoittanut)$")

# "Ana Ruiz reports for the Valley Ledger." (the present, a byline's: "Mr Evans wrote for the
# Financial Times." is an obituary's news)
_REPORTS_FOR = re.compile(
    rf"^{NAMES}\s+(?:reports|writes)\s+for\s+(?:the\s+)?{NAME}"
    rf"(?:\s+(?:{NAME}|&|of)){{0,5}}\.?$"
)

# "Written by A B, urban planner and streetcar nerd." (a role's nouns after the comma, no clause:
# "Written by Paul Simon, it became a hit." is news)
_WRITTEN_BY = re.compile(
    rf"^(?i:written|posted|words)\s+(?i:by)\s+{NAMES},\s+(?:(?:a|an)\s+)?"
    r"(?!(?:who|which|that|whose|whom|the|after|before|when|while|as|in|on|at|it|he|she|they|we"
    r"|its|his|her|their|this|these|those|there)\b)"
    r"[a-z][\w'’-]*(?:,?\s+(?:and\s+|&\s+)?[a-z][\w'’-]*){0,6}\.?$"
)

_MORE_BYLINES = re.compile(
    # "By our Avissawella correspondent", "Staff writer, with CNA", "Local Democracy
    # Reporter·<Paper>·", "EXPRESS NEWS SERVICE @ Chennai"
    r"^(?i:by\s+our)\s+(?:[A-Z][\w'’-]*\s+){1,3}(?i:correspondent|reporter|staff\s+writer)"
    # ... and the name after it: "By our Hatton correspondent, S. Yogarajah"
    r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?$"
    # "Our correspondent, Tando Jam", "From our own correspondent in Apia"
    r"|^(?i:(?:from\s+)?our\s+(?:own\s+|special\s+|staff\s+)?(?:correspondent|reporter))\s*"
    r"(?:,|(?i:in|at))\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}$"
    # a byline with the place: "By Brian Chemutai in Kapchorwa"; in the page's language:
    # "Deur Anneke Louw, Carnarvon", "Door Jan de Vries"
    r"|^(?:By|BY|Deur|Door|Von|Par|Por|Av|Af|Przez|Napsal[a]?|Írta|Autor(?:ka)?:?)\s+"
    r"(?!(?:The|A|An|Our|This|That|Then|Now|Der|Den|Die|Das|Dem|La|Le|De|El|Van|Von)\b)[A-Z][\w.'’-]*(?:\s+(?:(?:de|van|von|der|da|del|dos|le|la)\s+)?"
    r"[A-Z][\w.'’-]*){1,3}(?:(?:,\s+|\s+(?i:in|at|from)\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
    r"(?<!\.)$"
    r"|^(?i:staff\s+(?:writer|reporter)|reporter|correspondent)s?,?\s+(?i:with)\s+[A-Z][\w&.-]*"
    r"(?:\s+[A-Z][\w&.-]*){0,3}$"
    r"|^(?i:(?:local\s+democracy|staff|senior|chief)\s+(?:reporter|writer|correspondent))\s*·"
    r"\s*[^.!?·]{2,40}·?$"
    r"|^(?:[A-Z]+\s+){0,3}NEWS\s+SERVICE\s*(?:@|,|-|–)\s*[A-Z][\w ]{1,30}$"
    # an app's "short by A B / 10:14 am on 13 Mar 2034,Monday"
    rf"|^[a-z]+\s+by\s+{NAMES}\s*/\s*\d{{1,2}}:\d{{2}}\s*[ap]m\s+on\s+\d{{1,2}}\s+[A-Z][a-z]{{2}}"
    r"\s+\d{4}\b[^.!?]{0,12}$"
    # "Mar 9, 2034 - 2 mins read"
    rf"|^{MONTH}\s+\d{{1,2}},\s+\d{{4}}\s*[-–·|]\s*\d{{1,2}}\s*mins?\.?\s+read$"
    r"|^(?i:flipped\s+(?:by|into))\s+[^.!?]{2,40}$"
    r"|^(?i:(?:conozca|conheça|découvrez|learn\s+more\s+about|about)\s+the\s+trust\s+project)$"
)

# a writer's post paid by a scheme: "A B's post is part of a <body>-funded scheme placing
# reporters in councils." (a reporter's: "Dr A B's post is funded by a national scheme to bring
# doctors to rural clinics." is news)
_SCHEME = re.compile(
    r"^(?=.*\b(?i:reporters?|reporting|journalis\w+|newsrooms?)\b)"
    rf"{NAMES}['’]s?\s+(?:post|role|job|position|reporting)\s+is\s+(?:part\s+of|funded"
    r"\s+(?:by|through))\s+(?:a|an|the)\s+[^!?]{0,80}\bscheme\b[^!?]{0,80}\.?$"
)

_SERVICE_BYLINE = re.compile(
    rf"^[^.!?·|]{{2,70}}\s+[·|]\s+(?:reporting|words|text|story)\s+by\s+{NAMES}$", re.I
)

_DESK_INITIALS = re.compile(
    r"^[A-Za-z]{2,5}(?:/[a-z]{2,4}){1,4}\s+[·|]\s+[^.!?]{3,60}$"
    # ... or the editor's initials alone between slashes, in any script, at the end: "/МК/", "/ab/"
    r"|^/\s*[^\W\d_]{1,4}(?:\s*[,/]\s*[^\W\d_]{1,4})?\s*/$"
)

# a picture's credit after a slash: "Mynd/Vilhelm", "Foto/Anna Berg"
_SLASH_CREDIT = re.compile(
    r"^(?:mynd|myndir|ljósmynd|foto|photo|bild|kuva|billede|zdjęcie)\s*/\s*[A-ZÀ-Þ][\w'’-]+"
    r"(?:\s+[A-ZÀ-Þ][\w'’-]+)?$",
    re.I,
)

# A writing platform's profile after a post: a role without a verb, maybe where, then a short
# tagline ("Staff engineer at Brightline. Builds things that build things.", "Backend engineer
# in Kharkiv. Writing about public transport software.", "Co-founder, operations lead.
# Kigali."); asked only of a line after the text with nothing but chrome after it.
_PROFILE = re.compile(
    r"^(?:(?:senior|staff|lead|principal|chief|backend|frontend|front-end|full-stack|software"
    r"|data|urban|transport|freelance|former|product|climate|policy)\s+)*(?:engineer|developer"
    r"|designer|urbanist|co-?founder|founder|researcher|planner|economist|analyst|scientist"
    r"|consultant|manager|maker|builder|hacker|tinkerer)(?:,\s+[a-z][\w\s-]{2,30})?"
    r"(?:\s+(?:at|in|from)\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2})?\."
    r"(?:\s+[^.!?]{2,60}[.!])?$",
    re.I,
)

_PROFILE_WORDS = 16


def is_profile_bio(text: str) -> bool:
    """A writing platform's profile of the writer (see ``_PROFILE``), by its shape alone; where it
    sits is for the caller to judge."""
    line = text.strip()
    return len(line.split()) <= _PROFILE_WORDS and bool(_PROFILE.match(line))


# the kinds matched as a whole line of up to ``pagekinds``' word limit
KINDS: tuple[re.Pattern[str], ...] = (
    _ROLE_AFTER,
    _WRITES,
    _REPORTS_FOR,
    _WRITTEN_BY,
    _MORE_BYLINES,
    _SCHEME,
    _SERVICE_BYLINE,
    _DESK_INITIALS,
    _SLASH_CREDIT,
)
