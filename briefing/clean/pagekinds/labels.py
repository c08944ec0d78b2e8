"""A page's labels, boxes and widgets: a graphic's or box's label ("Map: how each canton voted",
"Factbox: ..."), a teaser's label ("Go deeper: ...", "Most read on <Site>: ...", "Series continues
Thursday: ..."), the desk to write to ("Corrections or tips: ..."), the page's own tools ("Check
live border waiting times on our route planner"), a widget's delay note ("Stock prices shown may
lag by up to 20 minutes"), an affiliate note in the page's language, a live page's clock note
("... · clock shows AEDT"), a live score ticker ("MLB: Royals 3, Twins 2 — Bot 7th"), a time ago
with "about", a magazine's issue ("June 2040 Issue"), a sponsor's label, a picture's
illustrative note, a topic page's labels ("Part of: Transport, Islands"), an event page's state
and calendar buttons, an obituary's actions, a republished post's "Originally published at
<domain> on June 4, 2040."
"""

from __future__ import annotations

import re

from briefing.clean.pagekinds.common import MONTH

__all__ = ["KINDS"]

_BOX_LABEL = re.compile(
    r"^(?:map|chart|table|factbox|fact\s+box|scorecard|timeline|interactive|infographic"
    r"|data\s+table)\s*:\s+[^.!?]{3,100}$"
    # a statistics box's source; with figures it is a box score, the game's facts
    r"|^stats\s*:\s+[^.!?\d]{3,100}$",
    re.I,
)

_TEASER = re.compile(
    r"^(?:go\s+deeper|dig\s+deeper|listen\s+again|watch\s+again|catch\s+up|keep\s+reading"
    r"|more\s+(?:explainers|stories|coverage|analysis|features|interviews|videos?|podcasts?"
    r"|reading)|(?:the\s+)?series\s+continues\s+(?:on\s+)?(?:\w+day|tomorrow|next\s+week)"
    r"|most\s+(?:read|popular|viewed|shared)\s+(?:on|at|in)\s+[^:]{2,40}|newsletter)\s*:\s+"
    r"[^.!?]{3,120}$"
    # a label and where the list is: "Teams and scorers: full line-ups below"
    r"|^[^.!?:]{2,40}:\s+full\s+(?:line-?ups?|teams|squads|results|scorecard|table|list"
    r"|details)\s+(?:below|above)\.?$"
    # the desk to write to: "Corrections or tips: the desk on <Street> answers weekdays",
    # "Letters: write to the editor at ..."; a service page: "... opening times: see the
    # <Paper> service page"
    r"|^(?:corrections?\s+(?:or|and|&)\s+tips?|tips?\s+(?:or|and|&)\s+corrections?)\s*:\s"
    r"[^!?]{3,100}$"
    r"|^(?:letters(?:\s+to\s+the\s+editor)?|leserbriefe|lettres|cartas(?:\s+al\s+director)?"
    r"|insändare)\s*:\s+(?:write|send|e-?mail)\s+(?:to|us)\b[^!?]{0,100}$"
    r"|^[^.!?:]{3,60}:\s+see\s+(?:the|our)\s+[^.!?:]{0,40}\b(?:service|help|information|info)"
    r"\s+page\.?$",
    re.I,
)

_OUR_TOOL = (
    r"our\s+(?:[\w-]+\s+){0,2}(?:guide|planner|tool|map|calculator|tracker|database|finder"
    r"|checker|explorer)s?"
)

_TOOLS = re.compile(
    rf"^(?:check|compare|find|see|browse|track|search)\b[^.!?]{{0,60}}\b(?:on|in|with|using)\s+"
    rf"{_OUR_TOOL}\.?$"
    rf"|^[^.!?]{{3,50}}\?\s+(?:check|compare|find|see|browse|track|search)\b[^.!?]{{0,60}}\b"
    rf"(?:on|in|with|using)\s+{_OUR_TOOL}\.?$"
    r"|^save\s+this\s+(?:long\s+read|article|story|piece|feature)\b[^!?]{0,50}\b(?:reading\s+list"
    r"|later|bookmarks?)\b[^!?]{0,20}$",
    re.I,
)

_DELAYED = re.compile(
    r"^(?:stock\s+|share\s+)?(?:prices?|quotes?|market\s+data|figures)\s+(?:shown\s+)?"
    r"(?:may\s+)?(?:be\s+)?(?:lag|delayed)\b[^!?]{0,30}\b\d+\s+minutes\b"
    r"(?:[;,.]\s*[^!?]{0,60}|\s+or\s+more\.?)?\.?$",
    re.I,
)

_AFFILIATE = re.compile(
    r"^(?:products?|items?|links?|purchases?)\s+(?:linked|listed|featured|mentioned)\s+(?:here"
    r"|on\s+this\s+page|in\s+this\s+(?:article|story|post))\s+may\s+earn\s+[^!?]{1,60}"
    r"\bcommission\.?$",
    re.I,
)

_AFFILIATE_ABROAD = re.compile(
    r"^[^!?]{0,80}\b(?:may\s+(?:earn|receive)|può\s+ricevere|puede\s+recibir|peut\s+recevoir"
    r"|pode\s+receber|kann\s+(?:eine\s+)?provision\s+erhalten)\s+(?:a\s+|una\s+|une\s+|uma\s+)?"
    r"(?:commission|commissione|comisión|provision|comissão)\b[^!?]{0,40}\b(?:links?|purchases"
    r"|acquisti|compras|achats|käufe)\b[^!?]{0,40}$",
    re.I,
)

_CLOCK_NOTE = re.compile(
    r"^[^.!?·|]{3,80}\s+[·|]\s+(?:the\s+)?(?:clock|times?)\s+(?:shows?|shown\s+in|are\s+in|in)"
    r"\s+[A-Z]{2,5}$"
)

