"""The page's furniture: rows and prompts of a page's widgets, by shape and generic UI words.

No site's string is written here. Kinds:

- a tag row ("Topics: Elections, Europe", "Tags: ...", "Filed under: ..."), a gallery's counter
  or label ("Image 1 of 12", "Photo gallery (12 images): ..."), a feedback poll ("Was this article
  helpful? Yes No"), a reading-time label ("Reading time: 3 minutes");
- a live page's state and clock ("Live coverage is over for today.", "This page updates itself
  every minute.", "Refresh for the latest.", "Newest first", "All times CET", "Times are Bishkek
  time (GMT+6).");
- audio and podcast promos ("Prefer to listen? ...", "... with a new episode each weekday",
  "Rate and review us wherever you listen", "Episode 412 · 38 min", "Listen to this story");
- a paywall's offer or meter ("Story 3 of your 4 complimentary reads this month.", "Already a
  member? Log in.", "Start a 14-day trial.", "Use code SAVE15 for 15% off"), a consent wall
  ("Before you continue: ...", "Allow third-party content to see it."), the outlet's app or
  newsletter pointing at itself ("... open the app", "X is a free weekly newsletter.");
- a wire slug ("ABC-W/js/");
- a player's and a page's tools (``_TOOLS``): "Now playing: ...", "Listen · 3:48", "Advert",
  "Updated every few minutes", "Opened from the <Outlet> app", "+ Follow A", a text-size
  control ("A- A A+"), a translation widget, a share button in the page's language ("I-share sa
  Facebook"), an aggregator's bias note.

Only short lines count; ``clean.is_boilerplate`` keeps a line with an attribution verb.
"""

from __future__ import annotations

import re

__all__ = ["is_widget"]

MAX_WORDS = 30
_LABEL_MAX_WORDS = 15  # a tag row or a gallery label

