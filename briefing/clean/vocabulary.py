"""The generic interface vocabulary ``clean.is_boilerplate`` reads lines with: the phrases that
open a short line of chrome ("Share this article", "Read more", "Story continues below"), the
words that are chrome alone ("Advertisement", "Refresh"), follow and sign-up prompts, cookie and
consent notices, comment counters, bylines, archive notices, and the verbs that make a line
that quotes such wording news ("..., the regulator said"). No site's string is written here.
"""

from __future__ import annotations

import re

# "Read also" in the languages the earlier lists had least: Wolof, Occitan, Cebuano, Sundanese,
# Lingala, Hausa, Yoruba, Igbo, Shona, Haitian Creole, Esperanto, Luxembourgish, Friulian,
# Asturian, Scottish Gaelic, Cornish, Sardinian, Macedonian, Tatar, te reo Māori, Bhojpuri,
# Telugu, Dari (an alternation, no group; a label before a colon or alone on its line)
READ_ALSO_MORE = (
    r"jàng\w*\s+(?:it|itam|yeneen)|legi\w*\s+tanben|basaha\s+(?:usab|sab|pud|pod|ang\s+uban)"
    r"|baca\s+(?:ogé|oge|deui)|tanga\s+(?:lisusu|mpe|pe)|(?:ku\s+)?karanta\s+(?:kuma|wannan)"
    r"|karin\s+labarai|ka\s+(?:siwaju|eyi\s+naa)|gụ(?:ọ|kwa)\s+kwa|gụkwuo|verenga\s+zvakare"
    r"|li\s+(?:tou|plis)|legu\s+ankaŭ|liest\s+och|lei\s+ancje|llei\s+tamién|leugh\s+cuideachd"
    r"|redyewgh\s+ynwedh|leghe\s+puru|lege\s+(?:fintzas|puru)|прочитајте\s+(?:и|повеќе)"
    r"|шулай\s+ук\s+укыгыз|pānuitia\s+anō|me\s+pānui\s+hoki|इहो\s+पढ़ीं|ఇవి\s+కూడా\s+చదవండి"
    r"|ఇది\s+కూడా\s+చదవండి|همچنین\s+بخوانید"
    # (junk34: Sindhi, Corsican, Maltese)
    r"|هي\s+به\s+پڙهو|leghjite\s+dinò|aqra\s+wkoll"
)

__all__ = [
    "ARCHIVE",
    "ATTRIBUTION",
    "BYLINE",
    "COMMENTS",
    "COOKIE",
    "DIGEST_INTRO",
    "FOLLOW_US",
    "OTHERS_SIGN_UP",
    "READ_ALSO_MORE",
    "REPORTED",
    "SELF_PROMO",
    "SIGN_UP",
    "UI_MAX_WORDS",
    "UI_ONLY",
    "UI_START",
    "UI_TERMS",
    "YOU",
    "unless_reported",
]

