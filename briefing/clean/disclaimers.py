"""Disclaimers: the page's small print about a piece, never its news.

General wordings only (no site's string is written here):

- an opinion piece's note ("This is an opinion column.", "Columns reflect their author's
  opinion; the editorial board may disagree.", "Opinions here belong to the writer.");
- a funding or production note ("This feature was supported by a grant from a journalism fund.
  The fund had no say over its content.", "This story was produced in partnership with ...");
- where the piece appeared ("This article appears in the spring print issue.");
- the page's data and advice disclaimers: figures said of the page itself ("Figures on this page
  can trail the live market.", "Odds quoted are ..."), information-only and not-advice notes
  ("Nothing here should be read as advice to trade.", "This guide does not replace medical
  advice.", "... not suitable for all investors"), "correct at the time of writing", a betting
  line's "gamble responsibly", affiliate links; a market page's delay ("Quotes run 15 min
  behind"), a health page's review note ("Medically reviewed by Dr ... · Last reviewed ...") and
  hedge ("General guidance only; ask your own doctor ..."), a page that says it has no sponsors;
- whose views a piece holds and what its figures are not, as a whole line, in other wordings
  ("Views are the writer's; ...", "This analysis reflects the judgment of its writer, not ...",
  "Columnists write for themselves, not for ...", "Market notes are commentary, not investment
  recommendations.", "Listed values are dealers' guesses, never a purchase offer.", "...; we
  are not affiliated with the transit authority.");
- a guide's standing advice to check before going, the whole line ("Trail conditions change
  quickly; check before you set out.", "Details may change; confirm with the office before
  setting off.");
- who paid and who did not ("This explainer was paid for in part by ...", "<Outlet>: paid for by
  subscribers plus two charities", "No hotel named here paid for a stay."), a guide's hedge ("...
  are guidance only. Surf at your own risk.", "Our notes are updated by readers, not checked by
  us."), reuse terms ("Reuse requires written permission.", "copy our features freely"), the
  page's units and provisional figures ("Figures in US dollars unless stated", "Volumes
  provisional; the board revises them monthly.");
- a signed opinion's and a columnist's note ("Signed opinion; the editors may disagree.", "...
  writes for herself rather than for the paper"), who paid for a trip and who sees a story
  before it runs ("He travelled at the magazine's own expense.", "... neither sees a story
  before it runs."), a holding in the companies this piece names, and a market or data page's
  note on its own figures ("assessed by our brokers ...", "carry no firm bid", "Readings quoted
  here come from ...", "Indicative figures ...; they may differ ...").

Only short lines count (``MAX_WORDS``), and ``clean.is_boilerplate`` keeps a line with an
attribution verb (a regulator "said the figures should not be read as advice" is news).
"""

from __future__ import annotations

import re

__all__ = ["is_disclaimer", "is_own_making"]

MAX_WORDS = 40

