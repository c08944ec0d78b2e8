"""Kinds of a page's furniture told by a shape that holds across languages and platforms
(junk35), each a whole line, with at most a small vocabulary of the kind's own words in several
languages:

- a funder named beside the newsroom's say over what it publishes ("<Fund> helps pay for our
  coverage; <Outlet> alone decides what we publish", "A reporting grant meets costs; editors pick
  every story");
- the comment box's rows: a count ("Voir les commentaires (12)", "214 claps · 9 responses"),
  "no comments yet", the reply form's heading and its legend with a lone asterisk ("Required
  fields are marked *"), "leave a comment" asks, replies held for a moderator;
- "if you like what we do / this letter" followed by an ask (share, forward, donate, support);
- "share this news/article with your friends";
- a reading time after a label ("Reading time: five minutes", a row's "| Lesezeit: 3 Min.");
- an issue's date ("Issue dated 16 February 2047");
- a photo's caption under a photo label ("Foto: ... / <credit>");
- a related headline under a label of a link or a medium and a colon ("See also: ...", "Dans le
  même dossier : ...", "VÍDEOS: ..."), never a sentence (no full stop at its end);
- a channel's "watch/listen to our news every day at <time>" ask;
- a newsletter's greeting to its readers ("Hello, friends!"), its "until next week!" and "you
  received this because you subscribed" lines;
- a wire's dateline ending in the agency's letters between slashes ("<Place>, 6 February /XYZ/");
  a row of counters ("Release ID: 123 | Visitor Counter: 1207"); a language switcher ("Also in:
  Hindi, Tamil, Bengali");
- a CJK date with its clock and "updated" alone on its line;
- a feed's "the post <title> first appeared on <site>" in more languages;
- a trial offer in the imperative ("Testen Sie ... einen Monat für 0,99 Euro", "try thirty days
  on us");
- an ask to write to the newsroom opening the line ("Tell us what is happening on your street");
- a note that quotes were edited for length or clarity;
- a data or source label ("Data: field surveys, July 14-18.");
- a credit row of roles and a name ("Photo essay and reporting: <Name>").

A line that reports (a verb of saying past its first word) stays.
"""

from __future__ import annotations

import re

from briefing.clean.pagekinds.common import NAMES, DespacedRule, Matcher, Rule
from briefing.clean.vocabulary import unless_reported

__all__ = ["KINDS", "LONG_KINDS", "is_language_switcher"]

# -- a funder beside the newsroom's own say --------------------------------------------------
_FUNDER = (
    r"(?:helps?\s+(?:to\s+)?(?:pay|fund|meet|cover)|pays?\s+for|costs?\s+(?:are|is)\s+(?:met"
    r"|covered|paid|borne)|grants?|foundations?|donors?|funders?|funded|funding|sponsors?"
    r"|financ\w+|finanzi\w+|subvenci\w+|subvention\w*|förder\w*|gefördert|sostegno|sostenut\w*"
    r"|patrocin\w+|apoio|fundaç\w+|fundaci\w+|fondation|stiftung|fondazione|hibah|vakf\w*)"
)
_NEWSROOM_SAYS = (
    r"(?:(?:editors?|newsroom|editorial\s+(?:team|staff|desk)|redacci[oó]n|r[ée]daction|redaktion"
    r"|redazione|reda[cç][aã]o|redaksi|редакция|редакцыя|редакція|editörler\w*)\s+(?:alone\s+"
    r"|solely\s+|independently\s+|alleine?\s+|seule?\s+|sola\s+|solo\s+)?(?:decides?|chooses?"
    r"|picks?|selects?|sets?|controls?|decide|elige|escoge|choisit|décide|entscheidet|wählt"
    r"|sceglie|escolhe|memilih|menentukan|выбирает|решает|вырашае|вирішує|karar\s+verir)"
    r"|\b(?:alone|solely|independently)\s+(?:decides?|chooses?)\s+what\s+(?:we|it)\s+"
    r"(?:publish|cover|report|print|write)"
    r"|(?:editorial|redaktionell\w*|editorialmente|éditorial\w*)\s+(?:independen\w+|unabhängig"
    r"|control|indépendan\w+))"
)
# (the say in a clause of its own, not after "after"/"nachdem": "Die Stiftung stoppt die
# Förderung, nachdem die Redaktion entscheidet, den Bericht zu drucken" is news, review35)
_SUBORDINATE = (
    r"(?:after|because|since|when|nachdem|weil|als|sobald|después\s+de\s+que|porque|cuando"
    r"|après\s+que|parce\s+que|quand|dopo\s+che|perché|quando|depois\s+que|setelah|karena)"
)
_FUNDER_AND_SAY = unless_reported(
    re.compile(
        rf"^(?=[^\n]*?\b{_FUNDER}\b)(?![^\n]*\b{_SUBORDINATE}\s+(?:\S+\s+){{0,3}}?{_NEWSROOM_SAYS})"
        rf"(?=[^\n]*?{_NEWSROOM_SAYS}\b)[^\n]{{0,260}}$",
        re.I,
    )
)

