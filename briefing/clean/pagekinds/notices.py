"""A page's notices in its own language, each a whole line of its kind's shape:

- an advertisement's label alone on its line ("Advertisement", "Reklam", "Iklan", "اشتہار",
  "বিজ্ঞাপন", "Advertensie");
- a government notice's closing lines: the enquiries line with a number ("For enquiries, please
  call 555 0100.", "Sebarang pertanyaan, sila hubungi talian ...") and the thanks for the
  public's patience ("Your cooperation is highly appreciated.", "Kerjasama dan kesabaran
  pengguna amat dihargai.");
- a podcast's sponsor read and its listen-and-subscribe ask ("This episode is supported by
  ...", "Deze podcast wordt gesteund door ...", "Luister en abonneer via je favoriete
  podcastapp.");
- what subscribers get ("Paid subscribers get the data sheet every Friday.", "Print
  subscribers receive every issue posted; try a month free.") and where to pick up the print
  edition;
- a watch ask for the club's or outlet's channel ("Maç özetini kulübümüzün YouTube kanalından
  izleyebilirsiniz.", "Watch the highlights on our YouTube channel.");
- "more news from <agency> on Google News and Telegram" in the page's language;
- the next piece's teaser, a closed or moved comment thread, a reader's story
  asked for, a letter's unsubscribe link, a link post's poster and site, the desk's and the
  letter's notes (a byline of "our reporters in ...", a wire's bracketed credit, "to stop
  receiving ...", "found this useful? forward it ...", "updated after ...", "issued by ...").

A sentence of news that opens alike goes on past the shape and stays ("The minister thanked
residents for their patience during the works." is a report, not the notice).
"""

from __future__ import annotations

import re

from briefing.clean.pagekinds.common import PLATFORM
from briefing.clean.vocabulary import unless_reported

__all__ = ["KINDS"]

_AD_ALONE = re.compile(
    r"^[\[(]?\s*(?:advertisement|advert|ad|sponsored|reklam|reklamë|reklama|reklame|iklan"
    r"|advertensie|advertentie|annonse|annons|mainos|anzeige|werbung|publicité|publicidad"
    r"|publicidade|pubblicità|διαφήμιση|реклама|реклaма|rеклама|hirdetés|oglas|oglasi"
    r"|ogłoszenie|tangazo|matangazo|patalastas|anunsyo|pariwara|اشتہار|إعلان|اعلان|تبلیغات"
    r"|آگهی|বিজ্ঞাপন|विज्ञापन|விளம்பரம்|ማስታወቂያ|광고|広告|广告|廣告|quảng\s+cáo|โฆษณา"
    r"| რეკლამა|գովազդ|reklaam|mainos|reklāma|reklama)\s*[\])]?$",
    re.I,
)

_ENQUIRIES = re.compile(
    r"^(?:(?:for|with)\s+(?:any\s+|all\s+|further\s+|more\s+)?(?:enquiries|inquiries|queries"
    r"|questions|information|details)|any\s+(?:enquiries|inquiries|queries)|sebarang\s+"
    r"(?:pertanyaan|pertanyaan\s+lanjut|maklumat\s+lanjut)|untuk\s+(?:sebarang\s+|maklumat\s+)?"
    r"(?:pertanyaan|lanjut)|para\s+(?:más\s+)?(?:información|consultas)|pour\s+(?:tout"
    r"\s+renseignement|toute\s+question|plus\s+d['’]informations)|für\s+(?:rückfragen|fragen)"
    r"|voor\s+(?:vragen|meer\s+informatie)|kwa\s+(?:maswali|maelezo\s+zaidi)|vir\s+navrae"
    r"|untuk\s+informasi\s+lebih\s+lanjut|para\s+sa\s+(?:mga\s+)?katanungan)\s*,?\s+"
    r"(?:(?:please|kindly|sila|por\s+favor|veuillez|bitte|gelieve|tafadhali|silakan)\s+)?"
    r"(?:contact|call|phone|ring|hubungi|llame|llamar|contacte|appelez|contactez|kontaktieren"
    r"|anrufen|bel|neem\s+contact|piga|wasiliana|skakel|tumawag)\b[^!?]{0,80}\d[^!?]{0,30}$",
    re.I,
)

