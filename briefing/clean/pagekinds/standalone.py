"""Kinds that stand alone on a line, read by a shape that holds across languages (junk37):

- a trial or introductory offer: a price, a period and a trial, first-period or
  no-commitment word ("1 € le premier mois, sans engagement", "$1 a week for the first year");
- a date alone, with a weekday or one word before it ("1 aprile 2049", "Mittwoch, 2. April
  2049"), in the month names of many languages;
- a byline alone, "by" in the page's language and a name ("di Chiara Rossi", "oleh Budi
  Santoso");
- a CJK page's delivery stamp (a clock, then "配信"/"发布") and its source stamp ("来源：" after a
  date or opening the line), a portal's note that a post's views are not its own;
- "this article first appeared on ...", in many languages;
- a letter's "not displaying correctly? view it in your browser";
- a button to report the article;
- an app's push-notification ask in the page's voice;
- a label of the page's most-read or next list with its headline after a colon ("Most read:
  ...", "Lo más leído: ...");
- a live page's own instructions ("tap an entry's time to copy its link", "new entries load on
  their own");
- an audio version's length ("Audio of this article: 3 min").

A sentence of news that shares words with one of these stays: it reports (said, announced), or
goes on past the kind's shape ("The newspaper will cost €2.50 from next month, its publisher
said.").
"""

from __future__ import annotations

import re

from briefing.clean.pagekinds.common import NAME, DespacedRule, Matcher, Rule
from briefing.clean.vocabulary import unless_reported

__all__ = ["KINDS"]

# -- a trial or introductory offer -------------------------------------------------------------
_PRICE = (
    r"(?:(?:[€$£¥₹₽₺]|R\$|US\$|CHF|Rp\.?)\s?\d+(?:[.,]\d{1,2})?"
    r"|\d+(?:[.,]\d{1,2})?\s?(?:[€$£¥₹₽₺]|euros?|eur|usd|chf|dólares|reais|pesos|рубл\w*|руб\.?"
    r"|tl|lira|rupiah|zł))"
)
_PERIOD = (
    r"(?:months?|weeks?|years?|days?|mois|semaines?|(?<=par\s)an|ans|années?|monat\w*|wochen?|jahr\w*|tage?"
    r"|mes(?:es)?|semanas?|años?|días?|mese|mesi|settiman[ae]|anno|anni|giorni|mês|meses|ano|anos"
    r"|dias|maand(?:en)?|jaar|dagen|месяц\w*|недел\w*|год\w*|дн\w*|ay|hafta|yıl|gün|bulan|minggu"
    r"|tahun|hari|miesi\w+|tydzie\w+|rok)"
)
_FIRST_PERIOD = (
    rf"(?:first|premier|première|ersten?|primer|primera|primeros|primo|primi|prima|primeiro"
    rf"|primeiros|eerste|перв\w+|ilk|pertama|pierwsz\w+)\s+(?:\w+\s+)?{_PERIOD}"
)
# the reader's own first period ("your first month", "tu primer mes", "Ihren ersten Monat")
_YOURS = (
    r"(?:your|tus?|ton|ta|tes|votre|vos|dein\w*|ihr\w*|tuoi|tua|sua|seus?|teus?|jouw|uw|ваш\w*"
    r"|senin|twój|twoje)"
)
# a trial, leaving when one likes, a special offer or a subscribe ask: the offer's own words, not a
# price told in the news ("a lease offer worth $420,000 a year"); a first period is the offer's
# only in the reader's voice ("for your first three months"), on a line that is no sentence or
# in a dozen words at most ("Just €1 a month for the first 3 months."): a longer sentence of
# news tells one ("Disney+ launched a tier at $7.99 a month, with the first month free.";
# review40)
_TRIAL = (
    r"(?:cancel\s+(?:any\s*time|at\s+any\s+time|whenever)|no\s+commitment"
    r"|sans\s+engagement|résiliable\s+à\s+tout\s+moment|(?:jederzeit|monatlich)\s+kündbar"
    r"|sin\s+permanencia|cancela\s+(?:cuando\s+quieras|en\s+cualquier\s+momento)"
    r"|senza\s+vincol\w*|disdici\s+(?:quando\s+vuoi|in\s+qualsiasi\s+momento)"
    r"|cancele\s+quando\s+quiser|sem\s+fidelização|(?:op\s+elk\s+moment|maandelijks)\s+opzegbaar"
    r"|отмен\w*\s+(?:можно\s+)?в\s+любой\s+момент|istediğin(?:iz)?\s+zaman\s+iptal"
    r"|(?:batalkan|dibatalkan)\s+kapan\s+saja|free\s+trial|try\s+(?:it\s+)?(?:for|free|now)|testen"
    r"|essai\s+gratuit|à\s+l['’]essai|essayez|prueba\s+gratis|pruébalo|provalo|prova\s+gratis"
    r"|experimente|probeer\s+(?:gratis|nu)|попробуйте|dene|coba\s+gratis"
    r"|special\s+offer|offre\s+spéciale|sonderangebot|oferta\s+especial|offerta\s+speciale"
    r"|speciale\s+aanbieding|специальное\s+предложение|özel\s+teklif|penawaran\s+(?:spesial"
    r"|khusus)|subscribe|abonnez-vous|jetzt\s+abonnieren|suscríbete|suscríbase|assine|(?<!\w\s)abbonati"
    r"|abonneer|подпишитесь|abone\s+olun?|berlangganan(?:lah)?\s+sekarang)"
)
_OFFER = unless_reported(
    re.compile(
        rf"^(?=.*{_PRICE}(?:\s+\S+){{0,5}}?\s+\S*{_PERIOD}\b|.*(?<!\w){_PERIOD}(?:\s+\S+){{0,5}}?"
        rf"\s+{_PRICE})(?=.*(?<!\w){_TRIAL}(?!\w)|.*(?<!\w){_YOURS}\s+{_FIRST_PERIOD}(?!\w)"
        rf"|(?=.*(?<!\w){_FIRST_PERIOD}(?!\w))(?:.*[^.!?…\s]\s*$|\S+(?:\s+\S+){{0,11}}\s*$))"
        r"(?!.*\b(?:will|would|raised?|rais(?:es|ing)|rose|rises|increas\w*|hik\w*|cuts?|costs?"
        r"|charge[sd]?|pays?|paid|offers|offered|offering|launch(?:es|ed)|costerà|costeranno"
        r"|cuesta|cuestan|costará|kostet|kosten|kostete|coûte\w*|custa|custará|ofrece\w*|ofreció"
        r"|sube|subirá|subió|augmente\w*|augmentera|passera|steigt|stieg"
        r"|erhöht\w*|aumenta\w*|aumentou|sobe|subiu|повыс\w*|вырос\w*|artt?ı|naik)\b)"
        r"[^\n]{0,200}$",
        re.I,
    )
)

