"""A page's share, follow and counter lines, each a whole line of its shape, in the page's
language: share and send rows ("Deila á Facebook", "Senda á vin", "Del saken med andre"), follow
asks ("Seko mums Telegram!", "Больше новостей — в нашем канале в WhatsApp"), a "more news" label,
"read more on <site>" ("Lees meer op <domain>"), an app's alert prompt ("Meldingen van <Outlet>?
Zet ze aan in onze app"), a view counter ("Baxış sayı: 2 904"), a post's counters ("12 boosts 4
favourites"), an embed's link ("Open this post on <domain>"), a short video's caption ("@handle
... ♬ original sound - <Account>"), a live page's "follow it play by play" and a link to the piece
in another language ("Lue tämä juttu suomeksi.").
"""

from __future__ import annotations

import re

from briefing.clean.pagekinds.common import PLATFORM

__all__ = ["KINDS"]

# "... or copy link" after a share row, in the page's language
_COPY_LINK = (
    r"(?:\s+(?:or|eller|oder|ou|o|of|lub|albo|nebo|alebo|vagy|sau|ili|tai)\s+(?:copy|kopiera|kopier"
    r"|kopieren|copier|copiar|copia|copiare|kopiuj|kopírovat|kopírujte|másold|copiază|kopiraj"
    r"|kopioi)\w{0,4}\s+(?:the\s+|le\s+|el\s+|il\s+|o\s+)?(?:link|länk|länken|lenke|lenken|linket"
    r"|lien|enlace|collegamento|link-ul|linkul|odkaz|linkki|linkin|hivatkozást|linket))"
)
_SHARE = re.compile(
    r"^(?:share\s+on|deila\s+á|del\s+på|dela\s+på|teilen\s+auf|auf\s+\w+\s+teilen|delen\s+op"
    r"|partager\s+sur|compartir\s+en|compartilhar\s+no|condividi\s+su|udostępnij\s+na"
    r"|jaa\s+palvelussa)\s+" + PLATFORM + _COPY_LINK + r"?$"
    # send it to a friend, share the story with others
    r"|^(?:send\s+to\s+a\s+friend|senda\s+á\s+vin|send\s+til\s+en\s+venn|skicka\s+till\s+en\s+vän"
    r"|an\s+einen\s+freund\s+senden|envoyer\s+à\s+un\s+ami|enviar\s+a\s+un\s+amigo"
    r"|del\s+(?:saken|artikkelen|historien)(?:\s+med\s+andre)?|dela\s+(?:artikeln|nyheten)"
    r"|del\s+artiklen|deila\s+(?:frétt(?:inni)?|greininni))$",
    re.I,
)

_FOLLOW = re.compile(
    r"^(?:seko\s+mums|sekite\s+mus|jälgi\s+meid|seuraa\s+meitä|folge\s+uns|folgt\s+uns"
    r"|volg\s+ons|suivez-nous|síguenos|seguinos|siga-nos|seguici|obserwuj\s+nas|fylgdu\s+okkur"
    r"|følg\s+oss|følg\s+os|följ\s+oss|подписывайтесь\s+на\s+нас|подписывайтесь"
    r"|bizi\s+takip\s+edin|izlemeye\s+devam)\s+(?:(?:on|in|auf|op|sur|en|no|su|na|á|på|в|i)\s+)?"
    + PLATFORM
    + r"[-a-zA-Zа-я]*\s*[!.]?$",
    re.I,
)

_MORE_NEWS = (
    r"(?:more\s+news|fleiri\s+fréttir|flere\s+nyheter|fler\s+nyheter|flere\s+nyheder"
    r"|weitere\s+nachrichten|meer\s+nieuws|plus\s+d['’]actualités|más\s+noticias|mais\s+notícias"
    r"|altre\s+notizie|więcej\s+wiadomości|больше\s+новостей|більше\s+новин|više\s+vijesti"
    r"|lisää\s+uutisia|vairāk\s+ziņu|daugiau\s+naujienų|rohkem\s+uudiseid|digər\s+xəbərlər)"
)