# "Opinion pieces reflect the views of their authors only.", "Columns reflect their author's
# opinion", "Opinions here belong to the writer.", "This is an opinion column."; not "Opinion
# polls reflect ..." (the subject is the page's kind of piece) nor "Opinions differ ...".
_OPINION = re.compile(
    r"^this\s+is\s+an?\s+(?:opinion|comment|commentary|analysis)\s+(?:column|piece|article)\b"
    # the page's kind of piece or "the views/opinions expressed (in this article)", then whose
    # they are or are not: "The opinions expressed in this article are those of the author.",
    # "The views expressed do not necessarily reflect those of the publication."
    r"|^(?:the\s+)?(?:(?:opinion|comment|analysis|guest|signed)\s+)?(?:columns?|pieces|articles|op-eds?|commentaries"
    r"|opinions|views)\s+(?:(?:here|expressed|published|in\s+this\s+(?:article|column|piece)"
    r"|on\s+this\s+(?:page|site))\s+)*(?:reflect|represent|express|belong\s+to|are\s+(?:those\s+of"
    r"|solely|the\s+(?:authors?|writers?))|do\s+not\s+(?:necessarily\s+)?(?:reflect|represent))\b"
    r"[^.;]{0,60}\b(?:authors?|writers?|columnists?|contributors?|publication|newspaper|editors"
    r"|editorial\s+board)(?:['’]s?)?(?!\w)",
    re.I,
)
# A piece's funding or production note, its subject the page's own kind of piece: "This feature
# was supported by a grant ...", "The funder had no say over its content.", "This article was
# produced in cooperation with ...", "This article appears in the autumn print issue."
_FUNDING = re.compile(
    r"^this\s+(?:[\w-]+\s+)?(?:article|story|feature|report|reportage|piece|coverage|journalism"
    r"|reporting|newsletter|essay|explainer|guide|investigation)\s+(?:was|is|has\s+been)"
    r"\s+(?:\w+\s+)?(?:supported|funded|financed|sponsored|made\s+possible|(?:co-?)?produced"
    r"|paid\s+for(?:\s+in\s+part)?)"
    r"\s+(?:by|with|in\s+(?:cooperation|partnership|collaboration|association))\b"
    # "Reporting for this piece was paid for by the <Fund>; republishing is welcome ..." (junk49)
    r"|^(?:the\s+)?(?:reporting|research|travel|work)\s+(?:for|on)\s+this\s+(?:article|story"
    r"|piece|report|feature|series|investigation)\s+(?:was|is|has\s+been)\s+(?:\w+\s+)?"
    r"(?:supported|funded|financed|sponsored|paid\s+for|made\s+possible)(?:\s+in\s+part)?\s+by\b"
    r"|^this\s+(?:letter|issue|edition|e-?mail)\s+is\s+(?:sponsored|supported|brought\s+to\s+you)"
    r"\s+by\b"
    r"|\bhad\s+no\s+(?:editorial\s+)?(?:say|input|control|influence)\s+(?:over|in|on)\s+"
    r"(?:its|the|this)\s+(?:content|coverage|article|story|reporting|journalism)\b(?!\s+of)"
    r"|^this\s+(?:article|story|piece|essay|feature|interview|review)\s+(?:first\s+)?(?:appears"
    r"|appeared|was\s+(?:first\s+|originally\s+)?published)\s+in\b"
    # "Appeared in the March 20, 2034, issue of <Magazine> as ...", "From the April 2034 print
    # issue: ..."
    r"|^(?:it\s+)?appeared\s+in\s+the\s+[^.;]{0,40}\b(?:print\s+)?(?:issue|edition)\s+of"
    r"(?:\s+[\w'’&.-]+){1,6}?(?:\s+as\b|\s*\.?\s*$)"  # ... and nothing but the title after it
    r"|^from\s+the\s+[^.:;]{0,30}\bprint\s+(?:issue|edition)\s*:"
    # a funding scheme's note: "LDR is local body journalism co-funded by RNZ and NZ On Air.",
    # its subject the scheme's or the outlet's name ("Most local news is now journalism funded
    # by philanthropy or public money." is news)
    r"|^(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z&][\w-]*)){0,2}\s+is\s+(?:[\w-]+\s+){0,4}(?:journalism"
    r"|reporting)\s+(?:co-?)?funded\s+by\b"
    # the page's own funders after its name: "<Outlet>: paid for by subscribers plus two
    # charities." (readers, members, donors, a grant, a trust or a foundation pay)
    r"|^(?-i:[A-Z][\w'’&-]*)(?:\s+[\w'’&-]+){0,4}\s*:\s+(?:paid\s+for|funded|financed"
    r"|supported)\s+(?:\w+\s+){0,2}by\s+(?:its\s+|our\s+)?(?:readers|subscribers|members"
    r"|donors|supporters|listeners|viewers|a\s+grant|grants|(?:\w+\s+)?(?:foundations?|trusts?"
    r"|charit(?:y|ies)))\b"
    # who did not pay: "No producer named here paid <Outlet> anything.", "No hotel mentioned in
    # this review paid for a stay."
    r"|(?:^|[.;]\s+)no\s+(?:\w+\s+)?(?:producers?|compan(?:y|ies)|brands?|makers?|hotels?"
    r"|restaurants?|wineries|winery|businesses|business|firms?|advertisers?|sponsors?|venues?)\s+"
    r"(?:named|mentioned|featured|reviewed|listed)\s+(?:here|in\s+this\s+\w+)\s+paid\b",
    re.I,
)
# The page's data and advice disclaimers: figures said of the page itself or hedged ("Figures on
# this page can trail the live market.", "Index figures here are for orientation ...", "Prices
# quoted are indicative"; not "Prices here have doubled." nor "... indicative of a trend"), tried
# with ``match``...
# "EDW content is for professional investors only.", "This newsletter is for ... only."
_PROFESSIONALS = re.compile(
    r"^(?:this\s+[\w-]+\s+is\s+|[\w-]+\s+content\s+is\s+)?for\s+(?:professional|institutional"
    r"|qualified|accredited)\s+(?:investors|clients|use)\s+only\.?$",
    re.I,
)
_DATA_START = re.compile(
    # "Indicative figures gathered from traders; they may differ from exchange data."
    r"indicative\s+(?:levels|prices|rates|figures|quotes)\b[^.]{0,80}\bmay\s+differ\b|"
    r"(?:[^:]{1,30}:\s+)?(?:[\w-]+\s+){0,2}(?:figures|prices|data|quotes|rates|odds)\s+(?:(?:shown"
    r"|quoted|given|displayed)\s+)?(?:on\s+this\s+(?:page|site)\b|(?:here\s+)?(?:are|is|may|can)\b"
    r"[^.;]{0,30}\b(?:indicative(?!\s+of)|for\s+orientation|out\s+of\s+date|delayed|approximate)\b)",
    re.I,
)
# ... and anywhere, each from a word's start (one ``\b`` before the alternatives: a cheap search).
_DATA_ANY = re.compile(
    r"\b(?:(?:prices|quotes|figures|data)\b[^.;]{0,40}\b(?:lag|trail)s?\s+the\s+(?:live\s+)?"
    r"(?:market|exchange)\b"
    # not advice: "Nothing here should be read as advice to trade.", "... are not a
    # recommendation to trade", "This explainer does not replace medical advice."
    r"|for\s+(?:general\s+)?information(?:al)?\s+(?:purposes\s+)?only\b"
    r"|(?:should|must)\s+(?:not\s+)?be\s+(?:read|taken|construed|treated|considered)\s+as\s+"
    r"(?:\w+\s+)?(?:advice|an?\s+(?:\w+\s+)?(?:recommendation|offer))\b"
    r"|not\s+(?:a\s+|an\s+)?(?:\w+\s+)?recommendation\s+to\s+(?:buy|sell|trade|invest)\b"
    r"|does\s+not\s+(?:replace|constitute|substitute\s+for)\s+(?:\w+\s+){0,2}advice\b"
    r"|not\s+(?:be\s+)?suitable\s+for\s+all\s+investors\b"
    r"|(?:correct|accurate)\s+at\s+(?:the\s+)?time\s+of\s+(?:publication|publishing|writing"
    r"|going\s+to\s+press)\b|(?:correct|accurate)\s+when\s+we\s+(?:checked|wrote|published)\b"
    r"|\bthis\s+is\s+not\s+(?:\w+\s+)?advice\b|\bnot\s+an?\s+offer\s+to\s+(?:trade|buy|sell|deal)\b"
    # ... said of the desk's notes ("... carry no trading recommendation.", "...; readers should
    # seek their own advice before trading."; junk47), the line ending there: a report of such
    # words goes on ("The apps' posts carry no investment advice warnings, the regulator
    # found, ..."; review51)
    r"|\b(?:carr(?:y|ies)|contains?|makes?|gives?)\s+no\s+(?:trading|investment|buying|selling)\s+"
    r"(?:recommendations?|advice)[.!]?\s*$"
    r"|\b(?:readers|investors|you)\s+should\s+(?:seek|take|get|consult)\s+(?:their|your)\s+own\s+"
    r"(?:\w+\s+)?(?:advice|advis[eo]rs?)\s+before\s+(?:trading|investing|buying|selling|dealing)"
    r"[.!]?\s*$"
    # a market page's delay ("Quotes run 15 min behind", "Data delayed by at least 15 minutes"),
    # a health page's review note and its hedge ("Medically reviewed by Dr ...", "General
    # guidance only; ask your own doctor ...", "no advice intended"), a page without sponsors
    r"|^(?:quotes|prices|data|figures)\s+(?:are\s+)?(?:run|delayed|lag)\s+(?:by\s+)?(?:at\s+least\s+)?"
    r"\d+\s*min(?:ute)?s?(?:\s+behind)?\s*(?:[.·|]|$)"
    r"|(?:quotes|prices|rates)\s+(?:shown|quoted|given|displayed)\s+(?:here\s+)?are\s+indicative\b"
    r"|no\s+advice\s+(?:is\s+)?intended\b|general\s+(?:guidance|information|terms)\s+only\s*[;:,.—–-]"
    r"\s*(?:ask|see|consult|talk|speak|check|an?\s+(?:doctor|gp|pharmacist|nurse)|your\s+(?:own\s+)?"
    r"(?:broker|doctor|gp|lawyer|advis[eo]r|accountant|pharmacist|insurer))\b"
    # a market page's own quotes: "futures quotes here run ten minutes or more behind", "Prices
    # as of the close."
    r"|(?:quotes|prices|data|figures)\s+(?:here\s+|shown\s+)?(?:run|are\s+delayed|lag)\s+"
    r"(?:[\w-]+\s+){1,2}minutes?\s+(?:or\s+more\s+)?behind\b"
    # ... alone, or before another note with no figure ("Prices as of the close; Brent settled at
    # $81.20, up 1.2% on the day." is news)
    r"|^prices\s+as\s+of\s+(?:the\s+)?close\s*[.;][^\d$£€%]*$"
    r"|^(?:medically|clinically)\s+reviewed\s+by\s+(?-i:Dr\.?\s|[A-Z][\w'’-]+\s+[A-Z])"
    r"[^.;]{0,60}(?:[·|]|$)"
    r"|^(?:reviewed|checked\s+for\s+accuracy|fact-checked)\s+by\s+[^.;,]{1,60}[·|]\s*(?:last\s+)?"
    r"(?:reviewed|updated)\b"
    r"|^this\s+(?:page|article|guide|site)\s+(?:contains|has|carries)\s+no\s+(?:sponsored|affiliate"
    r"|paid)\s+(?:links|content)\b"
    # a betting line's and a shopping guide's small print
    r"|(?:gamble|bet)\s+responsibly\b|^(?:please\s+)?drink\s+responsibly\s*[.!]?$"
    # a forecast's or guide's hedge: "Forecasts on <Site> are guidance only. Surf at your own
    # risk.", "... at your own risk." closing the page's note (not "their own risk, the council
    # warned")
    r"|^(?:[\w'’-]+\s+){0,2}(?:forecasts?|information|advice|figures|routes?|notes|tips"
    r"|listings|predictions)\b[^.;]{0,40}\b(?:are|is)\s+(?:for\s+)?guidance\s+only\b"
    r"|(?:^|[.;]\s+)(?:[\w'’-]+\s+){1,3}at\s+your\s+own\s+risk\s*[.!]?$"
    # the page's notes checked by nobody: "Our route notes are updated by readers, not checked by
    # us.", "This bulletin is compiled from partners' situation reports ..."
    r"|\bnot\s+(?:been\s+)?(?:checked|verified|fact-checked|edited|vetted)\s+by\s+us\b"
    r"|^this\s+(?:bulletin|update|digest|newsletter|summary|round-?up|page|list|tracker|briefing)"
    r"\s+is\s+(?:compiled|assembled|drawn\s+up|put\s+together)\s+from\b"
    # reuse terms: "Reuse requires written permission.", "copy our features freely, naming us"
    r"|(?:^|[.;]\s+)(?:reuse|reproduction|republication|republishing)\s+(?:requires|needs"
    r"|only\s+with)\s+(?:(?:our|prior|the\s+owner['’]s)\s+)?(?:written\s+)?permission\b"
    r"|\b(?:copy|republish|reproduce|reuse|share)\s+our\s+(?:[\w-]+\s+)?(?:features|stories"
    r"|articles|journalism|reporting|content|work|photos|pieces)\s+(?:freely|for\s+free"
    r"|free\s+of\s+charge|without\s+charge)\b"
    # the page's units and figures: "Figures in US dollars unless stated", "Volumes provisional;
    # the board revises them monthly."
    r"|^(?:all\s+)?(?:figures|prices|amounts|values|sums|totals)\s+(?:are\s+)?(?:(?:quoted"
    r"|given|shown|expressed)\s+)?in\s+[^.;]{1,25}\bunless\s+(?:otherwise\s+)?(?:stated|noted"
    r"|indicated|specified)\s*\.?$"
    r"|^(?:all\s+)?(?:figures|volumes|data|numbers|totals|estimates)\s+(?:are\s+)?provisional"
    r"\s*(?:[;,]\s+[^.;]{0,40}\brevis\w+\b[^.;]{0,30})?\s*\.?$"
    r"|(?:contains?|includes?|are|may\s+(?:contain|include))\s+(?:some\s+)?affiliate\s+links\b"
    # a review's samples: "Some products were lent to us by their makers for testing."
    r"|(?:lent|loaned|provided|supplied|sent|given)\s+to\s+us\b[^.;]{0,50}\bfor\s+(?:testing|review)\b"
    r"|(?:buying|booking|shopping|ordering)\s+(?:\w+\s+){0,2}(?:through|via)\s+(?:our|these)\s+"
    r"links\b"
    r"|we\s+(?:may\s+)?(?:earn|receive)\s+(?:an?\s+)?(?:small\s+)?(?:affiliate\s+)?commission\b"
    r"|independently\s+selected\s+by\s+our\s+editors\b"
    # "Some links below are sponsored by booking partners.", "do not constitute an offer",
    # "... is for professional investors only", "Opinions expressed are her own, not ..."
    r"|links?\s+(?:below|above|on\s+this\s+page|in\s+this\s+(?:article|story))\s+(?:are|is|may\s+be)"
    r"\s+(?:\w+\s+)?(?:sponsored|affiliate|paid)\b"
    r"|(?:information|listings?|prices|content|material|nothing\s+here|shown|quoted|listed)\b"
    r"[^.;]{0,40}\bdo(?:es)?\s+not"
    r"\s+constitute\s+(?:an?\s+)?(?:\w+\s+)?(?:offer|advice|recommendation|solicitation)\b"
    r"|opinions?\s+(?:expressed\s+)?(?:here\s+)?(?:are|is)\s+(?:his|her|their|my|the\s+author['’]?s)"
    r"\s+own\b"
    # an opinion's and a columnist's note: "Signed opinion; the editors may disagree.", "... writes
    # for herself rather than for the paper", "... writes in a personal capacity"
    r"|^signed\s+(?:opinion|column|comment(?:ary)?)\s*(?:[;.:]|$)"
    r"|for\s+(?:himself|herself|themselves)\s+rather\s+than\s+for\s+(?:the|this)\s+(?:paper"
    r"|newspaper|magazine|site|publication)\b|writes?\s+in\s+a\s+personal\s+capacity\b"
    # who paid and who saw the piece: "He travelled to Berlin at the magazine's own expense.",
    # "Members and a trust keep the site going; neither sees a story before it runs."
    # (the writer's trip: a pronoun or a name opens it and the line ends there; "The minister
    # travelled to Davos at the broadcaster's expense, an audit found." is news)
    r"|(?:^|[.;]\s+)(?:he|she|i|we|they|the\s+(?:writer|author|reporter|critic)"
    r"|(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))\s+(?:travel(?:l)?ed|stayed)\b[^.;,]{0,60}"
    r"\bat\s+the"
    r"\s+(?:magazine|paper|newspaper|site|publication|station|broadcaster)['’]s\s+(?:own\s+)?"
    r"expense\b\s*(?:[.;]|$)"
    r"|(?:neither|nor|no\s+(?:funders?|sponsors?|donors?|advertisers?)|(?:do|does)\s+not|never)\s+"
    r"(?:\w+\s+)?(?:sees?|reads?|approves?|reviews?)\s+(?:a|any|our)\s+(?:story|stories|article"
    r"|articles|piece|pieces|coverage)\s+before\s+(?:it|they)\s+(?:runs?|(?:is|are)\s+published"
    r"|publish|goes\s+(?:out|live)|go\s+(?:out|live))\b"
    # a holding's note on the page's own piece: "... holds no positions in companies named in
    # this analysis."
    r"|(?:holds?|owns?|has|have)\s+no\s+(?:positions?|shares|stakes?|holdings?)\s+in\s+(?:the\s+)?"
    r"(?:compan(?:y|ies)|securities|stocks?|shares)\s+(?:named|mentioned|discussed|covered)\s+in\s+"
    r"this\s+(?:analysis|article|report|piece|story|column|newsletter)\b"
    # a market page's and a data note's own words: "Rate indications are assessed by our brokers
    # and carry no firm bid or quote.", "Indicative figures ...; they may differ from exchange
    # data.", "Air readings quoted here come from the network's morning feed."
    r"|assessed\s+by\s+our\s+(?:brokers|analysts|desk|reporters)\b"
    r"|indications?\b[^.;]{0,60}\bno\s+firm\s+(?:bids?|offers?|quotes?)\b"
    r"|(?:readings|figures|data|prices|numbers|rates|levels)\s+(?:quoted|cited|shown|used)\s+here\s+"
    r"(?:come|comes|are\s+(?:taken|drawn))\s+from\b)",
    re.I,
)


