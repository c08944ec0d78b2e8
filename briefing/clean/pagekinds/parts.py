"""Kinds told by their parts, in any order and any language (junk39).

Earlier kinds were mostly one pattern per wording ("continues after the advertisement" in the
order English puts it). A site's line of a kind has the same few parts whatever its language
and order: an ad slot's note has an advertisement word and a word of going on ("Sigue leyendo
tras la publicidad", "Anzeige | Weiterlesen nach der Anzeige", "विज्ञापन - खबर जारी है") or an
age rating ("Реклама 18+"). Each kind here names its parts, each a small vocabulary written for
many languages at once, and how many other words a line of it may hold besides them and the
kind's small words; a sentence of news that shares a part has more words of its own, or
reports, or lacks another part:

- an ad slot's note: an advertisement word with a word of going on / reading on / below, an
  age rating or a word of the slot ("REKLAM ALANI");
- the comment box's rules: a comments word, a word of the rules (respectful, insults, liable,
  moderated) and a modal or a negation ("los comentarios deben ser respetuosos", "<Outlet> is
  not liable for any comments posted by readers");
- an agency's copy note: a word of not being edited and a word of the agency, the feed or the
  automatic ("Dieser Artikel wurde automatisch von einer Nachrichtenagentur übernommen und nicht
  redaktionell bearbeitet."), and its "sources used:" label with a short list;
- a share row naming three platforms or more with a verb of sharing ("Compartilhe por
  Facebook Compartilhe por Twitter ...");
- a supporter ask: a verb of supporting or contributing, a price and a period ("Apoie a partir
  de R$ 10 por mês."), after one sentence on how the newsroom is funded or alone;
- a live page's banner: a live word and an updates word ("Live: updates as they happen", "En
  direct : les dernières informations");
- a note to reload the page (a reload verb and the page), and a CJK "share this post";
- a read-also label, a verb of reading or seeing with "also", "more" or "other", alone or with
  a headline after its colon ("Baca artikel lainnya: ...", "إقرأ أيضا: ...").

``is_read_also`` (a read-also label alone) is for ``clean.cues`` too; ``is_writer_line`` (a
note on the piece's writer, in other languages than English) and ``is_dated_head`` (a section's
name with the day's full date) are told here and dropped by ``clean_text`` where they sit.
"""

from __future__ import annotations

import re

from briefing.clean.pagekinds.common import DespacedRule, Matcher
from briefing.clean.pagekinds.printed import STAMP_WORDS
from briefing.clean.vocabulary import REPORTED, unless_reported

__all__ = ["KINDS", "is_dated_head", "is_read_also", "is_writer_line"]

_ELISION = re.compile(r"^(?:l|d|dell|dall|all|nell|sull|qu)['’]", re.I)
_EDGE = "\"'“”‘’«»„()[]{}.,:;!?¡¿|·•–—-/…*#>›»"


def _tokens(text: str) -> list[str]:
    """The words of ``text``: split at spaces, stripped of punctuation, without bare figures."""
    out = []
    for raw in text.split():
        word = _ELISION.sub("", raw.strip(_EDGE))
        if word and not word.replace(".", "").replace(",", "").isdigit():
            out.append(word.lower())
    return out


