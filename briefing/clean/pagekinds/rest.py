"""A page's gate on the rest of its piece and its post's small rows, in the page's language:

- the rest of the piece for members, subscribers or registered readers: a word for the rest,
  the continuation or the full version ("lire la suite", "Полная версия материала", "続きを読む
  には", "阅读全文") and a word of the gate (a subscription, members, registering, an offer)
  in one short line ("Vous souhaitez lire la suite ? Découvrez nos offres numériques.",
  "続きを読むには会員登録（無料）が必要です", "Полная версия материала доступна подписчикам
  журнала. Оформить подписку"); or the piece itself named with the gate ("Dieser Artikel ist
  Teil unseres Abos.", "この記事は会員限定です。"); a writing platform's "Upgrade to paid";
- a blog's post navigation with the other post's headline ("Previous Post: <headline>",
  "Artículo anterior", "Vorheriger Beitrag"), and a platform's "Published in <Publication>";
- the opinion page's note that the writer's view is not the editors' ("Мнение автора может не
  совпадать с позицией редакции.", "Les opinions exprimées n'engagent que leur auteur.");
- "follow the writer" and "about the writer" labels ("著者フォロー", "लेखक के बारे में:");
- a reader's question and where to send the news, a live page's own state (who updates it,
  that it has ended), a correction's label with its day ("Fixed 20 January: this piece ...");
- an app's download ask, the newsroom reachable by a form, a comment form's "your e-mail will
  not be published", a Japanese or Chinese byline ending in "reporter";
- a partner's content republished ("Conteúdo publicado originalmente pelo parceiro ..."), the
  desk's line with its partner ("Da redação, com ..."), a byline with its agency ("Par <Name>
  avec <Agency>").

A report of a wall or a price stays: a verb of saying, or a line longer than a page's row (the
kinds are matched as whole lines of up to ``pagekinds``' word limit).
"""

from __future__ import annotations

import re

from briefing.clean.vocabulary import REPORTED, unless_reported

__all__ = ["KINDS", "is_rest_gated"]


