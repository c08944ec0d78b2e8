"""Lines in which the page talks to its reader or about itself, not the news.

Four kinds, by general wording (no site's string is written here):

- the outlet asking the reader to install its app ("Read on the go: download our news app for iOS
  and Android.");
- the page asking its reader to comment or write in, or saying how its comments work ("Join the
  discussion: 0 comments. Sign in or register to add yours.", "Comments on this story are now
  closed.", "Comments are open for 48 hours and checked against our house rules.", "Have an
  opinion? Write a letter to the editor.");
- the page asking its reader to write in, support it or follow it elsewhere ("Got a story? Get
  in touch with our news team.", "Support independent local journalism: become a member ...",
  "Tip us off securely: ...", a question to the reader and a request: "Got photos of the storm?
  Send them to our newsroom.");
- the page's mailbag in its own terms ("Questions on mining? <Explainer> answers one each
  week.", "Letters for the Gazette can be left at the shop.", "Letters, photos, news tips: drop
  them at the office"), and a short question before its inboxes or its series index ("Like
  this? <Outlet>'s roundup lands in inboxes at noon", "Enjoyed the primer? Browse the full
  series index.");
- the page's note on its series or its place, alone on the line ("Part three of our guide to
  ...", "One in a run of pieces on ...", "More portraits from <place>: ...", "We acknowledge
  the <People> people, custodians of the land where we report."), and its own terms for its
  figures and its office ("Data sharing: this survey's figures are open for research use.",
  "<Outlet> office hours: Tuesday to Friday, 9 to 4");
- the page's notes about itself: a labelled note ("Disclosure: ...", "Editor's note: ...",
  "Correction, 12 April: ...", "Third-party content: ..."), a series or opinion note, a holding
  disclosure, a market-data or advice disclaimer.

Only short lines count, and ``clean.is_boilerplate`` keeps a line with an attribution verb (a
quote saying "Download our app," the airline told passengers ... is news).
"""

from __future__ import annotations

import re

from briefing.clean.features import Line, site_voice, ui_words
from briefing.clean.matching import gated

__all__ = ["is_page_note", "is_senders_promise", "thanks_those_touched"]

MAX_WORDS = 30
"""Longest app or comment prompt; a page note may have up to ``NOTE_MAX_WORDS``."""
NOTE_MAX_WORDS = 40

# The outlet asking the reader to install its app ("Read on the go: download our news app for
# iOS and Android."); a quote saying so ("'Download our app,' the airline told ...") is news.
_OUR_APP = re.compile(r"\b(?:download|install)\s+our\s+(?:free\s+)?(?:[\w-]+\s+){0,2}apps?\b", re.I)
# ... or the outlet's app by its name, opening the line, and what it is for, no clause after it
# ("Download the Chronicle app for road and weather alerts"; "Download the NHS app to book a
# jab, the minister urged." has its speaker); the bell that signs the reader up ("Ring the 🔔
# for <Outlet> push notices", "Tap the bell for breaking-news alerts"). Anchored: one try.
_APP_PROMPT = re.compile(
    r"^(?:(?:download|install|get)\s+the\s+(?:free\s+)?(?-i:[A-Z])[\w'’&.-]*(?:\s+(?-i:[A-Z])"
    r"[\w'’&.-]*){0,2}\s+app\b(?:\s+(?:for|to)\s+[^.!?,;]{1,60})?\s*[.!]?$"
    r"|(?:ring|tap|click|hit|press|turn\s+on)\s+the\s+(?:🔔|bell)(?:\s+(?:icon|button))?\s+(?:for"
    r"|to\s+get)\s+[^.!?]{0,40}\b(?:notifications|notices|alerts|updates)\s*[.!]?$)",
    re.I,
)
# ... and the keyword that signs the reader up, ending the line: "... message JOIN to 94190 22330"
_KEYWORD_SIGN_UP = re.compile(
    r"\b(?:message|text|sms|whatsapp|send)\s+(?:the\s+word\s+)?[\"“']?(?-i:[A-Z]{3,10})[\"”']?\s+to"
    r"\s+\+?\d[\d ]{3,16}\d\s*[.!]?$",
    re.I,
)

# The page asking its reader to comment or write in: "Join the discussion: 0 comments. Sign in
# or register to add yours.", "Comments on this story are now closed. Please read our house
# rules ...", "Have an opinion? Write a letter to the editor."
_COMMENT_PROMPT = re.compile(
    r"^join\s+the\s+(?:discussion|conversation|debate)\b|\bsign\s+in\s+or\s+register\b"
    # "Comments - Please login in order to comment.", "Conversations are opinions of our readers
    # and are subject to the Code of Conduct."
    r"|\blog\s*in\s+in\s+order\s+to\s+(?:comment|reply)\b|^(?:comments|conversations|discussions)"
    r"\s+are\s+(?:the\s+)?opinions\s+of\s+(?:our|their|its)\s+(?:readers|authors|users|members)\b"
    r"|\b(?:register|log\s+in|sign\s+in)\s+to\s+(?:comment|reply)\b|\bsort\s+by\s*:\s*(?:newest"
    r"|oldest|best|top|popular)\b|\bcomments?\s+on\s+this\s+(?:story|article|post"
    r"|page)\s+(?:are|is|will\s+be)\s+(?:now\s+)?(?:closed|moderated|reviewed)\b"
    r"|^(?:have\s+(?:an\s+opinion|your\s+say)\?\s*)?write\s+(?:a\s+letter\s+)?to\s+the\s+editor\b"
    # a prompt to this piece's forum, a letters page's or a helpdesk's terms: "Comment on this
    # race: our forum is open to club members", "Letters to the Courant: post or email, with
    # your full address", "Ask the helpdesk: the commonest questions get answered on Mondays"
    r"|^comment\s+on\s+this\s+[\w'’-]+\s*:\s[^.!?]{0,60}\b(?:our|the)\s+(?:forum|comments?"
    r"|comment\s+section|thread|discussion\s+board|message\s+board)\b"
    r"|^letters\s+to\s+(?:the\s+)?[\w'’ -]{1,30}:\s[^.!?]{0,60}\b(?:post|e-?mail|write|send)\b"
    r"[^.!?]{0,60}\b(?:address|name|phone\s+number)\b"
    r"|^ask\s+(?:the|our)\s+[\w-]+(?:\s+[\w-]+)?\s*:\s[^.!?]{0,60}\bquestions?\b[^.!?]{0,30}"
    r"\banswered\b[^.!?]{0,20}\b(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days|every\s+\w+"
    r"|each\s+week|weekly|here)\b"
    # the comment section's state, said by the page about itself: "Comments are closed on this
    # article.", "Comments are open for 48 hours and are checked against our house guidelines."
    # (not a consultation's "Comments are open until 5 March on the proposed rule.")
    r"|^comments?\s+(?:are|is|will\s+be|have\s+been)\s+[^.!?]{0,60}?\b(?:our|this\s+(?:article"
    r"|story|page|post|piece)|house\s+(?:rules|guidelines)|community\s+(?:rules|guidelines"
    r"|standards))\b"
    # ... switched off for this piece: "Commenting has been switched off for this report."
    # (fresh48's look)
    r"|^(?:commenting|comments?|replies)\s+(?:has|have|is|are)\s+(?:been\s+)?(?:switched\s+off"
    r"|turned\s+off|disabled|closed|suspended)\s+(?:for|on|under)\s+this\s+(?:article|story"
    r"|report|page|post|piece|editorial|column|item)\s*[.!]?$"
    # an opinion piece's letters line with its address or its length: "Letters on this
    # editorial: <desk>@<paper>.example, 300 words maximum" (fresh48's look)
    r"|^letters?\s+(?:on|about|in\s+reply\s+to|responding\s+to)\s+this\s+[\w'’-]+\s*:\s"
    r"[^!?]{0,80}(?:\S@\S|\b\d+\s+words\b)",
    re.I,
)