# A tag row: the label, then a short list, not a sentence ("Topics: the budget will ...").
_TAGS = re.compile(
    r"^(?:tags?|topics?|labels|filed\s+under|categories|keywords|subjects|related\s+(?:topics|tags)"
    r"|in\s+this\s+(?:article|story)"
    # (the platform's label in the template's language: "Mga Label:", "लेबल:", "टैग:", "Тегтар:")
    r"|mga\s+label|label|लेबल|टैग|टैग्स|ট্যাগ|লেবেল|теги|тегтар|тэги|тегови|етикети|ετικέτες"
    r"|etiquetas|étiquettes|schlagwörter|schlagworte|etiketter|tunnisteet|tagi|etiketler|وسوم"
    r"|برچسب‌ها|برچسب)\s*:\s*\S[^.!?]*$",
    re.I,
)
# A gallery's label, a newsletter's greeting.
_SHORT = re.compile(
    r"^(?:photo|image|picture|video)\s+gallery\b(?:\s*\(\d+\s+\w+\))?\s*[:|–—-]"
    # a gallery's bare counter or button: "1 / 12", "(3 of 9)", "View gallery (12 photos)", "See
    # all 24 photos"
    r"|^\(?\d{1,3}\s*(?:/|of)\s*\d{1,3}\)?$|^(?:open|view|see|browse)\s+(?:the\s+)?(?:full\s+)?"
    r"(?:(?:photo\s+)?gallery|all\s+\d+\s+(?:photos|images|pictures))\b"
    # a newsletter's greeting ("Good morning, readers. Your Monday starts here."); not "Morning,
    # noon and night ..."
    r"|^(?:(?:good\s+(?:morning|afternoon|evening)|hello|hi|hey)\s*[,!.]|morning!)",
    re.I,
)
# Widgets by their opening (tried with ``match``: one attempt a line).
_WIDGET_START = re.compile(
    # a live page closing: "We have stopped updating this page.", "We are wrapping up here."
    r"(?:we(?:['’]ve|\s+have)\s+stopped\s+updating\s+this\s+(?:page|blog|story)\b"
    r"|we(?:['’]re|\s+are)\s+(?:wrapping\s+up|pausing|closing)\s+(?:here|this\s+(?:blog|page)"
    r"|our\s+(?:live\s+)?coverage)(?=\s*(?:[.;,!—–-]|$))"
    # an ad slot's note: "Story continues after this message from our sponsor"
    r"|(?:advertisement\s*[·|—–-]\s*)?(?:the\s+)?(?:story|article)\s+(?:continues|resumes)\s+"
    r"(?:below|after\s+(?:this|the)\s+(?:message|advertisement|ad)(?:\s+from\s+(?:our|a)\s+"
    r"sponsors?)?)\s*\.?$"
    # a newsletter's sponsor and sign-off: "Today's Kettle is sponsored by ...", "That's the
    # brew for today.", "Forwarded this by a friend? ..."
    r"|(?![^\n]*\b(?:said|says|told|joked)\b)(?:today['’]s|this\s+week['’]s)\s+"
    r"(?:(?-i:[A-Z])[\w'’&-]*\s+){1,3}is\s+(?:sponsored|brought\s+to\s+you)\s+by\s+"
    r"(?:(?-i:[A-Z])[\w'’&.-]*\s*){1,4}(?:[—–-]|\.?$)"
    r"|(?:this|today['’]s)\s+(?:issue|edition|newsletter|email|episode)\s+is\s+(?:sponsored"
    r"|brought\s+to\s+you)\s+by\s+(?:(?-i:[A-Z])[\w'’&.-]*\s*){1,4}(?:[—–-]|\.?$)"
    r"|that(?:['’]s|\s+is)\s+(?:all|it|the\s+[\w-]+)\s+(?:for|from)\s+(?:today|this\s+week"
    r"|now|us)\s*[.!]\s*(?:see\s+you\b|$)"
    r"|forwarded\s+this\b[^?]{0,30}\?\s*(?:(?:get|subscribe|sign\s+up|join|read)\b|$))"
    # a gallery's counter, a feedback poll, a reading-time label
    # (a gallery's caption after its counter is the gallery's text: "Image 2 of 9: Boats lie
    # piled against the seawall ..." stays)
    r"|(?:image|photo|picture|slide|photograph)\s+\d+\s+(?:of|/)\s+\d+\b(?!\s*:\s*(?:\S+\s+){3}\S)"
    r"|(?:was|is|did\s+you\s+find)\s+this\s+(?:article|story|page|answer|information|guide"
    r"|content|explainer)\s+(?:helpful|useful|informative)\b|how\s+(?:useful|helpful)\s+was\s+this\b"
    # a bare poll, or one on the page's information, the question alone: "Was this helpful?",
    # "Was the information on this page useful?", "Did you find this useful? Yes / No"
    r"|(?:was|is|did\s+you\s+find)\s+(?:this|the\s+(?:information|content|text)\s+(?:on|of)\s+this"
    r"\s+(?:page|site|website))\s+(?:helpful|useful|informative)\s*\?(?:\s*yes\s*[/|·]?\s*no)?\s*$"
    r"|rate\s+this\s+(?:article|story|page)\b|how\s+would\s+you\s+rate\s+this\b"
    # "How good was this report? ★★★★★", "Pinned by the live desk"
    r"|how\s+(?:good|useful|helpful|interesting)\s+was\s+this\s+(?:report|article|story|piece"
    r"|explainer|issue|newsletter|briefing)\s*\?\s*[★☆*\s]*$"
    r"|pinned\s+by\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:desk|team|editors?)\s*$"
    r"|thanks?\s+(?:you\s+)?for\s+your\s+feedback\b|(?:give|send\s+us)\s+feedback\b"
    r"|(?:[\w ]{1,15}[.:]\s+)?(?:estimated\s+)?reading\s+time\s*:?\s*(?:about\s+)?\d+\s*min"
    # a live page's state: "Live coverage is over for today.", "This page updates itself every
    # minute.", "Live · Newest first"
    r"|live\s+(?:coverage|updates|blog|text|commentary)\s+(?:is\s+over|(?:has|have)\s+(?:now\s+)?"
    r"(?:ended|finished|stopped|closed))\b|live\s*[·|—–-]|this\s+page\s+(?:updates|refreshes"
    r"|is\s+(?:updated|refreshed)|will\s+(?:update|refresh)|auto-?refreshes)\b"
    # audio promos: "Episode 412 · 38 min", "Press play to hear ...", "Stream our playlist"
    r"|episode\s+\d+\s*[·|]|press\s+play\b|(?:stream|listen\s+to|watch)\s+our\b"
    r"|new\s+episodes?\s+(?:every|each|drops?|out)\b|(?:listen|subscribe)(?:\s+(?:now|free"
    r"|and\s+(?:subscribe|follow)))?\s+(?:on|via|in)\s+(?:[\w-]+\s+){0,3}?(?:apple\s+podcasts"
    r"|spotify|your\s+podcast\s+app)\b"
    r"|this\s+(?:episode|podcast|show|newsletter)\s+is\s+(?:sponsored|brought\s+to\s+you)\s+by\b"
    # a paywall's offer, a sponsor's read, a bookmark prompt, a consent wall
    r"|keep\s+reading\s+for\b|(?:premium|subscribers?\s+only|members\s+only)\s*:"
    r"|(?:our\s+)?sponsors?(?:\s+this\s+(?:week|month|episode))?\s*:"
    r"|(?:bookmark|save)\s+this\s+(?:story|article|page)\b|before\s+you\s+continue\b"
    # a paid slot's label, another article of the site: "Sponsored: Try ...", "More from X: ..."
    r"|(?:sponsored(?:\s+content)?|paid\s+(?:post|content)|partner\s+content|sponsor\s+slot)\s*[:|]\s"
    # another article's link: "More from Wander Wisely: Morocco in summer ...", not "More from the
    # minister: "We will not back down."" (a quote or a sentence after it)
    r"|more\s+(?:from\s+(?:[\w'’&-]+\s+){0,3}[\w'’&-]+|long\s+reads|stories"
    r"|on\s+this(?:\s+story)?)\s*:\s(?![\"“'‘])(?![^\n]*[.!?][\"”’']?$)"
    # a section's or a list's label before a headline, which opens with a capital: "More in
    # Business & Ports: ...", "Most read today: ...", not "More in store: the retailer plans ..."
    r"|(?:more\s+in\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?:&|and|(?-i:[A-Z])[\w'’-]*)){0,3}"
    r"|most\s+(?:read|popular|viewed|shared)\s+(?:today|this\s+week|now)"
    r"|related\s+(?:guides|stories|articles|reading|coverage)|(?:next|previously)\s+in\s+this"
    r"\s+series)\s*:\s(?-i:[A-Z0-9])(?![^\n]*[.!?][\"”’']?$)"
    # a series' next part, whatever its case: "Coming up in the series: how forecasters ..."
    r"|coming\s+up\s+(?:in|on)\s+(?:the|this|our)\s+series\s*:\s[^.!?]{1,80}$|most\s+(?:read|popular|viewed|shared)\s*:\s*1[.)]"
    # a live page's state: "Ticker closed.", "Keep this page open — new posts appear at the top"
    r"|(?:ticker|live\s+blog|blog)\s+closed\b(?!\s*:)|keep\s+this\s+page\s+open\b"
    # a paywall's offer: "Continue reading with a free ... account"
    r"|continue\s+reading\s+with\s+an?\s+(?:free\s+)?"
    # a paywall's meter: "You have read 3 of 5 free articles this month."
    r"|you(?:['’]ve|\s+have)\s+read\s+\d+\s+(?:of|out\s+of)\s+(?:your\s+)?\d+\s+free\s+"
    r"(?:articles|stories|reads)\b[^.!?,;]{0,30}[.!]?$"
    # the page's comments, said of themselves: "Comments are moderated and may take up to 24
    # hours to appear.", "Comments are switched off on this live blog."
    r"|comments\s+(?:are|have\s+been)\s+(?:moderated|switched\s+off|turned\s+off|disabled"
    r"|closed)\b(?:\s+(?:on|for)\s+this\s+(?:live\s+)?(?:blog|page|story|article|post)"
    r"|\s+and\s+may\s+take\s+[^.!?,;]{1,40}\s+to\s+appear)?\s*[.!]?$"
    # a live page's button: "Show older updates", "Load more posts"
    r"|(?:show|load|see|view)\s+(?:older|earlier|more|previous)\s+(?:updates|posts|entries)\s*$",
    re.I,
)
# Widgets anywhere in the line, each from a word's start (tried with ``search``; the one ``\b``
# before the alternatives keeps the search cheap).
_WIDGET_ANY = re.compile(
    r"\b(?:see\s+the\s+(?:photo\s+)?gallery\s+(?:below|above)\b"
    # a live page's state: "Updates on this page have stopped.", "Auto-refresh is on.", "Refresh
    # for the latest.", "Scroll down for earlier updates.", "Newest first", "Thanks for following."
    r"|(?:updates|coverage)\s+on\s+this\s+page\s+(?:have|has)\s+(?:now\s+)?(?:stopped|ended"
    r"|finished)\b|auto-?refresh\s+is\s+(?:on|off)\b|pull\s+(?:down\s+)?to\s+refresh\b"
    r"|(?:refresh|reload)\s+the\s+page\b|new\s+(?:posts|entries|updates)\s+appear\b"
    # "Updates have ended here; the full report is on the front page."
    r"|(?:^|[.;]\s+)(?:live\s+)?updates\s+(?:have|has)\s+(?:now\s+)?(?:ended|stopped|finished)\s+"
    r"(?:here|on\s+this\s+(?:page|blog))\b"
    # "Coverage on this page stops here; a fresh page opens at 7am tomorrow.", "Refresh for the
    # newest posts, which sit at the top"
    r"|(?:updates|coverage)\s+on\s+this\s+page\s+(?:stops|ends)\b|an?\s+(?:new|fresh)\s+(?:live\s+)?"
    r"(?:page|blog)\s+(?:opens|starts|will\s+(?:open|start))\s+(?:at\s+\d|tomorrow\b|on\s+\w+day\b)"
    r"|refresh\s+(?:the\s+page\s+)?(?:for|to\s+see)\s+(?:the\s+)?(?:newest|latest|new)\s+(?:posts"
    r"|updates|entries)\b"
    r"|\?\s+read\s+our\s+(?:[\w'’-]+\s+){0,5}(?:guide|explainer|coverage|review|primer)\b"
    r"|save\s+this\s+(?:article|story|page)\s+for\s+later\b|photos?\s*:\s*(?:order|buy)\s+(?:prints|a\s+print)\b"
    r"|(?:order|buy)\s+this\s+(?:photo|picture)\b|(?:hit|tap|click|press)\s+the\s+(?:notification\s+)?bell\s+(?:icon|button|to\s+be\s+"
    r"(?:told|notified)|for\s+(?:alerts|notifications))\b|refresh\s+(?:for|to\s+see)\s+(?:the\s+"
    r"latest|updates|new\s+(?:posts|entries))|scroll\s+(?:down|up)\s+for\b|newest\s+first\b"
    r"|thanks?\s+(?:you\s+)?for\s+(?:reading|following|staying\s+with\s+us|joining\s+us)\b"
    # audio and podcast promos
    r"|prefer\s+to\s+listen\b|podcast\s+covers\s+this\b|subscribe\s+to\s+(?:the|our)\s+"
    r"(?:[\w-]+\s+)?podcast\b|wherever\s+you\s+(?:get\s+your\s+podcasts|listen)\b"
    r"|rate\s+(?:and|&)\s+review\b|(?:hear|listen\s+to)\s+this\s+(?:story|article)"
    # a paywall's meter and offers: "Story 3 of your 4 free reads", "Already a member? Log in."
    r"|\d+\s+of\s+your\s+\d+\s+(?:free|complimentary)\s+(?:articles?|stor(?:y|ies)|reads?)\b"
    r"|already\s+(?:a\s+)?(?:member|subscriber|registered)\s*\?"
    r"|start\s+(?:a|your)\s+(?:free\s+(?:\d+-day\s+)?|\d+-day\s+(?:free\s+)?)trial\b"
    r"|(?<=[.!?]\s)try\s+(?:\d+|one|two|three|four)\s+(?:weeks?|months?|days?)\s+for\s+[£$€]"
    r"|this\s+(?:article|story|briefing|newsletter|content|report|piece)\s+is\s+(?:only\s+)?"
    r"(?:available|reserved)\s+(?:only\s+)?(?:to|for)\s+(?:[\w-]+\s+){0,3}(?:subscribers|members)\b"
    r"|use\s+(?:the\s+)?(?:promo\s+|discount\s+|voucher\s+)?code\s+(?-i:[A-Z0-9]{3,})"
    # a consent wall or a blocked embed
    r"|(?:this\s+site|we)\s+and\s+(?:its|our)\s+(?:ad|advertising)\s+partners\b"
    r"|allow\s+third-party\s+content\b|would\s+appear\s+here\b"
    r"|content\s+is\s+hosted\s+by\s+a\s+third\s+party\b"
    # the outlet's newsletter or column about itself: "Our columnist's column appears every
    # Monday.", "X is a free weekly newsletter.", "Welcome to this week's issue."
    r"|(?:column|newsletter|podcast)\s+(?:appears|runs|is\s+published|comes\s+out|goes\s+out)"
    r"\s+(?:every|each)\b"
    r"|is\s+a\s+(?:free\s+(?:daily\s+|weekly\s+|monthly\s+)?|(?:daily|weekly|monthly)\s+"
    r"(?:free\s+)?)newsletter\b"
    r"|welcome\s+to\s+(?:this\s+week['’]s|today['’]s|the\s+latest|our)\s+(?:issue|edition"
    r"|newsletter)\b|this\s+(?:newsletter|briefing)\s+is\s+(?:meant|intended|aimed)\b)"
    # an imperative opening a sentence: "Cancel anytime.", "Enable social cookies to view it.",
    # "Know someone who would enjoy it? Pass it on."
    r"|(?:^|[.!?]\s+)(?:cancel\s+(?:at\s+any\s*time|anytime|in\s+\w+\s+clicks?)\b"
    r"|enable\s+(?:[\w-]+\s+){0,2}cookies\b|(?:pass|send|forward)\s+it\s+on\b)",
    re.I,
)
# A live page's clock: "All times CET", "Times are Bishkek time (GMT+6).", "All times Almaty
# (GMT+5).", "Kick-off times are GMT."; not "Times are hard" (a zone is capitalised).
_CLOCK = re.compile(
    r"(?:^|[.:;—–-]\s*)(?i:all\s+)?(?:(?i:kick-off\s+))?[Tt]imes\s+(?:are\s+(?:in\s+)?local\b"
    r"|(?:are\s+)?(?:in\s+)?(?:[A-Z]{2,5}\b|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:[Tt]ime\b|\((?:GMT|UTC))))"
    r"|^(?i:all)\s+times\s+(?:are\s+)?local\b",
)
# The outlet's app at a labelled line's end, not a sentence: "Sport - results and standings in
# the app", "Live scores: open the TWI app"; not a headline ("Riders can tip drivers in the app").
_APP_TAIL = re.compile(
    r"(?:^|[:—–|]\s*|\s-\s)open\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}app$"
    r"|(?:[:—–|]\s*|\s-\s)[^:—–|]{0,60}\b(?:in|on)\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}app$"
    # what the page offers in its app, or the reader told to get it, before the app's tagline:
    # "Fixtures ... on the County Sport app - free on iOS and Android", "Download the app - free
    # ..."; not another body's app ("The government's new ID app - free on iOS and Android.")
    r"|(?:^(?:download|get|try|install)\b|\b(?:on|in)\s+(?:the|our)\s+)[^:—–|]{0,40}?\bapp\s*"
    r"(?:[—–|]|\s-)\s*(?:free\s+)?(?:on|for)\s+(?:ios|iphone)\s+(?:and|&)\s+android\.?$",
    re.I,
)
# A wire slug: an agency code and an editor's initials ("ABC-W/js/").
_SLUG = re.compile(
    r"^[A-Z][A-Z0-9-]{1,9}/[a-z]{1,4}(?:/[\w…-]{0,6})*$"
    # a slug before the agency's tagline: "NIN/tor/ha — Nordic Isles Newswire, an English ..."
    r"|^[A-Z]{2,6}(?:/[a-z]{1,4}){2,}\s+[—–-]\s"
)