# Whose views a piece holds and what its figures are not, the page's note in a wording of its
# own, the whole line: "Views are the writer's; our newsroom did not edit the argument.", "This
# analysis reflects the judgment of its writer, not the Monitor's board.", "Commentary pieces are
# the views of contributors.", "Columnists write for themselves, not for <Outlet>.", "Market notes
# are commentary, not investment recommendations.", "Listed values are dealers' guesses, never a
# purchase offer.", "<Guide> is a community guide; we are not affiliated with the transit
# authority." (each ends its line: "..., not for the owners, the editor told staff." is news)
_VIEWS = re.compile(
    r"^views\s+(?:here\s+)?are\s+(?:the\s+)?(?:writer|author|columnist|contributor)s?['’]s?"
    r"(?:\s+own)?\s*(?:[;.]|$)"
    r"|^this\s+(?:analysis|column|commentary|piece|essay|op-ed|article)\s+reflects\s+the\s+"
    r"(?:views?|judge?ment|opinions?|thinking)\s+of\s+(?:its|the)\s+(?:writer|author|columnist)s?"
    r"(?:,?\s+not\s+(?:of\s+|that\s+of\s+)?[^.;,]{1,40})?\s*[.;]?$"
    r"|^(?:commentary|opinion|comment|guest|analysis)\s+(?:pieces|columns|articles)\s+(?:are|reflect"
    r"|express)\s+the\s+(?:views?|opinions?)\s+of\s+(?:their\s+|the\s+|our\s+)?(?:contributors?"
    r"|authors?|writers?|columnists?)\s*[.;]?$"
    r"|^(?:our\s+)?(?:columnists|contributors|guest\s+writers|commentators)\s+(?:write|speak)\s+"
    r"for\s+themselves(?:,?\s+not\s+(?:for\s+)?[^.;,]{1,40})?\s*[.;]?$"
    r"|^(?:[\w-]+\s+){0,2}(?:notes|pieces|columns|comments|articles|posts|letters)\s+are\s+"
    r"(?:commentary|opinion|comment),\s+not\s+(?:investment|financial|trading)\s+(?:advice"
    r"|recommendations?)\s*[.;]?$"
    r"|^(?:[\w-]+\s+){0,2}(?:prices|values|valuations|quotes|estimates|figures)\s+(?:(?:quoted"
    r"|listed|shown|given)\s+(?:here\s+)?)?(?:are|is)\s+[^.;,]{1,40},\s+(?:not|never)\s+(?:an?\s+)?"
    r"(?:(?:purchase|sale|firm|binding|buying|selling)\s+)?offers?\s*[.;]?$"
    r"|(?:^|[.;]\s+)(?:we\s+are|we['’]re)\s+not\s+(?:affiliated|connected|associated)\s+with\s+"
    r"[^.;,]{1,60}\.?$",
    re.I,
)