# -- the comment box ---------------------------------------------------------------------------
_COMMENTS = (
    r"(?:comments|responses|replies|réponses|commentaires|comentarios|respuestas|comentários"
    r"|respostas|kommentare|antworten|commenti|risposte|yorum(?:lar)?|cevap(?:lar)?"
    r"|комментари\w*|ответ\w*|каментар\w*|коментар\w*|komentar(?:ze|ů|e|i)?|tanggapan|balasan"
    r"|reacties|kommentarer|kommentit|hozzászólás\w*|cummenti|comentaris|claps|likes|j'aime"
    r"|評論|评论|留言|コメント|댓글|تعليقات?|ردود)"
)
_COUNTED = rf"(?:\d[\d.,]*\s*{_COMMENTS}|{_COMMENTS}\s*(?:\(\s*\d[\d.,]*\s*\)|:?\s*\d[\d.,]*))"
_SEE = (
    r"(?:(?:view|see|show|read|voir|afficher|lire|ver|mostrar|leer|anzeigen|alle|vedi|mostra"
    r"|leggi|lihat|göster|показать|смотреть|bekijk|zobacz)\s+(?:all\s+|the\s+|les\s+|los\s+"
    r"|todos\s+los\s+|os\s+|alle\s+|tutti\s+i\s+|i\s+|semua\s+)?)"
)
_COMMENT_COUNT = re.compile(
    rf"^(?:{_SEE}?{_COUNTED}|\d[\d.,]*\s*[^\W\d_]+(?:\s*[·•|]\s*\d[\d.,]*\s*[^\W\d_]+)*"
    rf"\s*[·•|]\s*{_COUNTED})\s*$",
    re.I,
)
_NO_COMMENTS = re.compile(
    r"^(?:(?:there\s+are\s+)?no\s+(?:comments|replies)\s+yet|be\s+the\s+first\s+to\s+(?:comment"
    r"|reply)|aucun\s+commentaire(?:\s+pour\s+(?:le\s+moment|l'instant))?|soyez\s+le\s+premier"
    r"\s+à\s+(?:commenter|réagir)|(?:todavía\s+|aún\s+)?no\s+hay\s+comentarios|sin\s+comentarios"
    r"|sé\s+el\s+primero\s+en\s+comentar|noch\s+keine\s+kommentare|sei\s+der\s+erste"
    r"|nessun\s+commento|sii\s+il\s+primo\s+a\s+commentare|(?:ainda\s+)?não\s+há\s+comentários"
    r"|sem\s+comentários|seja\s+o\s+primeiro\s+a\s+comentar|henüz\s+(?:yorum|cevap)\s+(?:yok"
    r"|yapılmamış)|ilk\s+yorumu\s+(?:siz\s+)?yap\w*|комментариев\s+(?:пока\s+)?нет"
    r"|каментароў\s+(?:пакуль\s+)?няма|belum\s+ada\s+(?:komentar|tanggapan)"
    r"|brak\s+komentarzy|nog\s+geen\s+reacties)\b"
    # (a tail only after the row's own full stop: "No comments yet from the ministry, which ...",
    # "Sin comentarios: así respondió el ministro ..." are news, review35)
    r"(?:\s*[.!…]+(?:\s+[^\n]{0,100})?)?$",
    re.I,
)
# the reply form's heading and asks: a verb of writing or leaving and "a comment / reply", in
# either order ("Leave a Reply", "Bir cevap yazıñız", "What do you think? Leave a comment below")
_WRITE = (
    r"(?:leave|post|write|add|lea|deja|dejar|deje|escribe|escriba|escribir|laisse[rz]?|écrire"
    r"|écrivez|schreibe|schreiben|hinterlasse\w*|lascia|scrivi|deixe|deixar|escreva|yaz\w*"
    r"|bırak\w*|добавить|оставить|оставьте|написать|напишите|пакіньце|напішыце|tinggalkan"
    r"|tulis|zostaw|napisz|laat|skriv|lämna|jätä|kirjoita|gie|share|ħalli|halli|tso)"
)
_ONE = (
    r"(?:a|an|un|una|une|einen|ein|um|uma|bir|your|votre|su|tu|ihren|deinen|il\s+tuo|o\s+seu"
    r"|ib\s+lo)"
)
_REPLY = (
    r"(?:reply|comment|respuesta|comentario|commentaire|réponse|kommentar|antwort|commento"
    r"|risposta|comentário|resposta|cevap\w*|yorum\w*|комментарий|ответ|каментар\w*|balasan"
    r"|komentar\w*|komentarz|reactie|kommentti|kumment|tweġiba|lus\s+teb"
    r"|lus\s+tawm\s+tswv\s+yim)"
)
_REPLY_FORM = unless_reported(
    re.compile(
        rf"^(?:[^.!?\n]{{1,40}}\?\s+)?(?:{_WRITE}\s+(?:{_ONE}\s+)?{_REPLY}|(?:{_ONE}\s+)?{_REPLY}"
        rf"\s+{_WRITE})\b[^.!?\n]{{0,30}}[.!]?$",
        re.I,
    )
)
# the form's legend: a lone asterisk among its words ("Zarur meydanlar * ile belgilengen.")
# (no figure: "The new tax form lists 14 fields, and each one marked * is now mandatory" is news,
# review35)
_LONE_ASTERISK = re.compile(r"^(?![^\n]*\d)[^*\n]{3,}\s\*(?=[\s).,:]|$)[^\n]*$")
_ASTERISK_WORDS = 25
_HELD_REPLIES = unless_reported(
    re.compile(
        r"^(?=(?:your\s+|all\s+|new\s+|vos\s+|las\s+|les\s+|ihre\s+|le\s+|as\s+)?(?:replies"
        r"|responses|comments|posts|réponses|respuestas|antworten|risposte|respostas|ответы"
        r"|cevaplar)\b)"
        # (the page's own, not someone's: "Replies from the ministry were moderated by lawyers",
        # "Comments on the bill were moderated by contractors", review35)
        r"(?!\S+\s+(?:from|on|to|of|about|by|de|del|des|du|von|zu|zum|zur|sobre|aux?|à|al|della"
        r"|dello|da|do|dos|das)\b)(?=[^\n]*\b(?:moderat\w*|modérat\w*|moderad\w*|moderiert"
        r"|модерат\w*)\b)[^\n]{0,200}$",
        re.I,
    )
)

# -- "if you like what we do", then an ask -------------------------------------------------------
_IF_YOU_LIKE = (
    r"(?:if|gin|si|wenn|se|jika|kalau|если|калі|якщо|eğer|als|om|jeśli|jeżeli|ikiwa|kung)"
    r"\s+(?:[^\s,]+\s+){0,2}(?:like|enjoy|value|appreciate|love|gusta|gustó|plaît|plait|aimez"
    r"|appréciez|gefällt|gefallen|piace|piacciono|gosta|gostou|suka|нравится|падабаецца"
    r"|подобається|beğen\w*|vindt|gillar|liker|podoba|unapenda|gusto|plaz\w*|plac\w*)\b"
    # (the thing liked is this page or what we do, not a thing of the world: "If you like the new
    # bus timetable, tell the council before Friday" is news, review35)
    r"(?!\s+(?:the|a|an|el|los|las|un|una|le|les|une|der|die|das|den|il|gli|os|as|um|uma)\s)"
)
_ASK = (
    r"(?:share|forward|donat\w*|donation|support|subscribe|tell|recommend|send|pass|gie|help"
    r"|chip|consider|partag\w*|transf[ée]r\w*|compart\w*|reenv\w*|teile\w*|weiterleit\w*"
    r"|empfehl\w*|spende\w*|unterstütz\w*|condivid\w*|inoltr\w*|sostien\w*|compartilh\w*"
    r"|encaminh\w*|apoi\w+|paylaş\w*|destek\w*|перашліце|перешлите|поделитесь|падзяліцеся"
    r"|падтрымайце|поддержите|bagikan|teruskan|dukung|udostępnij|prześlij|wesprzyj|deel|stuur"
    r"|steun|dela|skicka|stöd|shiriki|tuma|changia|reninv\w*|reenvi\w*)"
)
_LIKED_ASK = unless_reported(
    re.compile(
        rf"^(?:[^\n]{{0,60}}[.!?]\s+)?{_IF_YOU_LIKE}[^\n]{{0,80}}?\b{_ASK}\b[^\n]{{0,120}}$", re.I
    )
)
_SHARE_THIS = unless_reported(
    re.compile(
        r"^(?:(?:kindly|please|do)\s+)?(?:share|spread|forward|comparte|compártel[ao]|compartan"
        r"|partagez|partager|teilen\s+sie|teile|condividi|compartilhe|paylaşın|paylaş|поделитесь"
        r"|перашліце|bagikan|sebarkan|udostępnij|deel|dela|shiriki)\b[^\n]{0,40}\b(?:this\s+"
        r"(?:news|story|article|post|information|piece)|with\s+(?:your\s+)?(?:friends|family"
        r"|loved\s+ones)|esta\s+(?:noticia|nota|información)|este\s+artículo|cet\s+article"
        r"|cette\s+(?:info\w*|actu\w*)|diesen\s+artikel|questa\s+notizia|questo\s+articolo"
        r"|esta\s+notícia|esta\s+matéria|bu\s+haberi?|эту\s+новость|berita\s+ini"
        r"|con\s+(?:tus|sus)\s+(?:amigos|familiares)|avec\s+vos\s+(?:amis|proches)"
        r"|mit\s+(?:ihren|deinen)\s+freunden|con\s+i\s+tuoi\s+amici|com\s+(?:seus|os\s+seus)"
        r"\s+amigos)\b(?![^\n]*?[:;]\s*(?:\S+\s+){4,}\S)[^\n]{0,80}$",
        re.I,
    )
)