# the rest, the continuation or the full version of the piece
_REST = (
    r"(?:the\s+rest\s+of\s+(?:this|the)\s+(?:article|story|piece|post)|read\s+the\s+(?:full|whole"
    r"|complete)\s+(?:article|story|piece|post)|(?:continue|keep)\s+reading|full\s+version|(?:lire|voir)\s+la\s+suite"
    # (the ask to read on, as Substack-style and other walls print it in their languages:
    # "Continuez à lire avec un essai gratuit", "Sigue leyendo con ...", "Continue lendo ...")
    r"|continue[rz]?\s+(?:à\s+lire|la\s+lecture)|poursuiv(?:ez|re)\s+(?:la\s+)?lecture"
    r"|(?:sigue|seguí|continúa)\s+leyendo|continu[ae]\s+lendo|l['’]intégralité|(?:la\s+)?version\s+intégrale"
    r"|(?:seguir|continuar)\s+(?:leyendo|lendo|a\s+ler)|el\s+resto\s+de\s+(?:la\s+nota|el\s+artículo"
    r"|esta\s+nota)|(?:la\s+)?(?:versión|nota)\s+completa|(?:artículo|texto|matéria|artigo"
    r"|articolo|testo)\s+complet[oa]|(?:a\s+)?versão\s+completa|continua(?:re)?\s+a\s+leggere"
    r"|versione\s+integrale|weiter(?:zu)?lesen|den\s+(?:ganzen|vollständigen)\s+(?:artikel|text"
    r"|beitrag)|verder\s+(?:te\s+)?lezen|(?:het\s+)?volledige\s+artikel|полн(?:ая|ую)\s+верси\w+"
    r"|полный\s+текст|читать\s+(?:далее|дальше)|дочита\w+|повн(?:а|у)\s+версі\w+|повний\s+текст"
    r"|pełn[aą]\s+wersj\w+|cał(?:y|ego)\s+artykuł\w*|czytaj\s+dalej|devamını\s+oku\w*|haberin\s+tamamı\w*"
    r"|selengkapnya|versi\s+lengkap|artikel\s+lengkap|بقية\s+المقال|المقال\s+كاملا"
    r"|النص\s+الكامل|متابعة\s+القراءة|पूरा\s+लेख|पूरी\s+खबर|आगे\s+पढ़ें"
    # (junk34: the piece that goes on, in more languages: "Questo articolo continua per chi
    # sostiene ...", "A cikk folytatása ...", "Ĉi tiu artikolo daŭras por membroj.")
    r"|(?:this|questo|cet|este|esta|dieser|dit|tento)\s+(?:article|story|articolo|artículo|artigo"
    r"|nota|artikel|článek)\s+(?:continues|continua|continúa|geht\s+weiter|gaat\s+verder|pokračuje)"
    r"|cikk\s+folytatása|artikolo\s+daŭras|la\s+suite\s+de\s+cet\s+article|vil\s+du\s+læse\s+mere"
    r"|vill\s+du\s+läsa\s+mer|haluatko\s+lukea\s+lisää)"
)
# the gate: a subscription, members, an account, registering, an offer, a paid tier
_GATE = (
    r"(?:subscri\w*|member\w*|regist\w*|log\s+in|sign\s+in|paid|premium|abonn\w*|offres?"
    r"|inscri\w*|connect\w*|suscri\w*|socios?|ofertas?|assina\w*|cadastr\w*|abbona\w*|registra\w*"
    r"|abos?|mitglied\w*|anmeld\w*|angebot\w*|leden|подписчик\w*|подписк\w*|зарегистр\w*|регистрац\w*"
    r"|передплат\w*|prenumerat\w*|subskrypc\w*|zaloguj\w*|abone\w*|üye\w*|berlangganan|langganan"
    r"|اشترك|الاشتراك|للمشتركين|المشتركين|मेंबर|सदस्य|सब्सक्राइब"
    # (junk34: a trial, supporters, and the words of more languages)
    r"|free\s+trial|prova\s+gratuita|essai\s+gratuit|prueba\s+gratuita|teste\s+grátis|probeabo\w*"
    r"|sostien\w*|sostenitor\w*|socio|supporters?|membroj|tagjai\w*|tagok\w*|előfizet\w*"
    r"|abonnent\w*|prenumerant\w*|tilaaj\w*)"
)
# (in Chinese, Japanese and Korean, with no word boundary: the rest ("続きを読む", "阅读全文")
# and the gate in one short line, "続きを読むには会員登録（無料）が必要です"; not "手続き")
_CJK_REST = r"(?:(?<!手)続き[をは]|(?:阅读|閱讀|查看)全文|(?:继续|繼續)(?:阅读|閱讀)|계속\s*읽)"
_CJK_GATE = r"(?:会員|登録|購読|订阅|訂閱|会员|會員|注册|註冊|付费|付費|회원|구독)"
_REST_GATED = re.compile(
    rf"^(?=[^\n]*?\b{_REST}\b)(?=[^\n]*?\b{_GATE}\b)(?![^\n]*?(?:{REPORTED.pattern}))"
    r"[^\n]{0,200}$"
    rf"|^(?=[^\n]*?{_CJK_REST})(?=[^\n]*?{_CJK_GATE})[^\n]{{0,80}}$",
    re.I,
)
# (a substring of a gate's word, lower case, or of the CJK rest: the long alternations above run
# only on a line holding one)
_GATE_KEYS = (
    "prova gratuita",
    "essai gratuit",
    "free trial",
    "prueba gratuita",
    "teste grátis",
    "probeabo",
    "sosten",
    "supporter",
    "membroj",
    "tagjai",
    "tagok",
    "előfizet",
    "abonnent",
    "prenumerant",
    "tilaaj",
    "subscri",
    "member",
    "regist",
    "log in",
    "sign in",
    "paid",
    "premium",
    "abonn",
    "offre",
    "inscri",
    "connect",
    "suscri",
    "socio",
    "oferta",
    "assina",
    "cadastr",
    "abbona",
    "abo ",
    "abos",
    "abo.",
    "mitglied",
    "anmeld",
    "angebot",
    "leden",
    "подпис",
    "зарегистр",
    "регистрац",
    "передплат",
    "prenumerat",
    "subskrypc",
    "zaloguj",
    "abone",
    "üye",
    "langganan",
    "اشترك",
    "الاشتراك",
    "المشتركين",
    "للمشتركين",
    "मेंबर",
    "सदस्य",
    "सब्सक्राइब",
)
_CJK_KEYS = ("続き", "全文", "阅读", "閱讀", "계속")