# -- a date alone ------------------------------------------------------------------------------
_MONTHS = (
    r"(?:jan(?:uary|uar|uari|vier)?|feb(?:ruary|ruar|ruari|bruaio)?|febr?\.?|mar(?:ch|s|zo|ço|et|t|ts"
    r"|tie)?|m[äa]rz|maart|apr(?:il|ile|ilie)?|avril|abril|aprile|ma[iy]|mai|mayo|maggio|maio|mei"
    r"|jun[ie]?|juin|junio|giugno|junho|juni|jul[iy]?|juillet|julio|luglio|julho|juli|aug(?:ust"
    r"|ustus)?|août|agosto|agustus|sep(?:t(?:ember|embre|iembre|embro)?)?|setiembre|settembre"
    r"|setembro|oct(?:ober|obre|ubre)?|okt(?:ober)?|ottobre|outubro|nov(?:ember|embre|iembre"
    r"|embro)?|novembre|dec(?:ember)?|dez(?:ember)?|décembre|diciembre|dicembre|dezembro|desember"
    r"|disember|enero|febrero|janvier|février|gennaio|janeiro|fevereiro|januari|februari|maret"
    r"|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"
    r"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października"
    r"|listopada|grudnia|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября"
    r"|ноября|декабря|enero|pebrero|marso|abril|hunyo|hulyo|setyembre|oktubre|nobyembre"
    r"|disyembre|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie"
    r"|decembrie)\.?"
)
# (a date with a clock stays: a live page stamps its entries so, "3. März 2034, 07:15")
_DATE_ALONE = re.compile(
    rf"^(?:[^\W\d_]+\.?,?\s+)?(?:\d{{1,2}}\.?\s+(?:de\s+)?{_MONTHS},?\s+(?:de\s+)?\d{{4}}"
    rf"|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}})\.?$",
    re.I,
)