# The page's notes about itself: a labelled note ("Disclosure: ...", "Editor's note: ...",
# "Correction, 12 April: ...", "Third-party content: ...", "Further reading: ..."), a series or
# opinion note ("This article is part of our ... series.", "The views expressed are the author's
# own."), a holding disclosure ("The author holds no position in ..."), a market-data or
# advice disclaimer ("Prices are delayed by at least 15 minutes.", "... not investment advice").
_PAGE_NOTE = re.compile(
    r"^(?:disclosure|disclaimer|editor(?:'|’)?s\s+note|correction,\s[^:]{1,30}|further\s+reading"
    r"|related\s+reading|third-party\s+content|sources?|corrections?\s+policy|editorial\s+policy"
    r"|ethics\s+policy)\s*:\s"
    r"|^this\s+(?:article|story|report|piece|guide)\s+is\s+(?:part\s+of\s+(?:our|a)\s|for\s+general"
    r"\s+information\b)|\bviews\s+(?:expressed\s+)?(?:here\s+)?(?:are|is)\s+"
    r"(?:the\s+(?:author|writer|columnist)(?:'|’)?s"
    r"|his|her|their|my|our)\s+own\b|(?:^|[.;]\s+)views\s+(?:are\s+)?(?:my|our)\s+own\b(?!\s*,)"
    r"|^(?:the\s+)?(?:author|writer)\s+(?:holds|owns|has)\s+no\s+"
    r"(?:position|shares|stake)\b|\bnot\s+(?:investment|legal|financial|tax)\s+advice\b"
    # (junk48) "... nothing here is investment advice.", "Nothing in this note constitutes ..."
    r"|\bnothing\s+(?:here|herein|in\s+(?:this|these|our)\s+\w+)\s+(?:is|constitutes"
    r"|should\s+be\s+(?:taken|read|construed)\s+as)\s+(?:investment|legal|financial|tax|trading)"
    r"\s+advice\b"
    r"|\b(?:market\s+data|prices|quotes)\s+(?:shown\s+)?(?:are\s+)?delayed\b"
    # a quote's lag, alone: "Indicative prices, fifteen-minute lag", "Quotes: 20-minute delay"
    r"|^(?:indicative\s+|delayed\s+|live\s+)?(?:prices|quotes|rates|data|figures)\s*[,;:—–-]?\s*"
    r"(?:\d{1,2}|five|ten|fifteen|twenty|thirty)[- ]minutes?\s+(?:lag|delay)\s*\.?$",
    re.I,
)
# Where a page's figures come from and what they are not, its small print on health and
# sponsorship, and its funders (searched only where one of its keywords occurs: ``gated``).
_SMALL_PRINT = re.compile(
    # where its figures come from and what they are not: "We never tell readers which shares to
    # hold.", "Quotes: ... close; end-of-day data.", "... is not an investment adviser.", "Flight
    # times are from public tracking data and may be revised."
    # (in the page's own voice: "Exchange rates from a third-party feed were blamed ..." and "Oil
    # prices extended gains in end-of-day trading" are news)
    r"\bis\s+not\s+an?\s+(?:investment|financial)\s+advis[eo]r\s*[.;]?\s*$"
    r"|\b(?:never|not|n['’]t)\s+tells?\s+(?:readers|you)\s+which\s+(?:shares|stocks)\s+to\b"
    r"|^(?:[\w-]+\s+){0,2}(?:figures|data|prices|quotes|times|rates)\s+(?:are|is)\s+(?:from|based\s+on"
    r"|via)\b[^.;]{0,60}?\b(?:may\s+be\s+revised|delayed|indicative)\b|\bend-of-day\s+data\b"
    r"|\bdata\s+(?:via|from)\s+a\s+third[- ]party\s+feed\b"
    r"|^(?:quotes?|prices)\s*:\s[^.%]{0,60}\b(?:close|closing|end-of-day|delayed|auction|feed)\b"
    # the page's small print on health and sponsorship: "Nothing on this page is a diagnosis",
    # "This article is not sponsored.", a sponsor's or a funder's line: "This week's letter comes
    # to you thanks to ...", "... paid in part by X, which did not see or edit this piece."
    r"|\bis\s+not\s+a\s+diagnosis\b|\bnothing\s+(?:on|in)\s+this\s+(?:page|article|guide)\s+is\s+"
    r"(?:a\s+)?(?:diagnosis|advice)\b|\bnot\s+(?:a\s+substitute\s+for\s+)?(?:professional\s+)?"
    r"medical\s+advice\b|\bthis\s+(?:article|story|piece|page)\s+is\s+not\s+sponsored\b"
    r"|^sponsored\s+content\s+is\s+(?:always\s+)?(?:clearly\s+)?(?:labell?ed|marked)\b|\bcomes?\s+to\s+you\s+thanks\s+to\b|\bbrought\s+to\s+you\s+by\b"
    r"|\b(?:which|who)\s+did\s+not\s+(?:see|read|review)\s+or\s+edit\b"
    # "<Outlet> has no commercial relationship with the resorts mentioned."
    r"|\bha(?:s|ve)\s+no\s+(?:commercial|financial|business)\s+(?:relationship|ties|links?)\s+with"
    r"\s+(?:the|any(?:\s+of\s+the)?)\s+(?:[\w-]+\s+){0,2}(?:mentioned|named|featured|listed"
    r"|reviewed)(?:\s+(?:here|above|in\s+this\s+(?:article|story|guide|piece)))?\s*\.?$"
    r"|\bhad\s+no\s+(?:editorial\s+)?(?:say|input|control)\s+(?:over|in)\s+this\s+"
    r"(?:article|story|piece|report)\b"
    # data and reuse notes: "Data source: ONS. Chart by ...", "Indicative levels only; check with
    # your broker ...", "Republish freely with a link back.", "Redistribution only by ..."; an
    # affiliate's note: "We may receive compensation from some providers mentioned."
    r"|^data(?:\s+source)?\s*:\s[^.]{1,40}\.\s+(?:chart|graphic|map)s?\b|^indicative\s+(?:levels|prices|rates|figures"
    r"|quotes)\s+only\s*[;.]|\brepublish\s+freely\b"
    r"|\bredistribution\s+only\s+by\b"
    r"|\bwe\s+may\s+(?:receive|earn)\s+(?:compensation|a\s+(?:small\s+)?(?:commission|fee))\b"
    # an opinion page's note: "Views expressed in opinion pieces belong to their authors",
    # "Guest columns reflect the writer's opinion. The Review takes no position.", "columnist's
    # views only"
    r"|\bviews\s+expressed\b[^.]{0,40}?\bbelong\s+to\b|\b(?:columns?|pieces?|articles?)\s+reflect"
    r"\s+the\s+(?:writer|author|columnist)s?['’]?s?\s+(?:own\s+)?(?:opinions?|views)\b"
    r"|\bcolumnist['’]s\s+views\s+only\s*$"
    # a sponsor's or a funder's line: "This content was paid for by Harbour Optics.", "Supported
    # by the Coastal Journalism Fund" and "In partnership with SeaSafe Insurance" alone on a line
    r"|^this\s+(?:content|article|story|feature|series|page)\s+(?:was|is)\s+(?:paid\s+for|funded"
    r"|sponsored)\s+by\b|^(?:supported|funded|sponsored|presented|made\s+possible)\s+by\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w&'’ -]{1,60}$"
    r"|^in\s+partnership\s+with\s+(?:the\s+)?(?-i:[A-Z])[\w&'’ -]{1,60}$",
    re.I,
)
# The page's terms in its own voice: an opinion page's note ending the line ("Columns speak for
# their authors, not for the Forum."), an affiliate's note on this page's links, this story's
# photos for sale, a data credit (searched only where one of its keywords occurs: ``gated``).
_PAGE_TERMS = re.compile(
    # "Columns speak for their authors, not for the Forum." ending the line
    r"\b(?:columns?|opinion\s+pieces?|comment\s+pieces?|op-eds?|guest\s+(?:columns?|pieces?)"
    r"|forum\s+pieces?|letters)\s+(?:speak\s+for|reflect)\s+(?:their|its)\s+(?:authors?|writers?)(?:\s+alone|\s+only)?,?\s+not\s+"
    r"(?:for\s+)?(?:the\s+)?[\w'’ -]{1,40}\.?$"
    # an affiliate's note on this page: "Some hotel links here earn <Outlet> a booking commission"
    r"|\blinks?\s+(?:here|on\s+this\s+page|in\s+this\s+(?:article|story|guide|piece|post))\s+"
    r"(?:may\s+|can\s+)?(?:earn|pay|give)\b[^.]{0,40}\bcommission\b"
    # "booking links can pay <Guide> a commission", "Affiliate links support this guide."
    r"|\b(?:affiliate|booking|shopping|partner|referral)\s+links?\s+(?:may|can|might)\s+"
    r"(?:earn|pay|give)\b[^.,;]{0,40}\bcommission\s*[.!]?$"
    r"|\baffiliate\s+links?\s+(?:support|fund|help\s+(?:fund|pay\s+for)|pay\s+for)\s+(?:this|our)"
    r"\s+(?:guide|site|page|work|journalism|reviews?)\b"
    # the page's photo sales and data credits: "Courier photo service: images of today's scene
    # are available to licence", "Scores and draws courtesy of the tournament's results service"
    r"|\b(?:photos?|images?|pictures?|photographs?)\s+(?:of|from)\s+(?:today['’]s|this|these|our)"
    r"\b[^.]{0,40}\b(?:are|is)\s+available\s+(?:to|for)\s+(?:licen[cs]e|licensing|buy|purchase"
    r"|order|sale)\b"
    r"|^(?:scores|results|draws|fixtures|standings|tables|statistics|stats|odds)(?:,?\s+(?:and|&)\s+"
    r"\w+)?\s+(?:courtesy\s+of|supplied\s+by|provided\s+by)\s+[^.!?]{2,60}\b(?:service|feed"
    r"|provider|agency|federation|association|league|data)\.?$",
    re.I,
)
_PAGE_TERMS_IN = gated(
    (
        "speak for",
        "reflect",
        "commission",
        "available",
        "courtesy",
        "supplied",
        "provided",
        "affiliate",
    ),
    _PAGE_TERMS,
)


