"""The page asking its readers to send it things, and telling where its own things are, each a
whole short line:

- send it to us: "Drop your letter in the <Paper> box at the Village Council office",
  "<Townsfolk>, upload blackout photos via the <Outlet> app", "Pictures of the slide welcome
  at the <Town> office", "Observations logged by members; sightings welcome via the club form.",
  "Questions? Message the Help Desk page.", a desk's phone ("<Outlet> desk: +44 20 0000 4417");
- where its things are: "<Outlet> corrections appear on page 2 of the print edition", "Plans
  and photographs appear in the printed volume only.", "Further reading available at the county
  archive in <Town>.", "Cite this article: <Journal>, vol. 14", "Print edition out Thursdays",
  "Round-by-round pairings are on the tournament page.";
- its offers (``_OFFERS``): "Place a classified: ...", "Advertise in the <Paper>: ...",
  "Upcoming webinar: ... — register free", "Stay with us: ...", "Plan your trip: ...";
- a letter's frame: "We return Tuesday, 6am IST. Hit reply if a story slipped past us.",
  "Passed along by a colleague? 40,000 early readers subscribe through the link below.".

A sentence of news that opens alike says who asked or goes on past the template ("Residents
can send photos of damage to the council's insurer, which ...").
"""

from __future__ import annotations

import re

__all__ = ["is_ask_line"]

MAX_WORDS = 30

_THINGS = (
    r"(?:letters?|photos?|photographs|pictures?|tips?|videos?|sightings|stories|news|notices?"
    r"|questions|observations|submissions|contributions)"
)
_PLACES = (
    r"(?:box|office|app|page|form|desk|inbox|address|account|channel|site|website|portal"
    r"|number|line)"
)
_PART = re.compile(
    # "Drop your letter in the <Paper> box at ...", "<Townsfolk>, upload blackout photos via the
    # <Outlet> app"
    r"^(?:(?-i:[A-Z])[\w'’-]+(?:\s+[\w'’-]+){0,2},\s+)?(?:drop|send|upload|submit|share|bring|post|leave|e-?mail"
    rf"|text|whatsapp)\s+(?:us\s+)?(?:your\s+)?(?:[\w-]+\s+){{0,2}}?{_THINGS}\s+(?:in|at|to|via"
    r"|through|on|with|into|by)\s+(?:our\s+(?:[\w'’-]+\s+){0,3}?|the\s+(?-i:[A-Z])[\w'’-]*\s+"
    rf"(?:(?-i:[A-Z])[\w'’-]*\s+){{0,3}})(?<!['’]s\s){_PLACES}\b[^.!?;]{{0,40}}$"
    # "Pictures of the slide welcome at the <Town> office", "sightings welcome via the club form"
    rf"|^(?:[\w'’-]+\s+){{0,4}}?{_THINGS}\b[^.!?;]{{0,40}}?\s+(?:are\s+)?(?:always\s+|very\s+"
    r"|most\s+)?welcome\s+(?:at|via|by|through|to|on|in)\s+(?:the|our)\s+[^.!?;]{1,50}$"
    # "Observations logged by members"
    r"|^(?:observations|sightings|records|readings|counts|entries)\s+(?:are\s+)?(?:logged"
    r"|collected|gathered|compiled|submitted|recorded)\s+by\s+(?:our\s+)?(?:members|readers"
    r"|volunteers|listeners|subscribers)$"
    # "Questions? Message the Help Desk page."
    r"|^(?:questions|comments|feedback|a\s+tip|corrections?)\?\s+(?:message|e-?mail|call|ask"
    r"|contact|write\s+to|text)\s+(?:the|our|us)\b[^.!?;]{0,40}$"
    # "<Outlet> desk: +44 20 0000 4417"
    r"|^(?:[\w'’&.-]+\s+){0,4}(?:desk|newsroom|news\s+line|tip\s+line|hotline)\s*:\s*\+?\d[\d\s()./-]{5,}$"
    # "<Outlet> corrections appear on page 2 of the print edition"
    r"|^(?:[\w'’&.-]+\s+){0,3}corrections\s+(?:appear|are\s+(?:published|printed)|run)\s+(?:on|in)"
    r"\s+(?:page\s+\d+|the\s+(?:print|printed))\b[^.!?;]{0,40}$"
    # "Plans and photographs appear in the printed volume only."
    r"|^(?:[\w'’-]+\s+){0,4}?(?:plans|photographs|photos|pictures|maps|tables|charts|figures"
    r"|illustrations|footnotes|notes|references)\s+(?:appear|are\s+available|are\s+printed|can\s+be"
    r"\s+found)\s+(?:only\s+)?in\s+the\s+(?:printed|print)\s+(?:volume|edition|issue|version"
    r"|journal|magazine)(?:\s+only)?$"
    # "Round-by-round pairings are on the tournament page." (what the page leaves to another)
    r"|^(?:[\w'’-]+\s+){0,3}?(?:pairings|results|standings|fixtures|tables|scores|brackets"
    r"|timetables|schedules|listings|galleries|full\s+details|details|entries|line-?ups)\s+are"
    r"\s+(?:on|at)\s+(?:the|our)\s+(?:[\w'’-]+\s+){0,3}?(?:page|site|website|app|blog)$"
    # an obituary platform's upsell: "To send flowers to the family or plant a tree in memory of
    # <Name>, please visit our floral store."
    r"|^to\s+(?:send\s+flowers|plant\s+a\s+tree|order\s+flowers)\b[^.!?]{0,120}\bplease\s+"
    r"visit\b[^.!?]{0,40}$"
    # a release's line for the press: "Journalists can call the press office on 01872 322 190
    # (weekdays, 9am to 5pm)."
    r"|^(?:journalists|reporters|the\s+media|media|members\s+of\s+the\s+(?:media|press))\s+"
    r"(?:can|should|may)\s+(?:call|contact|email|e-mail|ring|phone|reach)\s+(?:the|our)\s+"
    r"(?:press|media|communications|news)\s+(?:office|team|desk|line)\b[^!?]{0,80}$"
    # "Further reading available at the county archive in <Town>."
    r"|^further\s+reading\s+(?:is\s+)?available\s+(?:at|from|in|on)\s+[^.!?;]{1,60}$"
    # "Cite this article: <Journal>, vol. 14"
    r"|^(?:cite\s+this\s+(?:article|page|story|piece|paper)|how\s+to\s+cite(?:\s+this\s+"
    r"(?:article|page))?)\s*:\s*[^!?]{1,120}$"
    # "Print edition out Thursdays"
    r"|^(?:the\s+)?(?:print|paper|printed)\s+edition\s+(?:is\s+)?(?:out|on\s+sale|published"
    r"|available)\s+(?:on\s+|every\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)s?$"
    # a letter's frame: "We return Tuesday, 6am IST.", "Hit reply if a story slipped past us."
    r"|^we(?:['’]re|\s+are|['’]ll\s+be|\s+will\s+be)?\s+(?:return|back|be\s+back)\s+(?:on\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next\s+week)\b"
    r"[^.!?;]{0,30}$"
    r"|^(?:hit|just)\s+reply\b[^.!?;]{0,60}$"
    r"|^back\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow"
    r"|next\s+week)(?:\s+at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)?$"
    # "Print edition: pick up the <Paper> at any post office"
    r"|^print\s+edition\s*:\s*(?:pick\s+up|buy|find|get)\s+(?:the\s+|your\s+)?[^.!?;]{1,60}$"
    # "<Topic> references for this issue sit on the <Society> site."
    r"|^(?:[\w'’-]+\s+){0,3}(?:references|sources|notes|footnotes|data|datasets|figures)\s+for"
    r"\s+this\s+(?:issue|article|story|piece|episode)\s+(?:sit|are|live|can\s+be\s+found)\s+"
    r"(?:on|at|in)\s+(?:the|our)\s+[^.!?;]{1,40}$"
    # "Passed along by a colleague? 40,000 early readers subscribe through the link below."
    r"|^[\d,.]+\s+(?:[\w-]+\s+){0,2}readers\s+(?:subscribe|sign\s+up|get\s+it)\s+(?:through|via"
    r"|with|at|using)\s+(?:the\s+)?link\s+(?:below|above)$"
    r"|^(?:passed|forwarded|sent)\s+(?:along|on)?\s*(?:by|from)\s+(?:a|an)\s+(?:colleague|friend)$",
    re.I,
)
_SPLIT = re.compile(r"(?<=[.!?;])\s+")