class _Parts:
    """A kind told by its parts: every pattern of ``needs`` found in the line (each where the
    others are not; a part said twice is the part), and at most ``spare`` other words that are
    not ``small`` ones, in a line of ``words`` words at most; a line that reports stays."""

    def __init__(
        self,
        needs: tuple[re.Pattern[str], ...],
        *,
        spare: int,
        words: int,
        small: frozenset[str] = frozenset(),
    ) -> None:
        self._needs = needs
        self._spare = spare
        self._words = words
        self._small = small

    def match(self, line: str) -> bool:
        rest = line.strip()
        if len(rest.split()) > self._words or REPORTED.search(rest):
            return False
        for need in self._needs:
            rest, found = need.subn(" ", rest)
            if not found:
                return False
        others = [w for w in _tokens(rest) if w not in self._small]
        return len(others) <= self._spare


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# the small words of a page's notes: articles, prepositions, "the story", in many languages
_SMALL = _words(
    "the a an of to on in at by for from with is are will be this that our your its it"
    " el la los las lo un una de del al en por para con y o es se tras su sus"
    " le les l' du des à au aux et ou est sur dans par pour ce cet cette notre votre"
    " der die das den dem des ein eine einer einem und oder ist wird im am zum zur von mit für"
    " il lo gli i di da dal della del nel con e è su per questo questa"
    " o os as um uma do da dos das no na nos nas em por com e é seu sua"
    " ve ile bu için bir da de ki"
    " и в на с по к от для это этот эта"
    " dan di ke dari yang ini itu untuk dengan"
    " و في من على عن إلى هذا هذه"
    " है हैं के की का में से और"
    " story article text content news report post inhalt artikel text nachricht nota noticia"
    " noticias artículo contenido texto article contenu texte articolo contenuto testo notizia"
    " artigo conteúdo texto matéria notícia haber içerik yazı makale статья текст материал"
    " новость berita artikel konten tulisan الخبر المقال खबर ख़बर समाचार लेख"
    # CJK particles and nouns, as a tokeniser spaces them ("広告 の 後 に 記事 が 続きます")
    " の に が を は で と へ ます です 記事 本文 的 在 文章 新闻 新聞 은 는 이 가 을 를 기사"
)

# a verb of the past: a writer's line or the comment box's rules told so is news
_PAST = re.compile(
    r"\b(?:was|were|fue|fueron|foi|foram|était|étaient|war|waren|wurde|wurden|era|erano|furono"
    r"|был|была|были|oldu|adalah\s+mantan)\b",
    re.I,
)

# -- an ad slot's note -------------------------------------------------------------------------
_AD = re.compile(
    r"(?<!\w)(?:advertisement|advertisements|advert|ads|sponsored|anzeigen?|werbung|publicidad"
    r"|publicidade|publicité|pubblicità|reklam|reklama|reklame|reklamı|реклама|рекламa|iklan"
    r"|إعلان|اعلان|विज्ञापन|advertentie|annons|annonse|mainos|hirdetés|oglas|ogłoszenie"
    r"|patrocinado|patrocinada|sponsorisé|publicitari[oa]|publicitária|publicitário"
    r"|pubblicitari[oa]|publicitaire|werbe\w*)(?!\w)|広告|广告|廣告|광고",
    re.I,
)
_GOES_ON = re.compile(
    r"(?<!\w)(?:continu\w*|sigue|seguir|siga|segue|seguire|prosegue|weiter\w*|fortgesetzt|geht"
    r"|suite|lendo|leyendo|lire|leggere|lesen|reading|read|продолж\w*|читать|далее|devam\w*"
    r"|जारी|पढ़ें|lanjut\w*|berlanjut|membaca|يتبع|تابع|متابعة"
    r"|below|after|unten|abajo|debajo|después|tras|após|abaixo|après|dessous|dopo|sotto|nach"
    r"|unter|altında|sonra|ниже|после|नीचे|बाद|bawah|setelah|بعد|أدناه|ci-dessous|scroll)(?!\w)"
    r"|続き|続く|継続|继续|繼續|계속|後|后|아래|下方"
    # an age rating ("18+") or the slot itself ("REKLAM ALANI", "Espacio publicitario")
    r"|(?<!\d)\d{1,2}\s?\+|(?<!\w)(?:alanı|area|espacio|espaço|spazio|bereich|zone|slot|space"
    r"|ruang|مساحة|क्षेत्र)(?!\w)",
    re.I,
)
_AD_NOTE = _Parts((_AD, _GOES_ON), spare=1, words=12, small=_SMALL)