_THANKS = re.compile(
    r"^(?:(?:your|the\s+public['’]s|residents['’]|customers['’]|consumers['’]|users['’])\s+"
    r"(?:kind\s+)?(?:co-?operation|patience|understanding)(?:\s+and\s+(?:co-?operation|patience"
    r"|understanding))?\s+(?:is|are|will\s+be)\s+(?:greatly\s+|highly\s+|much\s+|deeply\s+)?"
    r"(?:appreciated|valued)"
    r"|(?:kerjasama|kesabaran|pemahaman)(?:\s+dan\s+(?:kerjasama|kesabaran|pemahaman))?"
    r"(?:\s+(?:pengguna|orang\s+ramai|semua|anda|pelanggan))?\s+(?:amat|sangat)\s+"
    r"(?:dihargai|dihargakan)"
    r"|(?:we|the\s+\w+(?:\s+\w+)?)\s+(?:apologi[sz]es?|regrets?)\s+(?:for\s+)?(?:any|the)"
    r"\s+inconvenience(?:\s+(?:caused|this\s+may\s+cause))?"
    r"|(?:kami\s+)?(?:memohon\s+maaf|mohon\s+maaf)\s+(?:atas\s+)?(?:segala\s+)?kesulitan"
    r"(?:\s+yang\s+(?:dialami|timbul))?)\.?$",
    re.I,
)

_SPONSOR_READ = re.compile(
    r"^(?:this|today['’]s)\s+(?:podcast|episode|show)\s+(?:is|was)\s+(?:\w+\s+)?(?:supported"
    r"|sponsored|brought\s+to\s+you|powered|made\s+possible)\s+by\s+"
    # a sponsor named, not a story told of it ("... by a gambling firm until the regulator ...")
    r"(?![^!?]*\b(?:until|till|before|after|when|because|but|while|although|unless|since)\b)"
    r"[^!?]{2,80}$"
    r"|^(?:deze|die)\s+(?:podcast|aflevering|episode)\s+(?:wordt|werd|is|word)\s+(?:mede\s+)?"
    r"(?:gesteund|gesponsord|ondersteund|mogelijk\s+gemaakt|geborg|aangebied)\s+(?:door|deur)"
    r"\s+[^!?]{2,80}$"
    r"|^(?:dieser\s+podcast|diese\s+folge|ce\s+podcast|cet\s+épisode|este\s+(?:podcast|episodio)"
    r"|questo\s+(?:podcast|episodio))\s+(?:wird|est|es|è)\s+(?:\w+\s+)?(?:unterstützt|gesponsert"
    r"|präsentiert|soutenu|sponsorisé|présenté|patrocinado|presentado|sponsorizzato"
    r"|presentato)\s+(?:von|par|por|da)\s+[^!?]{2,80}$"
    r"|^(?:listen|luister|hör|hören|écoutez|escucha|ascolta|lyssna|lytt)\w*\s+(?:and|en|und|et|y"
    r"|e|och|og)\s+(?:subscribe|abonneer|abonnier|abonnez|suscríbete|iscriviti|prenumerera"
    r"|abonner)\w*\b[^!?]{0,60}\b(?:podcast\s*app|podcastapp|podcast-?app|app|apps|player"
    r"|platform|wherever\s+you\s+(?:get|listen))\w*\.?$",
    re.I,
)

_SUBSCRIBERS_GET = re.compile(
    # what they get is the outlet's own, or comes round by the week or the day, or an ask follows
    # ("Subscribers get our weekly tracker. Start a trial."); not a refund or a museum's entry
    # (a figure makes it news of a price or a pay deal: "Netflix subscribers get a second price
    # rise this year as monthly fees climb to 18 dollars.", "Union members get a 200 pound bonus
    # every month until 2026."; not when what they get is "our" own: "our daily note by 7am")
    r"^(?:(?=[^\n]*\bour\b)|(?![^\d\n]*\d))(?:[A-Z][\w'’-]*\s+){0,5}(?:(?:paid|print|premium|digital|founding)\s+)?"
    r"(?:subscribers|members)\s+(?:get|receive|also\s+get)\s+[^!?,]{0,60}?(?:\b(?:our|this"
    r"\s+(?:post|letter|newsletter|issue))\b|\bevery\s+(?:\w+day|week|month|issue|morning)\b"
    r"|\beach\s+(?:week|month|morning)\b|\b(?:weekly|daily|monthly)\b)[^!?,]{0,60}"
    r"(?:[;.]\s+(?:try|start|not\s+a\s+(?:subscriber|member)\??|subscribe|join|it\s+opens)"
    r"[^!?]{0,60})?\.?$"
    r"|^(?:pick\s+up|grab|find|buy)\s+(?:the|our|a|this\s+month['’]s)\s+(?:latest\s+)?"
    r"(?:print\s+(?:edition|issue|copy)|printed\s+edition|magazine)\b[^!?]{0,60}$",
    re.I,
)