_SMALL_PRINT_IN = gated(
    (
        "advis",
        "advice",
        "shares to",
        "stocks to",
        "revised",
        "end-of-day",
        "third",
        "prices",
        "quotes",
        "diagnosis",
        "medical",
        "sponsored",
        "thanks to",
        "brought to",
        "edit",
        "commercial",
        "financial",
        "business",
        "had no",
        "data",
        "indicative",
        "republish",
        "redistribution",
        "compensation",
        "commission",
        "views",
        "reflect",
        "paid for",
        "funded",
        "supported",
        "presented",
        "possible",
        "partnership",
    ),
    _SMALL_PRINT,
)

# The page asking its reader to write in, support it or follow it elsewhere: "Got a story? Get in
# touch with our news team.", "Tell us in the comments below.", "Share your storm photos with us",
# "Comments have been disabled on this article.", "Our journalism is free to read. Support ...",
# "Support independent local journalism: become a member from ...", "join our WhatsApp channel",
# a newsletter's sign-off ("Forward this email to a colleague, or tell us what we missed.").
_READER_PROMPT = re.compile(
    # from a word's start (one ``\b`` before the alternatives keeps the search cheap)
    r"\b(?:tell\s+us\s+(?:about\s+your|in\s+the\s+comments|your|what\s+you\s+think"
    r"|what\s+we\s+(?:missed|got\s+wrong))\b"
    r"|forward\s+(?:this|it)\s+(?:e-?mail\s+|newsletter\s+|briefing\s+)?to\s+a\s+"
    r"(?:friend|colleague)\b"
    r"|(?:email|e-mail|write\s+to|contact)\s+(?:us|our\s+(?:[\w-]+\s+){0,2}(?:team|desk"
    r"|newsroom|editors?))\b|get\s+in\s+touch\s+with\s+(?:us|our)\b|share\s+your\s+"
    r"(?:[\w-]+\s+){0,3}with\s+us\b|comments?\s+(?:have\s+been|has\s+been|are)\s+(?:disabled|"
    r"turned\s+off)\b|become\s+a\s+(?:member|subscriber|supporter)\s+(?:from|for|today|now)\b"
    # a price after the offer: "Become a Mirror supporter from 3 euros a month."
    r"|become\s+a\s+(?:[\w-]+\s+){0,3}?(?:member|subscriber|supporter|patron|reader)\s+(?:from|for)\s+"
    r"(?:just\s+|only\s+)?(?:[£$€₦₹]\s?\d|\d+(?:[.,]\d+)?\s*(?:euros?|pounds?|dollars?|kr)\b"
    # ... or a currency's short name before the sum: "from Le 50 a month", "Rs 99", "KSh 100"
    r"|(?-i:[A-Z][A-Za-z]{0,2})\.?\s?\d+(?:[.,]\d+)?\s+(?:a|per|each)\s+(?:month|year|week)\b)"
    r"|give\s+what\s+you\s+can\b|join\s+our\s+(?:whatsapp|telegram|signal|viber)\s+channel\b"
    # "add our channel on Viber", "supporting readers chip in from €4/month"
    r"|add\s+our\s+(?:channel|account|number)\s+on\s+(?:whatsapp|telegram|signal|viber)\b"
    r"|chip\s+in\s+(?:from|with)\s+[£$€]\s?\d"
    # a tip line, the reader paying for the reporting: "Tip us off securely: ...", "Local
    # reporting in Nome is paid for by its readers."
    r"|tip\s+us(?:\s+off)?\b|(?:it['’]s|we['’]re|we\s+are)\s+reader-funded\b"
    r"|[.!?]\s+become\s+a\s+(?:(?-i:[A-Z])[\w'’&-]*\s+){0,3}(?:supporter|member|patron)\s*[.!]?$"
    r"|search\s+@\w"
    r"|(?:^|[—–-]\s)(?:please\s+)?(?:give|donate|chip\s+in)\s+[£$€]\s?\d+\s+today\b"
    r"|(?:on|to|at)\s+our\s+(?:homepage|home\s+page|website)\b|let\s+us\s+know\s+(?:via|through"
    r"|using|in)\s+(?:the|our)\s+(?:feedback|contact|comment)"
    r"|(?:funded|paid\s+for|supported|made\s+possible)\s+by\s+(?:its|our)\s+readers\b)"
    # at the line's start; a helpline note ("If you have been affected by the issues raised in
    # this article, ...")
    r"|^(?:our\s+journalism\b|support\s+(?:our\s+|independent\s+|local\s+)*journalism\b"
    r"|support\s+(?:our\s+|independent\s+|local\s+)+(?:news|reporting)\b[^.!?]{0,40}[.!]\s+"
    r"become\s+a\b"
    r"|swipe\s+up\b|if\s+you\s+(?:have\s+been|are|were)\s+(?:affected|impacted)\s+by\s+"
    r"(?:the\s+|any\s+(?:of\s+the\s+)?)?(?:issues|topics|themes|subjects)\s+(?:raised|discussed"
    r"|covered)\b)"
    # a show's or an outlet's other doors: "Become a supporter of this podcast: <url>", "Watch the
    # full video episode on <Platform>.", "For more news, visit <domain>.", "Keep up with the latest
    # news on <Outlet>'s Google News channel", "See Privacy Policy at <url>", an event's offer
    # ("Save up to $600 on your pass ..."), an ad's close ("... Try it free.")
    r"|^become\s+a\s+(?:supporter|member|patron)\s+of\s+this\s+(?:podcast|show|channel|newsletter)\b"
    r"|^watch\s+the\s+full\s+(?:video\s+)?(?:episode|interview|show)\s+on\s+(?-i:[A-Z])"
    r"|^for\s+more\s+(?:news|stories|updates)\b[^.]{0,30}\bvisit\s+\S+\.\w+"
    r"|^keep\s+up\s+with\s+the\s+latest\s+(?:news|updates|stories)\s+on\s+[^.]{1,60}\b(?:channel"
    r"|app|newsletter|feed)\b|^see\s+(?:our\s+)?privacy\s+policy\s+(?:at|on|here)\b"
    r"|^save\s+up\s+to\s+[$£€]\s?\d[\d,]*\s+on\s+(?:your|a)\s+(?:pass|ticket|subscription"
    r"|membership)\b|[.!]\s+try\s+it\s+(?:free|for\s+free)(?:\s+today)?[.!]?$"
    r"|^not\s+a\s+(?:subscriber|member)\s*\?\s+(?:subscribe|sign\s+up|request|start|get|join"
    r"|register)\b"
    # a tip line's label and its contact: "Story tips: WhatsApp +60 ...", "News tips: email ..."
    r"|^(?:story|news)\s+tips?\s*:\s*(?:whatsapp|signal|telegram|e-?mail|call|text|phone|tel"
    r"|\+?\d)"
    # a live page's or a comment section's own people and rules: "Follow our reporters on the
    # ground in ...", "Our comment threads close two days after ..." (not their work: "Follow our
    # reporters' findings: the council spent ..." is news)
    r"|^follow\s+our\s+(?:reporters|correspondents|journalists|team|live\s+coverage)\b(?!['’])"
    r"|^our\s+comment\s+(?:threads|sections?|boxes)\s+(?:close|open|stay\s+open|are\s+(?:closed"
    r"|open))\b"
    # a bio's sign-off, after its sentence: "A B is our political editor. Follow her on X."
    r"|[.!?]\s+follow\s+(?:him|her|them|me)\s+on\s+(?:linkedin|x|twitter|facebook|instagram"
    r"|threads|bluesky|mastodon)\b",
    re.I,
)