# A market ticker's row: names and their quotes only, no verb, no sentence ("BIST 100 11.245,18
# %0,84", "Dolar 41,82 Euro 45,07 Altın 3.912", "DAX 18.234,50 +0,4% · Euro 1,0842"). A quote
# is a number with a decimal part or a percentage; the row has a change (a percentage or a
# signed number) or three quotes or more. A result ("Arsenal 2 Chelsea 1") has no decimals, and a
# line of news has a word in lower case.
_QUOTE = re.compile(r"^[(+\-−–▲▼△▽]?%?\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,4})?%?\)?$")
_CHANGE = re.compile(r"%|^[+\-−–▲▼△▽]\d")
_TICKER_NAME = re.compile(r"^(?:[A-ZÀ-ÞİÇŞĞÖÜ][\w&./'’-]*|\d{1,4})$")
_TICKER_SEP = frozenset(("·", "|", "•", "/"))
_TICKER_WORDS = 16


# A live page's refresh and order controls: "Auto-refresh on. Newest entries first.", "Page
# reloads by itself every 60 s · Switch off", "Latest updates first"
_REFRESH = re.compile(
    r"^(?:(?:auto-?refresh|auto-?update|automatic\s+updates?|live\s+updates?)\s+(?:is\s+)?(?:on"
    r"|off|enabled|disabled)\s*[.!]?(?:\s+|$)|(?:the\s+)?page\s+(?:reloads|refreshes|updates)"
    r"\s+(?:by\s+itself|itself|automatically)\s+every\s+\d{1,3}\s*(?:s|sec|secs|seconds|min"
    r"|minutes)\b\.?(?:\s*[·|]\s*(?:switch|turn)\s+(?:off|on))?\s*(?:\s+|$))*"
    r"(?:(?:newest|latest|oldest|most\s+recent)\s+(?:entries|posts|updates|first)(?:\s+first)?"
    r"\s*[.!]?)?$",
    re.I,
)


