"""How the page is paid for and how its pieces are made, said by the page itself, each a whole
short line of one of these kinds:

- a sponsor's line, with or without the note that the sponsor has no hand in the content:
  "Today's letter is supported by Saffron Rail Holidays. Sponsors do not see our content in
  advance.", "Sponsored by the Coastal Skills Fund. Editorial content is independent of
  sponsors.", "Editorial content is independent of our sponsors." alone;
- the readers who pay for it: "No ads here: members at £4 monthly keep <Outlet> going.",
  "<Outlet> relies on your support. Become a sustaining member today.", "Local. Independent.
  Reader-funded.", "Donate to keep local news free for everyone in the valley.", "Thanks for
  reading. Support island journalism with a donation.", a station's member asks ("Support for
  local news comes from listeners like you. Give now.", "Keep <Station> on the air: $10 a month
  makes you a sustaining member.", "Un don au <Outlet> aide à couvrir ...") and a local
  journalism scheme's credit ("Initiative de journalisme local – <Outlet>");
- how a kind of its pieces is made or kept up: "Commodity briefs are compiled from official
  statements.", "Brief prepared by a university peatland group.", "Explainers are updated when
  new data are published.", "Fishing reports are updated every Friday.";
- who paid for the piece's travel: "Travel for this piece was paid for by a Saharan cultures
  fund, which saw nothing before print.", "The writer travelled as a guest of the island's
  tourism board."

A sentence of news that opens alike stays: its subject is not the page's piece ("The festival
is sponsored by Harbour Bank, which ..."), a clause follows the sponsor's name ("Sponsored by
the Skills Fund, the course trains 40 technicians."), its payers are not the page's readers
("Donors keep the lifeboat station going through the winter."), or its subject is a figure
("Casualty figures are compiled by the health ministry."). ``clean.is_boilerplate`` keeps a
line with an attribution verb.
"""

from __future__ import annotations

import re

from briefing.text import split_sentences

__all__ = ["is_funding_note"]

MAX_WORDS = 30