# A question to the reader, then the page asking for something: "Got pictures of the storm?
# WhatsApp them to our newsroom", "Do you work at the firm? Send us your story.", "Saw something
# we should cover? Our desk answers ...", "Can you help? Call our newsroom ...", "Know a colleague
# who would enjoy it? Send it on."; or the page's tool or desk, told to the reader ("Sent in a
# photo? Use the upload button", "Spotted a change? Tell the editors through the feedback form")
# or opening the answer ("Have a view? Letters to the editor are published on Saturdays"), or its
# newsroom ("Got a story? The Islander's newsroom phone is answered until 9 p.m."). Not a question
# the news asks ("Why did the dam fail? Engineers say ...": a prompt's opening, and us, our or a
# send-on after it), nor a third party's tool ("Have a tip? The FBI has opened a tip line ...",
# "Have a view? The council's feedback form is open until June 30.").
_TOOL = (
    r"(?:letters?\s+to\s+the\s+editor|(?:feedback|submissions?|contact|upload|tip|tips)"
    r"\s+(?:form|button|line|page))"
)
_TELL = (
    r"(?:tell|use|call|ring|phone|e-?mail|write|send|text|message|whatsapp|visit|fill\s+(?:in|out)"
    r"|submit|contact|share|upload|go|head|click|tap|try|drop)"
)
_QUESTION_PROMPT = re.compile(
    r"(?:^|[.!?]\s+)(?:got|have\s+you\s+(?:got|seen)|do\s+you\s+(?:have|know|work|live)|saw|seen"
    r"|spotted|know|can\s+you\s+help|are\s+you|were\s+you|did\s+you|want|love|like|enjoy(?:ed)?"
    r"|missed|sent\s+(?:in|us)|have\s+(?:a|an|your|news|something|any))\b(?:[^.!?]|\.(?=\w))"
    r"{0,60}\?\s+"
    # (after the question: the page's own address, or the reply button of its mail: "Got a tip?
    # Just hit reply.", "Got something to say? Post it through the <Paper>'s letterbox ...")
    r"(?:[^.!?]{0,100}?\b(?:us|our|(?:pass|send|forward)\s+it\s+on|send\s+them|upload\s+them"
    r"|hit\s+reply|reply\s+to\s+(?:this|the)\s+(?:e-?mail|mail|letter|newsletter)"
    r"|letter\s?box|suggestion\s+box|(?:on|in)\s+all\s+(?:major\s+)?(?:podcast\s+)?(?:apps"
    r"|platforms)"
    r"|read\s+our|subscribe|sign\s+up|newsroom|mailbag|postbag|inbox(?:es)?"
    r"|(?:browse|explore|see|read)\s+(?:the\s+)?(?:full\s+|whole\s+|rest\s+of\s+the\s+)?"
    r"(?:series|archive|index))\b"
    rf"|{_TELL}\b[^.!?]{{0,80}}?\b(?:the|this|a)\s+{_TOOL}\b|(?:the\s+)?{_TOOL}\b)",
    re.I,
)