_DECIMAL = re.compile(r"\d[.,]\d|%")

# A player's and a page's tools, whole lines: the programme on air ("Now playing: Morning Drive
# with A B"), a listen button with its length ("Listen · 3:48"), an ad's label ("Advert"), a
# live page's pace ("Updated every few minutes"), an app's webview note ("Opened from the
# <Outlet> app"), a follow button ("+ Follow A"), a text-size control ("فونٹ سائز: A- A A+",
# "A- A A+"), a translation widget ("Select a language ▾ | Translated by Google"), a share button
# in the page's language ("I-share sa Facebook", "Partager sur Facebook", "Kongsi di WhatsApp"),
# an aggregator's bias note ("Blindspot: Covered less by the right").
_SOCIAL = r"(?:facebook|x|twitter|whatsapp|telegram|linkedin|instagram|messenger|viber|line)"
_TOOLS = re.compile(
    r"(?:now\s+playing|on\s+air(?:\s+now)?|live\s+now|en\s+(?:ce\s+moment|direct)|en\s+vivo"
    r"|al\s+aire|no\s+ar|jetzt\s+läuft)\s*[:·|–—-]\s*[^.!?]{1,60}"
    r"|(?:listen|play|watch|écouter|escuchar|ouvir|anhören)\s*[·|:–—-]?\s*\(?\d{1,2}:\d{2}\)?"
    r"|advert|advertising|ad\s*·\s*sponsored"
    r"|(?:this\s+page\s+is\s+)?updated\s+every\s+(?:few\s+|couple\s+of\s+|\d{1,2}\s+)?(?:minutes?"
    r"|seconds?|hours?)"
    r"|opened\s+(?:from|in)\s+the\s+[^.!?]{1,40}\s+app"
    r"|\+\s*follow(?:\s+[^\W\d_][\w.'’-]*){0,3}"
    r"|(?:[^\W\d_][^\W\d_ ]*(?:\s+[^\W\d_][^\W\d_ ]*){0,2}\s*:\s*)?"
    r"(?:[^\W\d_][+\-−]|[+\-−][^\W\d_])(?:\s+[^\W\d_][+\-−]?){1,3}"
    r"|select\s+(?:a\s+|your\s+)?language\s*▾?\s*(?:[|·]\s*(?:translated|powered)\s+by\s+google"
    r"(?:\s+translate)?)?|(?:translated|powered)\s+by\s+google(?:\s+translate)?"
    rf"|(?:i-share\s+sa|ibahagi\s+sa|partager\s+sur|compartir\s+en|compartilhar\s+no|teilen\s+auf"
    rf"|condividi\s+su|kongsi\s+di|bagikan\s+ke|shiriki\s+kwenye|paylaş\s*:?|share\s+on)\s+{_SOCIAL}"
    rf"|{_SOCIAL}['’]?(?:ta|da|te|de)\s+paylaş"
    r"|(?:page\s+)?(?:last\s+)?(?:reviewed|checked|verified)\s*:?\s+(?:on\s+)?\d{1,2}\s+[^\W\d_]{3,9}"
    r"\.?,?\s+\d{4}(?:\s+by\s+[^.!?]{1,40})?"
    r"|(?:bookings|reservations|purchases)\s+made\s+(?:via|through|from)\s+(?:our|these|the)\s+"
    r"(?:links|buttons)\s+may\s+(?:pay|earn)\s+[^.!?]{1,40}\s+a\s+commission"
    r"|blindspot\s*:\s*covered\s+(?:less|more|mostly|only)\s+by\s+the\s+(?:left|right|center|centre)",
    re.I,
)