# -- a reading time after its label, an issue's date --------------------------------------------
_READING_LABEL = (
    r"(?:reading\s+time|read\s+time|time\s+to\s+read|tiempo\s+de\s+lectura|temps\s+de\s+lecture"
    r"|lesezeit|lesedauer|tempo\s+di\s+lettura|tempo\s+de\s+leitura|okuma\s+süresi"
    r"|время\s+чтения|час\s+чытання|час\s+читання|waktu\s+baca(?:ca)?|czas\s+czytania|leestijd"
    r"|lästid|lesetid|læsetid|lukuaika|čas\s+čtení|doba\s+čtení|skaitymo\s+laikas|lugemisaeg"
    r"|lasīšanas\s+laiks|čas\s+čítania|olvasási\s+idő|timp\s+de\s+citire|χρόνος\s+ανάγνωσης|thời\s+gian\s+đọc"
    r"|閱讀時間|阅读时间|読了時間|읽는\s*시간)"
)
_READING_TIME = re.compile(
    rf"(?:^|[|·•]\s*)(?:{_READING_LABEL}\s*[:：]?\s*(?:[^\s|·•]+\s*){{1,3}}|\d{{1,2}}\s*"
    r"(?:min\.?|minutes?|minutos?|minuti|minuten|minúty|minut\w*|dakika|минут\w*|menit)\s+"
    r"(?:read|reading|de\s+lectura|de\s+lecture|de\s+leitura|di\s+lettura|lesezeit|okuma"
    r"|чтения|baca|czytania))\s*$",
    re.I,
)
_READING_ROW_WORDS = 14
_ISSUE_DATED = re.compile(
    r"^(?:issue|edition|ausgabe|numéro|número|numero|edición|edição|sayı|выпуск|nomor|edisi"
    r"|wydanie|nummer)\s+(?:dated|of|du|del|de|da|vom|от|tanggal)?\s*"
    # (a day's number or two words at most before the year: "Edición del festival de cine de
    # 2046" is a heading of news, review35)
    r"(?:(?=[^\n.!?]{0,30}?\b(?:19|20)\d{2}\.?$)[^\n.!?]*?\d[^\n.!?]*?|(?:[^\s\d.!?]+\s+){0,2})"
    r"\b(?:19|20)\d{2}\.?$",
    re.I,
)

# -- a photo's caption ---------------------------------------------------------------------------
_PHOTO_CAPTION = re.compile(
    r"^(?:photo|foto|fotos|photos|fotografía|fotografia|gambar|bild|image|imagen|imagem"
    r"|immagine|фото|снимок|picha|larawan|resim|fotoğraf|写真|图片|圖片|사진|صورة)"
    r"(?:\s+(?:by|de|di|von|por|par)\s+[^:\n]{1,30})?\s*[:：]\s*[^\n]{3,220}"
    r"\s/\s[^/\n]{1,30}$",
    re.I,
)

# -- a related headline under a label of relatedness -------------------------------------------
# (a label of a link or a medium only: "Also in Lyon: the metro's B line reopens on Monday",
# "Elsewhere in the region: floods cut the road ...", "Ailleurs en Bretagne : ...", "En otras
# noticias: ...", "Previously: ..." head a roundup's or a live page's items of news, and a
# section's "Also in Politics: ..." has the same shape, review35)
_RELATED_LABEL = (
    r"(?:from\s+(?:our|the)\s+archives?|in\s+(?:this|the\s+same)\s+(?:series"
    r"|issue|file|dossier)|see\s+also|videos?|photos|watch|listen|related"
    r"|dans\s+le\s+même\s+(?:dossier|thème)|sur\s+le\s+même\s+(?:sujet|thème)"
    r"|(?:à\s+)?lire\s+(?:aussi|également)|voir\s+aussi|vidéos?|en\s+images|à\s+(?:voir|écouter)"
    r"|lea\s+(?:además|también)|lee\s+(?:además|también)|vea\s+(?:además|también)"
    r"|relacionad[oa]s?|en\s+imágenes|leia\s+(?:também|mais)|veja\s+(?:também|mais)|vídeos?"
    r"|lesen\s+sie\s+auch|auch\s+interessant|leggi\s+anche|guarda\s+anche|videolar|видео"
    r"|читайте\s+также|baca\s+juga|lihat\s+juga)"
)
_RELATED_HEADLINE = re.compile(
    rf"^{_RELATED_LABEL}\s*[:：]\s*(?!.*[.!]$)[^\n]{{3,160}}$",
    re.I,
)

# -- a channel's schedule ask ------------------------------------------------------------------
_WATCH = (
    r"(?:watch|listen\s+to|tune\s+in(?:\s+to)?|catch|vea|mire|escuche|sintonice|sintoniza|regardez"
    r"|écoutez|retrouvez|sehen\s+sie|hören\s+sie|schauen\s+sie|guarda|ascolta|assista|ouça"
    r"|sintonize|izle\w*|dinle\w*|смотрите|слушайте|глядзіце|слухайце|tonton|dengarkan"
    r"|saksikan|umviriza|sikiliza|tazama|kalli|saurari|watch\s+out"
    # (junk37) Tagalog's and Chichewa's asks to watch or listen
    r"|panoorin|pakinggan|abangan|tumutok|mverani|onerani)"
)
_SCHEDULE = (
    r"(?:every\s+(?:day|night|evening|morning|weekday)|daily|weeknights|cada\s+día"
    r"|todos\s+los\s+días|de\s+lunes\s+a\s+(?:viernes|sábado|domingo)|chaque\s+(?:jour|soir"
    r"|matin)|du\s+lundi\s+au|täglich|montags\s+bis|ogni\s+(?:giorno|sera)|dal\s+lunedì"
    r"|todos\s+os\s+dias|de\s+segunda\s+a|her\s+gün|каждый\s+день|штодня|setiap\s+hari"
    r"|kila\s+siku|buri\s+musi|kowace\s+rana|from\s+monday\s+to|monday\s+to\s+friday"
    r"|\d{1,2}[:.h]\d{2}|\bsaa\s+\w+"
    # (junk36) a part of the day every day or tonight, an hour after its word ("at 9 tonight",
    # "cada mañana desde las 6", "chaque soir à 20 h", "jeden Abend um 19 Uhr")
    r"|every\s+(?:week|weekend|sunday|saturday|morning|evening)|tonight|this\s+evening"
    r"|tomorrow|mañana|demain|morgen|domani|amanhã|yarın|завтра|besok"
    r"|cada\s+(?:mañana|noche|tarde|semana|domingo|sábado)|todas\s+las\s+(?:mañanas|noches"
    r"|tardes)|esta\s+noche|chaque\s+(?:semaine|dimanche|samedi)|tous\s+les\s+(?:soirs|matins"
    r"|jours)|ce\s+soir|jeden\s+(?:morgen|abend|tag|sonntag)|heute\s+abend|ogni\s+(?:mattina"
    r"|settimana|domenica)|stasera|todas\s+as\s+(?:manhãs|noites|tardes)|hoje\s+à\s+noite"
    r"|her\s+(?:sabah|akşam|hafta)|bu\s+akşam|каждое\s+утро|каждый\s+вечер|сегодня\s+вечером"
    r"|setiap\s+(?:pagi|malam|minggu)|malam\s+ini"
    r"|\b(?:at|from|a\s+las|desde\s+las|à|dès|um|ab|alle|dalle|às|a\s+partir\s+das|saat|pukul"
    r"|в|с)\s+\d{1,2}(?:\s*(?:[ap]\.?m\.?|h|uhr|horas?|heures?|ore|Uhr))?\b"
    # (junk37) Tagalog's "every" and its hours ("tuwing alas-sais"), an hour by "koloko"
    r"|\btuwing\b|\balas-\w+|\d{1,2}\s+koloko\b)"
)
_PROGRAMME = (
    r"(?:our|nuestr[oa]s?|notre|nos|unsere?|nostr[oi]|noss[oa]s?|yacu|wetu|bizim|наш\w*|kami"
    r"|emisión|programa|program|programme|show|bulletin|broadcast|edition|edición|edição"
    r"|émission|journal|sendung|programma|telegiornale|noticiero|noticias|news|amakuru|habari"
    r"|haberler\w*|новост\w*|berita|balita\w*|palabas|nkhani"
    # (junk36) the channel's own signal or station
    r"|señal|signal|sinal|segnale|channel|canal|chaîne|kanal|канал\w*|station|emisora"
    r"|interview|entrevista|entretien|intervista|interviu|episode|episodio|épisode|folge|report"
    r"|reportaje|reportage|reportagem|servizio|debate|débat|debatte|dibattito|special|especial"
    r"|estación|sender|radio|rádio|tv|televisión|télévision|fernsehen|televisione|televisão)"
)
_SCHEDULE_ASK = unless_reported(
    re.compile(
        rf"^(?!watch\s+out){_WATCH}\b(?=[^\n]*\b{_PROGRAMME}\b)(?=[^\n]*{_SCHEDULE})[^\n]{{0,200}}$",
        re.I,
    )
)