# -- the comment box's rules -------------------------------------------------------------------
_COMMENTS = re.compile(
    r"(?<!\w)(?:comments?|commenters?|commentaires?|comentarios?|comentários?|kommentare?"
    r"|commenti|commento|yorum\w*|комментари\w*|komentar\w*|reacties|تعليقات|التعليقات|تعليق"
    r"|टिप्पणि\w*|टिप्पणी\w*|コメント|评论|評論|留言|댓글|opinions?\s+(?:of|from)\s+(?:our\s+)?"
    r"readers|leserbriefe|postings?)(?!\w)",
    re.I,
)
_RULES = re.compile(
    r"(?<!\w)(?:liable|liability|responsib\w*|respectful|respect|insult\w*|offensive|abusive"
    r"|defamatory|moderat\w*|guidelines|policy|rules|terms\s+of\s+use|reserves?\s+the\s+right"
    r"|remove\w*|delet\w*|reflect\w*|endorse\w*|responsab\w*|respetuos\w*|respeto|insultos?"
    r"|ofensiv\w*|injuri\w*|moder\w*|normas|reglas|criterios|política|políticas|respeitos\w*"
    r"|ofens\w*|regras|diretrizes|charte|règles|diffamatoire\w*|verantwort\w*|haftet|haftung"
    r"|respektvoll\w*|beleidig\w*|netiquette|regeln|richtlinien|gelöscht|löschen|rispettos\w*"
    r"|offensiv\w*|regolamento|sorumlu\w*|hakaret\w*|küfür\w*|kural\w*|saygılı|ответственност\w*"
    r"|оскорб\w*|правил\w*|удал\w*|tanggung\s+jawab|bertanggung\s+jawab|menghina|sopan|aturan"
    r"|kebijakan|مسؤول\w*|مسؤولية|مسيئة|الإساءة|إساءة|القواعد|تعبر\s+عن\s+رأي|जिम्मेदार|ज़िम्मेदार|अपमान\w*|नियम"
    r"|責任|規約|ルール|责任|规则|規則|책임|규정|욕설)(?!\w)",
    re.I,
)
_MODAL = re.compile(
    r"(?<!\w)(?:must|should|may\s+not|cannot|can\s+not|not|no|never|will\s+be|are|is|deben|debe"
    r"|pueden|serán|doivent|seront|ne|n['’]|pas|müssen|sollen|dürfen|nicht|keine|werden|devono"
    r"|non|saranno|devem|podem|não|serão|olmalı\w*|değil\w*|edilecek\w*|должны|не|будут|harus"
    r"|tidak|akan|يجب|لا|ليست|ليس|चाहिए|नहीं|please|bitte|por\s+favor|per\s+favore|lütfen"
    r"|пожалуйста|mohon|الرجاء|कृपया|vorbehalten|(?:behält|behalten)\s+sich|se\s+reserva"
    r"|se\s+réserve|si\s+riserva|reserva-se|reserves?|\w+(?:maz|mez|mamalı|memeli|mamaktadır"
    r"|memektedir))(?!\w)|ません|ない|不|없|않",
    re.I,
)
_COMMENT_RULES = unless_reported(re.compile(r"^[^\n]{0,400}$"))


# a person's comments, a sentence of news: "The mayor's comments are not a reflection of council
# policy.", "Her comments were offensive and should never have been made." (the box's rules are
# of the comments readers post: "Readers' comments below are theirs alone"; review43)
_SOMEONES_COMMENTS = re.compile(r"(?:\w['’]s|(?<!\w)(?:her|his))\s+comments?(?!\w)", re.I)


class _CommentRules:
    """A comments word, a rules word and a modal or negation, in a note of 45 words at most;
    not a person's comments, nor told in the past (``_PAST``)."""

    def match(self, line: str) -> bool:
        text = line.strip()
        return (
            len(text.split()) <= 45
            and bool(_COMMENTS.search(text))
            and bool(_RULES.search(text))
            and bool(_MODAL.search(text))
            and bool(_COMMENT_RULES.match(text))
            and not _SOMEONES_COMMENTS.search(text)
            and not _PAST.search(text)
        )