_WATCH_CHANNEL = re.compile(
    # (a channel's or the club's word first, cheaply: most lines have none)
    r"^(?=[^!?]{0,140}(?:kanal|channel|\bour\s|club))"
    rf"(?:[^!?]{{0,60}}\b{PLATFORM}\s+(?:kanal\w*|channel|hesab\w*|sayfa\w*)\s+(?:\w+\s+)?"
    r"(?:izleyebilirsiniz|izleyin|izlemek\s+için)[^!?]{0,30}\.?$"
    rf"|^(?:watch|see|relive|catch)\s+(?:the\s+)?(?:full\s+)?(?:match\s+)?(?:highlights|the\s+"
    rf"(?:game|match|goals|video|replay)|all\s+the\s+goals)\s+on\s+(?:our|the\s+club['’]s)\s+"
    rf"{PLATFORM}(?:\s+(?:channel|page|account))?\.?$)",
    re.I,
)

_MORE_NEWS_ON = re.compile(
    r"^(?:more\s+news|още\s+новини|više\s+vijesti|još\s+vesti|још\s+вести|više\s+vesti"
    r"|więcej\s+wiadomości|mehr\s+nachrichten|plus\s+d['’]actualités|más\s+noticias"
    r"|περισσότερες\s+ειδήσεις|daha\s+fazla\s+haber|още\s+от|berita\s+lainnya|meer\s+nieuws"
    r"|flere\s+nyheter|fler\s+nyheter|lisää\s+uutisia|rohkem\s+uudiseid|больше\s+новостей"
    r"|більше\s+новин)\b[^!?]{0,50}"
    # (where to find it: the platform after "on", "in", "at": "... в Google News"; not a report
    # of outlets "leaving X", nor Bulgarian "още от сутринта Telegram не работи", "since morning")
    r"\b(?:on|in|at|via|from|в|във|на|у|u|na|w|auf|bei|sur|en|em|su|di|op|på|i|στο|στα|σε)\s+"
    r"(?:the\s+|our\s+)?(?:google\s+news|telegram|viber|whatsapp|facebook|instagram"
    r"|youtube|tiktok|x|twitter)\b[^!?]{0,40}$",
    re.I,
)

# - the next piece's teaser: "Next: Why your water bill is estimated ...", "Next in Features: The
#   last ferryman of the Caspian", "Coming Friday: the councillors holding her budget's fate.";
_NEXT = re.compile(
    r"^(?:next|up\s+next|coming\s+(?:up|next|soon|tomorrow|next\s+week|(?:on\s+)?\w+day)"
    r"|next\s+(?:in|on)\s+(?-i:[A-Z])[^:]{1,29})\s*:\s+[^!]{3,120}$",
    re.I,
)
# - the thread closed ("Kommentarfeltet er stengt for denne saken", "Comments are closed for this
#   story"), the talk moved to a platform ("Continue the conversation on our Facebook page."), a
#   story asked for ("Share your travel disruption story with our reporters via Telegram"), a
#   question and an address to write to ("Did the outage affect you? Tell the Herald at
#   letters@...");
_CLOSED = re.compile(
    r"^(?:comments?\s+(?:are\s+|is\s+)?(?:now\s+)?closed|kommentarfeltet\s+er\s+(?:stengt|lukket)"
    r"|kommentarfeltet\s+er\s+stengd|kommentarerna\s+är\s+stängda|kommentarfunktionen\s+är"
    r"\s+(?:stängd|avstängd)|(?:die\s+)?kommentar(?:e|funktion)\s+(?:sind|ist)\s+(?:geschlossen"
    r"|deaktiviert)|les\s+commentaires\s+sont\s+(?:fermés|clos)|(?:i\s+)?commenti\s+sono\s+chiusi"
    r"|los\s+comentarios\s+están\s+cerrados|os\s+comentários\s+estão\s+encerrados"
    r"|reacties\s+zijn\s+gesloten|kommentointi\s+on\s+suljettu)\b[^!?]{0,40}$"
    rf"|^(?:continue|join)\s+the\s+(?:conversation|discussion|debate)\s+on\s+(?:our|the)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}{PLATFORM}\b[^!?]{{0,20}}$"
    r"|^share\s+your\s+[^.!?]{0,40}\b(?:story|stories|photos?|videos?|experiences?|views|tips?)"
    r"\s+with\s+(?:us|our\s+[\w'’ -]{2,30})\b[^.!?]{0,40}$"
    r"|^[^.!?]{3,80}\?\s+(?:tell|write\s+to|e-?mail|contact|message|send\s+(?:it|them|word)\s+to)"
    r"\b[^!?]{0,60}@[\w-]+(?:\.[\w-]+)+\.?$",
    re.I,
)
# - a letter's leave link: "Unsubscribe from <Letter>", "Unsubscribe here".
_UNSUBSCRIBE = re.compile(r"^unsubscribe(?:\s+(?:from|here|now)\b[^.!?]{0,50})?\.?$", re.I)