# the page's own pieces, as the subject of a sponsor's line
_PIECE = (
    r"(?:letter|newsletter|issue|edition|e-?mail|briefing|bulletin|digest|round-?up|podcast"
    r"|episode|show|programme|program|page|section|series|column|feature|guide|coverage)"
)
# a sponsor's name: capitalised words (with "of", "and", "&" between), nothing after it
_SPONSOR_NAME = (
    r"(?:the\s+)?(?-i:[A-Z0-9])[\w'’&.-]*(?:\s+(?:(?-i:[A-Z0-9])[\w'’&.-]*|of|and|for|&|the)){0,7}"
)
_SPONSOR = re.compile(
    r"^(?:(?:this|today['’]s|tonight['’]s|this\s+week['’]s|this\s+month['’]s|the)\s+"
    rf"(?:[\w-]+\s+)?{_PIECE}\s+(?:is|was|comes\s+to\s+you|has\s+been)\s+)?"
    r"(?:sponsored|supported|underwritten|presented|brought\s+to\s+you|made\s+possible"
    r"|powered)\s+(?:in\s+part\s+)?by\s+"
    rf"{_SPONSOR_NAME}\s*[.!]?$",
    re.I,
)
# ... and that the sponsor has no hand in the content
_HANDS_OFF = re.compile(
    # "<Outlet> is edited independently of the station's sponsors"
    r"^(?:(?-i:[A-Z])[\w'’&.-]*\s+){1,4}(?:is|are)\s+(?:edited|written|produced|run|made)\s+"
    r"independently\s+of\s+(?:its|our|the(?:\s+[\w-]+['’]s?)?)\s+(?:sponsors?|funders?"
    r"|advertisers?|owners?|donors?)\s*[.!]?$|"
    r"^(?:(?:our\s+)?editorial\s+content|our\s+(?:journalism|reporting|coverage)|the\s+newsroom"
    r"|(?:our\s+)?coverage)\s+(?:is|remains|stays)\s+(?:fully\s+|entirely\s+)?independent\s+of\s+"
    r"(?:its\s+|our\s+|the\s+)?(?:sponsors?|funders?|advertisers?|partners?|donors?)\s*[.!]?$"
    r"|^(?:(?:our|the|its)\s+)?(?:sponsors?|funders?|advertisers?|partners?|donors?)\s+"
    r"(?:do|does|did)\s+not\s+(?:see|read|review|approve|shape|influence|edit)\s+(?:our|the|its"
    r"|any)\s+(?:content|stories|journalism|reporting|coverage|articles|pieces|letters?|issues?)"
    r"(?:\s+(?:in\s+advance|before\s+(?:publication|it\s+runs|they\s+run)))?\s*[.!]?$"
    r"|^(?:(?:our|the|its)\s+)?(?:sponsors?|funders?|advertisers?|partners?|donors?)\s+"
    r"(?:have|has|had)\s+no\s+(?:say|input|control|influence)\s+(?:over|in|on)\s+(?:our|the|its)\s+"
    r"(?:content|stories|journalism|reporting|coverage)\s*[.!]?$",
    re.I,
)
_PAYERS = r"(?:members|readers|subscribers|supporters|listeners|viewers|patrons|donors)"
_PRICE = r"(?:[£$€₹]\s?\d[\d.,]*|\d[\d.,]*\s*(?:euros?|pounds?|dollars?|rand|kr))"
# the readers who pay for the page, a whole sentence
_READERS_PAY = re.compile(
    # "No ads here: members at £4 monthly keep <Outlet> going."
    r"^no\s+(?:ads|adverts|advertising|advertisers|paywall)(?:\s+here)?\s*[:;,.—–-]\s*"
    rf"(?:our\s+|just\s+)?{_PAYERS}\b[^.!?]{{0,60}}[.!]?$"
    # "Members at £4 a month keep the paper going.", "Readers from $5 pay for every story."
    rf"|^(?:our\s+)?{_PAYERS}\s+(?:at|from|paying|giving)\s+(?:just\s+|only\s+)?{_PRICE}"
    r"[^.!?]{0,30}\b(?:keep|kept|pay\s+for|fund)\b[^.!?]{0,40}[.!]?$"
    # "<Outlet> relies on your support.", "We depend on your donations."
    r"|^(?:[\w'’&.-]+\s+){1,4}(?:relies|rely|depends|depend)\s+(?:entirely\s+|wholly\s+)?on\s+"
    r"(?:your|readers['’]|listeners['’]|members['’])\s+(?:support|donations?|generosity"
    r"|contributions?|membership)\s*[.!]?$"
    # "Local. Independent. Reader-funded."
    r"|^(?:[\w'’-]+[.,]\s+){0,3}(?:reader|member|listener|viewer|community|donor|subscriber)"
    r"[- ](?:funded|supported|owned|powered|backed)\s*[.!]?$"
    # "Donate to keep local news free for everyone in the valley."
    r"|^(?:please\s+)?(?:donate|give|chip\s+in|contribute)\b[^.!?]{0,30}\bto\s+keep\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:news|journalism|reporting|us|this\s+\w+|the\s+(?-i:[A-Z])\w*)\s+"
    r"(?:free|going|running|alive|independent|open|on\s+air)\b[^.!?]{0,40}[.!]?$"
    # "Support island journalism with a donation.", "Support us by becoming a member."
    r"|^(?:please\s+)?support\s+(?:us|(?:[\w'’-]+\s+){0,3}?(?:journalism|news|reporting))\s+"
    r"(?:with|by|through)\s+(?:a\s+|your\s+)?(?:donation|donating|gift|contribution|membership"
    r"|subscription|subscribing|becoming\s+a\s+(?:member|subscriber|supporter))\b[^.!?]{0,30}"
    r"[.!]?$"
    # "<Outlet> runs on reader money.", "... is run by volunteers" (after thanks for reading)
    r"|^(?:(?-i:[A-Z])[\w'’&.-]*\s+){1,4}(?:runs|is\s+run|is\s+funded)\s+(?:on|by)\s+(?:reader"
    r"|listener|member|viewer)s?['’]?\s+(?:money|donations|support|subscriptions)\s*[.!]?$"
    # "Give from £2 a month."
    rf"|^(?:please\s+)?(?:give|donate|chip\s+in|support\s+us)\s+(?:from|with)\s+(?:just\s+)?{_PRICE}"
    r"\s+(?:a|per|each)\s+(?:month|year|week)\s*[.!]?$"
    # "Today's sponsor: <a sponsor> (we chose it, ...)"
    # (or its backer, partner or underwriter: "Today's backer: a ferry line. Backers read the
    # letter when you do, not sooner.")
    r"|^(?:(?:today['’]s|this\s+week['’]s|this\s+issue['’]s)\s+(?:sponsors?|backers?"
    r"|underwriters?|partners?)|our\s+sponsors?)\s*:\s*[^!?]{1,120}$"
    # "Become a sustaining member today."
    r"|^become\s+a\s+(?:sustaining\s+|monthly\s+|founding\s+|paying\s+)?(?:member|supporter"
    r"|donor|patron)(?:\s+(?:today|now))?\s*[.!]?$",
    re.I,
)
# how a kind of the page's pieces is made or kept up (its subject a kind of piece, not a
# figure): "Commodity briefs are compiled from official statements.", "Explainers are updated
# when new data are published.", "Fishing reports are updated every Friday."
_MADE = re.compile(
    r"^(?:[\w'’-]+\s+){0,2}(?:briefs|explainers|summaries|round-?ups|digests|listings|notes"
    r"|columns|factsheets|fact\s+sheets|guides|timelines|previews|recaps)\s+(?:are|get)\s+"
    r"(?:\w+\s+)?(?:compiled|prepared|updated|written|assembled|drawn\s+up|put\s+together"
    r"|refreshed|revised|checked)\s+(?:from|by|when|every|each|weekly|daily|monthly|with|using"
    r"|after|as)\b[^.!?;,]{0,60}\.?$"
    # "... reports are updated every Friday." (a topic's reports, and when)
    r"|^(?:[\w'’-]+\s+){1,2}reports\s+are\s+(?:updated|posted|published|refreshed)\s+(?:every"
    r"|each|weekly|daily|on\s+(?-i:[A-Z])\w+days)\b[^.!?;,]{0,30}\.?$"
    # how the page's figures are gathered, and that they are a guide only: "<Letter> prices are
    # collected by phone from traders and are indicative only.", "Figures from cooperative
    # statements and traders; treat them as a guide, not advice to invest." (a ministry's
    # method is told with its name and a verb of saying: "..., the ministry said.")
    r"|^(?:[\w'’-]+\s+){0,3}(?:prices|figures|rates|quotes|quotations|numbers|data|estimates)\s+"
    r"(?:are|were)\s+(?:\w+\s+)?(?:collected|gathered|compiled|taken|sourced|obtained|checked)"
    r"\s+(?:by|from|via|with|over|at|each|every|weekly|daily)\b[^.!?;,]{0,60}\s+and\s+(?:are"
    r"|should\s+be\s+(?:read|taken|treated)\s+as)\s+(?:(?:only\s+)?(?:indicative|approximate"
    r"|estimates)|a\s+guide)(?:\s+only)?\.?$"
    r"|^(?:prices|figures|rates|quotes|numbers|data|estimates)\s+(?:from|by|via)\s+[^.!?;]{1,60}"
    r";\s+(?:treat|read|take)\s+(?:them|it|these)\s+as\s+(?:a\s+guide|indicative)(?:\s+only)?"
    r"(?:,\s+not\s+(?:as\s+)?(?:advice|a\s+recommendation|an?\s+offer)\b[^.!?;]{0,40})?\.?$"
    # rough figures and where they come from: "Figures are rough, gathered by phone from dairies
    # and wholesalers", "Prices collected at dawn from five stalls; see the table in the print
    # edition", "Prices are reported by shop owners and checked by phone on the day of
    # publication"
    r"|^(?:[\w'’-]+\s+){0,2}(?:prices|figures|rates|quotes|numbers|data|estimates)\s+(?:are|were)\s+"
    r"(?:rough|approximate|indicative|estimates|provisional)\s*,\s*(?:collected|gathered|compiled"
    r"|taken|reported)\s+(?:by|from|via|at)\b[^.!?;]{0,60}\.?$"
    r"|^(?:prices|figures|rates|quotes)\s+(?:were\s+|are\s+)?(?:collected|gathered|compiled|taken)"
    r"\s+(?:at|on|by|from)\s+[^.!?;]{1,60};\s+see\s+the\s+[^.!?]{1,60}$"
    r"|^(?:prices|figures|rates|quotes)\s+are\s+(?:reported|supplied|given)\s+by\s+[^.!?;]{1,40}\s+"
    r"and\s+(?:checked|verified|confirmed)\b[^.!?]{0,60}\.?$"
    # "Answers checked with national park rangers."
    r"|^(?:answers|facts|figures|details|prices|times|dates|routes|timetables|recipes)\s+(?:were\s+"
    r"|are\s+)?(?:checked|verified|confirmed)\s+with\s+[^.!?;,]{1,60}\.?$"
    # "Brief prepared by a university peatland group." (no verb after the maker)
    r"|^(?:this\s+|the\s+)?(?:brief|explainer|summary|digest|round-?up|factsheet|fact\s+sheet"
    r"|timeline|guide|note|notes)\s+(?:was\s+|is\s+)?(?:compiled|prepared|written|produced"
    r"|assembled|put\s+together)\s+(?:by|from|with)\s+"
    r"(?!(?:[^.!?]*\s)?(?:is|are|was|were|has|have|had|will|would|said|says|(?:and|but)\s+\w+ed)\b)[^.!?;,]{1,60}\.?$",
    re.I,
)