# -- a byline alone: "by" in the page's language, then a name ------------------------------------
_BY_ALONE = re.compile(
    rf"^(?:di|por|par|von|door|oleh|av|af|od|от|tarafından|ni|nga|ng|kwa|na)\s+{NAME}"
    rf"(?:[\s-]+{NAME}){{1,3}}$"
)

# -- a CJK page's delivery and source stamps; a portal's "views not ours" ------------------------
_CJK_STAMP = DespacedRule(
    re.compile(
        # (a stamp gives the day before its clock: "新政策于10:00发布" is a sentence; review40)
        r"^[^。！？]{0,30}?(?:\d{1,4}\s*[/／.\-年月]\s*\d{1,2}|\d{1,2}\s*日)[^。！？]{0,16}?"
        r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:配信|配信日時|公開|更新|発信|发布|發布|发表)$"
        r"|^(?:[\d\s/年月日:：.\-（）()月火水木金土]{6,30}\s*)?(?:来源|來源|出典|出处|出處)\s*[:：]"
        r"[^。！？]{1,30}$"
        r"|^(?:发布时间|發布時間|配信日時|更新日時|公開日時|发表时间)\s*[:：]\s*[\d\s/年月日:：.\-]{6,30}$"
        r"|不代表本(?:站|网|網|平台|门户|門戶|网站|網站|报|報|社|刊)?的?(?:观点|觀點|立场|立場)"
    )
)

# -- "this article first appeared on ..." -------------------------------------------------------
_RAN = (
    r"(?:published|appeared|ran|posted|publiée?|parue?|erschien|erschienen|veröffentlicht"
    r"|publicad[oa]|publicó|apareció|apareceu|pubblicat[oa]|appars[oa]|gepubliceerd|verscheen"
    r"|опубликован\w*|вышл?[аио]?|opublikowan\w*|ukazał\w*|yayımlandı|yayınlandı|terbit"
    r"|diterbitkan|dimuat|tayang)"
)
_FIRST = (
    r"(?:first|originally|initially|initialement|d['’]abord|originellement|à\s+l['’]origine"
    r"|pour\s+la\s+première\s+fois|zuerst|ursprünglich|erstmals|originalmente|inicialmente"
    r"|por\s+primera\s+vez|originariamente|inizialmente|per\s+la\s+prima\s+volta"
    r"|pela\s+primeira\s+vez|eerder|eerst|oorspronkelijk|впервые|первоначально|изначально"
    r"|pierwotnie|po\s+raz\s+pierwszy|ilk\s+(?:olarak|kez)|pertama\s+kali|awalnya)"
)
_TEXT = (
    r"(?:article|story|post|piece|column|essay|interview|report|review|op-ed|newsletter|feature"
    r"|version|text|artikel|beitrag|bericht|kolumne|artículo|texto|nota|columna"
    r"|reportaje|entrevista|articolo|pezzo|testo|intervista|rubrica|artigo|matéria|coluna"
    r"|reportagem|tulisan|berita|opini|stuk|статья|материал|текст|tekst|artykuł|yazı"
    r"|haber|makale|chronique|entretien|billet|tribune|enquête|content|contenido|contenu|inhalt"
    r"|contenuto|conteúdo|konten|notizia|noticia|nouvelle|nachricht|episode|episodio|épisode"
    r"|folge|podcast|video|vídeo|analysis|análisis|analyse|analisi|análise|commentary|comentario"
    r"|commentaire|kommentar|commento|comentário|editorial|editoriale|blog|letter|carta|lettre"
    r"|lettera|reportage|dispatch|excerpt|extract|extrait|auszug|extracto|estratto|adaptation)"
)
_FIRST_RAN = unless_reported(
    re.compile(
        # a text named ("The original ...", "Artikel ini ...", "L'article ..."), or a
        # demonstrative and a text ("this story", "questo pezzo") or alone before the verb ("This
        # first appeared in ..."): "This variant first appeared in South Africa" is news (review40)
        r"^(?:(?:the\s+(?:original|article)|(?:artikel|tulisan|berita|konten|opini)\s+ini|l['’]articolo|l['’]article"
        r"|o\s+artigo|el\s+artículo|der\s+artikel|der\s+beitrag|het\s+artikel)\b"
        r"|(?:this|cet|ce|cette|dieser|diese|dieses|este|esta|questo|questa|bu|deze|dit|эта|этот"
        rf"|данн\w+|ten|ta)(?:(?:\s+[^\W\d_]+){{0,2}}?\s+{_TEXT}\b|(?=\s+(?:{_FIRST}|was|has|had"
        r"|is|est|a|wurde|ist|fue|ha|è|é|foi|werd|был\w*|został\w*)\b)))"
        rf"[^\n]{{0,60}}?(?:\b{_RAN}\b[^\n]{{0,15}}?{_FIRST}|{_FIRST}\b[^\n]{{0,60}}?\b{_RAN})\b"
        # ... then where: a few words, no year, no second clause ("... in 2015 and is updated
        # every year", "... auf der Liste, dann wurde er gestrichen", "... di sebuah blog yang
        # kemudian viral": a relative word opens one; review40)
        r"(?!\s+(?:in\s+)?\d)(?:\s+(?!(?:which|who|that|yang|que|qui|dont|che|cui|welche[rs]?"
        r"|который|которая|które)\b)[^\s,;]+){0,7}?[.!]?$",
        re.I,
    )
)