def _ticker_row(text: str) -> bool:
    if _DECIMAL.search(text) is None:
        return False
    tokens = [t for t in text.split() if t not in _TICKER_SEP]
    if not 3 <= len(tokens) <= _TICKER_WORDS or not _TICKER_NAME.match(tokens[0]):
        return False
    if tokens[0][0].isdigit():
        return False
    quotes = [
        t for t in tokens if _QUOTE.match(t) and (any(c in t for c in ".,%") or t[0] in "+-−–▲▼")
    ]
    names = [t for t in tokens if t not in quotes]
    if len(quotes) < 2 or not all(_TICKER_NAME.match(t) for t in names):
        return False
    return any(_CHANGE.search(q) for q in quotes) or len(quotes) >= 3


def is_widget(text: str) -> bool:
    """Whether the line ``text`` is a widget's row or prompt (see the module's kinds)."""
    words = len(text.split())
    if words > MAX_WORDS:
        return False
    if words <= _LABEL_MAX_WORDS and any(p.search(text) for p in (_TAGS, _SHORT, _APP_TAIL)):
        return True
    if words <= 20 and _CLOCK.search(text):
        return True
    if words <= _TICKER_WORDS and _ticker_row(text):
        return True
    if words <= _TICKER_WORDS and text.strip() and _REFRESH.fullmatch(text.strip()):
        return True
    if words <= _LABEL_MAX_WORDS and _TOOLS.fullmatch(text.strip()):
        return True
    return bool(_WIDGET_START.match(text) or _WIDGET_ANY.search(text) or _SLUG.match(text))