# who paid for the piece's travel or stay: "Travel for this piece was paid for by <a fund>,
# which saw nothing before print.", "The writer travelled as a guest of <a board>." (the page's
# own piece or writer: "Travel for the team was paid for by the federation" is news)
_TRAVEL = re.compile(
    r"^(?:(?:travel|research|reporting|accommodation|flights?)\s+for\s+this\s+(?:piece|article"
    r"|story|feature|report|series|dispatch)|(?:the\s+|this\s+)?(?:writer|author|reporter"
    r"|correspondent|photographer)['’]s\s+(?:travel|trip|stay|visit))\s+(?:was|were)\s+(?:paid"
    r"\s+for|funded|covered|provided|supported|arranged|hosted)\s+by\s+[^.!?]{1,100}[.!]?$"
    r"|^(?:the|this)\s+(?:writer|author|reporter|correspondent|photographer)\s+(?:travelled"
    r"|traveled|stayed|was\s+hosted)\s+(?:as\s+(?:a\s+)?guests?\s+of|courtesy\s+of|at\s+the"
    r"\s+invitation\s+of|with\s+support\s+from)\s+[^.!?]{1,100}[.!]?$",
    re.I,
)


# a scheme that pays for local reporting, by its name: "The Local Democracy Reporting Service is
# funded by the BBC and local news organisations to cover ...", its name a news word's
_SCHEME = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){0,4}(?:Reporting|Journalism|News|Newsroom|Reporters?)"
    r"(?:\s+[A-Z][\w'’&-]*){0,3}\s+(?:is|are)\s+(?:jointly\s+|partly\s+|part[- ])?funded\s+by\s+"
    r"[^.!?;]{1,80}\.?$",
)
# thanks for reading, in English or another language the page leaves ("Ko rabwa for reading"):
# a note only beside another
_DASH = re.compile(r"\s+[—–]\s+")
_THANKS = re.compile(
    r"^(?:thanks|thank\s+you|[\w'’‘-]+\s+[\w'’‘-]+)\s+for\s+reading\s*[.!]?$", re.I
)
# ... and beside thanks only, who makes it: "<Outlet> is run by volunteers"
_VOLUNTEERS = re.compile(
    r"^(?:[A-Z][\w'’&.-]*\s+){1,4}is\s+(?:run|made|written)\s+by\s+volunteers\s*[.!]?$"
)