# -- a letter's "not displaying correctly? view it in your browser" --------------------------------
_IN_BROWSER = re.compile(
    r"(?:not\s+display(?:ing)?\s+(?:correctly|properly)|trouble\s+viewing|can['’]t\s+see\s+this"
    r"|problems?\s+viewing)[^\n]{0,40}(?:e-?mail|newsletter|message)"
    r"|^(?:[^\n]{0,60}[?？]\s*)?(?:view|read|open|see)\s+(?:it|this\s+(?:e-?mail|newsletter|issue)"
    r"|the\s+web\s+version|online)\s+in\s+(?:your|a|the)\s+(?:web\s+)?browser\.?$"
    r"|^(?:[^\n]{0,60}[?？]\s*)?(?:voir|afficher|lire)\s+(?:la\s+version\s+(?:en\s+ligne|web)"
    r"|dans\s+(?:le|votre)\s+navigateur)\.?$|im\s+browser\s+(?:ansehen|anzeigen|öffnen|lesen)"
    r"|ver\s+(?:en\s+(?:el|tu|su)|no)\s+navegador|velo\s+en\s+tu\s+navegador"
    r"|visualizza(?:la)?\s+nel\s+(?:tuo\s+)?browser|bekijk\s+(?:in|deze\s+e-?mail\s+in)\s+(?:je|uw)"
    r"\s+browser|открыть\s+в\s+браузере|tarayıcıda\s+görüntüle|lihat\s+di\s+(?:peramban|browser)",
    re.I,
)

# -- a button to report the article --------------------------------------------------------------
_REPORT = re.compile(
    r"^(?:report|flag|signaler|melden|denunciar|reportar|segnala(?:re)?|пожаловаться\s+на"
    r"|şikayet\s+et|laporkan|zgłoś)\s+(?:this\s+|cet\s+|diesen\s+|den\s+|este\s+|questo\s+"
    r"|l['’]|o\s+|esta\s+|bu\s+|ini\s+)?(?:article|story|post|artikel|artículo|articolo|artigo"
    r"|matéria|статью|пост|haberi|berita|artykuł)(?:\s+ini)?$"
    r"|^(?:記事に関する報告|この記事を報告する?|违规举报|举报|舉報|신고하기)$",
    re.I,
)
_REPORT_DESPACED = DespacedRule(
    re.compile(r"^(?:記事に関する報告|この記事を報告する?|违规举报|举报|舉報|신고하기)$")
)