# -- an agency's copy note and its "sources used" --------------------------------------------------
_NOT_EDITED = re.compile(
    r"not\s+(?:been\s+)?(?:edited|reviewed|modified|checked)|unedited|nicht\s+(?:redaktionell\s+)?"
    r"(?:bearbeitet|geprüft|verändert|redigiert)|no\s+(?:ha\s+sido|fue|es)\s+(?:editad|modificad"
    r"|revisad)\w*|sin\s+(?:edición|editar|revisión)|não\s+(?:foi|é)\s+(?:editad|revisad"
    r"|modificad)\w*|sem\s+(?:edição|revisão)|n['’]a\s+pas\s+été\s+(?:modifié|édité|retouché|relu"
    r"|vérifié)e?|non\s+è\s+stat[oa]\s+(?:modificat|editat|rivist|revisionat)[oa]|не\s+"
    r"(?:редактировал\w*|проходил\w*\s+редактур\w*|правил\w*)|без\s+редактир\w*|tidak\s+"
    r"(?:disunting|diedit|diubah|disunting\s+oleh)|tanpa\s+(?:suntingan|penyuntingan)"
    r"|düzenlenmemiş\w*|değiştirilmeden|editörlerimiz\w*\s+tarafından\s+düzenlenmemiş\w*"
    r"|لم\s+(?:يتم\s+)?(?:تحرير|يحرر|تعديل)\w*|(?:संपादित|एडिट)\s+नहीं|未经编辑|未經編輯"
    r"|編集して(?:い)?ません|편집하지\s*않",
    re.I,
)
_AGENCY = re.compile(
    r"(?<!\w)(?:automati\w*|automatisch\w*|automático|automática|автоматическ\w*|otomatis"
    r"|otomatik|feed|syndicat\w*|agency|agencies|\w*agentur\w*|agencia|agência|agenzia|agence"
    r"|агентств\w*|ajans\w*|kantor\s+berita|وكالة|وكالات|एजेंसी|通讯社|通信社|통신사|wire|staff"
    r"|redaktion\w*|redacción|redação|rédaction|redazione|редакци\w*|redaksi|editör\w*)(?!\w)",
    re.I,
)


# The piece itself, named by a demonstrative (or, in Chinese, Japanese and Korean, a "this"
# prefix): a copy note speaks of the text it sits under ("This story was generated ...",
# "Dieser Artikel wurde ...", "Esta notícia foi ..."), news of something not edited speaks of
# that thing ("The footage, which was not edited, was released by the agency": review43)
_THIS_PIECE = re.compile(
    r"(?<!\w)(?:(?:this|our)\s+(?:article|story|content|text|item|report|post|copy|piece|page)"
    r"|^article\b|dies\w*\s+(?:artikel|beitrag|text|inhalt|meldung|nachricht)"
    r"|(?:esta|este|esse|essa)\s+(?:notícia|noticia|nota|matéria|información|informação"
    r"|artículo|artigo|texto|contenido|conteúdo)"
    r"|(?:cet|cette|ce)\s+(?:article|dépêche|contenu|texte)"
    r"|quest[oa]\s+(?:articolo|notizia|testo|contenuto)"
    r"|(?:эт\w*|данн\w*)\s+(?:стать\w*|материал\w*|новост\w*|текст\w*)"
    r"|(?:artikel|berita|konten|tulisan)\s+ini|bu\s+(?:haber|içerik|metin|yazı)"
    r"|(?:هذا|هذه)\s+(?:الخبر|المحتوى|المقال|المادة)|यह\s+(?:खबर|लेख|सामग्री|समाचार)"
    r"|本文|此文|本稿|本新闻|本新聞|本条|本條|この記事|本記事|このニュース|이\s*기사|본\s*기사)",
    re.I,
)


class _AgencyNote:
    """A word of not being edited, a word of the agency, the feed or the automatic, and the
    piece itself (``_THIS_PIECE``)."""

    def match(self, line: str) -> bool:
        text = line.strip()
        return (
            len(text.split()) <= 50
            and bool(_NOT_EDITED.search(text))
            and bool(_AGENCY.search(text))
            and bool(_THIS_PIECE.search(text))
            and not REPORTED.search(text)
        )


_SOURCES_USED = re.compile(
    r"^(?:(?:used|verwendete|genutzte|benutzte|utilizadas|consultadas|использованные)\s+)?"
    r"(?:sources|quellen|fuentes|fontes|fonti|источники|kaynaklar|sumber|المصادر|स्रोत|出典|出处"
    r"|來源|来源|출처)(?:\s+(?:used|utilisées|utilizadas|utilizzate|consultadas|consultées"
    r"|kullanılan))?\s*[:：]\s*[^.!?:\n]{2,80}$",
    re.I,
)
_SOURCES_WORDS = 12