_MORE = re.compile(
    rf"^{_MORE_NEWS}$"
    # "Больше новостей Алматы — в нашем канале в WhatsApp", "More news from the valley on our
    # Telegram channel"
    # (the platform where the news is, not how it will come: "More news on the recall will
    # come by email" is news)
    rf"|^{_MORE_NEWS}\b[^.!?]{{0,50}}\b(?:on|in|via|at|through|from|в|на|em|en|auf|sur|su|op|på)"
    rf"\s+(?:[\w'’]+\s+){{0,3}}{PLATFORM}[.!]?$",
    re.I,
)

_READ_ON = re.compile(
    r"^(?:read\s+more\s+(?:on|at)|lees\s+(?:meer|verder)\s+op|läs\s+mer\s+på|les\s+mer\s+på"
    r"|læs\s+mere\s+på|lue\s+lisää|lire\s+la\s+suite\s+sur|lee\s+más\s+en|leer\s+más\s+en"
    r"|leia\s+mais\s+em|leggi\s+(?:di\s+più|tutto)\s+su|mehr\s+(?:dazu\s+)?(?:auf|bei))\s+"
    r"(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,10}/?$"
    r"|^read\s+more\s+at\s+our\s+(?:news\s+|media\s+)?partner\s*:\s+[^.!?]{2,60}$",
    re.I,
)

# "Meldingen van <Outlet>? Zet ze aan in onze app", "Alerts from <Outlet>? Turn them on in our
# app"
_ALERTS = re.compile(
    r"^(?:meldingen|pushmeldingen|pushberichten|notificaties|benachrichtigungen|push-mitteilungen"
    r"|notifications|alerts|breaking\s+news\s+alerts|notificaciones|notifiche|varsler|aviseringar"
    r"|notifikationer|ilmoitukset)\b[^.!?]{0,50}\?\s+"
    r"(?:zet\s+ze\s+aan|schakel\s+ze\s+in|aktivieren\s+sie\s+sie|turn\s+them\s+on|switch\s+them"
    r"\s+on|actívalas|attivale|slå\s+dem\s+på|aktivera\s+dem|ota\s+ne\s+käyttöön)"
    r"\s+(?:in|op|auf|en|nella|i|på|sovelluksessa)\s+(?:onze|our|unserer|nuestra|la\s+nostra"
    r"|vår|vores|the)?\s*app\.?$",
    re.I,
)

_VIEWS = re.compile(
    r"^(?:baxış\s+sayı|baxış|ko['’ʻ]rishlar\s+soni|просмотров|просмотры|переглядів|перегляди|wyświetleń|görüntülenme"
    r"|okunma|views|näyttökertoja|skatījumi|peržiūros|vaatamisi|zhlédnutí|megtekintés|прочитания"
    r"|прегледи|прегледа|pregleda|pregledi|προβολές|αναγνώσεις|lexime|shikime|مشاهدات|قراءات"
    r"|بازدید|bacaan|paparan|weergaven|lukukertaa|lugemist|조회수|조회)\s*[:：]?\s*"
    r"\d{1,3}(?:[\s\u00a0\u202f.,]\d{3})*$"
    # ... the count first, or "read N times" in the page's language ("1 204 прочитания",
    # "Прочетена 1204 пъти", "Gelesen 340 mal")
    r"|^(?:\d{1,3}(?:[\s\u00a0\u202f.,]\d{3})+|\d{1,7})\s+(?:прочитания|прегледа|pregleda|προβολές"
    r"|αναγνώσεις|lexime|shikime|weergaven|lukukertaa|lugemist|views|reads|lecturas|letture"
    r"|visualizações|lectures|mal\s+gelesen|keer\s+gelezen|kez\s+okundu)$"
    r"|^(?:прочетена|видяна|прочитана|pročitano|read|gelesen|lu|leído|letto|lida|gelezen|okundu)"
    r"\s+(?:\d{1,3}(?:[\s\u00a0\u202f.,]\d{3})+|\d{1,7})\s+(?:пъти|пута|puta|times|mal|fois|veces|volte"
    r"|vezes|keer|kez)$",
    re.I,
)

_COUNTER_WORD = (
    r"(?:boosts?|reblogs?|favou?rites?|likes?|replies|reposts?|retweets?|quotes?|shares?"
    r"|comments?|views?)"
)

