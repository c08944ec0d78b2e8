"""Kinds of a portal's, a wire's and a platform's own rows, each by its shape across languages
(junk41): a CJK portal's source / writer / editor row, its bracketed tool buttons and reprint
ban; a share row of platforms after a label; a tag row; a rights line with a ban on copying; a
consent banner's "we and our N partners" (with cookies, a device or personal data) and its
accept-all button; a caption ending in a credit in capitals; a writer's "writes about" line; a
magazine's issue note; an article's listen button with its length; a letter's "view in browser"
and preferences footer and an ask to get it; "first appeared on" in Polish; a counter row;
"continues after the ad"; "register for full access"; an offer's "terms apply"; a live page's
banner; a byline label and a date stamp in Lao or Thai; a board's statement heading; a Maltese
byline or stamp; the house's notes (how to give, its funding, subscribers' perks, the series'
next, the form below, "find it in our supplement", a disclaimer, "have your say"); a letter's
greeting in its language; a donation ask.

A sentence of news that opens alike stays: it reports (``REPORTED``), tells the past, or goes on
past the kind's shape.
"""

from __future__ import annotations

import re

from briefing.clean.pagekinds.common import (
    NAME,
    PLATFORM,
    DespacedRule,
    Matcher,
    Rule,
    despaced,
)
from briefing.clean.vocabulary import REPORTED

__all__ = ["KINDS"]

_PAST = re.compile(
    r"(?<!\w)(?:was|were|had|did|said|fue|fueron|era|foi|était|a\s+été|war|wurde|fu|был|была"
    r"|были|dijo|a\s+déclaré|sagte|disse)(?!\w)",
    re.I,
)
_QUOTES = re.compile(r"[\"«»“”„]")


def _plain(text: str) -> bool:
    return not (REPORTED.search(text) or _PAST.search(text) or _QUOTES.search(text))


class _Plain:
    """A pattern on a line of ``words`` words at most that neither reports, tells the past nor
    quotes."""

    def __init__(self, pattern: re.Pattern[str], words: int = 20) -> None:
        self._pattern = pattern
        self._words = words

    def match(self, line: str) -> bool:
        text = line.strip()
        return (
            len(text.split()) <= self._words and bool(self._pattern.search(text)) and _plain(text)
        )


# -- a CJK portal's rows -----------------------------------------------------------------------
# "来源：新华网", "作者：李明", "责任编辑：王芳", "記者：山田太郎" (read without the spaces a
# tokeniser puts between CJK characters), the label and a short name, nothing after
_CJK_ROW = re.compile(
    r"^(?:(?:来源|來源|稿源|出处|出處|作者|记者|記者|撰文|编辑|編輯|责任编辑|責任編輯|责编|責編"
    r"|校对|校對|审核|審核|审校|审读|监制|監製|摄影|攝影|图片|圖片|文|图|圖|編集|執筆|取材|기자"
    r"|편집|출처)\s*[:：]\s*[^\s:：。，,！？]{1,16}(?:\s+[^\s:：。，,！？]{1,16}){0,3}\s*)+$"
)
# its tool buttons in square brackets, alone on a line: "【纠错】 【打印本页】 【关闭窗口】",
# "【延伸阅读】" (a label of related stories)
_CJK_BUTTONS = re.compile(r"^(?:[【\[［][^】\]］\s]{1,6}[】\]］]\s*)+$")


class _CjkRow:
    """A CJK portal's row: source, writer or editor with a short name; bracketed buttons; a
    reprint ban (a ban word and a copying word, 40 characters at most, no report)."""

    def match(self, line: str) -> bool:
        text = line.strip()
        return any(rule.match(text) for rule in (_CJK_ROW_RULE, _CJK_BUTTONS_RULE)) or _cjk_reprint(
            text
        )


_CJK_ROW_RULE = DespacedRule(_CJK_ROW)
_CJK_BUTTONS_RULE = DespacedRule(_CJK_BUTTONS)
_CJK_BAN = re.compile(r"禁止|不得|严禁|嚴禁|请注明|請註明|未经|未經|無断|금지|版权所有|版權所有")
_CJK_COPY = re.compile(r"转载|轉載|転載|复制|複製|複写|전재|복제")
_CJK_REPORT = re.compile(r"宣布|表示|透露|指出|称|稱|発表|明らかにした|밝혔다|발표|法院|判决|判決")


def _cjk_reprint(text: str) -> bool:
    squeezed = despaced(text)
    return (
        len(squeezed) <= 40
        and bool(_CJK_BAN.search(squeezed))
        and bool(_CJK_COPY.search(squeezed))
        and not _CJK_REPORT.search(squeezed)
    )