# -- a newsletter's greeting, farewell and why it came -----------------------------------------
_READERS = (
    r"(?:friends|readers|everyone|everybody|all|folks|subscribers|team|amig[oa]s|lectores"
    r"|lectoras|tod[oa]s|amis|amies|lecteurs|lectrices|freunde|leser(?:innen)?|alle|amici"
    r"|lettori|tutti|leitores|leitoras|arkadaşlar|okurlar|dostlar|друзья|сябры|чытачы|читатели"
    r"|друзі|читачі|teman(?:-teman)?|pembaca|semua|przyjaciele|czytelnicy|vrienden|lezers"
    r"|vänner|läsare|venner|lesere|marafiki|wasomaji)"
)
_GREETING = re.compile(
    rf"^[^\W\d_][^\W\d_'’ -]{{1,20}}(?:\s+[^\W\d_][^\W\d_'’-]{{1,12}})?,?\s+(?:dear\s+|queridos\s+"
    rf"|chers\s+|liebe\s+|cari\s+|caros\s+|дорогие\s+|дарагія\s+)?{_READERS}\s*[!,]$",
    re.I,
)
_UNTIL_NEXT = re.compile(
    r"^(?:see\s+you\s+next\s+(?:week|time|month)|until\s+next\s+(?:week|time)|hasta\s+la\s+"
    r"(?:próxima|semana\s+que\s+viene)|à\s+la\s+semaine\s+prochaine|bis\s+nächste\s+woche"
    r"|alla\s+prossima(?:\s+settimana)?|até\s+a\s+próxima(?:\s+semana)?|haftaya\s+görüşürüz"
    r"|до\s+следующей\s+недели|да\s+наступнага\s+тыдня|до\s+наступного\s+тижня"
    r"|sampai\s+(?:jumpa\s+)?minggu\s+depan|do\s+zobaczenia\s+za\s+tydzień|tot\s+volgende\s+week"
    r"|vi\s+ses\s+nästa\s+vecka)\s*(?:[!.…]+(?:\s+[^\n]{0,160})?)?$",
    re.I,
)
_WHY_RECEIVED = unless_reported(
    re.compile(
        r"^(?=[^\n]*\b(?:received|receiving|getting|recibes|recibiste|recibe|reçu|recevez"
        r"|erhalten|ricevuto|ricevi|recebeu|recebe|aldınız|alıyorsunuz|получили|получаете"
        r"|атрымалі|атрымліваеце|отримали|menerima|otrzymujesz|otrzymałeś|ontvangt|får)\b)"
        r"(?=[^\n]*\b(?:because|porque|parce\s+que|car|weil|da|perché|çünkü|потому\s+что|бо"
        r"|тому\s+що|karena|ponieważ|omdat|eftersom)\b)(?=[^\n]*\b(?:subscri\w+|suscri\w+"
        r"|abonn\w+|abonni\w+|iscritt\w+|inscrit\w+|assin\w+|abone\w*|подписал\w*|падпісал\w*"
        r"|підписал\w*|berlangganan|zapisa\w*|geabonneerd|aangemeld|signed\s+up)\b)"
        # (to its reader: "Fans who received tickets because they subscribed to the club's
        # newsletter were turned away" is news, review35)
        r"(?=[^\n]*\b(?:you|your|vous|votre|tu|te|usted|ustedes|sie|ihr|du|dich|lei|ti|você"
        r"|vocês|anda|kamu|siz|sen|вы|вам|ты|u|jij|je|ni|du|dig|pan|pani)\b)[^\n]{0,260}$",
        re.I,
    )
)

# -- a wire's dateline, counters, a language switcher, a CJK date ------------------------------
_WIRE_DATELINE = re.compile(
    r"^[^\n/]{2,60}\d[^\n/]{0,30}/\s*[^\W\d_]{1,6}(?:\s+[^\W\d_]{1,6}){0,3}\s*/\s*$"
)
_FIELD = r"\(?\s*[^\W\d_][^\W\d_ ]{1,20}(?:\s+[^\W\d_]+){0,2}\s*[:：]\s*\d[\d.,]*\s*\)?"
_COUNTERS = re.compile(rf"^{_FIELD}(?:\s*[|·•]?\s*{_FIELD}){{1,3}}$")
_COUNTER_WORD = re.compile(
    r"^(?:\(?\s*(?:views|visitors?|visitor\s+counter|page\s+views|hits|reads|lecturas|vues"
    r"|aufrufe|visualizações|okunma|просмотр\w*|dilihat|wyświetle\w*|visite)\s*[:：]\s*"
    r"\d[\d.,]*\s*\)?)$",
    re.I,
)
_LANGUAGE_NAMES = frozenset(
    "english hindi tamil bengali bangla telugu marathi gujarati kannada malayalam punjabi odia"
    " urdu assamese nepali sinhala español spanish français french deutsch german português"
    " portuguese italiano italian русский russian العربية arabic 中文 chinese 日本語 japanese"
    " 한국어 korean türkçe turkish bahasa indonesia melayu malay kiswahili swahili polski polish"
    " nederlands dutch svenska українська ukrainian беларуская belarusian فارسی persian हिन्दी"
    " हिंदी தமிழ் বাংলা తెలుగు मराठी ગુજરાતી ಕನ್ನಡ മലയാളം ਪੰਜਾਬੀ ଓଡ଼ିଆ اردو".split()
)
_LANGUAGES_LABEL = re.compile(
    r"^[^:\n]{0,40}\b(?:languages?|idiomas?|langues?|sprachen|lingue|línguas|dillerde|языках"
    r"|bahasa\s+lain|językach|talen|भाषाओं|மொழிகளில்)\b[^:\n]{0,20}[:：]\s*(?P<items>[^\n]+)$",
    re.I,
)
_CJK_DATE = re.compile(
    r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[（(][^）)]{1,3}[）)])?\s*"
    r"(?:\d{1,2}\s*(?:時|时|:)\s*\d{1,2}\s*分?)?\s*(?:更新|公開|配信|発表|发布|發布|更新于)?$"
)