# -- a share row of three platforms or more ----------------------------------------------------
_SHARE = re.compile(
    r"(?<!\w)(?:share|partilh\w*|compart\w*|partag\w*|teil\w*|condivid\w*|paylaş\w*|подел\w*"
    r"|bagikan|kongsi|udostępnij|deel|dela|jaa|شارك|مشاركة|शेयर|シェア|共有|分享|공유)",
    re.I,
)
_NETWORK = re.compile(
    r"(?<!\w)(?:facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail|messenger|reddit|pinterest"
    r"|threads|bluesky|mastodon|vk|viber|line|instagram|tiktok|flipboard|sms)(?!\w)",
    re.I,
)


class _ShareRow:
    """A verb of sharing and three platforms or more, with no sentence's end."""

    def match(self, line: str) -> bool:
        text = line.strip()
        if len(text.split()) > 40 or text.endswith((".", "?", "!")) or not _SHARE.search(text):
            return False
        return len({m.group().lower() for m in _NETWORK.finditer(text)}) >= 3


# -- a supporter ask: support, a price and a period ------------------------------------------------
_SUPPORT = (
    r"(?:support|apoie|apoia|apoya|apóyanos|apoyá|apoyanos|soutenez|soutiens|soutenir"
    r"|unterstützen|unterstütze|unterstützt|sostieni|sostenete|sostenerci|destekle\w*"
    r"|поддержите|поддержи|поддержать|dukung|dukunglah|ادعم|ادعموا|سجل|सहयोग|समर्थन|支持|応援"
    r"|후원|bantu|contribute|contribuye|contribuya|contribua|contribuez|contribuisci|chip\s+in"
    r"|become\s+a\s+(?:supporter|member|patron)|hazte\s+(?:socio|socia|mecenas)|torne-se"
    r"\s+(?:apoiador\w*|membro)|devenez\s+(?:membre|soutien)|werden\s+sie\s+(?:mitglied"
    r"|unterstützer\w*)|diventa\s+(?:sostenitore|socio))"
)
_PER = r"(?:/|per|a|an|por|par|pro|al|il|ao|à|la|je|за|в|每|im|en|un|una|um|uma|au)"
_PERIOD = (
    r"(?:month|week|year|mo|mois|semaine|an|année|mes|semana|año|mês|ano|monat|woche|jahr|mese"
    r"|settimana|anno|ay|hafta|yıl|месяц|неделю|год|bulan|minggu|tahun|شهر|माह|महीने|月|년|월)"
)
_MONEY = (
    r"(?:(?:€|\$|£|¥|₹|₺|₦|R\$|US\$|CHF|Rp|KSh|GH₵|₵|₱|₩|RM|S/|zł|kr|₽)\s?\d[\d.,]*"
    r"|\d[\d.,]*\s?(?:€|\$|£|¥|₹|₺|₦|euros?|dollars?|pounds?|reais|pesos|soles|CHF|zł|kr|руб\w*"
    r"|₽|TL|lira|rupees?|Rs\.?|Rp|円|元|원|EUR|USD|GBP|dirhams?|درهم|ريال|جنيه|रुपये))"
)
# (the ask opens its sentence, maybe after "please" or "now": "The museum asks visitors to
# support its new wing from €5 a month" is news)
_NOW = r"(?:(?:please|bitte|jetzt|now|ahora|maintenant|agora|ora|por\s+favor|sekarang)\s+)?"
_SUPPORT_ASK = unless_reported(
    re.compile(
        rf"^(?:[^\n.!?]{{0,160}}[.!]\s+)?{_NOW}{_SUPPORT}\b[^\n.!?]{{0,60}}?"
        rf"{_MONEY}\s*(?:{_PER}\s+)?(?:(?:one|un|une|um|uma|ein|einen|1)\s+)?{_PERIOD}(?!\w)"
        r"[^\n.!?]{0,60}[.!]?$"
        # a language that puts the verb last: "... ayda 50 TL ile destekleyin."
        rf"|^(?:[^\n.!?]{{0,160}}[.!]\s+)?[^\n.!?]{{0,60}}(?:ayda|aylık|haftada|yılda|月額|월)\s*"
        rf"{_MONEY}[^\n.!?]{{0,40}}(?:destekleyin|destek\s+olun|応援してください|후원해\s*주세요)"
        r"[.!]?$",
        re.I,
    )
)