# A short question, then the page's desk and how to reach it: "Market gossip worth printing?
# Message the desk on 020 555 0134" (not a third party's: "Saw the crash? Call the police on
# 999").
_DESK_PROMPT = re.compile(
    rf"^[^.!?]{{3,50}}\?\s+{_TELL}\s+(?:the\s+(?:news\s+)?(?:desk|newsroom|editors?)"
    r"|our\s+(?:[\w-]+\s+)?(?:desk|newsroom|team|reporters?))\b[^.!?]{0,40}?(?:\d{3}|@|whatsapp"
    r"|signal|telegram)",
    re.I,
)


# A notice's sender saying where it will tell the news next, its own website one place among
# others ("We will post updates on our website, on local radio, and at the post office.",
# "We'll share further information on our website and at reception."): the sender's promise,
# not the page's prompt; not a page's note on itself ("We will update this story", "We'll post
# updates here").
_PROMISE = re.compile(
    r"^we(?:\s+will|\s+shall|['’]ll)\s+(?:also\s+|continue\s+to\s+)?(?:post|publish|share|put\s+out"
    r"|announce|give|provide)\s+(?:any\s+|regular\s+|further\s+|more\s+|new\s+|the\s+latest\s+"
    r"|updated\s+)?(?:updates?|information|news|details|notices?)\b",
    re.I,
)
_SELF = re.compile(r"\b(?:this\s+(?:story|article|page|post|blog|report)|here|below)\b", re.I)


def is_senders_promise(text: str) -> bool:
    """Whether ``text`` opens with a notice's sender saying where it will post its updates."""
    return bool(_PROMISE.match(text)) and not _SELF.search(text)