# -- a feed's "the post ... first appeared on ..." ----------------------------------------------
_POST_FIRST = re.compile(
    r"^(?:the\s+post|la\s+entrada|el\s+post|l['’]article|le\s+billet|der\s+beitrag|il\s+post"
    r"|l['’]articolo|o\s+post|a\s+postagem|запись|пост|допис|gönderi|yazı|tulisan|artikel"
    r"|artykuł|wpis|het\s+bericht|inlägget|innlegget|पोस्ट|पोस्टः|প্রথম|ਪੋਸਟ|પોસ્ટ|הפוסט"
    r"|l['’]artico\w*|àkọsílẹ̀\s+náà)\s[^\n]{3,300}"
    r"\b(?:first|primero|primera|d['’]abord|zuerst|prima|primeiro|primeira|впервые|першы|вперше"
    r"|ilk|pertama|pierwszy|pierwotnie|eerst|först|først|पहिने|पहले|पहिले|প্রথম|પ્રથમ|ਪਹਿਲਾਂ"
    r"|לראשונה|par\s+primo|kọ́kọ́)"
    # (the site's name ends the line: "... erschien zuerst auf der Liste, dann ..." is news)
    r"(?:\s+[^\s,]+){0,5}\s*[.。।]?$",
    re.I,
)

# -- a trial offer in the imperative -------------------------------------------------------------
_TRY = (
    r"(?:try|test(?:en)?(?:\s+sie)?|essayez|prueba|pruebe|prova|experimente|dene(?:yin)?"
    r"|попробуйте|coba(?:lah)?|wypróbuj|probeer|prøv|testa)"
)
_PERIOD = (
    r"(?:months?|days?|weeks?|monat\w*|tage\w*|woche\w*|mois|jours|semaines?|mes(?:es)?|días"
    r"|semanas?|mesi?|giorni|settimane|mês|dias|ay|gün|hafta|месяц\w*|дн\w*|недел\w*|bulan|hari"
    r"|minggu|miesi\w*|dni|tygodni\w*|maand\w*|dagen|weken|måned\w*|månad\w*|dage)"
)
_OFFER_TERMS = (
    r"(?:\d[\d.,]*\s*(?:€|euros?|\$|£|usd|eur|chf|kr|zł|tl|₺|руб\w*)|(?:€|\$|£)\s*\d"
    r"|free|on\s+us|gratis|kostenlos|gratuit\w*|grátis|ücretsiz|бесплатн\w*|cancel\w*"
    r"|kündbar|résiliable|cancela\w*|disdic\w*)"
)
_TRIAL = unless_reported(
    re.compile(
        rf"^(?:[^\n]{{0,60}}[?:]\s+)?{_TRY}\b[^\n]{{0,60}}?\b{_PERIOD}\b(?=[^\n]*{_OFFER_TERMS})"
        r"[^\n]{0,120}$",
        re.I,
    )
)

# -- an ask to write to the newsroom, quotes edited, a data label, a credit row ----------------
_TELL_US = unless_reported(
    re.compile(
        r"^(?:tell\s+us|let\s+us\s+know|send\s+us|write\s+to\s+us|email\s+us|cuéntanos|escríbenos"
        r"|dinos|envíanos|cuéntenos|escríbanos|dites-nous|écrivez-nous|envoyez-nous|racontez-nous"
        r"|schreiben\s+sie\s+uns|sagen\s+sie\s+uns|schicken\s+sie\s+uns|erzählen\s+sie\s+uns"
        r"|scrivici|dicci|inviaci|raccontaci|conte-nos|escreva-nos|envie-nos|diga-nos"
        r"|bize\s+(?:yazın|anlatın|bildirin)|напишите\s+нам|сообщите\s+нам|расскажите\s+нам"
        r"|напішыце\s+нам|beritahu\s+kami|kirimkan\s+kepada\s+kami|napisz\s+do\s+nas"
        r"|laat\s+het\s+ons\s+weten|schrijf\s+ons)\b[^\n]{0,200}$",
        re.I,
    )
)
_EDITED_FOR = unless_reported(
    re.compile(
        r"^[^\n]{0,160}\b(?:edited\s+(?:lightly\s+)?for\s+(?:length|clarity|brevity)|lightly\s+"
        r"edited|editad[ao]s?\s+(?:por|para)\s+(?:mayor\s+|maior\s+)?(?:claridad|extensión"
        r"|brevedad|clareza|concisão)|édité\w*\s+pour\s+(?:plus\s+de\s+)?(?:clarté|concision"
        r"|longueur)|(?:leicht\s+)?gekürzt\s+und\s+(?:leicht\s+)?(?:redigiert|bearbeitet)"
        r"|modificat\w*\s+per\s+(?:chiarezza|brevità)|отредактирован\w*\s+для\s+краткости)"
        # (no one else edited it: "The minister's speech was edited for length by state TV, ..."
        # is news, review35)
        r"\b(?![^\n]*\b(?:by|por|par|von|da|pelo|pela)\s)[^\n]{0,100}$",
        re.I,
    )
)
# (a list of sources, not a finding: "Data: unemployment rose to 4.4% ..." is news)
_DATA_LABEL = re.compile(
    r"^(?:[^\n.!?]{0,60}\.\s+)?(?:data|datos|données|daten|dati|dados|veri|данные|дадзеныя"
    r"|dane|gegevens)\s*[:：]\s*"
    # (a finding counts: "Data: the leak exposed names ... of 2 million voters", review35)
    r"(?![^\n]*\b(?:million|millions|billion|millones|milliards?|millionen|milliarden|milioni"
    r"|miliardi|milhões|bilhões|juta|miliar|milyon|milyar)\b)(?=[^.%\n]{0,60}(?:,|\s(?:and|y|et|und|e|ve|и)\s))"
    r"[^%\n]{3,140}$",
    re.I,
)
_ROLE_WORD = (
    r"(?:reporting|report|photos?|photographs?|photography|photo\s+essay|text|words|video"
    r"|graphics|editing|illustrations?|design|research|reportaje|texto|fotograf\w+|textes?"
    r"|bilder|testo|reportagem|metin|текст|фото|teks|infograf\w+)"
)
_ROLE_CREDIT = re.compile(
    rf"^{_ROLE_WORD}(?:\s*(?:,|and|&|y|et|und|e|ve|и|dan)\s*{_ROLE_WORD})*\s*[:：]\s*{NAMES}"
    rf"(?:\s*(?:,|and|&|y|et|und|e|ve|и|dan)\s*{NAMES})*$",
    re.I,
)