# -- an app's push-notification ask in the page's voice -------------------------------------------
_PUSH = unless_reported(
    re.compile(
        r"^(?=[^\n]*(?:push|notifica\w*|benachrichtigung\w*|mitteilung\w*|уведомлени\w*|bildirim\w*"
        r"|notifikasi|alert\w*|alerta\w*))"
        r"(?=[^\n]*\b(?:app|apps|appli|application|aplicación|aplicativo|applicazione|приложени\w*"
        r"|uygulama\w*|aplikasi)\b)"
        # ... the page's own app or its news: a government's app that sends warnings is news
        # ("Descarga la aplicación del Gobierno para recibir alertas de incendios"; review40)
        r"(?=[^\n]*\b(?:our|nuestr[oa]s?|notre|nos|unser\w*|nostr[aoie]|noss[oa]s?|kami|наш\w*"
        r"|news|noticias|actualités|infos|nachrichten|notizie|notícias|berita|новост\w*|haber\w*"
        r"|breaking|última\s+hora|dernière\s+minute|eilmeldung\w*|ultim['’]ora|urgente)\b)"
        r"(?:get|receive|download|enable|turn\s+on|recibe|descarga|activa|recevez|téléchargez"
        r"|activez|erhalten\s+sie|laden\s+sie|aktivieren\s+sie|ricevi|scarica|attiva|receba|baixe"
        r"|ative|получайте|скачайте|включите|alın|indirin|açın|dapatkan|unduh|aktifkan)\b"
        r"[^\n]{0,160}$",
        re.I,
    )
)
_PUSH_CJK = DespacedRule(
    re.compile(
        r"^[^。]{0,20}アプリ[^。]{0,20}プッシュ通知[^。]{0,20}(?:受け取|届|お知らせ)[^。]{0,12}$"
    )
)

# -- a most-read or next-list label with its headline after a colon --------------------------------
_LIST_LABEL = re.compile(
    r"^(?:most\s+(?:read|viewed|popular|shared|watched)|trending(?:\s+now)?|popular\s+now"
    r"|next(?:\s+long)?\s+read|up\s+next|read\s+our\s+(?:guide|explainer)"
    r"|lo\s+más\s+(?:leído|visto)|más\s+le[ií]d[oa]s?|les\s+plus\s+(?:lus|partagés|populaires)"
    r"|meistgelesen|am\s+meisten\s+gelesen|più\s+lett[ie]|i\s+più\s+letti|mais\s+lid[ao]s?"
    r"|самое\s+читаемое|популярное|en\s+çok\s+okunan(?:lar)?|terpopuler|paling\s+banyak\s+dibaca"
    r"|meest\s+gelezen|najczęściej\s+czytane)\s*[:：]\s*\S[^\n]{3,140}$",
    re.I,
)
_NO_STOP = re.compile(r"[^.!?…]$")

# -- a live page's own instructions ----------------------------------------------------------------
_LIVE_HOWTO = unless_reported(
    re.compile(
        r"^(?:tap|click|press|select)\s+(?:on\s+)?(?:an?|the|any|each|this|here)\b[^\n]{0,60}\bto"
        r"\s+(?:copy|share|pause|resume|link|refresh|load|see|expand)\b[^\n]{0,40}$"
        r"|^[^\n]{0,30}\b(?:entries|posts|updates|new\s+posts)\s+(?:appear|load|arrive|refresh"
        r"|update)\s+(?:on\s+their\s+own|automatically)\b[^\n]{0,60}$",
        re.I,
    )
)

# -- an audio version's length ---------------------------------------------------------------------
_AUDIO_LENGTH = re.compile(
    r"^[^\n]{0,40}\b(?:audio|listen|écouter|anhören|escuchar|ascolta\w*|ouvir|слушать|dinle\w*"
    r"|dengarkan)\b[^\n]{0,30}\b(?:this|the|cet|cette|dieses|este|esta|questo|questa|bu|этот"
    r"|эту|ini)?\s*(?:page|article|story|artikel|artículo|articolo|artigo|статью|haberi)\b"
    r"[^\n]{0,10}[:：·-]\s*\d{1,2}\s*(?:min\w*|мин\w*|dk|dakika)\.?$",
    re.I,
)