# A notice's word to those its news touched, in the third person ("We thank passengers for
# their understanding.", "The council thanks residents for their patience."): the sender's
# closing, news of the notice, even beside its promise to update the page; a page thanks its own
# readers ("Thank you for reading", "We thank our readers for their patience") in the second
# person or by their name as readers.
_THANKS_THEM = re.compile(
    r"\bthanks?\s+(?!you\b|(?:all\s+)?(?:our\s+|its\s+)?(?:readers|subscribers|listeners|viewers"
    r"|supporters|members|followers|audience|donors|patrons)\b)(?:[\w'’-]+\s+){1,3}?for\s+their"
    r"\s+(?:understanding|patience|co-?operation|forbearance)\b",
    re.I,
)


_SENTENCE_BREAK = re.compile(r"[.!?]")


def thanks_those_touched(text: str) -> bool:
    """Whether ``text`` thanks, in the third person, those a notice's news touched; not in a
    sentence that names the site's own interface or work ("We thank users for their patience
    while the app is being updated.", "... while we upgrade our website.", "... as we fix the
    comments."): that is the page's maintenance note, chrome (review49)."""
    for match in _THANKS_THEM.finditer(text):
        start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, match.start())), default=0)
        end = _SENTENCE_BREAK.search(text, match.end())
        sentence = Line(text[start : end.end() if end else len(text)].strip())
        if not (ui_words(sentence) or site_voice(sentence)):
            return True
    return False


_NEWS_FIRST_WORDS = 8
_TEASER_WORDS = 12
# the page or its reader in a sentence: not a third person's report
_PERSON = re.compile(r"\b(?:we|our|us|you|your|i|my|me|thanks?)\b|['’](?:s\s+all|ll|re|ve)\b", re.I)
_FIRST_SENTENCE = re.compile(r"[^.!?]+[.!?](?=\s+[A-Z\"“‘'])")
# A sign of a report in a sentence: a figure, a past tense, a verb of reporting or a result.
_NEWS_SIGN = re.compile(r"\d|\b\w+ed\b|\b(?:said|says|told|won|lost|rose|fell|hit|cut)\b", re.I)


def _news_first(text: str, at: int) -> bool:
    """Whether a prompt found at ``at`` comes only after a whole first sentence of eight words
    or more that has a figure or a past tense ("The central bank raised its key rate to 21%.
    Read more on our website."), or after two whole sentences or more, twelve words together,
    that report in the third person (a teaser: "Unity Party wins the election; Ana Ruiz to be
    premier. Recount ahead in Eastbay. Full results on our website."): news with the prompt
    glued on, whose tail the scorer cuts."""
    first = _FIRST_SENTENCE.match(text)
    if first is None or first.end() > at:
        return False
    sentence = first.group(0)
    if len(sentence.split()) >= _NEWS_FIRST_WORDS and bool(_NEWS_SIGN.search(sentence)):
        return True
    second = _FIRST_SENTENCE.match(text, first.end())
    if second is None or second.end() > at:
        return False
    head = text[: second.end()]
    return len(head.split()) >= _TEASER_WORDS and not _PERSON.search(head)


# The page's mailbag, in its own terms: "Questions on mining? <Explainer> answers one each week.",
# "Questions about the ocean? The <Outlet> team reads every one." (a question's topic, then who
# answers or reads one, every one or them all); "Letters for the Gazette can be left at the shop
# on the pier."; "Letters, photos, news tips: drop them at the Orr Street office".
_MAILBAG = re.compile(
    r"^(?:questions?|queries)\s+(?:on|about|for|to)\s+[^.!?]{1,40}\?\s+[^.!?]{0,40}\b(?:answers?"
    r"|reads?|replies\s+to|responds\s+to|takes?)\s+(?:one|every\s+one|each\s+one|them\s+all"
    r"|all\s+of\s+them)\b[^.!?]{0,20}[.!]?$"
    r"|^letters\s+(?:for|to)\s+the\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s+(?:can"
    r"|may|should)\s+be\s+(?:left|dropped(?:\s+off)?|handed\s+in|posted|sent|e-?mailed)\b"
    r"[^.!?,]{0,60}[.!]?$"
    r"|^(?:(?:letters|photos|pictures|(?:news\s+)?tips|stories)\s*(?:,|\s+and\s+|\s*&\s*)\s*){1,4}"
    r"(?:letters|photos|pictures|(?:news\s+)?tips|stories)\s*:\s*(?:drop|leave|send|post|bring"
    r"|e-?mail|hand)\s+(?:them|it)(?:\s+(?:in|off))?\s+(?:at|to|in)\b",
    re.I,
)