# -- (more kinds, tuned on the other parts' leftovers) -----------------------------------------
# a stamp row: a label of at most three words, maybe a colon, a date with its year and a clock,
# once or twice ("14. maí 2043 kl. 07:32 | Uppfært 14. maí 2043 kl. 09:05", "تاريخ النشر: 18
# أبريل 2042 | آخر تحديث: ...", "发布时间：2044/01/23 10:05 最后更新：...")
_HAS_YEAR = re.compile(r"(?:^|\D)(?:19|20|25)\d{2}(?:\D|$)")
_STAMP_WORDS = 16
# the comment form's "your e-mail address will not be published", in more languages
_EMAIL_UNPUBLISHED = re.compile(
    r"^[^\n]{0,30}\b(?:e-?mail|e-?mel|e-?poçta|e-?posta|correo|courriel|почт\w*|adres\w*|address"
    r"|adresse|dirección|endereço|indirizzo)\b[^\n]{0,40}\b(?:will\s+not\s+be\s+published|won['’]t"
    r"\s+be\s+published|no\s+(?:será|se)\s+publica\w*|ne\s+sera\s+pas\s+publié\w*|wird\s+nicht"
    r"\s+veröffentlicht|non\s+(?:sarà|verrà)\s+pubblicat\w*|não\s+será\s+publicad\w*"
    r"|yayınlanmayacak|yayınlanmayacaq|не\s+будет\s+опубликован\w*|tidak\s+akan\s+(?:disiarkan"
    r"|dipublikasikan|diterbitkan|ditampilkan)|nie\s+zostanie\s+opublikowany|wordt\s+niet"
    r"\s+gepubliceerd)\s*(?:[.!](?:\s+[^\n]{0,120})?)?$",
    re.I,
)
_COPYRIGHT_SIGN = re.compile(r"^[^\n]{0,200}(?:©|\(c\))\s*(?:19|20)\d{2}[^\n]{0,200}$", re.I)
_COPYRIGHT_WORDS = 25
# "was this helpful? yes no" in any language: a question, then a yes and a no
_YES_NO = re.compile(
    r"^[^\n]{3,80}[?？؟]\s*(?:yes|sí|si|oui|ja|sì|sim|evet|да|ya|tak|نعم|是|はい|예|ndiyo|eé)"
    r"\s*[/|·]?\s*(?:no|non|nein|não|nao|hayır|нет|tidak|nie|لا|否|いいえ|아니오|hapana|a'a)$",
    re.I,
)
# print edition: where the rest or more is, "at the kiosk" ("... ab Donnerstag am Kiosk.")
_KIOSK = unless_reported(
    re.compile(
        # (where the issue is sold, after a preposition: "Notre kiosque de la place Bellecour ferme
        # après 80 ans" is news, review35)
        r"^(?=[^\n]*\b(?:at|in|on|from|en|au|aux|dans|am|im|beim|an|nel|nelle|in|na|nas|no|nos"
        r"|в|у|на|u|w|v|à)\s+(?:the\s+|your\s+|les\s+|le\s+|votre\s+|vos\s+|ihrem\s+|ihrer\s+"
        r"|la\s+|il\s+|os\s+|as\s+|o\s+|a\s+|los\s+|el\s+|tu\s+|su\s+|der\s+|den\s+)?"
        r"(?:kiosk|kiosken|kiosks|kiosque|kiosques|киоск\w*|кіоск\w*|киосцима|kiosku|edicola"
        r"|edicole|quiosques?|quioscos?|trafik\w*|newsstands?|bancas?)\b)(?=[^\n]*\b(?:our"
        r"|notre|unsere\w*|nostr\w*|nuestr\w*|noss\w*|lesen\s+sie|retrouvez|прочитајте"
        r"|читайте|leggi|lea|leia|find)\b)"
        r"[^\n]{0,220}$",
        re.I,
    )
)
# a printed issue's note ("This material appeared in the printed issue of <Magazine> for May")
_PRINTED_ISSUE = re.compile(
    r"^(?:this\s+(?:material|article|story|piece)|цей\s+матеріал|этот\s+материал|гэты"
    r"\s+матэрыял|dieser\s+(?:artikel|beitrag)|cet\s+article|este\s+(?:artículo|artigo)"
    r"|questo\s+articolo)\s+[^\n]{0,20}\b(?:appeared|вийшов|вышел|вышла|вийшла|erschien|est\s+paru|apareció"
    r"|è\s+uscito|saiu)\b[^\n]{0,20}\b(?:print\w*|друкован\w*|печатн\w*|gedruckt\w*|imprimé\w*"
    r"|impres[ao]|stampa)\b[^\n]{0,120}$",
    re.I,
)
_JUST_REPLY = re.compile(
    r"^[^\n]{0,80}\b(?:just|simply|hit|press)\s+reply\b[^\n]{0,80}$",
    re.I,
)
_WATCH_LIVE_APP = unless_reported(
    re.compile(
        rf"^{_WATCH}\b[^\n]{{0,80}}\b(?:live|en\s+vivo|en\s+directo|en\s+direct|ao\s+vivo"
        r"|in\s+diretta|canlı)\b[^\n]{0,40}\b(?:on|en|sur|no|na|auf|su)\s+(?:the\s+|our\s+"
        r"|la\s+|l['’]|a\s+|o\s+|unserer\s+|nuestra\s+|notre\s+)?[^\n]{0,30}?\b(?:app"
        r"|application|aplicación|aplicativo|appli)\b"
        r"[^\n]{0,60}$",
        re.I,
    )
)
_FULL_COVERAGE = re.compile(
    r"^(?:toda\s+la\s+cobertura|couverture\s+complète|vollständige\s+berichterstattung"
    r"|copertura\s+completa|cobertura\s+completa|tüm\s+haberler|полное\s+освещение"
    r"|liputan\s+lengkap)\b[^\n]{0,40}$",
    re.I,
)
# a player's row with its duration ("Audio: Artikel vorlesen (2:10)", "動画を再生する（ 1 分 ）")
_PLAYER = re.compile(
    r"^[^\n.!?]{2,50}[(（]\s*(?:\d{1,2}:\d{2}|\d+\s*(?:min|分)(?:\s*\d+\s*(?:s|秒))?)\s*[)）]$",
    re.I,
)
_TODAYS_ISSUE = re.compile(
    r"^(?:in|inside)\s+(?:today['’]s|this\s+week['’]s|this|tonight['’]s)\s+(?:issue|edition"
    r"|letter|newsletter|briefing)\s*[:：][^\n]{0,160}$",
    re.I,
)
_POSTED_BY = re.compile(
    r"^(?:posted|publicado|publicada|publié|publiée|gepostet|pubblicato|postado|diposting)"
    r"\s+(?:by|por|par|von|da|oleh)\s*:?\s+[^\n.!?]{2,40}?(?:\s+(?:on|el|le|am|il|em|pada)"
    r"\s+[^\n.!?]{3,40})?$",
    re.I,
)
_SOURCE_LABEL = re.compile(
    r"^(?:source|sources|fuente|quelle|fonte|kaynak|источник|sumber|źródło|bron|来源|來源|出典"
    r"|출처)\s*[:：]\s*[^\n.!?]{2,40}$",
    re.I,
)
_CTRL_ENTER = re.compile(r"^[^\n]{0,120}\bctrl\s*\+\s*enter\b[^\n]{0,40}$", re.I)
_WELCOME_EDITION = re.compile(
    r"^[^\n]{0,40}\b(?:welcome\s+to|bienvenid[oa]s?\s+a|bienvenue\s+dans|willkommen\s+(?:zu|zur"
    r"|in)|benvenut[io]\s+(?:a|in|nel)|bem-vind[oa]s?\s+(?:a|à|ao)|bienvenitos\s+a)\b[^\n]{0,30}"
    r"\b(?:this\s+week['’]s|today['’]s|esta\s+semana|cette\s+semaine|dieser\s+woche"
    r"|questa\s+settimana|d['’]esta\s+semana)\b[^\n]{0,40}$",
    re.I,
)
_FOLLOW_FOR_NEW = re.compile(
    r"^(?:[^\n]{0,160}[.!]\s+)?(?:follow|siga|suivez|folgen|segui|sígueme|síguela|síguelo)\b"
    r"[^\n]{0,50}\b(?:for\s+(?:a\s+)?new|para\s+receber\s+novos|pour\s+recevoir|new\s+(?:post"
    r"|essay|story|stories|posts))\b[^\n]{0,80}$",
    re.I,
)