# A guide's standing advice, the whole line: how quickly its subject changes, then to check
# before going ("Trail conditions change quickly; check before you set out.", "Advisories are
# updated regularly. Check the official site before you go."); a line that says what changed or
# who advised it is news.
_CHECK_ADV = r"(?:quickly|fast|often|frequently|regularly|at\s+short\s+notice|without\s+notice)"
_CHECK_FIRST = re.compile(
    # a page kept up by its makers, then the same ask: "Information is updated by volunteers.
    # Check with operators before you travel", "Volunteer-run page; confirm with the territory's
    # highway hotline before setting off."
    r"^[^.;!?]{0,50}\b(?:updated|volunteer(?:-run)?|run\s+by|maintained|kept\s+up)\b[^.;!?]{0,40}"
    r"[;,.—–-]\s*(?:always\s+|so\s+|please\s+)?(?:check|confirm)\s+with\b"
    r"[^.;!]{0,60}\bbefore\s+(?:you\s+)?(?:set\s+out|setting\s+off|set\s+off|go|going|travel"
    r"|travelling|traveling|leave|leaving|book|booking|head\s+out|visit|visiting)\s*[.!]?$"
    # an editorial's standing note: "Editorials represent the view of the <Paper>'s editorial
    # board"
    r"|^editorials?\s+(?:represent|reflect|express|are)\s+(?:the\s+)?(?:views?|opinions?|positions?"
    r"|voice)\s+of\s+[^.!?]{1,40}\beditorial\s+(?:board|team|desk)\s*\.?$"
    r"|^(?:[\w'’-]+\s+){0,2}(?:conditions|advisories|information|details|timetables|schedules"
    r"|rules|times|closures|routes)\s+(?:(?:can|may)\s+change"
    rf"(?:\s+{_CHECK_ADV})?|(?:often\s+)?(?:change|are\s+updated|are\s+revised)\s+{_CHECK_ADV})"
    r"\s*[;,.—–-]\s*(?:always\s+|so\s+|please\s+)?(?:check|confirm)\b"
    r"[^.;!]{0,60}\bbefore\s+(?:you\s+)?(?:set\s+out|setting\s+off|set\s+off|go|going|travel"
    r"|travelling|traveling|leave|leaving|book|booking|head\s+out|visit|visiting)\s*[.!]?$",
    re.I,
)