# - the desk's and the letter's notes: "By our reporters in Roseau, Coulibistrie and
#   Portsmouth", a wire's credit in brackets ("(Akosua Mensah in Accra; edited for WCS by Chris
#   Reese)"), "To stop receiving the Bulletin, reply STOP.", "Found this useful? Forward it to
#   ...", "For members only. Do not forward ...", "Save this for later: tap ...", "Updated after
#   Monday's ruling", "Issued by the federation's communications office, Taipei.";
_DESK_NOTES = re.compile(
    r"^by\s+our\s+(?:\w+\s+)?(?:reporters?|correspondents?|staff|team)\s+in\s+(?-i:[A-Z])[\w'’-]+"
    r"(?:(?:\s+|,\s+|\s+and\s+)(?-i:[A-Z])[\w'’-]+){0,6}\.?$"
    r"|^\(\s*(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,3}\s+in\s+(?-i:[A-Z])[\w'’-]+(?:\s+"
    r"(?-i:[A-Z])[\w'’-]+)?\s*;\s*(?:edited|editing|writing|additional\s+reporting)\b[^()]{0,60}\)$"
    r"|^to\s+(?:stop\s+receiving|unsubscribe(?:\s+from)?|opt\s+out\s+of)\b[^!?]{0,60}\b(?:reply"
    r"|text|click|tap|e-?mail|send|write)\b[^!?]{0,40}$"
    r"|^(?:found\s+(?:this|it)\s+(?:useful|helpful)|enjoyed\s+(?:this|it)|liked\s+(?:this|it))\?\s+"
    r"(?:forward|share|send|pass)\b[^!?]{0,120}$"
    r"|^(?:for\s+)?members\s+only\.\s+do\s+not\s+(?:forward|share|distribute)\b[^!?]{0,50}$"
    r"|^save\s+(?:this|it)\s+for\s+later\s*:\s+[^!?]{3,80}$"
    r"|^updated\s+(?:after|with|to\s+(?:add|include|reflect))\s+[^.!?]{3,60}$"
    r"|^issued\s+by\s+(?:the\s+)?[^.!?,]{3,60}\b(?:office|ministry|department|desk|unit|bureau"
    r"|secretariat|service|chair|chairman|chairwoman|chairperson|president|secretary|board"
    r"|committee|executive)"
    # ... and where: "..., Yangon", "..., <City> and <City>" (junk47)
    r"(?:,\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?(?:\s+(?:and|&)\s+(?-i:[A-Z])[\w'’-]+"
    r"(?:\s+(?-i:[A-Z])[\w'’-]+)?)?)?\.?$",
    re.I,
)
# - a link post's rows: its poster ("Posted by u/boroko_boy") and its site in brackets
#   ("(pngpower-notices.example)").
_LINK_POST = re.compile(
    r"^(?:posted|submitted|shared)\s+by\s+/?u/[\w-]{2,30}$|^\(\s*(?:[\w-]+\.)+[a-z]{2,}\s*\)$", re.I
)

_OWN_KINDS: tuple[re.Pattern[str], ...] = (
    _DESK_NOTES,
    _LINK_POST,
    _NEXT,
    _CLOSED,
    _UNSUBSCRIBE,
    _AD_ALONE,
    _ENQUIRIES,
    _THANKS,
    _SPONSOR_READ,
    _SUBSCRIBERS_GET,
    _WATCH_CHANNEL,
    _MORE_NEWS_ON,
)


# each matching only a line without a reporting verb past its first word: a story that reports
# a notice's words ("This podcast is sponsored by the ministry, the ombudsman found, ...") is
# news; "Found this useful? Forward it ..." is the letter's own ask
KINDS: tuple[re.Pattern[str], ...] = tuple(unless_reported(kind) for kind in _OWN_KINDS)