# -- (round two) -------------------------------------------------------------------------------
_FORWARD_THIS = unless_reported(
    re.compile(
        r"^(?:[^\n]{0,40}[.!]\s+)?(?:please\s+)?(?:forward|transférez|transfère|transfiere"
        r"|reenvía|reenvíe|inoltra|encaminhe|перешлите|перашліце|перешліть|teruskan|prześlij"
        r"|stuur|skicka|videresend)\b[^\n]{0,12}\b(?:this|ce|cette|este|esta|questa|questo|esse"
        r"|essa|этот|это|гэты|гэтую|цей|ini|ten|tę|deze|dit|detta|denne)\s+(?:e-?mail|courriel"
        r"|correo|letter|lettre|carta|newsletter|mail|письмо|ліст|рассылку|лист|surat|list"
        r"|nieuwsbrief|brev|lettera|infolettre|boletín)\b[^\n]{0,120}$",
        re.I,
    )
)
_NOT_YET_SUBSCRIBED = re.compile(
    r"^(?:not\s+(?:yet\s+)?(?:subscribed|signed\s+up)(?:\s+yet)?|pas\s+encore\s+(?:inscrit|abonné)"
    r"\w*|(?:¿)?(?:aún|todavía)\s+no\s+(?:estás\s+suscrit[oa]|te\s+suscribiste|recibes)"
    r"|noch\s+nicht\s+(?:abonniert|angemeldet)|non\s+sei\s+ancora\s+iscritt[oa]"
    r"|ainda\s+não\s+(?:é|está)\s+inscrit[oa]|ещё?\s+не\s+подписаны|belum\s+berlangganan)\s*\?"
    # (what follows speaks to the reader or of the letter: "Not subscribed? Viewers lose access
    # to the league's matches from Monday" is news, review35)
    r"(?:\s*$|(?=[^\n]*\b(?:you|your|sie|ihr|du|vous|votre|tu|te|usted|ti|você|anda|kamu|вы"
    r"|our|us|we|unser\w*|uns|notre|nos|nous|nuestr\w*|noss\w*|nostr\w*|kami|наш\w*"
    # (or its cadence or price: "Get <Letter> every Monday", "C'est gratuit, ... chaque jeudi")
    r"|every|each|chaque|jeden|jede|jeder|cada|ogni|todas?|setiap|каждый|free|gratuit\w*|gratis"
    r"|kostenlos|grátis|get|recevez|recibe|erhalten|ricevi|receba"
    r"|newsletter|letter|lettre|brief|boletín|carta|lettera|sign\s+up|subscri\w*|abonn\w*"
    r"|inscri\w*|suscri\w*|iscri\w*|assin\w*|berlangganan|here|hier|ici|aquí|aqui|qui)\b))"
    r"[^\n]{0,120}$",
    re.I,
)
_OFFER_READING = (
    r"(?:subscri\w+|abonn\w+|suscri\w+|abbona\w+|assin\w+|lectur\w+|lecture|lesen|weiterlesen"
    r"|read\w*|lettura|leitura|reads|artikel|article|articles|testen|offre|offer|angebot|oferta"
    r"|digital\w*|numérique|plus|premium)"
)
_PRICE_PERIOD = (
    r"(?:(?:\d[\d.,]*\s*(?:€|euros?|\$|£|usd|eur|chf)|(?:€|\$|£)\s*\d[\d.,]*)\s+(?:for|pour"
    r"|pendant|für|por|per|durante|al|a|par)\s+(?:a|one|un|une|einen|ein|un|uno|um|\w+|\d+)\s+"
    rf"{_PERIOD}|\b\w+\s+{_PERIOD}\s+(?:gratis|kostenlos|free|gratuit\w*|grátis))"
)
_PAID_OFFER = unless_reported(
    re.compile(
        rf"^(?=[^\n]*\b{_OFFER_READING}\b)[^\n]{{0,120}}{_PRICE_PERIOD}\b[^\n]{{0,120}}$",
        re.I,
    )
)
_SHARE_WORD = (
    r"(?:share|distribuie|partage[rz]?|comparte|compartir|teilen|condividi|compartilhe|paylaş"
    r"|поделиться|bagikan|udostępnij|deel|dela|sdílet|zdieľať|podijeli|megosztás|jaa|sangira"
    r"|shiriki|kongsi)"
)
_SHARE_ON = re.compile(
    rf"^{_SHARE_WORD}\s+(?:on|pe|en|sur|auf|su|em|no|di|na|в|через|ke|la|op|på|ve)\s+"
    r"(?:facebook|x|twitter|whatsapp|telegram|linkedin|messenger|e-?mail|vk|threads|bluesky"
    r"|instagram|viber|signal|reddit)$",
    re.I,
)
_SHOW_COMMENTS = re.compile(
    r"^(?:show|see|view|load|prikaži|pokaż|zobrazit|zobraziť|arată|näytä|mostrar|afficher|voir"
    r"|anzeigen|mostra|lihat)\s+(?:[^\s]+\s+){0,2}(?:comments|komentare|komentarze|komentáře"
    r"|komentáre|comentariile|kommentit|comentarios|commentaires|kommentare|commenti|komentar)$",
    re.I,
)
_WRITE_TO_US = unless_reported(
    re.compile(
        r"^[^\n]{0,80}\b(?:write\s+to\s+us|écrivez-nous|escríbanos|escríbenos|schreiben\s+sie\s+uns"
        r"|scriveteci|scrivici|escreva-nos|írjon\s+nekünk|írj\s+nekünk|napisz\s+do\s+nas"
        r"|napiszcie\s+do\s+nas|пишите\s+нам|напишите\s+нам|bize\s+yazın|tulis\s+kepada\s+kami"
        r"|schrijf\s+ons|skriv\s+till\s+oss)\s*[!.]?$",
        re.I,
    )
)
_CJK_RELATED = re.compile(
    r"^(?:相關新聞|相关新闻|関連ニュース|関連記事|相关阅读|相關閱讀|延伸阅读|延伸閱讀|관련\s*기사)\s*[:：]"
    r"[^\n]{2,80}$"
)
_CJK_COPYRIGHT = re.compile(
    r"^(?:版权声明|版權聲明|著作権|저작권|copyright\s+notice)\s*[:：][^\n]{2,300}$", re.I
)
_NO_REUSE = unless_reported(
    re.compile(
        r"^(?=[^\n]*\b(?:articles?|stor(?:y|ies)|content|material|text|photos?|news|haber\w*"
        r"|contenidos?|contenus?|inhalte|contenuti|conteúdos?|материал\w*|berita|artykuł\w*"
        r"|treść\w*|noticias|notícias|notizie|nachrichten)\b)(?=[^\n]*\b(?:without\s+(?:the\s+)?"
        r"(?:prior\s+)?(?:written\s+)?permission|sin\s+(?:el\s+)?(?:permiso|autorización)"
        r"|sans\s+(?:l['’])?autorisation|ohne\s+(?:vorherige\s+)?(?:schriftliche\s+)?genehmigung"
        r"|senza\s+(?:l['’])?autorizzazione|sem\s+(?:a\s+)?autorização|izni\s+alınmadan"
        r"|без\s+(?:письменного\s+)?разрешения|tanpa\s+izin|bez\s+(?:pisemnej\s+)?zgody)\b)"
        r"[^\n]{0,400}$",
        re.I,
    )
)
_BY_NEWSROOM = re.compile(
    r"^[^\n.!?]{0,30}\b(?:a\s+cura\s+della\s+redazione|por\s+la\s+redacción|par\s+la\s+rédaction"
    r"|von\s+der\s+redaktion|by\s+(?:the\s+)?(?:newsroom|staff|editorial\s+team)|pela\s+redação"
    r"|oleh\s+redaksi)$",
    re.I,
)
_SPONSOR_LINE = unless_reported(
    re.compile(
        r"^(?:[^\s]+\s+){0,3}?(?:sponsor|sponsors|sponsored|rėmėjas|rėmėja|sponzor\w*|спонсор\w*"
        r"|patrocinador\w*|patrocinado|parrain\w*|gesponsert|sponsorisé\w*|sponsorizzat\w*)\b"
        r"[^\n]{0,30}?\s[–—:-]\s*"
        # (not an aside between two dashes before a verb: "Sponsor of the bill - Senator <Name>
        # - withdrew her support" is news, review35)
        r"(?![^\n]*\s[–—-]\s+(?-i:[a-zà-ÿ]))[^\n]{2,200}$",
        re.I,
    )
)