def is_rest_gated(line: str) -> bool:
    """Whether ``line`` is the rest of the piece behind a gate (``_REST_GATED``)."""
    low = line.lower()
    keyed = any(key in low for key in _GATE_KEYS) or low.rstrip(".,;:!?) ").endswith("abo")
    if not (keyed or any(key in line for key in _CJK_KEYS)):
        return False
    return _REST_GATED.match(line) is not None


# the piece itself named with its gate: "Dieser Artikel ist Teil unseres Abos.", "この記事は会員
# 限定です。", "Este artículo es parte de la suscripción"
_PIECE_GATED = re.compile(
    r"^(?:dieser\s+(?:artikel|beitrag)|this\s+(?:article|story)|cet\s+article|este\s+artículo"
    r"|esta\s+nota|este\s+artigo|esta\s+matéria|questo\s+articolo|dit\s+artikel|этот\s+материал"
    r"|эта\s+статья|ten\s+artykuł|bu\s+(?:haber|makale)|artikel\s+ini|ta\s+prispevek"
    r"|tento\s+článek)\s+(?:ist|is|est|es|é|è|je"
    r"|—|–|-)\s+(?:teil|part|parte|réservé|réservée|exclusiv\w*|riservat\w*|reservad\w*|nur|only"
    r"|samo|jen|pouze)"
    r"\b[^.!?\n]{0,40}\b(?:abos?|abonn\w*|subscri\w*|suscri\w*|assina\w*|abbona\w*|members?"
    r"|naročnik\w*|předplatitel\w*"
    r"|mitglied\w*|premium|plus)\b[^!?\n]{0,80}$"
    r"|^(?:この|本)記事は(?:有料)?(?:会員|購読者|有料会員)(?:限定|のみ|専用)[^\n]{0,60}$",
    re.I,
)
_UPGRADE = re.compile(r"^upgrade\s+to\s+(?:paid|premium)(?:\s+subscription)?\s*[.!]?$", re.I)
# a blog's post navigation: "Previous Post: <headline>", "Next post", "Artículo anterior"
_POST_NAV = re.compile(
    r"^(?:(?:previous|next|older|newer)\s+(?:post|article|story|entry)|(?:article|billet)"
    r"\s+(?:précédent"
    r"|suivant)|(?:artículo|entrada|publicación|artigo|post|articolo)\s+(?:anterior|siguiente"
    r"|seguinte|precedente|successivo)|próxim[ao]\s+(?:artigo|post|notícia)|(?:vorheriger|nächster"
    r"|voriger)\s+(?:beitrag|artikel)|(?:vorig|volgend)e?\s+(?:bericht|artikel)|(?:poprzedni"
    r"|następny)\s+(?:artykuł|wpis)|(?:предыдущая|следующая)\s+(?:статья|запись|новость)"
    r"|(?:önceki|sonraki)\s+(?:haber|yazı)|(?:artikel|pos)\s+(?:sebelumnya|berikutnya)"
    r"|bài\s+(?:trước|tiếp\s+theo))\s*(?:[:»›>«‹<]\s*[^\n]{0,160})?$",
    re.I,
)
# a writing platform's publication: "Published in <Publication>", "Publicado en Ciudad en
# Movimiento" (capitals but for the small words of a name)
_PUBLISHED_IN = re.compile(
    r"^(?:published\s+in|publicado\s+(?:en|em|no|na)|publié\s+dans|pubblicato\s+(?:in|su)"
    r"|veröffentlicht\s+in|gepubliceerd\s+in|opublikowano\s+w)\s+(?-i:[A-ZÀ-ÞĀ-Ž])[^\s.!?,;]*"
    r"(?:\s+(?:(?-i:[A-ZÀ-ÞĀ-Ž&])[^\s.!?,;]*|de|del|en|of|the|la|le|el|di|da|do|dos|das|für|y|e"
    r"|and|on|in)){0,6}$",
    re.I,
)
# the writer's view is not the editors': "Мнение автора может не совпадать с позицией
# редакции.", "Думка автора може не збігатися з позицією редакції", "La opinión del autor no
# necesariamente coincide con la línea editorial", "Les opinions exprimées n'engagent que leur
# auteur", "Die Meinung des Autors muss nicht der Meinung der Redaktion entsprechen"
_EDITORS_VIEW = re.compile(
    r"^(?:мнение|точка\s+зрения)\s+(?:автора|авторов)\s+(?:может\s+не\s+совпадать|не\s+обязательно"
    r"\s+совпадает)\s+с\s+(?:позицией|мнением|точкой\s+зрения)\s+(?:редакции|издания)[.!]?$"
    r"|^думка\s+(?:автора|авторів)\s+може\s+не\s+збігатися\s+з\s+(?:позицією|думкою)\s+редакції[.!]?$"
    r"|^(?:la\s+)?opinión\s+(?:del\s+autor|de\s+los\s+autores|de\s+la\s+autora)\s+no\s+"
    r"(?:necesariamente\s+)?(?:coincide|refleja|representa)\b[^.!?\n]{0,60}[.!]?$"
    r"|^les\s+(?:opinions|propos)\s+exprimé(?:e)?s\s+(?:ici\s+)?n['’]engagent\s+que\s+(?:leur|son)s?"
    r"\s+auteur(?:e)?s?[.!]?$"
    r"|^(?:die\s+)?meinung\s+(?:des\s+autors|der\s+autorin|der\s+autoren)\s+(?:muss|entspricht)"
    r"\s+nicht\b[^.!?\n]{0,60}\bredaktion\b[^.!?\n]{0,30}[.!]?$"
    r"|^(?:a\s+)?opinião\s+d[oa]s?\s+autor(?:a|es)?\s+não\s+(?:necessariamente\s+)?(?:reflete"
    r"|representa|coincide)\b[^.!?\n]{0,60}[.!]?$"
    r"|^l['’]opinione\s+dell['’]autore\s+non\s+(?:necessariamente\s+)?(?:riflette|rappresenta"
    r"|coincide)\b[^.!?\n]{0,60}[.!]?$",
    re.I,
)
# "follow the writer" and "about the writer" as labels: "著者フォロー", "Follow the author",
# "लेखक के बारे में:", "Sobre el autor", "À propos de l'auteur"
_WRITER_LABEL = re.compile(
    r"^(?:著者|筆者|記者)(?:を)?フォロー|^(?:follow|suivre|seguir|segui|folgen)\s+(?:the\s+author"
    r"|this\s+author|l['’]auteur|al\s+autor|o\s+autor|l['’]autore|dem\s+autor)\s*$"
    r"|^(?:लेखक|रिपोर्टर)\s+के\s+बारे\s+में\s*(?::[^\n]*)?$",
    re.I,
)