# -- a live page's banner --------------------------------------------------------------------------
_LIVE = re.compile(
    r"(?<!\w)(?:live|en\s+direct|en\s+vivo|en\s+directo|ao\s+vivo|em\s+direto|in\s+diretta"
    r"|diretta|live-?ticker|liveblog|canlı|прямой\s+эфир|онлайн|langsung|مباشر|لايف|लाइव"
    r"|ライブ|直播|라이브)(?!\w)",
    re.I,
)
_UPDATES = re.compile(
    r"(?<!\w)(?:updates|update|updated|latest|actualizaciones|actualización|últimas|mises?\s+à"
    r"\s+jour|dernières|aktualisierungen|neueste\w*|aggiornamenti|aggiornamento|ultime"
    r"|atualizações|güncellemeler|son\s+dakika|обновления|pembaruan|terkini|تحديثات"
    r"|آخر\s+التطورات|अपडेट्स|अपडेट|更新|最新|업데이트)(?!\w)",
    re.I,
)
_LIVE_SMALL = _SMALL | _words(
    "as they it happen happens happening all follow news blog informations"
    " información noticias nachrichten notizie notícias haberler новости berita أخبار"
)
_LIVE_BANNER = _Parts((_LIVE, _UPDATES), spare=0, words=9, small=_LIVE_SMALL)

# -- a note to reload the page; a CJK "share this post" ------------------------------------------
_RELOAD = unless_reported(
    re.compile(
        # the verb opens the line (an ask), or the line asks politely as CJK does
        r"(?=(?:(?:please|bitte|por\s+favor|veuillez|per\s+favore|lütfen|пожалуйста|mohon"
        r"|silakan)\s+)?(?:refresh|reload|actualiza|recarga|recargue|actualice|rafraîchi\w*"
        r"|rechargez|aktualisieren|laden\s+sie|aggiorna|ricarica|atualize|recarregue|sayfayı"
        r"|обновите|muat\s+ulang|segarkan|حدّث|أعد\s+تحميل|पेज|[^\n]*(?:ください|请|請|주세요)))"
        r"(?=[^\n]*(?<!\w)(?:refresh|reload|actualiza|recarga|recargue|actualice|rafraîchi\w*"
        r"|rechargez|recharger|aktualisieren|neu\s+laden|aggiorna|ricarica|atualize|recarregue"
        r"|yenile\w*|обновите|muat\s+ulang|segarkan|حدّث|حدث|أعد\s+تحميل|रीफ्रेश|再読み込み"
        r"|リロード|刷新|새로\s*고침))"
        r"(?=[^\n]*(?:page|página|pagina|seite|sayfa\w*|страниц\w*|halaman|الصفحة|पेज|ページ"
        r"|页面|頁面|페이지))[^\n]{0,200}$",
        re.I,
    )
)
_CJK_SHARE = DespacedRule(
    re.compile(
        r"^(?:この|本|此|这篇|這篇|이)?(?:投稿|記事|ページ|文章|帖子|기사|글)?(?:を|을|를)?"
        r"(?:シェア|共有|分享|공유)(?:する|하기)?$"
        r"|^(?:分享|共享)(?:到|至)?(?:这篇|這篇|本|此)?(?:文章|新闻|新聞|帖子)?$"
    )
)