# The page's standing notes on its own making, in the main European languages: its machine
# translation ("This page has been translated using machine translation and may contain
# errors.", "Diese Seite wurde maschinell übersetzt."), its summary made with AI ("Ringkasan ini
# dibuat dengan bantuan AI dan telah diperiksa redaksi.", "Este resumen fue generado con ayuda
# de IA."), a court page's notes ("Court reports are compiled from the court lists and from what
# is said in open court.", "All defendants are presumed innocent until proven guilty.", "Es
# gilt die Unschuldsvermutung."). The page or its summary is the subject; a ministry's site
# translated by machine, or the three defendants of a story, are news.
_THIS = (
    r"(?:this|these|diese[rs]?|este|esta|ce|cette|questo|questa|dit|deze|denna|detta|dette|tämä"
    r"|ten|ta|bu)"
)
_AI = (
    r"(?:ai|ki|ia|kecerdasan\s+buatan|künstliche[rn]?\s+intelligenz|inteligencia\s+artificial"
    r"|intelligence\s+artificielle|intelligenza\s+artificiale|inteligência\s+artificial"
    r"|kunstmatige\s+intelligentie|artificial\s+intelligence|yapay\s+zek[aâ])"
)
# the original, said after a translation's note ("The original text is authoritative.")
_ORIGINAL = (
    r"(?:the\s+original|l['’]original|el\s+original|o\s+original|l['’]originale|das\s+original"
    r"|der\s+originaltext|het\s+origineel|originalet|originalen|alkuperäinen|oryginał|original)"
)
# (said first, the language it was translated from: "Translated from Dutch. This article was
# automatically translated and may contain errors."; fresh48's look)
_FROM_LANGUAGE = (
    r"(?:translated|übersetzt|traducid[oa]|traduite?|tradott[oa]|traduzid[oa]|vertaald|översatt"
    r"|oversatt|oversat|käännetty|przetłumaczon[ay])\s+(?:from|aus\s+dem|del|de\s+l['’]|du|dal"
    r"|dall['’]|do|uit\s+het|från|fra|z|from\s+the)\s*[^.!?]{1,30}[.!]\s+"
)
_OWN_MAKING = re.compile(
    rf"^(?:{_FROM_LANGUAGE})?(?:{_THIS}\s+)?(?:page|article|text|site|content|seite|artikel"
    r"|página|artículo|texto"
    r"|sito|articolo|pagina|testo|page|artikel|sida|side|sivu|strona)\s+(?:has\s+been|was|is"
    r"|wurde|ist|fue|ha\s+sido|es|a\s+été|est|è\s+stat[oa]|is|werd|foi|é|har\s+(?:blivit|blitt)"
    r"|blev|ble|on|została|zostało)\s+(?:automatically\s+|automatisch\s+|maschinell\s+"
    r"|automáticamente\s+|automatiquement\s+|automaticamente\s+|automaattisesti\s+)?"
    r"(?:translated|übersetzt|traducid[oa]|traduite?|tradott[oa]|traduzid[oa]|vertaald"
    r"|översatt|oversatt|oversat|käännetty|przetłumaczon[ay])"
    r"(?:\s+(?:using|by|with|through|mit|con|avec|com|met|med|por|par|da|door)\s+(?:an?\s+)?"
    r"(?:machine\s+translation|automatic\s+translation|automated\s+translation|ai|google"
    r"\s+translate|deepl|software|einer\s+software|ki|ia))?\b[^.!?]{0,70}"
    # (then a note on the original: "... The original text is authoritative."; junk48)
    rf"(?:[.!]\s+{_ORIGINAL}\b[^.!?]{{0,60}})?"
    # (or a note that it may be wrong: "... from Finnish. The translation may contain errors.")
    r"(?:[.!]\s+(?:the\s+|die\s+|la\s+|a\s+|de\s+|el\s+)?(?:translation|übersetzung|traducción"
    r"|traduction|traduzione|tradução|vertaling|översättning|oversettelse|oversættelse|käännös"
    r"|tłumaczenie)\b[^.!?]{0,40}\b(?:errors|mistakes|inaccuracies|fehler|errores|erreurs"
    r"|errori|erros|fouten|fel|feil|fejl|virheitä|błędy|błędów)\b[^.!?]{0,30})?"
    # (or a link to report an error: "... from <language>. Report a translation error"; junk49)
    r"(?:[.!]\s+(?:report|melden|signal|segnala|informar|reportar|meld|rapportera|ilmoita|zgłoś)"
    r"\b[^.!?]{0,50})?[.!]?$"
    # the original's label with its paper and its link, under a translation's note: "Original:
    # <Paper>, 22.5.2052 — <site>/<path>" (junk48)
    r"|^(?:original(?:\s+(?:text|article|version))?|originale|originaltext|originalartikel"
    r"|alkuperäinen|oryginał|izvornik|originál|eredeti|orijinal)\s*:\s+[^\n]{2,120}?"
    r"\s[—–|-]\s+(?:https?://)?[\w-]+(?:\.[\w-]+)+/\S*$"
    # ... or with its paper and its date alone: "Original: <Paper>, 1 April 2054" (junk50)
    r"|^(?:original(?:\s+(?:text|article|version))?|originale|originaltext|originalartikel"
    r"|alkuperäinen|oryginał|izvornik|originál|eredeti|orijinal)\s*:\s+[^.!?\n]{2,60},\s+"
    r"[^.!?\n]{0,30}\b\d{4}$"
    # a translation service's own line: "Translated by <Service> machine translation. Report a
    # translation error" (junk48)
    r"|^(?:translated|übersetzt|traducid[oa]|traduit|tradott[oa]|traduzid[oa]|vertaald|översatt"
    r"|oversatt|oversat|käännetty|przetłumaczon[ay])\s+(?:by|von|por|par|da|door|av|af|przez"
    r"|with|using|mit|con|avec|com|met|med)\s+[^.!?]{0,50}?\b(?:machine\s+translation"
    r"|maschinelle[rn]?\s+übersetzung|traducción\s+automática|traduction\s+automatique"
    r"|traduzione\s+automatica|tradução\s+automática|automatische\s+vertaling|maskinöversättning"
    r"|maskinoversettelse|maskinoversættelse|konekäännös|tłumaczenie\s+maszynowe)\b[^.!?]{0,20}"
    r"(?:[.!]\s+(?:report|melden|signal|segnala|informar|reportar|meld|rapportera|ilmoita|zgłoś)"
    r"\b[^.!?]{0,50})?[.!]?$"
    rf"|^(?:{_THIS}\s+)?(?:summary|ringkasan|rangkuman|zusammenfassung|resumen|résumé|riassunto"
    r"|sintesi|samenvatting|sammanfattning|sammendrag|resumo|yhteenveto|podsumowanie|özet)"
    r"(?:\s+(?:ini|this))?\s+(?:(?:is|was|has|been|wurde|ist|fue|ha|sido|es|a|été|est|è"
    r"|stat[oa]|is|werd|foi|é|har|blev|ble|on|została|zostało|telah|dan)\s+){0,2}"
    r"(?:dibuat|disusun|erstellt|generiert|generad[oa]|elaborad[oa]|hech[oa]|générée?|rédigée?"
    r"|generat[oa]|redatt[oa]|gemaakt|gegenereerd|gerad[oa]|feit[oa]|skapad|genererad|laget"
    r"|generert|lavet|genereret|luotu|wygenerowane|przygotowane|oluşturuldu|made|generated"
    r"|created|written|produced)\s+(?:dengan\s+bantuan|mit\s+hilfe\s+(?:von\s+)?|con\s+"
    r"(?:la\s+)?ayuda\s+de|avec\s+l['’]aide\s+d['’e]\s*|con\s+l['’]aiuto\s+d(?:i|ell['’])\s*"
    r"|met\s+(?:behulp\s+van|hulp\s+van)|com\s+(?:a\s+)?ajuda\s+d[ae]|med\s+hjälp\s+av"
    r"|ved\s+hjelp\s+av|(?:with\s+the\s+help\s+of)|by|with|using|por|par|da|door|av|von"
    r"|durch|oleh|con|com|avec|met|mit)\s+(?:l['’]\s*|la\s+|une?\s+|einer\s+|a\s+)?"
    rf"{_AI}\b[^.!?]{{0,60}}[.!]?$"
    # (verb last: "Diese Zusammenfassung wurde mit Hilfe von KI erstellt.")
    rf"|^(?:{_THIS}\s+)?(?:zusammenfassung|samenvatting)\s+(?:wurde|ist|werd|is)\s+(?:mit\s+hilfe"
    r"\s+(?:von\s+)?|mithilfe\s+(?:von\s+)?|von\s+|met\s+(?:behulp\s+van|hulp\s+van)\s+|door\s+)"
    rf"(?:einer\s+)?{_AI}\s+(?:erstellt|generiert|geschrieben|gemaakt|gegenereerd|geschreven)\b"
    r"[^.!?]{0,60}[.!]?$"
    r"|^(?:court|inquest|tribunal|magistrates['’]?)\s+reports\s+are\s+(?:compiled|drawn|taken"
    r"|written)\s+from\s+[^.!?]{1,100}[.!]?$"
    # a records page's note on where its items come from: as received, or then a note on
    # corrections or on the people named: "Court records are published as received from the
    # County Clerk.", "Results are submitted by coaches. Send corrections to ...", "Entries are
    # compiled from police statements; no one named here has been convicted." ("Police reports
    # are compiled from witness statements." and "Results are submitted by polling stations to
    # the commission, which ..." are news)
    r"|^(?:[\w'’-]+\s+){0,2}(?:records|results|entries|scores|listings|logs|items)\s+are\s+"
    r"(?:\w+\s+)?(?:published|compiled|submitted|supplied|provided|reported|printed|reproduced)\s+"
    r"(?:as\s+(?:received|submitted|filed)\s+(?:from|by)\s+[^.!?;,]{1,70}"
    r"|(?:from|by)\s+[^.!?;,]{1,70}[.;]\s+(?:send|e-?mail|call|write|corrections|questions"
    r"|no\s+one|nobody|anyone)\b[^!?]{0,80})[.!]?$"
    r"|^no\s+one\s+named\s+(?:here|on\s+this\s+page|in\s+this\s+(?:log|list|column))\s+has\s+been"
    r"\s+(?:convicted|charged)\b[^!?]{0,40}[.!]?$"
    # an AI's points: "An AI model drafted these points; an editor reviewed them before
    # publishing."
    r"|^(?:an?\s+)?(?:ai|artificial\s+intelligence)(?:\s+(?:model|tool|system|assistant))?\s+"
    r"(?:drafted|wrote|generated|produced|created|summari[sz]ed|compiled)\s+(?:these|this|the)\s+"
    r"(?:points|summary|takeaways|highlights|bullets|key\s+points)\b[^!?]{0,80}[.!]?$"
    # a translation widget's note: "Automatic translations may not be accurate. The English
    # version is the official one."
    r"|^(?:automatic|machine|automated|google)\s+translations?\s+(?:may|might|can|could)\s+"
    r"(?:not\s+be\s+(?:accurate|exact|perfect|reliable)|contain\s+(?:errors|mistakes))\b[^!?]{0,80}$"
    r"|^all\s+(?:defendants|accused|those\s+(?:charged|accused|named))\s+are\s+presumed"
    r"\s+innocent\s+(?:until|unless)\s+(?:proven|found)\s+guilty\.?$"
    r"|^(?:es\s+gilt|für\s+(?:alle\s+)?(?:beschuldigten|angeklagten|die\s+beschuldigten)\s+gilt)"
    r"(?:\s+(?:bis\s+zu\s+einer\s+rechtskräftigen\s+verurteilung|weiterhin))?\s+die"
    r"\s+unschuldsvermutung\.?$",
    re.I,
)


def is_disclaimer(text: str) -> bool:
    """Whether the line ``text`` is an opinion, funding, data or advice disclaimer."""
    if len(text.split()) > MAX_WORDS:
        return False
    return bool(
        _OPINION.search(text)
        or _FUNDING.search(text)
        or _DATA_START.match(text)
        or _DATA_ANY.search(text)
        or _PROFESSIONALS.match(text)
        or _VIEWS.search(text)
        or _CHECK_FIRST.match(text)
    )


def is_own_making(text: str) -> bool:
    """Whether the line ``text`` is the page's standing note on its own making (``_OWN_MAKING``):
    asked whatever verb of saying it has ("... what is said in open court")."""
    return len(text.split()) <= MAX_WORDS and _OWN_MAKING.match(text.strip()) is not None