# Generic interface vocabulary. A short line that starts with one of these phrases is chrome...
UI_START = re.compile(
    r"^(?:share\s+(?:this|on|via|article|story)|subscribe|sign\s*(?:in|up|out)\b"
    r"|log\s*(?:in|out)\b|follow\s+(?:us|on)|read\s+(?:more|next|also|the\s+full)"
    r"|see\s+(?:also|more)|show\s+more|load\s+more|view\s+(?:all|more|comments|full\s+coverage)"
    r"|continue\s+reading|keep\s+reading|read\s+full\b|click\s+here|tap\s+here"
    r"|(?:story|article|text)\s+continues(?:\s+(?:below|after)\b|\s*$)|(?:also|must)\s+read\b"
    r"|advertisement\s*[-–—:]\s*continue|close\s+(?:extra\s+)?sharing|legal\s+disclaimer"
    r"|pin\s+this\b|[·•]\s*writer\s+for\b"
    r"|listen\s+now\b|show\s+(?:only\s+)?key\s+events|key\s+events$"
    r"|you\s+(?:may|might)\s+also\s+(?:like|enjoy)|discover\s+more\s+from|more\s+like\s+this"
    r"|related\s+posts|paid\s+(?:post|content|partner)|recommended\s+(?:reading|stories|articles)"
    r"|related\s+(?:articles?|stories|content|news|topics|links|coverage)"
    r"|more\s+(?:from|stories|news)\b|most\s+(?:read|popular|viewed|shared)|trending\s+now"
    r"|recommended\s+for\s+you|sponsored\s+content|download\s+(?:the|our)\s+app"
    r"|open\s+in\s+app|get\s+the\s+app|skip\s+to|back\s+to\s+top|listen\s+to\s+this"
    r"|watch\s+(?:now|live|video)|copy\s+link|e-?mail\s+this|leave\s+a\s+(?:comment|reply)"
    r"|be\s+the\s+first\s+to\s+comment|privacy\s+policy|terms\s+(?:of|and)\s"
    r"|cookie\s+(?:policy|settings|preferences)|accept\s+(?:all\b|cookies)|reject\s+all"
    r"|manage\s+(?:cookies|preferences|consent)|contact\s+us|about\s+us|top\s+stories"
    r"|latest\s+news)",
    re.I,
)
# ...and a line that is nothing but one of these words is chrome too.
UI_ONLY = re.compile(
    r"^(?:share|tweet|email|print|subscribe|register|login|comments?|related|advertisement"
    r"|advertising|sponsored|promoted|ad|newsletters?|trending|recommended|menu|home|search"
    r"|accept|close|next|previous|more|top|back|live|latest|refresh|save|gift|follow|listen"
    r"|sharing|bookmark|print\s+this|share\s+(?:this|post|entry|update)|opinion|ad\s+feedback"
    r"|share\s*\d+"
    r"|sponsor\s+message|(?:toggle|hide|show)\s+caption|link\s+copied|blogthis|start\s+(?:free\s+)?trial"
    r"|facebook|linkedin|twitter|instagram|youtube|tiktok|whatsapp|x|attachments?|ready\s+for\s+more\?"
    r"|skip\s+(?:ad|advertisement))\s*[:.!»›>]*$",
    re.I,
)
UI_MAX_WORDS = 7
FOLLOW_US = re.compile(
    r"^(?:follow|like|join)\s+us\b|^(?:share|tweet|email)\s+this\b"
    # "Like our page for news as it lands"; not "Like our page? Meta's new rules mean ..."
    r"|^like\s+our\s+(?:facebook\s+)?page\b(?!['’]|\s*\?\s+\S)"
    r"|^(?:follow|join|like|connect\s+with)\s+(?:[\w&.'’-]+\s+){1,6}on\s+(?:linkedin|x|twitter"
    r"|facebook|instagram|threads|bluesky|mastodon|youtube|tiktok|whatsapp|telegram|substack)\b"
    r"|^follow\s+@\w"  # "Follow @CityScores for every result"
    # "Follow Sportsline Now for live scores": an outlet's name, then what it offers
    r"|^follow\s+(?:(?-i:[A-Z])[\w&.'’-]*\s+){1,5}for\s+(?:live\b|the\s+latest\b|more\s+"
    r"(?:news|updates|coverage|stories)\b|(?:breaking\s+)?(?:news|updates|alerts)\b)"
    # "Follow the Bulletin for daily water-quality updates all summer."
    r"|^follow\s+the\s+(?:(?-i:[A-Z])[\w&.'’-]*\s+){1,4}for\s+(?:daily|regular|hourly|weekly"
    r"|live)\s+(?:[\w-]+\s+){0,2}(?:news|updates|alerts|coverage|reports)\b"
    # "Follow the municipality's official accounts for the latest updates."
    r"|^follow\s+(?:the\s+|our\s+)?(?:[\w'’-]+\s+){0,3}official\s+(?:social\s+media\s+)?"
    r"(?:accounts|channels|pages)\s+for\s+(?:the\s+latest|more|updates|news)\b[^,;]{0,30}$"
    # a broadcaster's listen prompt: "Listen live on 89.9 FM and online.", "Hear <Station>'s
    # bulletin at 9:00 and 18:00 on weekdays."
    r"|^(?:listen|tune\s+in)\s+live\s+(?:on|at)\s+\d[\d.]*\s*(?:fm|am|mhz)\b[^,;]{0,30}$"
    r"|^hear\s+(?:[\w'’-]+\s+){1,5}(?:bulletin|newscast|news\s+hour|programme|program)\s+"
    r"(?:at|on|every)\s+[^,;]{0,50}$",
    re.I,
)
# A live page closed, or a newsletter selling itself ("Aviation Daily Brief is free for industry
# professionals."): the page talking about itself, never the news.
SELF_PROMO = re.compile(
    r"^this\s+(?:live\s+)?(?:page|blog|feed|coverage|live)\s+(?:is\s+no\s+longer|will\s+no\s+"
    r"longer\s+be|has\s+(?:now\s+)?(?:ended|closed|stopped))\b"
    r"|^(?:we(?:'ve|’ve|\s+have)\s+(?:now\s+)?(?:ended|closed|paused)|that(?:'s|’s|\s+is)\s+all\s+"
    r"from)\s+(?:our|this|the)\s+live\s+(?:coverage|blog|page|updates|feed)\b"
    r"|^(?:(?-i:[A-Z])[\w&'’-]*\s+){1,4}(?-i:Brief|Briefing|Newsletter|Bulletin|Digest|Podcast)"
    r"\s+is\s+(?:free|available\s+free)\b",
    re.I,
)
# A digest talking to its reader before its items ("Here is what you need to know today.").
DIGEST_INTRO = re.compile(
    # (a greeting in the letter's other language may open it: "Bore da, and good morning.";
    # junk49)
    r"^(?:(?:[^\W\d_][^.!?]{0,20}?\s)?(?:good\s+(?:morning|afternoon|evening)|hello|hi|morning)"
    r"\b[^.!?]{0,30}[.!?]\s+)?"
    r"(?:here(?:'s|’s|\s+is|\s+are)\s+(?:what|everything|all)\s+(?:you|we)\s+(?:need|should"
    r"|want)\s+to\s+know|good\s+(?:morning|afternoon|evening)[,.!]?\s+(?:and\s+)?welcome\s+to)\b",
    re.I,
)
COMMENTS = re.compile(
    r"^(?:\d[\d,.]*k?|no|zero)\s+(?:comments?|replies|responses)\b"
    # not a count in the news: "214 comments were sent to the planning inquiry"
    r"(?!\s+(?:were|was|have|had|came|arrived|from|on|about|received|submitted|sent|opposed"
    r"|supported)\b)"
    r"|^comments?\s*[(:]?\s*\d+\)?$|\bcomments?\s+(?:yet|closed|are\s+closed)\b",
    re.I,
)
COOKIE = re.compile(
    r"\b(?:we\s+use\s+cookies|uses\s+cookies|accept\s+(?:all\s+)?cookies|cookie\s+"
    r"(?:policy|settings|preferences|banner|notice)|^we\s+(?:value|care\s+about|respect)\s+your\s+"
    r"privacy\b|manage\s+(?:your\s+)?(?:cookie\s+)?"
    r"preferences)\b"
    # the consent banner's standard wording: "We and our 143 partners store and/or access
    # information on a device...", "Select 'Accept all' or 'Manage options'."
    # ... in the page's language: "Ons gebruik koekies ...", "Wij gebruiken cookies ...", "Nous
    # utilisons des cookies ...", "Wir verwenden Cookies ..."
    r"|^(?:ons\s+gebruik\s+koekies|wij\s+gebruiken\s+cookies|we\s+gebruiken\s+cookies"
    r"|nous\s+utilisons\s+(?:des\s+)?cookies|wir\s+(?:verwenden|nutzen)\s+cookies"
    r"|utilizamos\s+cookies|usamos\s+cookies|utilizziamo\s+(?:i\s+)?cookie|vi\s+bruker"
    r"\s+informasjonskapsler|vi\s+använder\s+(?:kakor|cookies)|vi\s+bruger\s+cookies"
    r"|käytämme\s+evästeitä|używamy\s+(?:plików\s+)?cookies?|kami\s+menggunakan\s+(?:kuki"
    r"|cookie))\b"
    # ... "we" and our partners, or the site by its name and its partners, setting cookies for
    # the site's ends, in the page's language ("Nosotros y nuestros 312 socios usamos cookies
    # ...", "<Paper> and its partners set cookies to run this site ..."); a firm that "and its
    # partners set cookies without consent" is a story's
    r"|\b(?:and|y|et|und|e|en|och|og|i|ve|dan)\s+(?:(?P<own>our|nuestros|nos|unsere|i\s+nostri"
    r"|os\s+nossos|onze|våra|vores|våre|nasi)|its|their|sus|ses|leurs|seine|ihre|i\s+suoi"
    r"|os\s+seus|zijn|haar|hun|dess|sina|dets|deres|sine|jego|jej|ich)\s+(?:\d[\d,.]*\s+)?"
    r"(?:partners?|partenaires|partnern?|socios|parceiros|partnere|samarbejdspartnere|partnerzy"
    r"|ortakları|mitra)\s+(?:\w+\s+)?(?:set|sets|use|uses|read|store|place|usamos|utilizamos"
    r"|usan|utilizan|utilisons|utilisent|déposent|verwenden|setzen|nutzen|utilizziamo"
    r"|utilizzano|usiamo|usano|utilizam|usam|gebruiken|plaatsen|använder|bruker|bruger|używamy"
    r"|używają|kullanıyoruz|kullanır|menggunakan)\s+(?:des\s+|i\s+|plików\s+)?(?:cookies?"
    r"|kakor|informasjonskapsler|evästeitä|çerez\w*|kuki)\b(?(own)|\s+(?:to|for|on\s+this"
    r"|pour|sur\s+ce|para|en\s+este|um|auf\s+dieser|per|su\s+questo|om|op\s+deze|för|på"
    r"|til|for\s+at|aby|na|untuk)\b)"
    r"|\bwe\s+and\s+(?:our\s+)?(?:\d[\d,]*\s+)?(?:\w+\s+)?partners\s+(?:store|use|process)\w*"
    r"(?:\s+and(?:\s*/\s*or)?\s+\w+)?\s+(?:\w+\s+)?(?:information|data|cookies|personal)\b"
    r"|\bstore\s+and(?:\s*/\s*or)?\s+access\s+information\s+on\s+(?:your|a|the\s+user'?s)\s+"
    r"device|\baccept\s+all\W{0,3}\s+or\s+\W?manage\s+(?:options|settings|preferences)\b",
    re.I,
)
BYLINE = re.compile(
    r"^[Bb][Yy]\s+(?:the\s+)?[A-Z][\w.,'’-]*"
    r"(?:\s+(?:[A-Z][\w.,'’-]*|and|&|,|de|van|von|al|bin|the|of|staff|team))*"
    # a job title after the name: "By Laura Nguyen, City reporter"
    r"(?:\s+(?:[\w-]+\s+){0,2}(?:reporter|correspondent|editor|writer|columnist|contributor))?$"
)
SIGN_UP = re.compile(
    r"^(?:would\s+you\s+like\s+to\s+(?:get|receive)|want\s+(?:to\s+get|more)\b|don'?t\s+miss"
    r"|never\s+miss|get\s+(?:our|the\s+latest)|enter\s+your\s+e-?mail)"
    r"|\b(?:sign\s+up|subscribe)\b.{0,80}\b(?:newsletters?|briefing|inbox|updates|here|today"
    r"|free|daily|weekly|morning|evening|unlimited)\b"
    r"|\bnewsletters?\b.{0,40}\b(?:sign\s+up|subscribe)\b"
    # a paywall's meter, said to the reader: "You have two free articles left this month.",
    # "You have read 4 of your 5 free stories.", "This is your last free article."
    r"|^you\s+have\s+(?:\w+\s+){1,2}(?:articles?|stories|reads)\s+(?:left|remaining)\b"
    r"|^(?:this\s+is\s+your\s+(?:\w+\s+)?|you(?:['’]ve|\s+have)\s+(?:read|used|viewed|opened)\s+"
    r"\w+\s+(?:of|out\s+of)\s+your\s+\w+\s+)free\s+(?:articles?|stor(?:y|ies)|reads?)\b"
    r"|^you(?:['’]ve|\s+have)\s+(?:reached|hit|used\s+up)\s+(?:your|the)\s+(?:monthly\s+|free\s+)?"
    r"(?:article|story|reading)\s+limit\b"
    # the reader pointed to the outlet's own service: "Follow every stage with our free race
    # alerts.", "Get breaking news on our app.", after a short lead-in ("Stay ahead: get ...")
    # "Register for free today.", "Register now to continue" (not "Parents can register ...")
    r"|\bregister\s+(?:for\s+free\s+(?:today|now|here)|(?:now|here)\s+(?:for|to)\s+(?:free\s+)?"
    r"(?:access|read|continue|keep))\b"
    r"|^(?:[^:.!?]{1,40}:\s*)?(?:follow|track|get|keep\s+up\s+with"
    r"|stay\s+(?:up\s+to\s+date|informed|on\s+top\s+of))"
    r"\b.{0,60}\b(?:with|via|on|in|through|from)\s+our\s+(?:free\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:alerts?|app|newsletters?|notifications|podcasts?)\b",
    re.I,
)
# ... but others signing up, in a relative clause, told without the page's "our" or "you": "The
# council's magazine moves online and goes to residents who sign up to its newsletter." is news
OTHERS_SIGN_UP = re.compile(
    r"^(?!.*\b(?:our|ours|your|yours|you|we|us)\b).*\b(?:who|that|which|whoever)\s+"
    r"(?:[\w'’]+\s+){0,2}?(?:sign\s+up|subscribe|register)\b",
    re.I,
)
YOU = re.compile(r"\byou(?:r|rs)?\b", re.I)
UI_TERMS = re.compile(
    r"\b(?:settings?|posts?|share[sd]?|location|click|tap|browser|app|account|notifications?"
    r"|homepage|personali[sz]ed"
    r"|javascript|enable[sd]?|download|log\s*in|sign\s*in|e-?mail\s+address|profile|tweets?"
    r"|website|webpage|page|link|inbox|feed|button|window|screen|device|comment)\b",
    re.I,
)
ARCHIVE = re.compile(
    r"\bcrawl(?:er|ed|ing)?\s+(?:data|the\s+web)|\bweb\s+(?:archive|crawl)|\bcaptures?\s+"
    r"(?:in|of)\s+this\s+(?:collection|page|site)|\bthis\s+(?:page|collection|snapshot)\s+"
    r"(?:was|has\s+been|is)\s+(?:archived|captured|crawled)"
    # "Archived copy: captured by the Longshelf preservation crawler."
    r"|\b(?:captured|archived|saved)\s+by\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:crawler|web\s+archive|wayback\s+machine)\b|^archived\s+(?:copy|version|snapshot)\s*[:.]",
    re.I,
)
# A reporting verb: a consent banner or a sign-up line a story quotes or describes ("The
# regulator said the banner needed one click to accept all cookies ...") is news; so is a line
# of a page's own notice that a story reports in its language ("Nous utilisons des cookies
# depuis 2019, reconnaît le site ...", "Para más información, llame al 112, pidió Protección
# Civil ...", "Deze podcast wordt gesponsord door een gokbedrijf, ontdekte de toezichthouder.")
REPORTED = re.compile(
    r"\b(?:said|says|told|ruled|found|added|warned|fined|ordered|banned|according\s+to\s+the"
    # French, Spanish, Portuguese, Italian
    r"|a\s+(?:déclaré|dit|affirmé|indiqué|reconnu|annoncé)|reconnaît|affirme|selon|dijo|afirmó"
    r"|señaló|pidió|explicó|aseguró|reconoció|recordó|según|disse|afirmou|pediu|declarou"
    r"|segundo\s+(?:o|a)|ha\s+detto|secondo|dichiarato|rappelle|a\s+demandé"
    # Romanian, Swahili (review34: "Susține presa locală, a cerut ministrul ...")
    r"|a\s+cerut|a\s+declarat|a\s+spus|alisema|amesema|awaambia"
    # German, Dutch, Afrikaans, the Nordic languages
    r"|sagt|sagte|erklärte|räumte|teilte|zei|zegt|verklaarde|volgens|ontdekte|aldus|het\s+\w+\s+gesê"
    r"|sade|säger|uppger|enligt|sier|opplyser|ifølge|sagde|siger"
    # Indonesian and Malay, Turkish, the Slavic languages
    r"|kata|ujar|menurut|ungkap|dedi|açıkladı|göre|каза|заяви|изјави|порача|соопшти|според"
    r"|сказал|заявил|сообщила?"
    r"|rekao|rekla|izjavio|izjavila|navodi|saopštio|saopštila|powiedział|powiedziała|według"
    # (review35) verbs of saying in the present, as an inverted attribution writes them ("...,
    # anuncia el ayuntamiento", "..., wirbt die Bahn", "..., gritaban las madres"), and a court's
    # ruling ("Le tribunal a condamné le site pour ...", "El juez condenó al diario ...")
    r"|anuncia|advierte|insiste|gritaban|gritaron|explique|erklärt|betont|warnt|warnte|wirbt"
    r"|insisted|demanded|condamné|condenó|condenou|verurteilte|condannato"
    # (review35) an English attribution after the line's last comma, a subject with "the" and a
    # verb in the past: "Tell us where the money went, the families' lawyer demanded at the
    # inquiry", "..., the board insisted in its ruling" (no auxiliary: "..., the best will be
    # published" is an ask)
    r"|,\s+the\s+(?:(?!(?:will|would|be|been|is|are|was|were|has|have|had|get|gets|got|can|may)\b)"
    r"[\w'’-]+\s+){1,3}?(?-i:[a-z]+ed)(?=[^,\n]{0,50}$))\b",
    re.I,
)


def unless_reported(kind: re.Pattern[str]) -> re.Pattern[str]:
    """``kind`` matching only a line without a reporting verb past its first word: a story that
    reports a page's ask ("Escríbanos, pidió la madre del niño ...") is news.

    ``kind`` is tried first, as a lookahead: most lines fail on it, and the verbs' alternation,
    tried at every position of the line, is long (perf34: a third of ``clean_text``'s time went
    to that scan). It is matched again after the check so that a match spans what ``kind``'s
    does; a ``kind`` with groups (which the copy would renumber) keeps the check first."""
    if kind.groups:
        return re.compile(rf"(?![^\n]+?(?:{REPORTED.pattern}))(?:{kind.pattern})", kind.flags)
    return re.compile(
        rf"(?=(?:{kind.pattern}))(?![^\n]+?(?:{REPORTED.pattern}))(?:{kind.pattern})", kind.flags
    )


ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|according|added(?!\s+to\s+your)|warned|urged|asked|asks|confirmed|announced"
    r"|stressed|argued|ruled|appealed|advised)\b",
    re.I,
)