# a partner's content republished, and the desk's line with its partner: "Conteúdo publicado
# originalmente pelo parceiro <Outlet>. ...", "Contenido publicado originalmente por ...",
# "This content was originally published by our partner ...", "Da redação, com <Outlet>",
# "Redacción, con información de <Agency>"; a byline with its agency: "Par <Name> avec <Agency>"
_PARTNER = re.compile(
    r"^(?:(?:this\s+)?(?:content|article|story)\s+(?:was\s+)?(?:originally|first)\s+published"
    r"|conte[úu]do\s+(?:publicado\s+originalmente|originalmente\s+publicado)|contenido\s+"
    r"(?:publicado\s+originalmente|originalmente\s+publicado)|contenu\s+(?:initialement"
    r"|originellement)\s+publié|contenuto\s+(?:pubblicato\s+originariamente|originariamente"
    r"\s+pubblicato)|(?:inhalt|beitrag|artikel)\s+(?:ursprünglich|zuerst)\s+(?:veröffentlicht"
    r"|erschienen))\s+(?:by|in|on|at|pelo|pela|por|no|na|em|en|par|dans|sur|da|su|bei|in|auf|von)"
    r"\s[^\n]{2,200}$"
    r"|^(?:da\s+redação|da\s+reportagem|(?:de\s+)?la\s+redacción|redacción|la\s+rédaction"
    r"|(?:la\s+)?redazione|(?:die\s+)?redaktion|redactie)(?:\s+(?-i:[A-ZÀ-ÞĀ-Ž])[^\W\d_]+)?"
    r"\s*[,(|·–—-]?\s*(?:com|con|avec|mit|met|with)\s+(?:(?:informaç(?:ão|ões)|información"
    r"|informations|informazioni|material)\s+(?:de|da|do|des|di)\s+[^.!?\n]{2,60}"
    r"|(?-i:[A-ZÀ-ÞĀ-Ž])[^.!?\n]{1,60})$"
    r"|^(?:by|par|por|von|di|door|od)\s+(?-i:[A-ZÀ-ÞĀ-Ž][^\W\d_'’-]+)(?:\s+(?-i:[A-ZÀ-ÞĀ-Ž]"
    r"[^\W\d_'’-]+)){1,3}\s+(?:with|avec|con|com|mit|met)\s+(?-i:[A-Z][\w.&-]*)(?:\s+"
    r"(?-i:[A-Z][\w.&-]*)){0,2}$",
    re.I,
)