# a word one of the kinds needs, asked before any pattern (a substring test is cheap)
_KEYS = (
    "sponsor",
    "backer",
    "partner",
    "indicative",
    "guide",
    "support",
    "underwrit",
    "presented",
    "brought to",
    "possible",
    "powered",
    "independent",
    "funded",
    "no ",
    "relies",
    "rely",
    "depend",
    "donat",
    "give",
    "chip in",
    "contribut",
    "become",
    "run",
    "keep",
    "pay for",
    "compiled",
    "gathered",
    "collected",
    "reported",
    "prepared",
    "updated",
    "written",
    "assembled",
    "drawn up",
    "together",
    "refreshed",
    "revised",
    "checked",
    "verified",
    "confirmed",
    "posted",
    "published",
    "travel",
    "guest",
    "courtesy",
    "invitation",
    "hosted",
)

# A sponsor's line in the page's language, its own piece the subject ("Este boletín es posible
# gracias a <Sponsor>: 10% de descuento ...", "Este boletín llega gracias a <Sponsor>.", "Diese
# Folge wird unterstützt von <Sponsor>.", "Cette lettre vous est offerte par <Sponsor>."), or a
# label that presents it ("Presented by <Sponsor>, <what it sells>"; no sentence of news).
_OWN_PIECE = (
    r"(?:boletín|boletim|newsletter|correo|episodio|episódio|edición|edição|número|podcast"
    r"|lettre|épisode|numéro|folge|sendung|episode|puntata|numero|aflevering|editie"
    r"|nummer|avsnitt|utgåva|utgave|udgave|afsnit|týdeník|zpravodaj|díl|epizoda|letter|issue"
    r"|edition|bulletin|digest|newsbrief)"
)
_SPONSOR_ABROAD = re.compile(
    r"^(?:este|esta|this|cette|ce|cet|diese[rs]?|dieses|questa|questo|deze|dit|denna|detta"
    r"|denne|dette|ten|tento|ta|to|o|a|el|la|le|die|der|das|il|het|today['’]s)\s+"
    rf"{_OWN_PIECE}\s+(?:es\s+posible|llega|se\s+hace\s+posible|fue\s+posible|é\s+possível"
    r"|chega|est\s+rendu(?:e)?\s+possible|(?:vous\s+)?est\s+offert(?:e)?|arrive|wird\s+(?:dir\s+"
    r"|ihnen\s+)?(?:unterstützt|präsentiert|ermöglicht|gesponsert|präsentiert)|ist\s+möglich"
    r"|è\s+possibile|(?:ti\s+)?è\s+offert[oa]|è\s+sostenut[oa]|arriva|wordt\s+(?:mogelijk"
    r"\s+gemaakt|ondersteund|aangeboden|gesponsord)|is\s+mogelijk|görs\s+möjlig|stöds|sponsras"
    r"|presenteras|er\s+(?:mulig|støttet|sponset|sponsoreret)|støttes|vychází|je\s+podpořen\w*"
    r"|is\s+(?:made\s+possible|supported|brought\s+to\s+you|sponsored|presented|underwritten)"
    r"|comes\s+to\s+you)\b[^!?]{0,40}?\b(?:gracias\s+a|graças\s+a|grâce\s+à|par|von|durch"
    r"|grazie\s+a|da|door|dankzij|av|tack\s+vare|takket\s+være|af|díky|by|thanks\s+to"
    r"|con\s+el\s+apoyo\s+de|com\s+o\s+apoio\s+de|con\s+il\s+sostegno\s+di|avec\s+le\s+soutien"
    r"\s+de|mit\s+(?:der\s+)?unterstützung\s+(?:von|der|des))\b[^!?]{0,120}$"
    r"|^(?:presented\s+by|brought\s+to\s+you\s+by|in\s+partnership\s+with|präsentiert\s+von"
    r"|presentado\s+por|patrocinado\s+por|présenté\s+par|presentato\s+da|gepresenteerd\s+door"
    r"|presenteras\s+av|apresentado\s+por)\s+[^.!?]{1,100}$"
    # a letter's sponsor band in sentence case: "Together with <Sponsor>", "Together with
    # <Sponsor> — <what it sells>." (a name, then a dash or a colon: "Together with the council,
    # the group ..." and "Together with Kenya, Uganda asked ..." are news)
    r"|^(?:together\s+with|in\s+association\s+with)\s+(?-i:[A-Z0-9][\w&'’.-]*)(?:\s+(?-i:[A-Z0-9]"
    r"[\w&'’.-]*)){0,4}(?:\s*(?:[—–:]|\s-)\s*[^!?]{1,120})?$",
    re.I,
)