# a consent banner: the site naming itself as using cookies, and a choice to accept, refuse or
# set them ("Este periódico usa cookies ... Puede configurarlas o rechazarlas ...")
_OWN_COOKIES = unless_reported(
    re.compile(
        r"^(?:this|our|este|esta|nuestro|nuestra|ce|cette|notre|dieser?|diese|unsere|questo"
        r"|questa|il\s+nostro|o\s+nosso|a\s+nossa|bu|этот|наш|ta|ten|deze|onze|denne|detta)\s+"
        r"(?:[^\s]+\s+){0,2}?(?:site|website|web|página|periódico|diario|journal|page|seite"
        r"|webseite|sito|portal|portale|newspaper|app|sitio|strona|serwis|сайт|sayfa|jornal"
        r"|giornale|zeitung|quotidien)\s+(?:uses|utiliza|usa|utilise|verwendet|nutzt|utilizza"
        r"|kullanır|kullanıyor|использует|używa|gebruikt|använder|bruger|bruker|setzt)\s+"
        r"[^\n]{0,20}?\bcookies?\b(?=[^\n]*\b(?:accept\w*|reject\w*|refus\w*|decline|settings"
        r"|manage|consent\w*|acept\w*|rechaz\w*|configur\w*|gestionar|paramétr\w*|akzeptier\w*"
        r"|ablehn\w*|einstellung\w*|accett\w*|rifiut\w*|aceit\w*|recus\w*|kabul|reddet\w*"
        r"|принять|принима\w*|отклон\w*|akceptuj\w*|odrzu\w*)\b)[^\n]{0,400}$",
        re.I,
    )
)
LONG_KINDS: tuple[Matcher, ...] = (_OWN_COOKIES, _NO_REUSE)


_UPDATED = re.compile(
    r"(?:updated|update|actualizad[oa]|actualización|mis\s+à\s+jour|aktualisiert|aggiornat[oa]"
    r"|atualizad[oa]|güncellen\w*|обновлено|обновлён|diperbarui|cập\s+nhật|ปรับปรุง|更新|uppfært"
    r"|opdateret|oppdatert|uppdaterad|päivitetty|zaktualizowano|aktualizováno|actualizat"
    r"|ažurirano|تحديث|עודכן|published|publicado|publié|veröffentlicht|pubblicato|yayınlanma"
    r"|опубликовано|เผยแพร่|posted)",
    re.I,
)
_CLOCK = re.compile(r"\d{1,2}\s*[:.h時]\s*\d{2}")
_DAYISH = re.compile(
    r"(?<![\d:.-])(?:0?[1-9]|[12]\d|3[01])(?![\d:-])|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|日"
)
_STAMP_SPLIT = re.compile(r"\s+[|·•]\s+|\s*[|]\s*")
_STAMP_PART_WORDS = 5
_STAMP_WORD_CHARS = 14


def _stamp_part(part: str) -> bool:
    tokens = [t.strip(":：,.()（）-–") for t in part.split()]
    tokens = [t for t in tokens if t]
    digits = [t for t in tokens if any(c.isdigit() for c in t)]
    words = [t for t in tokens if not any(c.isdigit() for c in t)]
    return (
        bool(digits)
        and len(words) <= _STAMP_PART_WORDS
        and all(len(w) <= _STAMP_WORD_CHARS for w in words)
    )


def _is_stamp_row(line: str) -> bool:
    """A row of a date with its year and at most a few short words, and a clock or a label's
    colon or an "updated" word, once or twice ("14. maí 2043 kl. 07:32 | Uppfært 14. maí 2043
    kl. 09:05", "تاريخ النشر: 18 أبريل 2042 | آخر تحديث: 18 أبريل 2042", "Cập nhật lúc 07h30
    ngày 06/06/2043"); a live page's bare "3. März 2034, 07:15" between entries stays."""
    text = line.strip()
    if len(text.split()) > _STAMP_WORDS or not _HAS_YEAR.search(text):
        return False
    parts = [p for p in _STAMP_SPLIT.split(text) if p.strip()]
    if not parts or len(parts) > 2 or not all(_stamp_part(p) for p in parts):
        return False
    if not _DAYISH.search(text):
        return False  # a day's number or a numeric date ("Score: 2-1 at 90:00 in 2046" has none)
    labelled = bool(re.match(r"^[^\d:：]{1,30}[:：]", text))
    clocks = len(_CLOCK.findall(text))
    if len(parts) == 2:
        return all(_HAS_YEAR.search(p) or _CLOCK.search(p) for p in parts)
    return clocks >= 2 or (clocks >= 1 and (labelled or bool(_UPDATED.search(text))))


def is_language_switcher(line: str) -> bool:
    """A row naming two or more languages the page is also in, after a label of languages or
    alone ("Release in other languages: Hindi , Tamil , Bengali", "English | हिन्दी | தமிழ்")."""
    text = line.strip()
    found = _LANGUAGES_LABEL.match(text)
    if found:
        items_text = found.group("items")
    else:  # after any short label's colon ("Also available in: English, Español")
        items_text = text.split(":", 1)[1] if ":" in text[:40] else text
    items = [i.strip(" .") for i in re.split(r"\s*[,|·•/]\s*", items_text) if i.strip(" .")]
    if len(items) < 2:
        return False
    return all(i.lower() in _LANGUAGE_NAMES for i in items)


class _Stamp:
    """A stamp row (see ``_is_stamp_row``)."""

    def match(self, line: str) -> bool:
        return _is_stamp_row(line)


class _Switcher:
    def match(self, line: str) -> bool:
        return is_language_switcher(line)


KINDS: tuple[Matcher, ...] = (
    _FUNDER_AND_SAY,
    _COMMENT_COUNT,
    _NO_COMMENTS,
    _REPLY_FORM,
    Rule(_LONE_ASTERISK, _ASTERISK_WORDS),
    _HELD_REPLIES,
    _LIKED_ASK,
    _SHARE_THIS,
    Rule(_READING_TIME, _READING_ROW_WORDS),
    _ISSUE_DATED,
    _PHOTO_CAPTION,
    _RELATED_HEADLINE,
    _SCHEDULE_ASK,
    _GREETING,
    _UNTIL_NEXT,
    _WHY_RECEIVED,
    _WIRE_DATELINE,
    _COUNTERS,
    _COUNTER_WORD,
    _Switcher(),
    _CJK_DATE,
    _POST_FIRST,
    _TRIAL,
    _TELL_US,
    _EDITED_FOR,
    _DATA_LABEL,
    _ROLE_CREDIT,
    _Stamp(),
    _EMAIL_UNPUBLISHED,
    Rule(_COPYRIGHT_SIGN, _COPYRIGHT_WORDS),
    _YES_NO,
    _KIOSK,
    _PRINTED_ISSUE,
    _JUST_REPLY,
    _WATCH_LIVE_APP,
    _FULL_COVERAGE,
    _PLAYER,
    _TODAYS_ISSUE,
    _POSTED_BY,
    _SOURCE_LABEL,
    _CTRL_ENTER,
    _WELCOME_EDITION,
    _FOLLOW_FOR_NEW,
    _FORWARD_THIS,
    _NOT_YET_SUBSCRIBED,
    _PAID_OFFER,
    _SHARE_ON,
    _SHOW_COMMENTS,
    _WRITE_TO_US,
    DespacedRule(_CJK_RELATED),
    DespacedRule(_CJK_COPYRIGHT),
    _BY_NEWSROOM,
    _SPONSOR_LINE,
)