_COUNTERS = re.compile(
    rf"^\d[\d,.]*[KkMm]?\s+{_COUNTER_WORD}(?:(?:\s*[·|,]\s*|\s+)\d[\d,.]*[KkMm]?\s+{_COUNTER_WORD})+$"
    # a Korean portal's "추천 12 댓글 4" (recommend, comments, likes)
    r"|^(?:(?:추천|댓글|공감|좋아요|조회)\s*\d[\d,]*\s*){2,}$",
    re.I,
)

_EMBED_LINK = re.compile(
    r"^(?:open|view|see)\s+(?:this\s+)?(?:post|toot|thread|video|reel|tweet|status)\s+on\s+"
    r"(?:https?://)?[\w-]+(?:\.[\w-]+)+\S*$",
    re.I,
)

# a short video's caption: its account, its words and hashtags, and the sound's note
_VIDEO_CAPTION = re.compile(r"^@[\w.]+\s.*♬.*$")

# a live page's "follow the game play by play" in its language
_FOLLOW_LIVE = re.compile(
    r"^(?:sigue|seguí|segui|follow|suivez|acompanhe|volg|verfolgen\s+sie|folgen\s+sie)\s+"
    r"[^.!?]{1,40}?\s+(?:jugada\s+a\s+jugada|minuto\s+a\s+minuto|en\s+directo|en\s+vivo"
    r"|play[- ]by[- ]play|minute[- ]by[- ]minute|en\s+direct|in\s+diretta|ao\s+vivo"
    r"|minuut\s+voor\s+minuut|live\s+im\s+ticker|im\s+liveticker)$",
    re.I,
)

# a link to the piece in another language: "Lue tämä juttu suomeksi.", "Darllenwch yn
# Gymraeg", "Baca dalam Bahasa Malaysia", "Svensk version av artikeln finns här", "Read this
# story in French"
_OTHER_LANGUAGE = re.compile(
    r"^(?:lue\s+(?:tämä\s+)?(?:juttu|artikkeli|uutinen)\s+(?:suomeksi|ruotsiksi|englanniksi)"
    r"|darllenwch\s+(?:hwn\s+)?yn\s+gymraeg|read\s+(?:this\s+(?:story|article)\s+)?in\s+welsh"
    r"|baca\s+(?:dalam|dalam\s+versi)\s+bahasa\s+(?:malaysia|melayu|inggeris|indonesia|inggris)"
    r"|(?:svensk|norsk|dansk|finsk|engelsk)\s+version\s+av\s+(?:artikeln|artikkelen|artiklen)"
    r"\s+finns\s+här|read\s+this\s+(?:story|article|piece)\s+in\s+[A-Z][a-z]+"
    r"|lee\s+(?:esta\s+nota|este\s+artículo)\s+en\s+(?:inglés|español|portugués)"
    r"|lire\s+cet\s+article\s+en\s+(?:anglais|français))\.?$",
    re.I,
)