# The page's note on its series or its place, alone on the line: "Part three of our
# disaster-planning guide for archives", "One in a run of pieces on observatory machinery",
# "More portraits from Marrakech: the drum maker, the scribe, ..."; an acknowledgement of the
# land's custodians ("We acknowledge the <People> people, custodians of the land where we
# report.").
_SERIES = re.compile(
    r"^part\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:\s+of\s+(?:\w+|\d+))?"
    r"\s+(?:of|in)\s+(?:our|a|an|this)\s+(?:[\w'’-]+\s+){0,4}?(?:series|guide|explainers?|primer"
    r"|run)\b(?:\s+(?:on|about|for|to)\s+[^.!?]{1,40})?\s*\.?$"
    r"|^(?:one|the\s+(?:first|second|third|fourth|fifth|last|latest|\w+th))\s+(?:in|of)\s+"
    r"(?:a|an|our)\s+(?:(?:occasional|new|short|weekly|monthly)\s+)?(?:run|series|set)\s+of\s+"
    r"(?:pieces|articles|stories|explainers|primers|portraits|columns|essays|guides|profiles)\b"
    r"[^.!?]{0,50}\.?$"
    r"|^more\s+(?:portraits|profiles|explainers|guides|interviews|primers|essays|long\s*reads"
    r"|features|dispatches|columns)\s+(?:from|on"
    r"|about|in)\s+[^.!?:]{1,40}:\s*[^.!?]{1,100}$"
    r"|^we\s+(?:respectfully\s+)?acknowledge\s+(?:the\s+)?[^.]{1,80}?\b(?:traditional\s+)?"
    r"(?:custodians|owners|caretakers|keepers|guardians)\s+of\s+(?:the\s+|this\s+)?(?:lands?"
    r"|country|waters|territory)\b"
    # ... under its label, or the label alone: "Acknowledgement: <Agency> pays respect to the
    # Traditional Owners of this land.", "Acknowledgement of Country"
    r"|^acknowledge?ment(?:\s+of\s+country)?\s*:\s*(?:[\w'’&.-]+\s+){1,5}pays?\s+(?:its\s+|our\s+"
    r"|their\s+)?respects?\s+to\s+(?:the\s+)?(?:traditional\s+)?(?:custodians|owners|caretakers)"
    r"\b[^!?]{0,80}$|^acknowledge?ment\s+of\s+country$"
    # an aggregator's note on the content it carries: "<App> aggregates content from
    # third-party publishers and does not guarantee its accuracy."
    r"|^(?:[\w'’&.-]+\s+){1,4}aggregates\s+(?:content|news|stories|articles)\s+from\b[^.!?]{0,60}"
    r"\b(?:does\s+not|doesn['’]t)\s+(?:guarantee|verify|endorse|check)\b[^.!?]{0,40}\.?$"
    # the page's own terms for its figures and its office: "Data sharing: this survey's figures
    # are open for research use.", "<Outlet> office hours: Tuesday to Friday, 9 to 4, Main Street"
    r"|^(?:data(?:\s+(?:sharing|use|reuse|access|policy))?\s*:\s*)?(?:this\s+(?:survey|study|story"
    r"|article|report|page)['’]s|our|these)\s+(?:figures|data|dataset|numbers)\s+(?:are|is)\s+"
    r"(?:open|free|available)\s+(?:for|to)\s+(?:research|reuse|re-use|non-commercial|anyone)\b"
    r"[^.!?]{0,30}\.?$"
    r"|^(?:(?-i:[A-Z])[\w'’&.-]*\s+){1,3}office\s+hours\s*:\s*(?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)days?\b[^.!?]*$",
    re.I,
)


# The page pointing at its archive, its other pages and its desk, alone on the line: "More
# rider profiles in our archive, sorted by team.", "From the archive: more essays on ...", "A
# gallery of 30 pictures is on our Instagram page.", "Press contact details are available to
# accredited journalists on request.", "Questions? The desk is staffed 9 a.m. to 5 p.m.",
# "Classifieds deadline: Tuesday noon, front counter.", "Sources and data links are listed at the
# bottom of the web version."
_POINTER = re.compile(
    r"^more\s+(?:[\w'’-]+\s+){0,3}(?:in|from|on)\s+our\s+(?:archives?|website|site|back\s+pages"
    r"|(?:instagram|facebook|youtube)(?:\s+(?:page|channel))?)\b[^.!?]{0,40}\.?$"
    r"|^from\s+(?:the|our)\s+archives?\s*:\s*more\s+[^.!?]{1,80}\.?$"
    r"|^[^.!?]{0,60}\b(?:gallery|photos|pictures|slideshow|videos?)\b[^.!?]{0,60}\b(?:is|are)\s+"
    r"(?:on|at)\s+our\s+(?:instagram|facebook|youtube|tiktok|flickr|website|site)(?:\s+(?:page"
    r"|channel|account|feed))?\s*\.?$"
    r"|^(?:media|press)\s+contact\s+(?:details|information|numbers)\s+(?:are|is)\s+available\b"
    r"[^.!?]{0,60}\.?$"
    r"|^questions\s*\?\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:desk|helpline|hotline|newsroom|office"
    r"|counter|team|line)\s+is\s+(?:staffed|open|manned|available)\b[^!?]{0,80}$"
    r"|^(?:mailbag|letters|submissions?|listings|notices|classifieds?|ads?|adverts?|advertising"
    r"|obituar(?:y|ies)|announcements)\s+deadline\s*:\s*(?:[ap]\.m\.|[^.!?]){1,80}\.?$"
    r"|^(?:all\s+)?(?:sources|links|references|footnotes|notes)(?:\s+(?:and|&)\s+(?:[\w-]+\s+)?"
    r"(?:links|sources|references|notes))?\s+(?:are|is)\s+(?:listed|given|found|available"
    r"|linked)\s+(?:at\s+the\s+(?:bottom|end|foot)|below|in\s+the\s+(?:web|online|digital)\s+"
    r"version)\b[^.!?]{0,40}\.?$"
    # how the page got its figures, and when its column comes back: "Prices collected by our
    # reporter at four markets. The Weekly Basket returns next Thursday."
    r"|^(?:prices|figures|data|quotes|readings)\s+(?:were\s+)?(?:collected|gathered|compiled"
    r"|checked|surveyed)\s+by\s+our\s+(?:[\w-]+\s+)?(?:reporters?|staff|team|correspondents?"
    r"|desk)(?:\s+(?:at|in|from|on|across|between|around)\b[^.!?\d]{0,60})?\.?(?:\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}"
    r"\s+(?:returns|is\s+back|will\s+be\s+back)\s+(?:next\s+\w+|on\s+\w+day)\s*\.?)?$",
    re.I,
)
# The page's tagline naming the languages it writes in, alone or after its name in another
# script: "ᐃᓄᒃᑎᑐᑦ · Arctic news in Inuktitut and English", "Noticias del valle en español e
# inglés" is another language's; a list of places ("news in Paris and London") is no tagline
_LANGUAGES = (
    r"(?:English|French|Spanish|Portuguese|Arabic|Swahili|Inuktitut|Māori|Maori|Welsh|Irish"
    r"|Gaelic|Hindi|Urdu|Bengali|Chinese|Russian|German|Italian|Dutch|Malay|Indonesian|Tagalog"
    r"|Filipino|Samoan|Tongan|Fijian|Hausa|Yoruba|Igbo|Amharic|Somali|Zulu|Afrikaans|Cree"
    r"|Greenlandic|Sami|Catalan|Basque|Kurdish|Persian|Turkish|Creole|Kreyòl|Papiamento|Tetum"
    r"|Bislama|Tok\s+Pisin)"
)
_TAGLINE_LANGUAGES = re.compile(
    r"^(?:[^.!?·|]{1,60}\s[·|]\s)?(?:[\w'’-]+\s+){0,3}(?:news|stories|reporting|journalism)\s+in\s+"
    rf"(?-i:{_LANGUAGES})(?:\s*(?:,|and|&)\s*(?-i:{_LANGUAGES}))+\s*\.?$",
    re.I,
)
# ... and its call for tips and pictures: "Tips welcome via our Contact page.", "Share your
# harbour photos with the Courier: tag us and we may print them."
_TIPS = re.compile(
    r"\btips?\s+(?:are\s+)?welcome\s+(?:via|at|on|through|to|by)\s+(?:our|the\s+(?:news\s+)?desk)\b"
    # "Written by <Name> and <Name>. Send tips to tips@<site>" (junk49)
    r"|(?:^|[.!]\s+)send\s+(?:us\s+)?(?:your\s+)?(?:news\s+|story\s+)?tips\s+(?:to|at)\s+\S+@\S+$"
    # a fact-checker's note on its ratings: "How we work: <Checker> rates claims as True, ...
    # Read our methodology." (junk49)
    r"|\bread\s+(?:more\s+about\s+)?our\s+(?:methodology|rating\s+system|ratings\s+guide)\b"
    r"|^share\s+your\s+(?:[\w'’-]+\s+){0,2}(?:photos|pictures|videos|snaps|stories)\s+with\s+"
    r"(?:the\s+)?(?-i:[A-Z])[\w'’-]*\b[^.!?]{0,60}\b(?:tag|send|email|e-mail|message)\s+us\b",
    re.I,
)