# -- the page's notes: the writer's views are the writer's own, no liability for decisions, a
# tip line's number, delayed quotes, a link's "opens in a new tab", a follow button ------------
_VIEWS_OWN = re.compile(
    r"^(?:the\s+)?(?:views|opinions)\s+expressed\b[^\n]{0,80}?\b(?:are|is)\s+(?:solely\s+)?"
    r"(?:those\s+of\s+the|the|their)\s+(?:author|writer|contributor|columnist|own)"
    r"|^(?:les\s+)?opinions\s+exprimées\b[^\n]{0,80}?(?:n['’]engagent\s+que|sont\s+celles\s+d)"
    r"|^(?:las\s+)?opiniones\s+expresadas\b[^\n]{0,80}?(?:son\s+(?:responsabilidad|de\s+exclusiva"
    r"|exclusiva)|no\s+reflejan)|^(?:le\s+)?opinioni\s+espresse\b[^\n]{0,80}?(?:sono\s+(?:dell['’]"
    r"|degli|personali|esclusivamente)|non\s+riflettono)|^(?:as\s+)?opiniões\s+expressas\b[^\n]"
    r"{0,80}?(?:são\s+(?:de\s+(?:responsabilidade|inteira)|d[oa]s?\s+autor)|não\s+refletem)"
    r"|^(?:die\s+)?(?:hier\s+)?geäußerten\s+meinungen\b[^\n]{0,80}?(?:sind\s+die|geben\s+(?:nicht"
    r"\s+)?(?:unbedingt\s+)?die)|мнение\s+(?:автора|редакции)\s+может\s+не\s+совпадать"
    r"|görüşler\w*\s+yazar\w*\s+aittir|tanggung\s+jawab\s+(?:sepenuhnya\s+)?(?:penulis|pribadi)",
    re.I,
)
_NOT_LIABLE = unless_reported(
    re.compile(
        r"(?:not\s+(?:be\s+)?(?:liable|responsible)|accepts?\s+no\s+(?:liability|responsibility)"
        r"|ne\s+saurait\s+être\s+tenue?\s+(?:pour\s+)?responsable|no\s+se\s+(?:hace|responsabiliza)"
        r"|übernimmt\s+keine\s+haftung|non\s+(?:si\s+assume|è)\s+responsabil\w*|não\s+se"
        r"\s+responsabiliza)\s+(?:for|de|des|del|für|per|pelas?|pelos?|por)\s+(?:any\s+|las\s+|les\s+"
        r"|le\s+|as\s+|os\s+)?(?:\w+\s+){0,3}(?:decisions|décisions|decisiones|entscheidungen"
        r"|decisioni|decisões|anlageentscheidungen)\b",
        re.I,
    )
)
# ... the page's own: its reader's investments, decisions made on what it prints, or the page or
# its publisher speaking ("Under the new law, platforms are not liable for decisions taken by
# their algorithms." is news; review40)
_PAGES_DECISIONS = re.compile(
    r"invest|anlage|trading|financ|finanz|inversi|based\s+on|made\s+on|on\s+the\s+basis"
    r"|taken\s+on|sur\s+la\s+base|basad[ao]s?\s+en|auf\s+(?:der\s+)?grundlage|sulla\s+base"
    r"|com\s+base|\b(?:this|these|we|our|nous|notre|wir|unser\w*|noi|nostr\w+|nosotros"
    r"|nuestr\w+|nós|nosso\w*)\b|publisher|author|auteur|autor|editor|éditeur|verlag|redac|redaz",
    re.I,
)
_TIP_LINE = re.compile(
    # (not the police's or a hotline's appeal: "Hinweise an die Kriminalpolizei: 0711 ...";
    # review40)
    r"^(?![^\n]*(?:\b(?:polic\w*|polizia|carabinieri|guardia\s+civil|gendarm\w*|detectives?"
    r"|investigators?|ermittl\w*|crime\s*stoppers|sheriff\w*|disque-denúncia)\b|polizei))"
    r"(?:got\s+a\s+(?:news\s+)?(?:tip|story)|have\s+a\s+(?:news\s+)?(?:tip|story)|(?:news\s+)?tips?"
    r"|tip-?offs?|story\s+ideas?|¿?tienes\s+una\s+(?:pista|denuncia|historia)|vous\s+avez\s+une"
    r"\s+info(?:rmation)?|une\s+info|haben\s+sie\s+(?:einen\s+)?hinweis|hinweise|hai\s+una"
    r"\s+segnalazione|segnalazioni|tem\s+uma\s+(?:denúncia|pauta|dica)|denúncias?|punya\s+info"
    # ... then a colon before the number, or the newsroom named ("Have a tip? Call the harbour
    # police's hotline at ..." is someone else's line)
    r"|есть\s+новость|haber\s+ihbar\w*)\b(?:[^\n]{0,40}?[:：]\s*|[^\n]{0,60}?\b(?:our|us|newsdesk"
    r"|news\s+desk|newsroom|desk|rédaction|redacción|redaktion|redazione|redação|редакци\w*"
    r"|redaksi)\b[^\n]{0,30}?)\+?\d[\d\s().-]{6,}\d\b[^\n]{0,40}$",
    re.I,
)
_DELAYED_QUOTES = unless_reported(
    re.compile(
        # (not what happened on a day: "Prices were delayed for 15 minutes after a power cut",
        # "Las cotizaciones llegaron con 15 minutos de retraso por un fallo"; review40)
        r"^(?![^\n]*\b(?:was|were|had|wurden|wurde|waren|fueron|llegaron|furono|sono\s+(?:state"
        r"|arrivate)|erano|ont\s+été|étaient|foram|chegaram|after|due\s+to|because|wegen|aufgrund"
        r"|nach\s+einer|por\s+(?:un|una)|per\s+(?:un|una)|à\s+cause|après|em\s+razão)\b)"
        r"(?=[^\n]*(?:\d+\s*(?:minutes?|mins?|minutos|minuti|minuten|минут\w*|dakika|menit)"
        r"|quarter[-\s]hour|quart\s+d['’]heure|viertelstunde|real\s+time))"
        r"[^\n]{0,20}?\b(?:quotes|prices|stock\s+data|market\s+data|data|cotizaciones|cours"
        r"|kurse|quotazioni|cotações|котировки|fiyatlar|kurs)\b[^\n]{0,60}?\b(?:delayed|behind"
        r"|différés?|en\s+différé|verzögert|zeitverzögert|ritardat[eio]|de\s+retraso|de\s+atraso"
        r"|com\s+atraso|с\s+задержкой|gecikmeli|tertunda)\b[^\n]*$",
        re.I,
    )
)
# a link's note that it opens a new window or tab, in the platform's translations (WordPress's
# share buttons: "Click to share on X (Opens in new window)", "Cliquez pour partager sur
# Facebook(ouvre dans une nouvelle fenêtre)", "Kliknij, aby udostępnić na Facebooku (Otwiera się
# w nowym oknie)")
_NEW_TAB = re.compile(
    r"\((?:[^()]{0,30},\s*)?(?:opens\s+in\s+(?:a\s+)?new\s+(?:tab|window)|(?:s['’])?ouvre\s+dans"
    r"\s+(?:un\s+|une\s+)?nouv(?:el|elle)\s+(?:onglet|fenêtre)|öffnet\s+(?:sich\s+)?in\s+"
    r"(?:einem\s+)?neuen\s+(?:tab|fenster)|wird\s+in\s+(?:einem\s+)?neuen\s+(?:tab|fenster)\s+"
    r"geöffnet|se\s+abre\s+en\s+(?:una\s+)?(?:nueva\s+(?:pestaña|ventana)|(?:pestaña|ventana)"
    r"\s+nueva)|(?:si\s+)?apre\s+in\s+(?:una\s+)?nuova\s+(?:scheda|finestra)|abre\s+(?:em|numa)"
    r"\s+(?:nova\s+(?:aba|janela|guia)|(?:aba|janela|guia)\s+nova)|opent\s+in\s+(?:een\s+)?nieuw"
    r"\s+(?:tabblad|venster)|wordt\s+(?:geopend\s+)?in\s+een\s+nieuw\s+(?:tabblad|venster)"
    r"|открывается\s+в\s+новом?\s+(?:вкладке|окне)|відкривається\s+в?у?\s+нов(?:ому|ій)\s+"
    r"(?:вікні|вкладці)|yeni\s+(?:sekmede|pencerede)\s+açılır|otwiera\s+się\s+w\s+nowym\s+oknie"
    r"|otwiera\s+się\s+w\s+nowej\s+karcie|otevře\s+se\s+v\s+novém\s+(?:okně|panelu)"
    r"|otvorí\s+sa\s+v\s+novom\s+okne|öppnas\s+i\s+(?:ett\s+nytt\s+fönster|en\s+ny\s+flik)"
    r"|åbner\s+i\s+(?:et\s+nyt\s+vindue|en\s+ny\s+fane)|åpnes\s+i\s+(?:et\s+nytt\s+vindu"
    r"|en\s+ny\s+fane)|avautuu\s+uudessa\s+(?:ikkunassa|välilehdessä)|se\s+deschide\s+într-o"
    r"\s+(?:fereastră|filă)\s+nouă|(?:membuka|dibuka|terbuka)\s+di\s+(?:jendela|tab|tetingkap)"
    r"\s+(?:yang\s+)?baru|új\s+(?:ablakban|lapon)\s+nyílik(?:\s+meg)?|otvara\s+se\s+u\s+novom"
    r"\s+(?:prozoru|tabu)|odpre\s+se\s+v\s+novem\s+oknu|ανοίγει\s+σε\s+νέο\s+παράθυρο"
    r"|s['’]obre\s+en\s+una\s+(?:finestra|pestanya)\s+nova)\)\.?$",
    re.I,
)
_FOLLOW_BUTTON = DespacedRule(
    re.compile(
        r"^[+＋]\s*(?:follow|seguir|suivre|folgen|segui|volgen|подписаться|takip\s+et|ikuti"
        r"|obserwuj|关注|關注|フォロー|팔로우|구독)$",
        re.I,
    )
)
# a broadcaster's "our news also streams on YouTube" (Japanese pages)
_ALSO_STREAMS = DespacedRule(
    re.compile(
        r"^[^。]{0,30}(?:YouTube|TVer|ABEMA|ニコニコ|公式サイト|アプリ)\s*で(?:も)?(?:配信中|配信して"
        r"(?:い)?ます|ご覧いただけます|ご覧になれます)[。!！]?$"
    )
)