# a live score ticker: a league, two teams and their scores, the inning or period (a game still
# on: "NBA: Celtics 112, Knicks 104 — final" is a result, news in a results story)
_TICKER = re.compile(
    r"^[A-Z]{2,5}\s*:\s+[A-Z][\w.'’ -]{1,30}\s+\d{1,3},\s+[A-Z][\w.'’ -]{1,30}\s+\d{1,3}\s+[—–-]\s+"
    r"(?:(?:top|bot|bottom|mid|end|middle)\s+\d{1,2}(?:st|nd|rd|th)|(?:q|p)\d|\d(?:st|nd|rd|th)"
    r"\s+(?:quarter|period|half)|ht|half-?time)$",
    re.I,
)

_ABOUT_AGO = re.compile(
    r"^(?:about|around|roughly|nearly|over|almost)\s+(?:an?|\d{1,2})\s+(?:minutes?|hours?|days?"
    r"|mins?|hrs?)\s+ago$",
    re.I,
)

_ISSUE = re.compile(
    r"^(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Spring|Summer|Autumn|Fall|Winter)(?:/(?:[A-Z][a-z]+))?\s+\d{4}\s+Issue)$"
)

# a sponsor's label and its line, in the page's language
_SPONSORED = re.compile(
    r"^(?:contenido\s+patrocinado|contenu\s+sponsorisé|conteúdo\s+patrocinado|contenuto"
    r"\s+sponsorizzato|gesponserter\s+inhalt|sponsored\s+content)$"
    r"|^(?:publicité|publicidad|anzeige|annonse|reklame|mainos)\s*:\s+[^!?]{2,100}$"
    r"|^(?:partenaire|sponsor|partner)\s+(?:de\s+cette\s+(?:édition|infolettre)|of\s+(?:this|today['’]s)"
    r"\s+(?:edition|issue|newsletter))\s*:\s+[^!?]{2,120}$",
    re.I,
)

# a picture's note that it only illustrates, in the page's language
_ILLUSTRATIVE = re.compile(
    r"^(?:(?:our\s+)?(?:featured|main|top)\s+(?:image|photo|picture)\s+is\s+(?:an?\s+)?"
    r"illustrat\w+|kiemelt\s+képünk\s+illusztráció|illustrative\s+(?:image|photo|picture)"
    r"|(?:image|photo|picture)\s+(?:is\s+)?(?:for\s+illustration(?:\s+purposes)?(?:\s+only)?"
    r"|used\s+for\s+illustration)|imagen\s+ilustrativa|foto\s+ilustrativa|image\s+d['’]illustration"
    r"|photo\s+d['’]illustration|symbolbild|foto\s+di\s+repertorio|ilustračn[ií]\s+foto"
    r"|zdjęcie\s+ilustracyjne|illustratiebeeld|illustrasjonsfoto|arkivbild)\.?$",
    re.I,
)

# a topic page's labels: "Part of: Transport, Islands", "Themes: Agriculture, Food"
_TOPICS = re.compile(
    r"^(?:part\s+of|themes?|topics?|filed\s+under|categories|category)\s*:\s+[^.!?]{2,80}$",
    re.I,
)

# an event page's state and calendar buttons, an obituary's actions and its run of dates
_EVENT = re.compile(
    r"^this\s+event\s+(?:has\s+(?:passed|ended|been\s+cancell?ed)|is\s+over)\.?$"
    r"|^\+?\s*(?:add\s+to\s+)?(?:google\s+calendar|icalendar|ical|outlook(?:\s+calendar)?"
    r"|apple\s+calendar|my\s+calendar)$|^export\s+(?:\.ics|ics|event)(?:\s+file)?$",
    re.I,
)

_OBITUARY = re.compile(
    r"^(?:send\s+flowers|light\s+a\s+candle|sign\s+(?:the\s+)?guest\s*book|plant\s+(?:a\s+)?trees?"
    r"|share\s+a\s+memory|leave\s+a\s+condolence|send\s+(?:a\s+)?condolences?|view\s+(?:the\s+)?"
    r"guest\s*book|offer\s+condolences)$"
    rf"|^published\s+(?:by|in|on)\s+[^.!?]{{2,60}}?\s+from\s+{MONTH}\s+\d{{1,2}}"
    rf"(?:,\s+\d{{4}})?\s+to\s+{MONTH}\s+\d{{1,2}},\s+\d{{4}}\.?$"
    r"|^to\s+(?:plant\s+(?:a\s+)?trees?|send\s+flowers)\s+in\s+memory\b[^!?]{0,80}\bplease\s+"
    r"visit\b[^!?]{0,60}$",
    re.I,
)

# a republished post's note: "Originally published at <domain> on June 4, 2040."
_ORIGINALLY = re.compile(
    r"^(?:originally\s+(?:published|posted|appeared)|first\s+published)\s+(?:at|on|in)\s+"
    r"(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,10}\S*(?:\s+on\s+[A-Z][a-z]+\.?\s+\d{1,2},"
    r"\s+\d{4}|\s+on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\.?$",
    re.I,
)

# the kinds matched as a whole line of up to ``pagekinds``' word limit
KINDS: tuple[re.Pattern[str], ...] = (
    _BOX_LABEL,
    _TEASER,
    _TOOLS,
    _DELAYED,
    _AFFILIATE,
    _AFFILIATE_ABROAD,
    _CLOCK_NOTE,
    _TICKER,
    _ABOUT_AGO,
    _ISSUE,
    _SPONSORED,
    _ILLUSTRATIVE,
    _TOPICS,
    _EVENT,
    _OBITUARY,
    _ORIGINALLY,
)