# -- a share row: a label and platforms only: "Chia sẻ: Facebook Zalo" -------------------------
_MESSENGERS = (
    rf"(?:{PLATFORM}|zalo|kakao\s*talk|kakao|line|weibo|wechat|qq|naver|band|odnoklassniki|ok"
    r"|skype)"
)
_SHARE_ROW = re.compile(
    rf"^[^\W\d_][^\d:：]{{0,24}}[:：]\s*{_MESSENGERS}(?:\s*[,|·/•]?\s*{_MESSENGERS}){{0,6}}\s*$",
    re.I,
)

# -- a tag row: a label of tags and a list of short items --------------------------------------
_TAG_LABEL = (
    r"(?:tags?|tagged|topics?|keywords?|etiquetas?|etiquettas?|étiquettes?|etiquettes?|etichete"
    r"|etichette|schlagwörter|schlagworte|stichwörter|stichworte|themen|trefwoorden|tags|emneord"
    r"|nøkkelord|nyckelord|taggar|avainsanat|tagit|märksõnad|sildid|atslēgvārdi|birkos|žymos"
    r"|palavras-chave|parole\s+chiave|argomenti|címkék|kulcsszavak|štítky|klíčová\s+slova|tagi"
    r"|słowa\s+kluczowe|etykiety|oznake|ključne\s+riječi|ključne\s+reči|oznaky|теги|метки"
    r"|ключевые\s+слова|ключові\s+слова|мітки|етикети|ετικέτες|anahtar\s+kelimeler|etiketler"
    r"|kata\s+kunci|label|mga\s+tag|từ\s+khóa|từ\s+khoá|thẻ|แท็ก|คำค้น|birkaĵoj|etiketak"
    r"|gako-hitzak|clavs|etichetis|peraulis\s+clâf|tagoj|labels?)"
)
_TAG_ROW = re.compile(
    rf"^{_TAG_LABEL}\s*[:：]\s*[^\s,.:!?][^,.:!?]{{0,30}}(?:\s*[,;|·]\s*[^\s,.:!?][^,.:!?]{{0,30}})*$",
    re.I,
)

# -- rights with a ban on copying: "Bản quyền thuộc <Agency>. Cấm sao chép ...", "© <Outlet>.
# Prohibida su reproducción total o parcial." ---------------------------------------------------
_RIGHTS_WORD = re.compile(
    r"©|\(c\)|copyright|bản\s+quyền|derechos|droits|rechte|diritti|direitos|prawa\s+autorskie"
    r"|авторские\s+права|права\s+защищены|hak\s+cipta|telif|auteursrecht|upphovsrätt|opphavsrett"
    r"|ophavsret|tekijänoikeus|szerzői\s+jog|autorská\s+práva|drepturi",
    re.I,
)
_COPY_BAN = re.compile(
    r"cấm\s+sao\s+chép|prohibida\s+su\s+reproducci[oó]n|reproducci[oó]n\s+prohibida|reproduction"
    r"\s+interdite|interdite\s+sans|vietata\s+la\s+riproduzione|riproduzione\s+vietata|proibida\s+a"
    r"\s+reprodução|reprodução\s+proibida|nachdruck\s+(?:nur|verboten|untersagt)|vervielfältigung"
    r"|zabronione|kopiowanie|перепечатка|копирование\s+запрещено|dilarang\s+(?:mengutip|menyalin)"
    r"|izinsiz\s+kullan|kopiering|kopiointi|reproduction\s+(?:is\s+)?(?:prohibited|forbidden)"
    r"|may\s+not\s+be\s+(?:reproduced|copied|republished)",
    re.I,
)


class _RightsBan:
    """A rights word among the line's first three words and a ban on copying, 35 words at most,
    neither reporting nor quoting ("Tòa án cho biết bản quyền thuộc tác giả ..." is news)."""

    def match(self, line: str) -> bool:
        text = line.strip()
        return (
            len(text.split()) <= 35
            and bool(_RIGHTS_WORD.search(" ".join(text.split()[:3])))
            and bool(_COPY_BAN.search(text))
            and _plain(text)
        )


# -- a consent banner: "We and our 842 partners store and/or access information ..." ----------
_CONSENT_OBJECT = re.compile(
    r"\b(?:cookies?|devices?|personal\s+data|appareils?|données|gerät\w*|daten|dispositiv\w*"
    r"|dati|datos|dados|apparaat|enhet|enheder|laitteella|urządzeni\w*|устройств\w*|cihaz\w*)\b",
    re.I,
)
_PARTNERS = re.compile(
    r"^(?:we\s+and\s+our|nous\s+et\s+nos|wir\s+und\s+unsere|noi\s+e\s+i\s+nostri|nosotros\s+y"
    r"\s+nuestros|nós\s+e\s+os\s+nossos|wij\s+en\s+onze|vi\s+og\s+vores|vi\s+og\s+våre|vi\s+och"
    r"\s+våra|me\s+ja\s+\w+|my\s+i\s+nasi|mi\s+és\s+\w+|noi\s+și|my\s+a\s+naši|мы\s+и\s+наши"
    r"|biz\s+ve|kami\s+dan)\s+(?:\d[\d.,\s]*\s+)?(?:\w+\s+)?(?:partners?|partenaires|partner\w*"
    r"|socios|parceiros|partnere|partnerit|partnerzy|partnereink|партнеры|partnerlerimiz|mitra)\b",
    re.I,
)