class _Gated:
    """A kind tried only on a line with what every line of the kind has (a figure, a CJK
    character, one of a few words): a cheap check first, so that the kind's longer pattern runs
    on few lines."""

    def __init__(self, gate: re.Pattern[str], kind: Matcher) -> None:
        self._gate = gate
        self._kind = kind

    def match(self, line: str) -> bool:
        return bool(self._gate.search(line) and self._kind.match(line))


_DIGIT = re.compile(r"\d")
# (every price has a currency's sign, code or word)
_CURRENCY = re.compile(r"[€$£¥₹₽₺]|chf|rp|eur|usd|dólares|reais|pesos|руб|tl|lira|rupiah|zł", re.I)
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


class _Labelled:
    """A list's label and its headline: no sentence's end after the headline."""

    def match(self, line: str) -> bool:
        return len(line.split()) <= 22 and bool(_LIST_LABEL.match(line) and _NO_STOP.search(line))


KINDS: tuple[Matcher, ...] = (
    _Gated(_CURRENCY, _Gated(_DIGIT, Rule(_OFFER, 25))),
    _Gated(_DIGIT, Rule(_DATE_ALONE, 8)),
    Rule(_BY_ALONE, 5),
    _Gated(_CJK_CHAR, _CJK_STAMP),
    Rule(_FIRST_RAN, 30),
    _Gated(
        re.compile(
            r"mail|newsletter|message|browser|ligne|version\s+web|navigat|navegador|браузер"
            r"|tarayıcı|peramban",
            re.I,
        ),
        Rule(_IN_BROWSER, 20),
    ),
    Rule(_REPORT, 5),
    _Gated(_CJK_CHAR, _REPORT_DESPACED),
    _Gated(re.compile(r"app|aplic|приложени|uygulama|aplikasi", re.I), Rule(_PUSH, 25)),
    _Gated(_CJK_CHAR, _PUSH_CJK),
    Rule(_LIVE_HOWTO, 20),
    _Gated(_DIGIT, Rule(_AUDIO_LENGTH, 12)),
    _Labelled(),
    _Gated(
        re.compile(
            r"expressed|exprimées|expresadas|espresse|expressas|geäußerten|мнение|görüş|tanggung",
            re.I,
        ),
        Rule(_VIEWS_OWN, 40),
    ),
    _Gated(
        re.compile(r"decis|décis|entscheidung", re.I),
        _Gated(_PAGES_DECISIONS, Rule(_NOT_LIABLE, 40)),
    ),
    _Gated(_DIGIT, Rule(_TIP_LINE, 20)),
    _Gated(
        re.compile(r"min|минут|dakika|menit|quarter|quart\s+d|viertelstunde|real\s+time", re.I),
        Rule(_DELAYED_QUOTES, 20),
    ),
    Rule(_NEW_TAB, 20),
    _Gated(re.compile(r"^\s*[+＋]"), _FOLLOW_BUTTON),
    _Gated(_CJK_CHAR, _ALSO_STREAMS),
)
