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
    r"^(?:part\s+of|themes?|topics?|filed\s+under|categories|category"
    # "read more about:" before the topics, in the page's language ("Läs mer om: Luleå, Sjöfart")
    r"|read\s+more\s+about|läs\s+mer\s+om|les\s+mer\s+om|læs\s+mere\s+om|lue\s+lisää\s+aiheesta"
    r"|mehr\s+zum\s+thema|plus\s+sur|más\s+sobre|mais\s+sobre|leggi\s+di\s+più\s+su"
    r"|czytaj\s+więcej\s+o|více\s+o\s+tématu|lees\s+meer\s+over)\s*:\s+[^.!?]{2,80}$",
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

# The page's own notes around its text, in the page's language (each a whole line, no news
# clause):
# - an ad break's note that the text goes on ("Czytaj dalej pod filmem", "Článek pokračuje pod
#   reklamou", "A cikk folytatása az ajánló után", "הכתבה נמשכת אחרי הפרסומת"): a word for the
#   text going on and one for what it goes on under or after;
_GOES_ON = (
    r"(?:(?:the\s+)?(?:article|story|text|report)\s+(?:continues|resumes|goes\s+on)|continue\s+reading"
    r"|czytaj\s+dalej|(?:artykuł|tekst)\s+(?:czytaj\s+)?(?:dalej|jest\s+kontynuowany)"
    r"|dalsza\s+część\s+(?:artykułu|tekstu)|(?:článek|text|článok)\s+pokračuje"
    r"|(?:a\s+)?(?:cikk|szöveg)\s+(?:folytatása|folytatódik)|articolul\s+continuă"
    r"|(?:članak|tekst)\s+se\s+nastavlja|nastavak\s+(?:članka|teksta)"
    r"|(?:artiklen|artikeln|artikkelen|teksten)\s+(?:fortsætter|fortsätter|fortsetter)"
    r"|(?:der\s+)?(?:artikel|text|beitrag)\s+(?:geht\s+(?:nach|unter)|wird\s+(?:nach|unter))"
    r"|weiterlesen\s+(?:nach|unter)|(?:el\s+)?(?:artículo|texto)\s+(?:continúa|sigue)"
    r"|(?:l['’])?(?:articolo|testo)\s+(?:continua|prosegue)|(?:l['’])?article\s+continue"
    r"|(?:o\s+)?(?:artigo|texto)\s+continua|(?:het\s+)?artikel\s+gaat\s+verder"
    r"|(?:стаття|статья|текст)\s+(?:продовжується|продолжается)|הכתבה\s+נמשכת|המשך\s+הכתבה)"
)
_AD_BREAK = re.compile(
    rf"^{_GOES_ON}\s+(?:\S+\s+){{0,2}}(?:below|after|under|beneath|pod|po|alatt|után|după|sub"
    r"|ispod|nakon|efter|etter|under|nach|unter|después|debajo|dopo|sotto|après|sous|após|abaixo"
    r"|onder|na|під|после|под|אחרי|מתחת)\b[^.!?]{0,30}[.…]?$",
    re.I,
)
# - a reading time in the page's language ("Ten tekst przeczytasz w 2 minuty", "Lesezeit: 4
#   Minuten", "4–5 minuta" alone): a reading word and minutes, or minutes alone on the line;
_MINUTES = (
    r"(?:\d{1,2}(?:\s*[–-]\s*\d{1,2})?)\s*(?:min\.?|mins?\.?|minut[aey]?|minuter|minutter"
    r"|minutos?|minuti|minuten|minutes?|perc|dakika|phút|นาที|मिनट|דקות|דק['’]|хв\.?|хвилин[иа]?"
    r"|мин\.?|минут[ыа]?)"
)
_READ_WORD = (
    r"(?:read|reading\s+time|lesezeit|lesedauer|lesetid|lästid|læsetid|lukuaika|leestijd"
    r"|tiempo\s+de\s+lectura|lectura|tempo\s+de\s+leitura|leitura|tempo\s+di\s+lettura|lettura"
    r"|temps\s+de\s+lecture|lecture|czas\s+czytania|czytania|przeczytasz|doba\s+čtení|čtení"
    r"|přečtete|čítania|olvasási\s+idő|olvasás|timp\s+de\s+citire|citire|vrijeme\s+čitanja"
    r"|čitanja|zmanı\s+okuma|okuma\s+süresi|thời\s+gian\s+đọc|đọc|อ่าน|पढ़ने\s+का\s+समय"
    r"|זמן\s+קריאה|קריאה|час\s+читання|читання|время\s+чтения|чтения)"
)
_READ_MINUTES = re.compile(
    rf"^(?:[^\d.!?]{{0,30}}\b{_READ_WORD}\b[^\d.!?]{{0,12}}{_MINUTES}[^\d.!?]{{0,20}}"
    rf"|{_MINUTES}\s+(?:\w+\s+)?{_READ_WORD}\b[^\d.!?]{{0,12}}"
    # minutes alone only as a range: "4–5 minuta" (a live page's "22 min" is the match's clock)
    r"|\d{1,2}\s*[–-]\s*\d{1,2}\s*[^\W\d_]{3,8})\s*\.?$",
    re.I,
)
# - a print replica's jump line ("Continued page 4", "JAIL: From Page A1", "Continued from A1");
_JUMP_LINE = re.compile(
    r"^(?:[A-Z][A-Z'’ -]{1,30}\s*:\s+)?(?i:(?:continued|cont['’]?d|cont\.|jumps?|see\s+(?:it\s+)?"
    r"(?:on\s+)?|turn\s+to|from)\s*(?:on\s+|from\s+|to\s+)?(?:page|pg\.?|p\.)?\s*[A-Z]?\d{1,3})"
    r"\.?$"
)
# - an audio player's labels ("Ascolta la versione audio dell'articolo", "Ouvir artigo em
#   áudio", "Audio version, read by a synthetic voice: 4 min");
_LISTEN_WORD = (
    r"(?:listen(?:\s+to)?|ascolta|escucha|escuchar|écouter|écoutez|anhören|hören\s+sie|ouvir|ouça"
    r"|posłuchaj|odsłuchaj|poslechněte|poslouchat|vypočujte|hallgassa\s+meg|meghallgatás"
    r"|ascultă|poslušajte|lyt\s+til|lyssna\s+på|lytt\s+til|kuuntele|luister|האזינו|ฟัง|nghe|सुनें)"
)
_LISTEN = re.compile(
    rf"^{_LISTEN_WORD}\s+(?:\S+\s+){{0,4}}?(?:article|articolo|artículo|artigo|artikel|artykuł"
    r"|artykułu|článek|článok|cikk|cikket|articol|articolul|članak|artiklen|artikeln|artikkelen"
    r"|artikkeli|הכתבה|บทความ|bài\s+viết|खबर|audio|áudio|version|versione|versión|versão|story"
    r"|text|tekst|texto|testo)\b[^.!?]{0,30}$"
    r"|^(?:audio\s+version|versione\s+audio|versión\s+(?:en\s+)?audio|version\s+audio"
    r"|audioversion|wersja\s+audio)\b[^!?]{0,50}\b(?:read\s+by|letta\s+da|leída\s+por|lue\s+par"
    r"|gelesen\s+von|voz|voice|voce|voix|stimme|synthetic|sintetica|sintética|synthétique)\b"
    r"[^!?]{0,40}$",
    re.I,
)
# - a broadcaster's note that the report aired ("Il servizio è andato in onda nell'edizione delle
#   14", "The report aired in the 6 o'clock bulletin");
_AIRED = re.compile(
    r"^(?:the\s+|this\s+)?(?:report|segment|piece|clip|video|item|il\s+servizio|el\s+reportaje"
    r"|la\s+noticia|der\s+beitrag|le\s+reportage|o\s+vídeo|a\s+reportagem|reportaż)\s+"
    r"(?:(?:first\s+)?aired|was\s+(?:broadcast|shown|aired)|è\s+andato\s+in\s+onda"
    r"|se\s+emitió|wurde\s+(?:\S+\s+){0,3}ausgestrahlt|a\s+été\s+diffusé|foi\s+exibid[oa]"
    r"|został\s+wyemitowany)\s+(?:in|on|nel(?:l['’])?|nella|en|in\s+der|dans|no|na|w)\b"
    r"[^.!?]{0,40}\b(?:edition|edizione|edición|ausgabe|édition|edição|wydaniu|bulletin"
    r"|newscast|programme|program|telegiornale|notiziario|informativo|journal|jornal"
    r"|sendung)\b[^.!?]{0,30}\.?$",
    re.I,
)
# - a note that the page will be updated ("This Q&A will be updated as the orders are
#   published.");
_NOT_REPORTED = r"(?![^\n]{0,200}\b(?:said|says|told|announced|added)\b)"
_WILL_UPDATE = re.compile(
    rf"^{_NOT_REPORTED}(?:this|the)\s+(?:q\s*&\s*a|article|story|page|explainer|list|post|guide|report|piece"
    r"|live\s+blog|timeline|tracker)\s+will\s+be\s+updated\b[^!?]{0,100}$",
    re.I,
)
# - the next issue's teaser ("Next issue: seeding intentions and the spring moisture map.",
#   "Next week: the monsoon outlook ...");
_NEXT_ISSUE = re.compile(
    rf"^{_NOT_REPORTED}(?:next\s+(?:issue|edition|week|time|month|instal?lment)|in\s+(?:the\s+)?next\s+"
    r"(?:issue|edition)|coming\s+(?:up\s+)?next\s+(?:week|issue))\s*:\s+(?-i:[a-z])[^!?]{3,120}$",
    re.I,
)
# - an ask to report a mistake ("Fehler gefunden? Jetzt melden.", "¿Has visto un error?
#   Avísanos");
_MISTAKE_ASK = re.compile(
    r"^(?:(?:found|spotted|see)\s+(?:an?\s+)?(?:error|mistake|typo)|fehler\s+gefunden"
    r"|(?:has|ha)\s+(?:visto|encontrado)\s+un\s+error|¿has\s+(?:visto|encontrado)\s+un\s+error"
    r"|hai\s+trovato\s+un\s+errore|vous\s+avez\s+(?:vu|trouvé|repéré)\s+une\s+erreur"
    r"|une\s+erreur|znalazłeś\s+błąd|zauważyłeś\s+błąd|našli\s+jste\s+chybu|fout\s+gezien"
    r"|encontrou\s+um\s+erro|hittat\s+ett\s+fel|fundet\s+en\s+fejl|hibát\s+talált)\s*\?"
    r"(?:\s+[^?]{2,60})?$",
    re.I,
)
# - a live page's refresh button and its note ("Odśwież relację", "New entries drop in on their
#   own here; no reload needed.");
_REFRESH = re.compile(
    r"^(?:odśwież|aktualisieren|actualizar|aggiorna|actualiser|atualizar|obnovit|frissítés"
    r"|reîmprospătează|osvježi|refresh|opdater|uppdatera|oppdater|päivitä|vernieuwen)"
    r"\s+(?:relację|(?:den\s+)?(?:liveticker|ticker)|(?:la\s+)?(?:diretta|directo|cobertura"
    r"|page|página|pagina|seite|stránku)|the\s+(?:live\s+)?(?:page|blog|feed)|(?:this\s+)?page)\s*$"
    r"|^[^!?]{0,60}\bno\s+(?:need\s+to\s+)?(?:reload|refresh)(?:ing)?(?:\s+(?:the\s+|this\s+)?"
    r"(?:page|blog|feed|browser))?(?:\s+(?:needed|required|necessary))?\s*[.!]?$",
    re.I,
)
# - a site's feedback poll ("Valuta questo sito: quanto sei soddisfatto ...?", "Rate this
#   page"), a traffic widget's row ("Traffic: I-44 EB at Yale, crash, right lane blocked, 12 min
#   delay"), a gallery's caption with its credit under a label ("Pictures: Fans watch the race
#   ... (A B)");
_RATE_SITE = re.compile(
    r"^(?:rate|valuta|valora|évaluez|evalúa|bewerten\s+sie|beoordeel|avalie|oceń|ohodnoťte"
    r"|értékelje|evaluați|ocijenite|bedöm|vurder|arvioi)\s+(?:this|questo|questa|esta|este|cette"
    r"|cet|diese|dieses|deze|dit|tę|ten|tuto|tento|ezt\s+az|această|acest|ovu|denna|denne|tämä)"
    r"\s+(?:site|sito|sitio|página|page|seite|pagina|website|stronę|stronie|stránku|web|oldalt"
    r"|pagină|site-ul|stranicu|sida|side|sivu|servizio|service)\b[^!]{0,120}$",
    re.I,
)
_TRAFFIC = re.compile(
    r"^(?:traffic|verkehr|tráfico|traffico|trafic|trânsito)\s*:\s+[^.!?]{3,80}\b(?:delays?"
    r"|blocked|closed|slow|congestion|jam|queues?|stau|atasco|coda|bouchon|retenção)\b"
    r"[^.!?]{0,30}$",
    re.I,
)
_CAPTION_CREDIT = re.compile(
    r"^(?i:pictures?|photos?|photographs?|images?|fotos?|bilder?|zdjęcia)\s*:\s+[^!?]{5,200}"
    r"\((?:[A-Z][\w.'’-]*\s*){1,4}(?:/\s*[^()]{2,30})?\)$"
)
# - a republished post's first home in the page's language ("El artículo <Title> fue publicado
#   originalmente en <Site>.", "L'articolo ... è stato pubblicato per la prima volta su ...");
_FIRST_HOME = re.compile(
    r"^(?:el\s+artículo|la\s+entrada|el\s+post|l['’]articolo|il\s+post|l['’]article|le\s+billet"
    r"|o\s+artigo|o\s+post|der\s+beitrag|der\s+artikel|het\s+bericht|het\s+artikel)\s+"
    r"[^\n]{5,200}?\s+(?:fue\s+publicad[oa]\s+(?:originalmente|por\s+primera\s+vez)"
    r"|se\s+publicó\s+(?:primero|originalmente)|è\s+stato\s+pubblicato\s+(?:per\s+la\s+prima"
    r"\s+volta|originariamente|originalmente)|est\s+apparu\s+en\s+premier|a\s+été\s+publié"
    r"\s+(?:initialement|à\s+l['’]origine|en\s+premier)|foi\s+publicad[oa]\s+(?:originalmente"
    r"|primeiro)|erschien\s+zuerst|wurde\s+zuerst\s+veröffentlicht|verscheen\s+eerst)\s+"
    r"(?:en|su|in|sur|em|no|na|auf|bei|op)\s+(?-i:[A-Z])[^.!?,;]{1,60}\.?$",
    re.I,
)
# - a link's label with "click here" after a dash, in the page's language ("Pinned: the line's
#   map and timetable – click here", "... – לחצו כאן", "... – clicca qui");
_CLICK_HERE = re.compile(
    r"^[^!?]{2,100}\s[–—:-]\s*(?:click\s+here|tap\s+here|לחצו\s+כאן|לחץ\s+כאן|clicca\s+qui"
    r"|haz\s+clic\s+aquí|haga\s+clic\s+aquí|pincha\s+aquí|cliquez\s+ici|kliknij\s+tutaj"
    r"|klikněte\s+zde|klikni\s+(?:zde|ovdje|tu)|hier\s+klicken|klik\s+hier|clique\s+aqui"
    r"|kattints\s+ide|faceți\s+clic\s+aici|apasă\s+aici|klikk\s+her|klicka\s+här|klik\s+her"
    r"|انقر\s+هنا|คลิกที่นี่|bấm\s+vào\s+đây|यहां\s+क्लिक\s+करें)[.!]?$",
    re.I,
)
# - a stamp: a wire's dateline alone in Spanish style ("Santa Cruz de Tenerife, 2 sep
#   (AAN).-"), a place, a weekday, a date and a clock ("Bilbao, martes, 14 mayo 2041, 07:42"),
#   a Swiss German stamp ("Publiziert heute um 06:30 Uhr"), a Thai one ("12 ก.พ. 2584 09:15 น.").
_STAMPS = re.compile(
    r"^[A-ZÀ-Þ][\w'’.-]{1,20}(?:\s+[\w'’.-]{1,20}){0,4},\s+\d{1,2}\s+[^\W\d_]{3,5}\.?\s+"
    r"\([A-Z]{2,8}\)\s*\.?\s*[-–—]{1,2}$"
    r"|^[A-ZÀ-Þ][\w'’.-]{1,20}(?:\s+[\w'’.-]{1,20}){0,3},\s+[^\W\d_]{4,12},?\s+\d{1,2}\.?"
    r"(?:\s+de)?\s+[^\W\d_]{3,10}\.?(?:\s+de)?\s+\d{4},?\s+(?:[a-z]{1,3}\s+)?\d{1,2}[:.]\d{2}"
    r"(?:\s*h)?$"
    r"|^(?i:publiziert|veröffentlicht|aktualisiert|erschienen)\s+(?:(?i:heute|gestern)"
    r"|am\s+\d{1,2}\.\s*(?:\d{1,2}\.|[^\W\d_]{3,10})\s*(?:\d{4})?)(?:,?\s+um\s+\d{1,2}[.:]\d{2}"
    r"(?:\s+Uhr)?)?$"
    r"|^\d{1,2}\s+[ก-๙.]{2,8}\s+\d{4}(?:\s+\d{1,2}[:.]\d{2}(?:\s*น\.?)?)?$"
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
    _AD_BREAK,
    _READ_MINUTES,
    _JUMP_LINE,
    _LISTEN,
    _AIRED,
    _WILL_UPDATE,
    _NEXT_ISSUE,
    _MISTAKE_ASK,
    _REFRESH,
    _STAMPS,
    _RATE_SITE,
    _TRAFFIC,
    _CAPTION_CREDIT,
    _FIRST_HOME,
    _CLICK_HERE,
)