# a word one of the kinds needs, asked before any pattern (a substring test is cheap)
_KEYS = (
    "send", "drop", "upload", "submit", "share", "bring", "post", "leave", "mail", "text",
    "whatsapp", "welcome", "logged", "collected", "gathered", "compiled", "recorded", "?",
    "desk", "newsroom", "line", "correction", "appear", "available", "printed", "found",
    "reading", "cite", "edition", "return", "back", "reply", "link", "passed", "forwarded",
    "sent", " are on ", " are at ", "plant", "flowers", "journalists", "reporters", "media",
    "references", "sources", "notes", "data", "figures",
)  # fmt: skip


# The page's offers and pointers to its own services, whole lines: a classified's or an ad's
# booking ("Place a classified: online or at our <Street> office", "Advertise in the <Paper>:
# reach readers across <Region>"), its events ("Upcoming webinar: <topic>, 21 April — register
# free"), a live page's promise of more ("Stay with us: economists react shortly."), a travel
# page's planner ("Plan your trip: best season, where to stay, what to pack").
_OFFERS = re.compile(
    r"^(?:place|book|submit)\s+(?:a|an|your)\s+(?:classified|ad|advert|advertisement|notice"
    r"|announcement)s?\b\s*[:—–-]\s*[^!?]{0,80}$"
    r"|^advertise\s+(?:in|with|on)\s+[^.!?:]{1,40}\s*[:—–-]\s*[^.!?]{0,60}$"
    r"|^(?:upcoming|next|free|join\s+our|our\s+next)\s+(?:webinar|web\s+event|online\s+event"
    r"|masterclass|briefing\s+call|live\s+q&a)\s*:\s*[^!?]{1,80}\bregist\w*\b[^!?]{0,20}$"
    r"|^stay\s+with\s+us\s*[:—–-]\s*[^!?]{0,80}[.!]?$"
    r"|^plan\s+your\s+(?:trip|visit|stay|holiday|journey)\s*[:—–-]\s*[^.!?]{0,80}$",
    re.I,
)


def is_ask_line(text: str) -> bool:
    """Whether ``text`` is, part by part (its sentences, or clauses after a semicolon), one of
    the page's asks or pointers (see the module)."""
    line = text.strip()
    if not line or len(line.split()) > MAX_WORDS:
        return False
    if _OFFERS.match(line):
        return True
    low = line.lower()
    if not any(key in low for key in _KEYS):
        return False
    if _PART.match(line.rstrip(".! ")):
        return True
    parts = [p.strip().rstrip(".!;?").strip() for p in _SPLIT.split(line)]
    parts = [p for p in parts if p]
    return len(parts) >= 2 and all(_PART.match(p) for p in parts)