def _note(sentence: str) -> bool:
    return bool(
        _SPONSOR.match(sentence)
        or _HANDS_OFF.match(sentence)
        or _READERS_PAY.match(sentence)
        or _MADE.match(sentence)
        or _SCHEME.match(sentence)
        or _TRAVEL.match(sentence)
    )


# A public station's or a member outlet's ask, whole line: "Support for local news comes from
# listeners like you. Give now.", "Keep <Station> on the air: $10 a month makes you a sustaining
# member.", "Un don au <Outlet> aide à couvrir <a region>."; the credit of a scheme that pays
# for local reporting, by its name in English or French ("Initiative de journalisme local –
# <Outlet>"). A story on a station's funding says who gave, with a verb of saying.
_MEMBER_ASK = re.compile(
    r"^support\s+for\s+(?:[\w'’-]+\s+){0,3}comes\s+from\s+(?:listeners|viewers|readers|members"
    r"|people|supporters|donors)\s+like\s+you\b[^!?]{0,40}[.!]?$"
    r"|^keep\s+[^.!?:]{1,30}\s+on\s+the\s+air\b(?=[^!?]*(?:[$£€]|\bmembers?\b|\bdonat|\bgive\b"
    r"|\bgift\b|\bmonth\b))[^!?]{0,80}[.!]?$"
    r"|^[^.!?]{0,40}\bmakes\s+you\s+a\s+(?:sustaining|founding|monthly|paying)\s+member\s*[.!]?$"
    r"|^(?:un|votre|chaque)\s+don\s+(?:au|à\s+la|à\s+l['’]|à|aux)\s+[^.!?]{1,40}\s+(?:aide|permet"
    r"|contribue)\s+à\s+(?:couvrir|informer)\b[^!?]{0,60}[.!]?$"
    r"|^(?:initiative\s+de\s+journalisme\s+local|local\s+journalism\s+initiative)"
    r"(?:\s*[–—|·,-]\s*[^.!?]{1,60})?\.?$",
    re.I,
)


def is_funding_note(text: str) -> bool:
    """Whether the short line ``text`` is, whole or sentence by sentence, the page on its
    sponsors, its paying readers or how its pieces are made (see the module); thanks for
    reading count only beside another such sentence."""
    line = text.strip()
    if not line or len(line.split()) > MAX_WORDS:
        return False
    if _SPONSOR_ABROAD.match(line) or _MEMBER_ASK.match(line):
        return True
    low = line.lower()
    if not any(key in low for key in _KEYS):
        return False
    if _note(line):
        return True
    sentences = [part for s in split_sentences(line) for part in _DASH.split(s) if part]
    if len(sentences) < 2:
        return False
    thanks = [bool(_THANKS.match(s)) for s in sentences]
    notes = [_note(s) or (any(thanks) and bool(_VOLUNTEERS.match(s))) for s in sentences]
    return any(notes) and all(n or t for n, t in zip(notes, thanks, strict=True))