# A reader's question, then how to send the news in (to the newsroom, a correspondent who reads
# every message, a helpline, a column that takes readers' questions): "Vous avez une nouvelle à
# signaler ? Appelez la salle de rédaction", "Masz temat? Czekamy na sygnały od Czytelników
# ...", "Island news to share? Our correspondent reads every message.", "Puzzled by something?
# The column takes reader questions"; not a story's question and its answer ("Who was hurt? Our
# correspondent counted 12 wounded."), nor one that reports. And a letter's "hit reply" ask
# ("Done for the week. Hit reply with tips — an editor reads every one.").
_TIP_ASK = unless_reported(
    re.compile(
        r"^[^?\n]{3,80}\?\s+[^?\n]{0,120}?\b(?:reads?\s+every|write\s+to\s+us|e-?mail\s+us"
        r"|send\s+(?:us|them\s+to\s+us)|message\s+us|our\s+(?:\w+\s+){0,2}want\s+to\s+hear"
        r"|takes\s+reader\s+questions|appelez(?:-nous|\s+la\s+(?:salle|rédaction))|écrivez(?:-nous|\s+à"
        r"\s+la\s+rédaction)|courriel\s+à\s+la\s+(?:salle|rédaction)|nous\s+joindre|napisz\s+do\s+nas"
        r"|czekamy\s+na|escr[íi]ban(?:os|nos)|escreva-nos|schreiben\s+sie\s+uns|scriveteci"
        r"|напишите\s+нам)\b[^?\n]{0,80}$",
        re.I,
    )
)
_HIT_REPLY = re.compile(
    r"^(?:[^.!?\n]{0,60}[.!?]\s+)?(?:hit|just|simply)\s+reply\b[^?\n]{0,120}$", re.I
)
# A live page's own state: who updates it, that it has ended ("Our reporters ... are updating
# this page", "Updates here have ended; follow the main story ...", "... adds to this page
# through the weekend.", "Cette page est mise à jour en continu")
_PAGE_UPDATES = unless_reported(
    re.compile(
        r"^[^\n]{0,120}?\b(?:updating|update|adds?\s+to|refresh\w*)\s+this\s+(?:live\s+)?(?:page"
        r"|blog|feed)\b[^\n]{0,80}$"
        r"|^updates\s+(?:here|on\s+this\s+page)\s+have\s+(?:ended|stopped|finished)\b[^\n]{0,80}$"
        r"|^this\s+(?:live\s+)?(?:page|blog)\s+(?:is\s+no\s+longer|has\s+stopped\s+being|will\s+no"
        r"\s+longer\s+be)\s+updated\b[^\n]{0,60}$"
        r"|^(?:cette\s+page\s+est\s+mise\s+à\s+jour|esta\s+página\s+se\s+actualiza|diese\s+seite"
        r"\s+wird\s+(?:laufend\s+)?aktualisiert|questa\s+pagina\s+(?:viene|sarà)\s+aggiornata"
        r"|esta\s+página\s+é\s+atualizada)\b[^\n]{0,60}$",
        re.I,
    )
)
# A correction's label with its day, then what was wrong: "Fixed 20 January: this piece first
# misspelt ...", "Amended: the first edition gave ...", "Corrected 3 May: an earlier version ..."
_FIX_NOTE = re.compile(
    r"^(?:fixed|amended|corrected|clarified)(?:\s+(?:on\s+)?(?:\d{1,2}\s+[^\W\d_]{3,9}"
    r"|[^\W\d_]{3,9}\s+\d{1,2}))?\s*:\s+(?:this\s+(?:piece|article|story|report|page)"
    r"|the\s+first\s+(?:edition|version)|an\s+earlier\s+(?:version|edition)|a\s+previous\s+version"
    r"|we\s+(?:earlier|previously|wrongly))\b[^\n]{0,160}$",
    re.I,
)