# Channels and platforms, in the page's language (each a whole line):
# - an ask to follow the outlet on a platform or a news app ("Urmărește <Outlet> pe Google News",
#   "Theo dõi <Outlet> trên Zalo", "Follow <Outlet> on YouTube"): a follow verb, up to six words
#   (the outlet's name), a preposition and the platform;
_FOLLOW_PLATFORM = (
    rf"(?:{PLATFORM}|google\s+news|google\s+discover|apple\s+news|flipboard|zalo|line|kakaotalk"
    r"|kakao|naver|wechat|weibo|dailymotion|spotify|snapchat)"
)
_FOLLOW_ON = re.compile(
    r"^(?:follow|urmărește|urmăriți|urmareste|theo\s+dõi|sigue|siga|segui|seguite|suivez|suis"
    r"|folge|folgen\s+sie|volg|obserwuj|śledź|sledujte|sleduj|kövesse|kövess|kövessen|pratite"
    r"|prati|følg|följ|seuraa|takip\s+edin|ติดตาม|फॉलो\s+करें|ikuti|sundan|ακολουθήστε|ακολούθησε"
    r"|последвайте|следвайте|пратите|(?:na\s+)?ndiqni|подпишитесь)\s+"
    r"(?:[^\s.!?:]+\s+){0,6}?(?:on|pe|trên|en|em|no|na|su|sur|auf|bei|op|w|v|on\s+the|på|i"
    r"|bij|di|sa|ที่|पर|στο|στη|στην|σε|в|във|у|u|në|me)\s+"
    + _FOLLOW_PLATFORM
    + r"(?:\s+(?:channel|kanál|kanał|kanalen|kanal|canal|canale|chaîne|app|κανάλι|канал))?"
    # ... and what for: "... στο Google News για να ενημερώνεστε πρώτοι", "... to stay updated"
    r"(?:\s+(?:για\s+να|to\s+stay|to\s+get|and\s+stay|for\s+(?:the\s+)?latest|за\s+да|da\s+biste"
    r"|për\s+të|um\s+|pour\s+|para\s+|per\s+)[^.!?]{0,50})?\s*[!.]?$",
    re.I,
)
# - a messaging channel's forward line ("Переслано з: <Channel>", "Forwarded from <Channel>");
_FORWARDED_FROM = re.compile(
    r"^(?:forwarded\s+from|переслано\s+(?:з|із|из|от)|przekazano\s+z|weitergeleitet\s+von"
    r"|reenviado\s+de|inoltrato\s+da|transféré\s+de|encaminhado\s+de|doorgestuurd\s+van"
    r"|přeposláno\s+z|továbbítva)\s*:?\s+[^.!?]{2,60}$",
    re.I,
)
# - an embed's "see the post on <platform>" in the page's language ("Vezi postarea pe Facebook",
#   "Zobacz post na Instagramie", "Ver esta publicación en Instagram");
_SEE_POST = re.compile(
    r"^(?:vezi|ver|voir|vedi|sieh|siehe|zobacz|zobrazit|podívejte\s+se\s+na|nézd\s+meg|pogledajte"
    r"|se|katso|bekijk|view|see|open)\s+(?:(?:this|esta|este|cette|ce|questo|questa|diesen|dieses"
    r"|ten|tento|ovu|denna|detta|dette|dit|deze)\s+)?(?:postarea|postare|publicación|publicação"
    r"|publication|post|beitrag|posta|příspěvek|bejegyzést|objavu|inlägget|opslaget|innlegget"
    r"|julkaisu|bericht|tweet|video|vídeo|vidéo|wideo|reel)(?:\s+\w+)?\s+(?:pe|en|em|no|na|sur|su"
    r"|auf|on|in|op|på|-ssa|-ssä)\s+" + _FOLLOW_PLATFORM + r"\w{0,4}\s*$",
    re.I,
)
# - an ask for readers' news tips ("Masz newsa, zdjęcie lub filmik? Prześlij nam ...", "Har du
#   ett nyhetstips? Skicka det till oss här", "Send tips and photos to the newsroom: we read
#   every message.", "Ha kérdése van, írjon nekünk!"): a question about a tip, a picture or a
#   question, then a send or write verb; or the send verb and the tip first.
# - an ask to install the outlet's app ("देश-दुनिया की ताज़ा खबरों के लिए हमारा ऐप इंस्टॉल करें",
#   "Scarica la nostra app", "Pobierz naszą aplikację", "<Station> Weather app: radar, alerts and
#   the 7-day forecast in one place."), a forum's join button ("Připojit se", "Dołącz");
_APP_ASK = re.compile(
    r"^(?=(?:[^\n]{0,100}[,:;.!]\s+|(?:click|tap)\s+here\s+to\s+|[^\w\s]{1,4}\s*)?(?:install|download|get|descarga|descargá|scarica|téléchargez|télécharge"
    r"|lade|laden\s+sie|installieren\s+sie|pobierz|zainstaluj|stáhněte|nainstalujte|töltse\s+le"
    r"|descarcă|instalează|preuzmite|instalirajte|hent|installer|ladda\s+ner|installera|lataa"
    r"|asenna|instale|baixe|download|installeer)\b|[^\n]{0,160}(?:इंस्टॉल|डाउनलोड)\s+करें)"
    r"[^!?]{0,120}\b(?:our|the|nuestra|la\s+nostra|notre|l['’]|unsere|die|naszą|naši|naše|a\s+mi"
    r"|aplicația|vår|vores|meidän|nossa|onze|हमारा)\s*(?:\w+\s+){0,2}?(?:app|application"
    r"|aplicación|applicazione|app-ul|aplikację|aplikaci|alkalmazást|aplicația|aplikaciju|appen"
    r"|sovelluksen|aplicativo|ऐप)\b[^!?]{0,60}$"
    r"|^(?:[\w'’&-]+\s+){1,4}app\s*:\s+[^!?]{3,100}\bin\s+one\s+place\.?$",
    re.I,
)
_JOIN = re.compile(
    r"^(?:join|připojit\s+se|pripojiť\s+sa|dołącz|beitreten|rejoindre|unirse|únete|unisciti"
    r"|participar|csatlakozás|csatlakozom|alătură-te|pridruži\s+se|bli\s+med|gå\s+med|liity"
    r"|word\s+lid|katıl)$",
    re.I,
)
# - a forum's community or user handle alone ("r/praha", "u/<user>") and a link preview's bare
#   domain ("praha-ted.example");
_HANDLE = re.compile(
    r"^[ru]/[A-Za-z0-9_-]{2,30}$|^(?:www\.)?[a-z0-9-]{2,40}(?:\.[a-z0-9-]{2,20}){0,2}\.[a-z]{2,10}$"
)
_TIP_WORD = (
    r"(?:news\s*tips?|tips?|tipset|tipsa|nyhetstips|nyhedstip|uutisvinkki|hinweis|hinweise"
    r"|newsa|newsy|informacj[eę]|zdjęci[ea]|filmik|wideo|story|stories|news|photos?|pictures?"
    r"|videos?|fotos?|foto|zprávu|tip\s+na\s+článek|hírt|kérdése|ötlete|pistă|informații"
    r"|vijest|dojavu|noticia|notícia|segnalazion[ei]|question|questions"
    r"|pitanje|otázku|kysymys|fråga|spørsmål|spørgsmål)"
)
_SEND_WORD = (
    r"(?:send|e-?mail|share|submit|tell|write\s+to|contact|message|prześlij|przyślij|napisz"
    r"|wyślij|skicka|tipsa|send|lähetä|schick|schicken\s+sie|senden\s+sie|schreib|schreiben\s+sie"
    r"|pošlete|pošlite|napište|írjon|írj|küldje|küldd|trimite|scrie|pošaljite|javite|envíanos"
    r"|envía|escríbenos|mándanos|inviaci|invia|scrivici|envoyez|écrivez|envie|mande|escreva"
    r"|stuur|mail|mejla|maila)"
)
_TIP_ASK = re.compile(
    r"^(?![^\n]{0,200}(?:[\"“”«»]|\b(?:said|says|told|asked)\b))"
    rf"(?:(?=[^?!]{{0,80}}\b{_TIP_WORD}\b)[^?!.]{{3,80}}[?!]\s+(?:(?:\w+\s+){{0,2}})?{_SEND_WORD}\b"
    r"[^?]{0,100}"
    rf"|(?:ha|if|jeśli|jeżeli|si|wenn|se|dacă|ako|hvis|om|jos|pokud)\s+[^.!?]{{2,40}}\b{_TIP_WORD}"
    rf"\b[^.!?]{{0,30}}[,]\s*{_SEND_WORD}\b[^.?]{{0,40}}[!.]?"
    rf"|{_SEND_WORD}\s+(?:us\s+)?(?:your\s+)?(?:news\s+)?(?:tips?|story\s+ideas)(?:\s+(?:and|or)"
    r"\s+(?:photos?|pictures?|videos?))?\s+to\s+(?:the\s+|our\s+)?(?:newsroom|news\s+desk|desk"
    r"|editors?)\b[^?]{0,60})$",
    re.I,
)

# the kinds matched as a whole line of up to ``pagekinds``' word limit
KINDS: tuple[re.Pattern[str], ...] = (
    _SHARE,
    _FOLLOW,
    _MORE,
    _READ_ON,
    _ALERTS,
    _VIEWS,
    _COUNTERS,
    _EMBED_LINK,
    _VIDEO_CAPTION,
    _FOLLOW_LIVE,
    _OTHER_LANGUAGE,
    _FOLLOW_ON,
    _FORWARDED_FROM,
    _SEE_POST,
    _TIP_ASK,
    _HANDLE,
    _APP_ASK,
    _JOIN,
)