class _Consent:
    """ "We and our N partners ..." with what a consent banner stores or reads (cookies, a
    device, personal data): "We and our partners access remote villages by helicopter" is news."""

    def match(self, line: str) -> bool:
        text = line.strip()
        return (
            len(text.split()) <= 45
            and bool(_PARTNERS.search(text))
            and bool(_CONSENT_OBJECT.search(text))
        )


# -- a caption ending in its credit in capitals: "... in Kampala. PHOTO/ FILE", "... PHOTO |
# JOHN OKELLO", "... FOTO: AFP" ---------------------------------------------------------------
_CAPS_CREDIT = re.compile(
    r"[.!?]\s+(?:FILE\s+)?(?:PHOTO|PHOTOS|FOTO|FOTOS|PICTURE|IMAGE|PHOTOGRAPH|ẢNH|ФОТО|PICHA)"
    r"\s*[/|:]\s*(?:[A-ZÀ-ÞĐ][A-ZÀ-ÞĐ'.&-]*\s*){1,4}$"
)

# -- a writer's line about what they write: "<Name> skryf oor munisipale sake in die Boland.",
# "O scrîf di citât, di trenos ...", "Ich schreibe über ..." ----------------------------------
_WRITES_ABOUT = re.compile(
    rf"^(?:{NAME}(?:\s+{NAME}){{0,3}}\s+|(?:I|ek|ich|je|j['’]|yo|io|eu|ik|jeg|jag|o|jo|ja|mi|ni)\s+)?"
    r"(?:writes|write|skryf|schreibt|schreibe|écrit|écris|escribe|escribo|scrive|scrivo|escreve"
    r"|escrevo|schrijft|schrijf|skriver|pisze|piszę|пише|пишет|пишу|ír|írok|scrie|scriu|piše"
    r"|píše|píšu|kirjoittaa|kirjoitan|kirjutab|scrîf|scrîv|scriv|escriu|idazten)\s+"
    r"(?:mainly\s+|mostly\s+|hoofsaaklik\s+)?"
    r"(?:about|on(?!\s+behalf)|oor|über|sur|sobre|su|di|de|over|om|o|про|о|az?|despre|kuhusu)\b",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# A writer's note names its writer; a news line's subject may be a pronoun or a noun phrase ("She
# writes about the crossings in a report ...", "The ferry's captain writes about the cuts ...").
_NOT_A_WRITER = re.compile(
    r"^(?:(?:she|he|they|it|sie|er|elle|il|ils|elles|ella|él|ellos|ellas|lei|lui|loro|ela|ele"
    r"|eles|zij|hij)\b|(?:the|a|an|this|that|der|die|das|ein|eine|le|la|les|un|une|el|los|las"
    r"|il|lo|gli|het|een)\s+[^\W\d_]*[a-zß-ÿ][\w'’]*\s)",
    re.I,
)
# ... and says where the writing is: a letter, a report, a column read out or filed.
_IN_A_DOCUMENT = re.compile(
    r"\b(?:in|to)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+)?(?:letter|report|column"
    r"|memo|statement|submission|petition|complaint|e-?mail|filing|essay|op-ed|blog\s+post)\b",
    re.I,
)


class _WritesAbout:
    """ "<Name> writes about ..." / "I write about ..." in one sentence (a place after it at most:
    "... e di lenghe furlane. Udin."), without a figure: "Tom Reyes writes about fishing. He
    lives in Hull, where the storm sank his boat." and "... piše o klimi od 2035." are news, and
    so is a line whose writer is a pronoun or a noun phrase, or whose writing is in a letter or
    report ("Mulvey writes about the closure in a letter read out at the meeting.")."""

    def match(self, line: str) -> bool:
        text = line.strip()
        first, *rest = _SENTENCE.split(text)
        return (
            len(text.split()) <= 20
            and bool(_WRITES_ABOUT.match(first))
            and not _NOT_A_WRITER.match(first)
            and not _IN_A_DOCUMENT.search(first)
            and sum(len(part.split()) for part in rest) <= 2
            and not any(ch.isdigit() for ch in text)
            and _plain(text)
        )


# -- a magazine's issue note: "Aus der Hanseatischen Woche Nr. 12/2053", "From the March 2053
# issue of <Magazine>", "Tiré du numéro 412 de <Revue>" --------------------------------------
_ISSUE_NOTE = re.compile(
    r"^(?:from|aus|de|du|dal|dalla|del|della|da|uit|fra|från|z|ze|iz|из|з|tiré\s+du|extrait\s+du"
    r"|erschienen\s+in|published\s+in|appeared\s+in|paru\s+dans)\s+"
    r"(?:[^\W\d_][\w'’.-]*\s+){0,5}?(?:(?:nr|no|n°|nº|núm|num|nummer|numéro|numero|número|heft"
    r"|ausgabe|issue|edition|édition|edizione|edición|edição|wydanie|выпуск|№)\.?\s*\d{1,4}"
    r"(?:\s*/\s*\d{2,4})?|(?:[^\W\d_]+\s+)?\d{4}\s+(?:issue|edition)\s+of\s+.+)\s*$",
    re.I,
)

# -- an article's listen button and its length: "Artikel hören · 7:12 Min.", "Ascolta
# l'articolo · 4:10", "Listen to this article · 6 min" -------------------------------------------
_LISTEN = re.compile(
    r"^(?:artikel\s+(?:anhören|hören|vorlesen\s+lassen)|(?:listen|écouter|ascolta|escuchar|escucha"
    r"|ouvir|ouça|luister|lyssna|lytt|lyt|posłuchaj|odsłuchaj|послушать|слухати|dinle|kuuntele"
    r"|hallgasd\s+meg|poslechnout)(?:\s+(?:to\s+)?(?:this\s+|the\s+)?(?:l['’]|o\s+|el\s+|la\s+"
    r"|il\s+|het\s+|naar\s+|artikel|artikeln|artiklen|artikkelen|article|articolo|artículo|artigo"
    r"|artykuł|artykułu|статью|haberi|artikkeli|cikket|článek)?\s*(?:article|articolo|artículo"
    r"|artigo|artikel|artykułu)?)?)\s*[·|•:\-–]?\s*(?:\d{1,2}:\d{2}|\d{1,3}\s*(?:min|mins|minutes"
    r"|minuten|minuti|minutos|minuter|minutter|minut|мин)\.?)(?:\s*\w+\.?)?\s*$",
    re.I,
)

# -- a letter's own footer: "Visualizza questa email nel tuo browser", "Vuoi cambiare il modo in
# cui ricevi queste email? Aggiorna le preferenze o cancella l'iscrizione." --------------------
_LETTER = (
    r"(?:e-?mails?|mail|newsletter|correo|courriel|messaggio|mensagem|nachricht|bericht"
    r"|wiadomość|письмо|bülten|uutiskirje)"
)
_IN_BROWSER = re.compile(
    rf"{_LETTER}.{{0,30}}\b(?:browser|navegador|navigateur|webversie|webversion|przeglądarce"
    r"|браузере|tarayıcı\w*|selaimessa)\b",
    re.I,
)
_PREFERENCES = re.compile(
    r"(?:preferenze|preferencias|préférences|einstellungen|voorkeuren|preferences|preferências"
    r"|preferințe|ustawienia|настройки|tercih\w*|asetukset)\b.{0,60}\b(?:iscrizione|suscripción"
    r"|suscribirte|désinscri\w*|désabonne\w*|abmelden|abbestellen|uitschrijven|unsubscribe"
    r"|cancel\w*|cancella|descadastr\w*|dezabona\w*|wypisz\w*|отписаться|abonelikten|peruuta)",
    re.I,
)

# -- "first appeared on" in Polish and its neighbours: "Artykuł <Title> pochodzi z serwisu
# <Site>.", "Wpis <Title> pojawił się najpierw na <Site>." ---------------------------------------
_FIRST_ON = re.compile(
    r"\b(?:pochodzi\s+z\s+(?:serwisu|portalu|bloga|witryny)|pojawił\w*\s+się\s+(?:najpierw|po\s+raz"
    r"\s+pierwszy)\s+(?:na|w)|ukazał\w*\s+się\s+(?:najpierw|po\s+raz\s+pierwszy)\s+(?:na|w)"
    r"|se\s+publicó\s+primero\s+en|est\s+apparu\s+en\s+premier\s+sur|erschien\s+zuerst\s+(?:auf|bei)"
    r"|apareceu\s+primeiro\s+em|verscheen\s+eerst\s+op|dukket\s+først\s+opp\s+på"
    r"|dök\s+upp\s+först\s+på)\s+[^.!?]{2,60}\.?\s*$",
    re.I,
)

# -- a counter row: "14 likes · 3 restacks", "1.2K views · 40 comments" ------------------------
_COUNT = r"\d[\d.,]*\s?[KkMm]?\s+[^\W\d_]{2,14}"
# (its dot may be the bullet operator "∙" or the dot operator "⋅": "18 Likes ∙ 4 Restacks")
_COUNTERS = re.compile(rf"^{_COUNT}(?:\s*[·•∙⋅|,]\s*{_COUNT}){{1,4}}$")

# -- "continues after the ad": "A reportagem continua após o anúncio", "Der Artikel geht nach der
# Werbung weiter" ----------------------------------------------------------------------------
_AFTER_AD = re.compile(
    r"\b(?:continua|continúa|continue|continues|prosegue|weiter|verder|fortsetter|fortsätter"
    r"|jatkuu|kontynuacja|продолжение)\b.{0,25}\b(?:após|depois\s+d[oa]|después\s+de(?:l|\s+la)?"
    r"|après|dopo|nach|na|etter|efter|под|below|after|sotto)\s+(?:o\s+|a\s+|la\s+|le\s+|der\s+|de\s+"
    r"|the\s+|l['’])?(?:anúncio|publicidade|publicidad|anuncio|publicité|pub|werbung|anzeige"
    r"|advertentie|annonse|annons|pubblicità|reklam\w*|mainoksen|рекламой|advertisement|ad)\b"
    r"|\b(?:geht|gaat)\s+(?:nach\s+der\s+(?:werbung|anzeige)|na\s+de\s+advertentie)\s+(?:weiter|verder)",
    re.I,
)

# -- a register wall: "Register for full access to <Outlet>'s news and data." ------------------
_REGISTER = re.compile(
    r"\bregister\s+(?:now\s+)?(?:for\s+)?(?:full|free|unlimited)\s+access\b"
    r"|\b(?:inscrivez-vous|regístrese|regístrate|registrieren\s+sie\s+sich|registreer)\b.{0,30}"
    r"\b(?:accès|acceso|zugang|toegang)\b",
    re.I,
)

# -- an offer's "Terms apply.": "Open a checking account in five minutes and get $150. Terms
# apply." ------------------------------------------------------------------------------------
_TERMS_APPLY = re.compile(
    r"(?:^|[.!]\s+)(?:(?:terms|t&cs?|t\s*&\s*cs|conditions)(?:\s+and\s+conditions)?\s+apply"
    r"|se\s+aplican\s+(?:condiciones|términos)|conditions\s+s['’]appliquent|es\s+gelten\s+(?:die\s+)?"
    r"(?:agb|bedingungen)|si\s+applicano\s+(?:termini|condizioni)|aplicam-se\s+(?:termos|condições)"
    r"|voorwaarden\s+van\s+toepassing)\.?\s*$",
    re.I,
)
_OFFER = re.compile(
    r"(?<!\w)(?:get|earn|open|sign\s+up|join|apply|claim|save|obtén|abre|gagnez|ouvrez|erhalten"
    r"|eröffnen|ottieni|apri|ganhe|abra)(?!\w)|[$€£¥]\s?\d",
    re.I,
)


class _TermsApply:
    def match(self, line: str) -> bool:
        text = line.strip()
        return (
            len(text.split()) <= 25
            and bool(_TERMS_APPLY.search(text))
            and bool(_OFFER.search(text))
            and _plain(text)
        )


# -- an ask to get the outlet's letter: "Get the <Paper>'s free afternoon email: sign up in 30
# seconds", "Recevez notre lettre du matin : inscrivez-vous" ----------------------------------
_GET_LETTER = re.compile(
    r"^(?:get|receive|recevez|recibe|reciba|erhalten\s+sie|ricevi|receba|ontvang|få|motta|otrzymuj"
    r"|получайте)\b[^.!?]{0,50}\b(?:e-?mail|newsletter|briefing|lettre|infolettre|boletín"
    r"|correo|newsletter|nieuwsbrief|nyhetsbrev|biuletyn|рассылк\w*)\b[^.!?]{0,10}[:–—-]\s*"
    r"(?:sign\s+up|subscribe|inscrivez-vous|abonnez-vous|suscríbete|suscríbase|jetzt\s+anmelden"
    r"|anmelden|iscriviti|inscreva-se|meld\s+je\s+aan|abonner|zapisz\s+się|подпишитесь)\b",
    re.I,
)

# -- a consent dialog's button: "Alle akzeptieren und weiter", "Accept all and continue" --------
_ACCEPT_ALL = re.compile(
    r"^(?:accept\s+all(?:\s+cookies)?|alle\s+(?:cookies\s+)?akzeptieren|tout\s+accepter"
    r"|aceptar\s+todo|aceptar\s+todas|accetta\s+tutt[oi]|aceitar\s+tud[oa]|aceitar\s+todos"
    r"|alles\s+accepteren|alle\s+accepteren|godta\s+alle|godkänn\s+alla|acceptera\s+alla"
    r"|accepter\s+alle|akceptuj\s+wszystk\w+|zaakceptuj\s+wszystk\w+|hyväksy\s+kaikki"
    r"|принять\s+все|tümünü\s+kabul\s+et|přijmout\s+vše|elfogadom\s+mind\w*)"
    r"(?:\s+(?:and|und|et|y|e|en|og|och|i|ja|и|ve|a)\s+[^\W\d_]+)?\s*$",
    re.I,
)

# -- a live page's banner: "DIRECT · Mis à jour en continu", "LIVE | Updated continuously" ------
_LIVE_BANNER = re.compile(
    r"^(?:live|direct|en\s+direct|en\s+vivo|en\s+directo|ao\s+vivo|in\s+diretta|diretta|liveticker"
    r"|live-ticker|na\s+żywo|онлайн|canlı)\s*[·•|:\-–—]\s*(?:updated|mis\s+à\s+jour|actualizado"
    r"|actualizándose|aktualisiert|aggiornato|aggiornamenti|atualizado|bijgewerkt|aktualizowan\w*"
    r"|обновляется|güncelleniyor)\b[^.!?]{0,30}$",
    re.I,
)

# -- a byline label in Lao or Thai: "ຂ່າວ: ນາງ ສົມໃຈ ພົມມະວົງ", "ข่าว: นางสาว ...", "ภาพ: ..." -------
_LAO_THAI_BYLINE = re.compile(
    r"^(?:ຂ່າວ|ພາບ|ຂ່າວ\s*[-–/]\s*ພາບ|ຂຽນ(?:ໂດຍ)?|ເລື່ອງ|ข่าว|ภาพ|ข่าว\s*[-–/]\s*ภาพ|เรื่อง"
    r"|เรื่องและภาพ|เขียน(?:โดย)?|รายงาน(?:โดย)?)\s*[:：]\s*\S+(?:\s+\S+){0,4}\s*$"
)

# -- a board's statement heading: "Statement of the board", "Position of the Guild's board",
# "Déclaration du conseil d'administration" ---------------------------------------------------
_BOARD_HEAD = re.compile(
    r"^(?:(?:joint\s+|official\s+|full\s+)?(?:statement|position|response|declaration|communiqué"
    r"|reply)|déclaration|position|prise\s+de\s+position|communiqué|stellungnahme|erklärung"
    r"|comunicado|declaración|posición|dichiarazione|posizione|comunicato|verklaring|standpunt"
    r"|uttalande|uttalelse|oświadczenie|stanowisko|заявление|позиция|kannanotto|lausunto)"
    r"\s+(?:of|from|by|du|de\s+la|de|des|der|des|del|della|dello|dei|da|do|van\s+(?:het|de)|från"
    r"|fra|zarządu|правления|hallituksen)\s+(?:the\s+|l['’]|la\s+|le\s+)?(?:[^\W\d_][\w'’-]*\s+){0,3}?"
    r"(?:[\w'’-]*['’]s\s+)?(?:board|council|committee|executive|management|directors|trustees"
    r"|conseil\w*(?:\s+d['’]administration)?|bureau|comité|vorstand\w*|aufsichtsrat\w*|präsidium\w*"
    r"|junta|consejo|directiva|consiglio|direttivo|bestuur|raad|styrelse\w*|styret|zarządu?"
    r"|rady|правлени\w+|совет\w*|hallitu\w+)\s*:?\s*$",
    re.I,
)

# -- a body's notice heading: "Notice to members and guest anglers", "Announcement of the union
# board", "News from the foundation", "Avis aux membres", "Mitteilung an die Mitglieder" (junk43):
# a notice's word, to or from the body or its members, nothing else -------------------------------
_NOTICE_HEAD = re.compile(
    r"^(?:(?:notice|announcement|message|news|update|information|word)\s+(?:to|from|of|for)"
    r"|avis\s+(?:aux?|à\s+(?:nos|tous\s+les))|message\s+(?:du|de\s+la|aux?)|annonce\s+(?:du|de\s+la)"
    r"|mitteilung\s+(?:an|des|der)|information\s+(?:an|des|der)|nachricht\s+(?:an|des|der|vom)"
    r"|aviso\s+a(?:\s+los|\s+las)?|mensaje\s+(?:de|a)(?:\s+la|\s+los|l)?|avviso\s+ai|comunicazione"
    r"\s+(?:del|della|ai)|bericht\s+(?:aan|van)|mededeling\s+(?:aan|van)|komunikat|ogłoszenie"
    r"\s+dla|meddelande\s+(?:till|från)|melding\s+(?:til|fra)|meddelelse\s+(?:til|fra))"
    r"\s+(?:the\s+|our\s+|all\s+|les\s+|la\s+|le\s+|die\s+|den\s+|unsere\s+|nos\s+|de\s+"
    r"|het\s+)?(?:[^\W\d_][\w'’-]*\s+){0,2}?(?:members|membership|anglers|guests|board|foundation"
    r"|society|association|club|committee|federation|guild|union|trust|co-?operative|chamber"
    r"|management|trustees|membres|adhérents|bureau|conseil|mitglieder\w*|vorstand\w*|verein\w*"
    r"|stiftung|socios|junta|directiva|soci|consiglio|direttivo|leden|bestuur|vereniging|stichting"
    r"|zarządu|członków|medlemmar(?:na)?|styrelsen|medlemmer(?:ne)?|styret|bestyrelsen)"
    r"(?:\s+(?:and|&|et|und|y|e|en|och|og|i)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+)?\s*:?\s*$",
    re.I,
)

# -- a Maltese byline or stamp: "Kitba ta' Maria Borg", "Ippubblikat: 12 ta' Marzu 2053" ------
_MALTESE = re.compile(
    rf"^(?:kitba\s+ta['’]|miktub\s+minn|ritratt(?:i)?\s+ta['’])\s+{NAME}(?:\s+{NAME}){{0,3}}\s*$"
    r"|^(?:ippubblikat|aġġornat|aggornat|l-aħħar\s+aġġornament)\s*:?\s+(?:fil-|nhar\s+)?"
    r"(?:[^\W\d_][\w'’-]*,?\s+){0,2}\d{1,2}"
    r"\s+ta['’]\s+[^\W\d_]+\s+\d{4}(?:[,\s]+\d{1,2}[:.]\d{2})?\s*$",
    re.I,
)

# -- a date and time alone in Thai or Lao: "6 ก.ย. 2588 เวลา 10:20 น." ---------------------
_THAI_STAMP = re.compile(
    r"^\d{1,2}\s+\S{2,14}\s+\d{4}\s*(?:เวลา|ເວລາ)?\s*\d{1,2}[:.]\d{2}\s*(?:น\.|ນ\.|ໂມງ)?\s*$"
)

# -- the house's own notes: how to give ("Donate online or at the Society's office ...",
# "Donations to the fund can be made at ..."), a charity's number, its funding, a subscriber's
# perk, the next in a series, the form below, "find it in our supplement", a disclaimer --------
_GIVE = re.compile(
    r"^(?:please\s+)?(?:donate|give|spenden\s+sie|faites\s+un\s+don|dona|done|doneer)\s+(?:online"
    r"|now|today|here|at|by|via|in\s+person|en\s+ligne|jetzt|hoy|ahora|oggi|online\s+or)\b"
    r"|^(?:donations|gifts|contributions|dons|spenden|donaciones|donativos|donazioni|doações"
    r"|giften)\b[^.!?]{0,60}\b(?:can|may|should)\s+be\s+(?:made|sent|left|dropped)\b"
    r"|^(?:a\s+)?registered\s+charity\b|\bcharity\s+(?:no|number|reg)\.?\s*:?\s*\d"
    r"|\btax\s+receipts\s+(?:are\s+)?issued\b"
    r"|^(?:the|this|our)\s+(?:association|society|newsroom|site|paper|magazine|organi[sz]ation"
    r"|foundation|guild|cooperative|co-operative|publication)\s+(?:accepts|takes|receives)\s+no"
    r"\s+(?:government|state|public|corporate|commercial|political|party)\b"
    r"|^(?:subscribers|members|abonnenten|mitglieder|les\s+abonnés|los\s+suscriptores|gli"
    r"\s+abbonati|os\s+assinantes|abonnees)\s+(?:can|können|peuvent|pueden|possono|podem|kunnen)"
    r"\s+(?:also\s+)?(?:download|read|access|listen|see|get|herunterladen|lesen|télécharger|lire"
    r"|descargar|leer|scaricare|leggere|baixar|ler)\b"
    r"|^(?:next|coming\s+up|up\s+next)\s+(?:in|from)\s+(?:this|the|our)\s+series\s*:"
    r"|^(?:nächste\s+folge|prochain\s+épisode|en\s+la\s+próxima\s+entrega|nella\s+prossima"
    r"\s+puntata|no\s+próximo\s+episódio)\s*:"
    r"|\b(?:use|fill\s+in|fill\s+out|complete)\s+the\s+form\s+below\b|\butilisez\s+le\s+formulaire"
    r"\s+ci-dessous\b|\bnutzen\s+sie\s+das\s+formular\b|\busa\s+el\s+formulario\b"
    r"|^read\s+more\b[^.!?]{0,40}\bin\s+our\s+(?:[^\W\d_]+\s+){0,2}(?:issue|edition|magazine)\b"
    r"|\b(?:finden\s+sie|you(?:['’]ll|\s+will|\s+can)\s+find|trouvez|retrouvez|encontrará|encuentre"
    r"|trovate|vindt\s+u|finner\s+du|hittar\s+du)\b[^.!?]{0,60}\b(?:in|auf|on|dans|sur|en|su|op|i|på)"
    r"\s+(?:unserer|unserem|unseren|our|notre|nos|nuestro|nuestra|nostro|nostra|onze|vår|vårt)\b"
    r"|^this\s+(?:article|explainer|guide|piece|story|content|post|page|newsletter)\s+is\s+(?:for|of)"
    r"\s+(?:general\s+)?information\w*(?:\s+purposes)?(?:\s+only)?\b[^.!?]{0,10}\bnot\b[^.!?]{0,30}"
    r"\badvice\b",
    re.I,
)
# "Have your say: how did you get to work today?" (a question to the reader after the label)
_SAY = re.compile(
    r"^(?:have\s+your\s+say|donnez\s+votre\s+avis|dinos\s+tu\s+opinión|sagen\s+sie\s+uns\s+ihre"
    r"\s+meinung|dite\s+la\s+vostra|dê\s+a\s+sua\s+opinião)\s*[:!.]?(?:\s+[^.!]{0,90}\?)?\s*$",
    re.I,
)

# -- a letter's greeting in its language, and what it pours or offers: "Sabaidee, and pour
# yourself a coffee: the morning starts here.", "Kia ora, and welcome to ..." -------------------
_HELLO = re.compile(
    r"^(?:sabaidee|sabaidi|sawasdee|sawadee|kia\s+ora|aloha|bula|talofa|malo|jambo|habari|salam"
    r"|salaam|shalom|namaste|namaskar|merhaba|bongu|moien|servus|grüezi|hallo|hej|hei|moi|tere"
    r"|labas|sveiki|ahoj|cześć|szia|salut|bonjour|hola|ciao|olá|oi|xin\s+chào|selamat\s+pagi"
    r"|mingalaba|annyeong|konnichiwa|ni\s+hao|good\s+(?:morning|evening|afternoon)|hello|hi|hey"
    r"|morning|welcome)[,!]\s+(?:and\s+)?(?:welcome|pour|grab|make|get|put|sit|settle|here(?:['’]s|\s+is)"
    r"|it['’]s|this\s+is|happy|thanks)\b"
    # one clause after the greeting: "Kia ora, and welcome to Aotearoa, the minister's sign
    # read at the airport." tells what a sign said
    r"[^,]*$",
    re.I,
)


# -- a donation ask: "Donate to our flood appeal: every euro goes to families in need." ---------
_DONATE = re.compile(
    r"^(?:please\s+)?(?:donate|give|dona|done|donnez|faites\s+un\s+don|spenden\s+sie|spende|doneer"
    r"|geef|doe|wpłać|wesprzyj|пожертвуйте|bağış\s+yap\w*|lahjoita|ħallas|agħti)\b[^.!?]{0,40}"
    r"\b(?:our|to\s+us|notre|nos|nuestr[oa]s?|unser\w*|nostr[oa]|nossa|nosso|onze|nasz\w*|наш\w*"
    r"|meidän|tagħna)\b",
    re.I,
)


KINDS: tuple[Matcher, ...] = (
    _CjkRow(),
    Rule(_SHARE_ROW, 10),
    Rule(_TAG_ROW, 25),
    _RightsBan(),
    _Consent(),
    _Plain(_CAPS_CREDIT, 35),
    _WritesAbout(),
    _Plain(_ISSUE_NOTE, 12),
    Rule(_LISTEN, 8),
    _Plain(_IN_BROWSER, 12),
    _Plain(_PREFERENCES, 25),
    _Plain(_FIRST_ON, 30),
    Rule(_COUNTERS, 10),
    _Plain(_AFTER_AD, 10),
    _Plain(_REGISTER, 25),
    _TermsApply(),
    _Plain(_GET_LETTER, 20),
    Rule(_ACCEPT_ALL, 6),
    Rule(_LIVE_BANNER, 10),
    Rule(_LAO_THAI_BYLINE, 8),
    _Plain(_BOARD_HEAD, 9),
    _Plain(_NOTICE_HEAD, 9),
    Rule(_MALTESE, 10),
    _Plain(_DONATE, 25),
    Rule(_THAI_STAMP, 8),
    _Plain(_GIVE, 25),
    _Plain(_HELLO, 25),
    Rule(_SAY, 16),
)