# A market page's note in its language: not investment advice ("Yatırım tavsiyesi değildir.",
# "Keine Anlageberatung.", "Ceci ne constitue pas un conseil en investissement."), a short line
# of that alone; or its quotes' lag: a market-data word, a number of minutes and a delay's word
# on a short line ("Piyasa verileri 15 dakika gecikmelidir.", "Kurse um 15 Minuten verzögert",
# "Cotizaciones con 15 minutos de retraso"). A story of a delay has its verb and cause: "Los
# datos del censo llegaron con 15 minutos de retraso al sistema del ministerio" is longer.
_NO_ADVICE_ABROAD = re.compile(
    r"(?:yatırım\s+tavsiyesi\s+değildir|(?:dies\s+ist\s+)?keine\s+anlage(?:beratung|empfehlung)"
    r"|(?:ceci|cet\s+article|ce\s+contenu)?\s*ne\s+constitue\s+pas\s+un\s+conseil\s+(?:en"
    r"\s+investissement|financier|d['’]investissement)|no\s+(?:constituye|es)\s+(?:una\s+|un\s+)?"
    r"(?:recomendación|consejo|asesoramiento)\s+(?:de\s+inversión|financiero)|non\s+costituisce"
    r"\s+(?:una\s+)?(?:sollecitazione|consulenza|raccomandazione)\s+(?:all['’]investimento"
    r"|finanziaria|di\s+investimento)|não\s+(?:constitui|é)\s+(?:uma\s+)?(?:recomendação|conselho)"
    r"\s+de\s+investimento|(?:dit\s+is\s+)?geen\s+beleggingsadvies|(?:detta\s+är\s+)?inte\s+"
    r"(?:någon\s+)?investeringsrådgivning|(?:dette\s+er\s+)?ikke\s+investeringsråd(?:givning)?"
    r"|nie\s+stanowi(?:ą)?\s+(?:rekomendacji|porady)\s+inwestycyjnej|ei\s+ole\s+sijoitusneuvo"
    r"|δεν\s+αποτελεί\s+επενδυτική\s+συμβουλή)\s*[.!]?",
    re.I,
)
_QUOTE_WORD = re.compile(
    r"\b(?:verileri|piyasa|daten|kurse|börsendaten|données|cours|cotations|cotizaciones|datos"
    r"|quotazioni|dati|cotações|dados|koersen|kurser|kurssit|notowania|τιμές)\b",
    re.I,
)
_LAG = re.compile(
    r"\b\d{1,2}\s*(?:min\.?|minuten|minutes|minutos|minuti|dakika|minuter|minutter|minut|minuuttia"
    r"|λεπτά)\b",
    re.I,
)
_DELAY_WORD = re.compile(
    r"(?:verzögert|verzögerung|différé|retard|retras|ritard|atras|vertraagd|fördröj|forsinke"
    r"|opóźni|gecikme|viive|καθυστέρηση)",
    re.I,
)
_MARKET_NOTE_WORDS = 10


def _market_note_abroad(text: str) -> bool:
    """A market page's no-advice note or quotes' lag in its language (``_NO_ADVICE_ABROAD``)."""
    if len(text.split()) > _MARKET_NOTE_WORDS:
        return False
    if _NO_ADVICE_ABROAD.fullmatch(text.strip()):
        return True
    return bool(_QUOTE_WORD.search(text) and _LAG.search(text) and _DELAY_WORD.search(text))


def is_page_note(text: str) -> bool:
    """Whether the line ``text`` is an app, comment or reader prompt, or a page note."""
    words = len(text.split())
    prompts = (
        _OUR_APP,
        _COMMENT_PROMPT,
        _READER_PROMPT,
        _QUESTION_PROMPT,
        _DESK_PROMPT,
        _MAILBAG,
        _TIPS,
    )
    found = [m for p in prompts if (m := p.search(text))] if words <= MAX_WORDS else []
    if found and is_senders_promise(text):
        return False
    if words <= MAX_WORDS and (
        _APP_PROMPT.match(text) or (" to " in text and _KEYWORD_SIGN_UP.search(text))
    ):
        return True
    if found and not _news_first(text, min(m.start() for m in found)):
        return True
    if words > NOTE_MAX_WORDS:
        return False
    low = text.lower()
    return (
        bool(_PAGE_NOTE.search(text) or _SERIES.match(text) or _POINTER.match(text))
        or _TAGLINE_LANGUAGES.match(text) is not None
        or _SMALL_PRINT_IN(text, low)
        or _PAGE_TERMS_IN(text, low)
        or _market_note_abroad(text)
    )