# -- a read-also label ---------------------------------------------------------------------------
_READ = (
    r"(?:read|lee|lea|leer|leé|lisez|lire|lesen|lies|leggi|leggere|leia|ler|читайте|прочитайте"
    r"|читать|oku|okuyun|baca|bacalah|إقرأ|اقرأ|أقرأ|पढ़ें|पढ़िए|読む|阅读|閱讀|읽기|see|ver|vea"
    r"|veja|voir|voyez|siehe|vedi|bak|смотрите|lihat|شاهد|देखें)"
)
_ALSO = (
    r"(?:also|too|more|other|another|related|aussi|également|d['’]autres|autres|plus|también"
    r"|tambien|más|mas|otras|otros|auch|mehr|weitere|anche|altri|altre|altro|também|mais|outras"
    r"|outros|также|тоже|ещё|еще|другие|ayrıca|diğer|daha|juga|lainnya|lain|selengkapnya|أيضا"
    r"|أيضاً|ايضا|ايضاً|المزيد|भी|और|他の|関連|更多|相关|相關|관련|더)"
)
_NOUN = (
    r"(?:articles?|stories|story|news|artikel|berita|artículos?|noticias?|notas?|articolo|articoli"
    r"|notizie|artigos?|notícias|matérias|nachrichten|beiträge|haberler|haber|новости|статьи"
    r"|الأخبار|أخبار|المقالات|खबरें|खबर|ख़बरें|ニュース|記事|新闻|新聞|文章|기사|뉴스|d['’]articles"
    r"|sur\s+le\s+même\s+sujet|zum\s+thema|sul\s+tema|sobre\s+el\s+tema|sobre\s+o\s+tema)"
)
_READ_ALSO = re.compile(
    rf"^{_READ}\s+(?:{_ALSO}\s+)?(?:{_NOUN}\s+)?{_ALSO}(?:\s+{_NOUN})?"
    rf"|^{_READ}\s+{_NOUN}\s+{_ALSO}|^{_ALSO}\s+{_READ}|^{_ALSO}\s+{_NOUN}\s+{_READ}",
    re.I,
)
_LABEL_END = r"(?:\s+(?:on|en|sur|auf|su|em|no|na|di|от|на|في)\s+[^:|\n]{1,40})?\s*"
_READ_ALSO_LABEL = re.compile(rf"(?:{_READ_ALSO.pattern}){_LABEL_END}[:：|]?$", re.I)
_READ_ALSO_HEADLINE = re.compile(
    rf"(?:{_READ_ALSO.pattern}){_LABEL_END}\s*[:：|»›–—-]\s*\S[^\n]{{2,160}}$", re.I
)


# the words of "also" or "other", not "more": "Read more" is a button over the text's own part
_ALSO_STRICT = re.compile(
    r"(?<!\w)(?:also|too|other|another|related|aussi|également|d['’]autres|autres|también"
    r"|tambien|otras|otros|auch|weitere|anche|altri|altre|altro|também|outras|outros|также"
    r"|тоже|другие|ayrıca|diğer|juga|lainnya|lain|أيضا|أيضاً|ايضا|ايضاً|भी)(?!\w)|他の|関連|相关|相關|관련",
    re.I,
)


def is_read_also(text: str) -> bool:
    """A read-also label alone ("Baca artikel lainnya", "Leggi anche su <site>"), with a word of
    "also" or "other" ("Read more" is not one)."""
    line = text.strip()
    return (
        len(line.split()) <= 10
        and bool(_READ_ALSO_LABEL.match(line))
        and bool(_ALSO_STRICT.search(line))
    )


class _ReadAlsoHeadline:
    """A read-also label, then a headline after its colon, no longer than a headline."""

    def match(self, line: str) -> bool:
        text = line.strip()
        return len(text.split()) <= 28 and bool(_READ_ALSO_HEADLINE.match(text))