# The page's contact rows: an app's download ask ("حمّل تطبيق <Outlet> لتصلك الأخبار العاجلة",
# "Descarga la app de <Outlet>"), the newsroom reachable by a form or an address ("Nos
# journalistes sont joignables via le formulaire ..."), a comment form's "your e-mail address
# will not be published" in the page's language, a byline ending in "reporter" in Japanese or
# Chinese ("<name> : <outlet> 記者")
_APP_ASK = unless_reported(
    re.compile(
        r"^(?:download|install|descarga|descargue|descargá|baixe|télécharge[zr]?|scarica|lade"
        r"|حمّلوا|حملوا|حمّل|حمل|نزّلوا|نزّل|قم\s+بتحميل|تحميل|indir|unduh)\b[^\n]{0,40}?\b(?:app|apps|application"
        r"|aplicación|aplicativo|appli|applicazione|تطبيق|uygulama\w*|aplikasi)\b[^\n]{0,80}$",
        re.I,
    )
)
_REACH_US = re.compile(
    r"^(?:our|nos|nuestros|nuestras|unsere|i\s+nostri|os\s+nossos|onze)\s+(?:journalists"
    r"|journalistes|periodistas|journalisten|giornalisti|jornalistas|reporters|reporteros"
    r"|editors|rédacteurs|redakteure|redactores)\s+(?:are|sont|están|sind|sono|estão|zijn)\s+"
    r"(?:(?:\w+\s+){0,2})(?:joignables|reachable|contactables|erreichbar|raggiungibili"
    r"|localizables|bereikbaar)\b[^\n]{0,100}$",
    re.I,
)
_COMMENT_MAIL = unless_reported(
    re.compile(
        r"^[^\n]{0,50}?\b(?:e-?mail|correo(?:\s+electrónico)?|courriel|endereço\s+de\s+e-?mail"
        r"|indirizzo\s+e-?mail)\b[^\n]{0,40}?\b(?:will\s+not|won['’]t|no|non|não|nicht|ne|nu|niet"
        r"|nie)\b[^\n]{0,40}?\b(?:publi\w*|veröffentlicht|gepubliceerd|opublikowany)\b[.!]?"
        # (the form's "required fields are marked *" after it)
        r"(?:\s+[^\n]{0,60}\*)?\s*$",
        re.I,
    )
)
_CJK_BYLINE = re.compile(
    r"^[^。！？\n]{1,20}?(?:\s|[:：・／|])[^。！？\n]{0,30}?(?:記者|记者|特派員|特派员|編集委員)$"
)

KINDS: tuple[re.Pattern[str], ...] = (
    _APP_ASK,
    _REACH_US,
    _COMMENT_MAIL,
    _CJK_BYLINE,
    _PARTNER,
    _TIP_ASK,
    _HIT_REPLY,
    _PAGE_UPDATES,
    _FIX_NOTE,
    _PIECE_GATED,
    _UPGRADE,
    _POST_NAV,
    _PUBLISHED_IN,
    _EDITORS_VIEW,
    _WRITER_LABEL,
)