# -- a writer's line: "<Name> writes about ...", in many languages --------------------------------
# (English bios are ``credits.is_author_bio``'s, told with care; "covers" and "cubre" may be of
# costs: only a verb of writing about a subject, in the other languages)
_WRITES = re.compile(
    r"^(?-i:[A-ZÀ-ÞŁŚŻ][\w'’.-]+)(?:\s+(?-i:[A-ZÀ-ÞŁŚŻ][\w'’.-]+)){1,3}\s+"
    r"(?:escribe\s+sobre|escreve\s+sobre|écrit\s+sur|schreibt\s+über|scrive\s+di"
    r"|scriva\s+davart|schrijft\s+over|skriver\s+om|pisze\s+o|пишет\s+(?:о|об|про)"
    r"|menulis\s+tentang|hakkında\s+yazıyor|يكتب\s+عن|تكتب\s+عن|anaandika\s+kuhusu"
    r"|huandika\s+kuhusu)\s",
    re.I,
)
# ... or a profile's note without the name, under the writer's name ("Written by <Name>" /
# "Menulis tentang kota, jalan kaki dan transportasi umum di Yogyakarta.", "Writes about ...")
_WRITES_BARE = re.compile(
    r"^(?:writes\s+about|escribe\s+sobre|escreve\s+sobre|écrit\s+sur|schreibt\s+über|scrive\s+di"
    r"|schrijft\s+over|skriver\s+om|pisze\s+o|пишет\s+(?:о|об|про)|menulis\s+tentang"
    r"|anaandika\s+kuhusu|huandika\s+kuhusu)\s",
    re.I,
)
# what a writer's line may add in a sentence of its own: where the writer lives or works, what
# else the writer writes ("Ella abitescha a Cuira.", "Vive en Chapinero.", "Bekerja sebagai
# perencana kota di Bandung, menulis di Medium sejak 2041.")
_ON_WRITER = re.compile(
    r"^(?:(?:she|he|they|ella|él|elle|il|sie|er|lei|lui|ele|ela|hij|zij|hon|han|ona|он|она"
    r"|dia|o|هي|هو)\s+)?(?:vive|vit|lebt|wohnt|abitescha|lives|woont|bor|mieszka|живёт|живет"
    r"|tinggal|yaşıyor|يعيش|تعيش|anaishi|trabaja|travaille|arbeitet|lavora|trabalha|lavura"
    r"|werkt|arbetar|pracuje|работает|bekerja|çalışıyor|يعمل|تعمل|anafanya\s+kazi|escribe"
    r"|écrit|schreibt|scrive|escreve|scriva|schrijft|skriver|pisze|пишет|menulis|yazıyor"
    r"|يكتب|تكتب)\b",
    re.I,
)


def is_writer_line(text: str) -> bool:
    """A note on the piece's writer ("<Name> writes about transport. She lives in Chur."), in
    two short sentences at most and nothing of what happened; where it sits is the caller's."""
    line = text.strip()
    writes = _WRITES.match(line) or (line[:1].isupper() and _WRITES_BARE.match(line))
    if len(line.split()) > 35 or not writes or _PAST.search(line):
        return False
    if REPORTED.search(line):
        return False
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", line) if s]
    return len(sentences) <= 2 and all(_ON_WRITER.match(s) for s in sentences[1:])


class _SourcesUsed:
    """A "sources used:" label with a short list after it and no sentence."""

    def match(self, line: str) -> bool:
        text = line.strip()
        return len(text.split()) <= _SOURCES_WORDS and bool(_SOURCES_USED.match(text))


# -- a section's name with the day's date, above the text -----------------------------------------
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_DATED_HEAD_WORDS = 10
_HEAD_OWN_WORDS = 2
_OF = frozenset("of du de del des vom von der di della do da dos das".split())
_FIELD = re.compile(r"[^\W\d]\s*[:：]")


def is_dated_head(text: str) -> bool:
    """A section's name and the day's full date, nothing else ("General News of Thursday, 24
    June 2051", "Actualité du jeudi 24 juin 2051"): two words at most that are not a date's,
    then a year and a month's or a weekday's name; where it sits (above the text) is the
    caller's."""
    line = text.strip()
    if len(line.split()) > _DATED_HEAD_WORDS or line.endswith((".", "!", "?")):
        return False
    if _FIELD.search(line):
        return False  # a field and its date ("Opening: March 17, 2036") is news
    if not _YEAR.search(line):
        return False
    words = _tokens(line)
    dated = [i for i, w in enumerate(words) if w.rstrip(".") in STAMP_WORDS and len(w) > 3]
    own = [i for i, w in enumerate(words) if w.rstrip(".") not in STAMP_WORDS]
    # the section's name first, then "of" and only the date ("<Section> of <weekday>, <day>
    # <month>"); a name and its date is a headline ("Bloody Sunday, 30 January 1972")
    if not dated or not 0 < len(own) <= _HEAD_OWN_WORDS or max(own) > min(dated):
        return False
    return max(own) + 1 < len(words) and words[max(own) + 1] in _OF


KINDS: tuple[Matcher, ...] = (
    _AD_NOTE,
    _CommentRules(),
    _AgencyNote(),
    _ShareRow(),
    _SUPPORT_ASK,
    _LIVE_BANNER,
    _RELOAD,
    _CJK_SHARE,
    _ReadAlsoHeadline(),
    _SourcesUsed(),
)
