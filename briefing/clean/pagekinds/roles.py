"""Kinds told by the part they play on the page, in any language (junk40).

Like ``parts``, each kind names the few parts a line of it has whatever its language, each a
small vocabulary written for many languages at once; a sentence of news that shares one part
lacks another, reports, or is told in the past:

- a members' wall: a word of members, the piece itself (article, post, story) and a word of
  "only" or of reading, joining or unlocking ("Evit an izili hepken eo ar pennad-mañ.", "Este
  artículo es solo para miembros"); a club's news of its members names no piece;
- the comment form's note that the e-mail address stays private: an e-mail word, a word of
  publishing and a negation ("Tua inscriptio electronica non publicabitur.", "Votre adresse
  e-mail ne sera pas publiée.");
- an "about us" line: an about word with an "us" word, or "About <Name>:", opening a sentence
  on the page or the body that issues it ("De nobis: ...", "About the Guild: founded in ...");
- a statement's heading: a document's word with by / from / of and who issues it, no sentence
  ("Statement by the Board", "Communiqué from the Consortium", "Comunicado de la Junta");
- a media contact: a word of the press or of interviews with a word of contact or enquiries,
  under a label or with a number, an address or "please contact";
- a follow prompt naming the page's own channel: an "our" word and a platform, in a short line
  that neither reports nor tells the past ("I-like ang aming Facebook page ...");
- one share button: a verb of sharing opening a short line with one platform, no sentence end
  ("Compartir esta actualización en WhatsApp");
- a row of advertisement words alone ("ADVERTISEMENT SKIP ADVERTISEMENT");
- a read-aloud button (a verb of listening or reading aloud and the piece);
- the note that one must log in to comment (a comments word and a log-in word);
- an imprint: an editor's label opening the line and a word of publishing;
- a sign-up form's fine print (a verb of submitting or signing up, of agreeing, and the terms
  or the privacy policy) and a newsletter's "to your inbox";
- a story's summary label ("Summary of this story");
- a note on who paid for the reporting, a series' or an archive's note, a reader-funded ask
  ("If you enjoyed this story, consider ...");
- an affiliate note: a word of buying, of links and of a commission or a share of the sale.
"""

from __future__ import annotations

import re

from briefing.clean.pagekinds.common import NAMES, Matcher
from briefing.clean.vocabulary import REPORTED

__all__ = ["KINDS", "bio_name", "is_about_us", "is_other_news_label"]

# a verb of the past or a report: a kind told so is news ("The club's page was for members only")
_PAST = re.compile(
    r"(?<!\w)(?:was|were|had|did|fue|fueron|era|eran|foi|foram|était|étaient|a\s+été|war|waren"
    r"|wurde|wurden|fu|furono|è\s+stat[oa]|был|была|были|было|oldu|idi|dulu)(?!\w)",
    re.I,
)


# a report in Chinese, Japanese or Korean: "该 报 宣布 ，付费 会员 专享 内容 将 ..." is news
_CJK_REPORT = re.compile(r"宣布|表示|透露|指出|称|稱|発表|明らかにした|밝혔다|발표")
# a possessive: "<Paper>'s article réservé aux abonnés banner now covers half its pages" is news
_POSSESSIVE = re.compile(r"\w['’]s(?!\w)")


def _plain(text: str, words: int) -> bool:
    """A line of ``words`` words at most that neither reports nor tells the past."""
    return (
        len(text.split()) <= words
        and not REPORTED.search(text)
        and not _PAST.search(text)
        and not _CJK_REPORT.search(text)
    )


# -- a members' wall ---------------------------------------------------------------------------
# (no Irish "ball", a member, an English word: "The ball struck the post only twice ..." is news;
# its walls write the plural or a lenited form, "buill", "bhuill")
_MEMBER = re.compile(
    r"(?<!\w)(?:members?|membership|subscribers?|paid\s+subscribers|miembros?|socios?|soci[oa]s"
    r"|suscriptores|abonados|membres?|adhérents|abonnés|mitglieder\w*|abonnenten|membri|socî"
    r"|abbonati|membros?|assinantes|sócios|leden|abonnees|medlem\w*|członk\w*|subskrybent\w*"
    r"|členy|člen\w*|члены|членов|участник\w*|подписчик\w*|üyeler\w*|üyelik|abone\w*|anggota"
    r"|pelanggan|miyembro|izili|ezel|ezele|buill|bhuill|membru|membros|membres|kide\w*"
    r"|bazkide\w*|membres|aelodau|aelod|membrou|mimbru|membri|hōe-oân|hoe-oan|membroj|abonantoj"
    r"|emezelit|ezelit|mashikuna\w*|ayllukuna\w*|bi\s+nad\s+bhall|become\s+a\s+member|hazte\s+(?:socio|socia|miembro)"
    r"|fáite\s+sociu|devenez\s+membre|werden\s+sie\s+mitglied|diventa\s+socio|torne-se\s+membro"
    r"|aliĝu|ymaelodwch|sòci|soci|أعضاء|الأعضاء|للأعضاء|المشتركين|للمشتركين|اعضا|सदस्य\w*|সদস্য\w*|会員|會員|会员|メンバー"
    r"|有料会員|회원|멤버)(?!\w)",
    re.I,
)
_PIECE = re.compile(
    r"(?<!\w)(?:article|articles|story|post|piece|content|text|essay|issue|newsletter|artículos?"
    r"|artículu|artiellu|entrada|publicación|contenido|texto|billet|contenu|texte|artikel"
    r"|beitrag|inhalt|artikels|articolo|contenuto|articul|articol|artigo|conteúdo|matéria|artikkel"
    r"|artykuł\w*|článek|článku|стать\w*|материал\w*|makale\w*|yazı\w*|içerik\w*|berita|tulisan"
    r"|konten|pennad|pennadoù|artaigil|artaigealan|alt|erthygl|artikolo|afiŝo|enhavo|artiklo"
    r"|bûn-chiong|bun-chiong|articulo|articulos|articoło|artìcoło|killka\w*|willay\w*|المقال|المقالة|المحتوى|लेख|খবর|প্রতিবেদন|লেখা|記事|文章|本文|内容"
    r"|內容|기사|글|콘텐츠)(?!\w)",
    re.I,
)
_ONLY_OR_READ = re.compile(
    r"(?<!\w)(?:only|exclusive\w*|reserved|solo|sólo|solamente|únicamente|exclusiv\w*|reservad\w*"
    r"|seulement|uniquement|réservé\w*|nur|vorbehalten|soltanto|riservat\w*|apenas|somente"
    r"|alleen|uitsluitend|kun|bara|endast|tylko|wyłącznie|pouze|только|sadece|yalnızca|özel"
    r"|hanya|khusus|lamang|hepken|nemetken|dìreach|a-mhàin|amháin|yn\s+unig|nur|sulu|solu"
    r"|kan-na|dumà|sole|solmente|soło|\w+llapa\w*|fakat|فقط|حصري\w*|केवल|सिर्फ़?|শুধু|কেবল|限定|のみ|だけ|仅|僅"
    r"|只|专享|專享|전용|만"
    # a verb of reading, joining, unlocking or going on
    r"|read|reading|join|unlock|continue|access|leer|lleer|llegir|léala|lire|lesen|weiterlesen"
    r"|leggere|ler|lezen|läsa|lese|czytać|читать|okumak|okuyun|membaca|basahin|lenn|leughadh"
    r"|léamh|darllen|legi|leger|łèzar|lèzer|ñawincha\w*|deveni|khòaⁿ|khoann|únete|únite|apúntate|rejoignez|adhérez|werden|abonnieren"
    r"|unisciti|iscriviti|junte-se|assine|word|abonneer|bli|dołącz|присоединяйтесь|katıl\w*"
    r"|bergabung|sumali|emezelit|ezelit|bi\s+nad\s+bhall|ymunwch|aliĝu|ka-ji̍p|ka-jip|desbloquea"
    r"|débloquez|freischalten|sblocca|desbloqueie|اقرأ|انضم|पढ़ें|জুড়ুন|পড়ুন|読む|読める|加入"
    r"|阅读|閱讀|읽)(?!\w)",
    re.I,
)


# the wall speaks of this piece or to the reader: "this", "you", or an ask to join ("BHP content
# is licensed to its subscribers only in Asia" is news)
_THIS_OR_ASK = re.compile(
    r"(?<!\w)(?:this|you|your|join|become|este|esta|esti|esto|tu|únete|apúntate|hazte|cet|cette"
    r"|vous|votre|rejoignez|devenez|dies\w*|werden\s+sie|questo|questa|quest['’]|tuo"
    r"|unisciti|diventa|iscriviti|esse|essa|você|deze|dit|denne|dette|detta|этот|эта|это|вы"
    r"|bu|siz|ini|anda|kamu|iste|isto|sto|sta|kay|chit|mañ|seo|sibh|chèsto|chésta|emezelit|ka-ji̍p|ka-jip|aliĝu|ĉi"
    r"|هذا|هذه|أنت|يمكنك|यह|आप|এই|আপনি|您|你)(?!\w)|この|本文|这篇|這篇|이\s*기사",
    re.I,
)


class _MembersWall:
    """A members word, the piece and a word of "only" or of reading or joining, in a short line
    that neither reports nor tells the past ("This article is for members only"; not "The pool
    is for members only": no piece)."""

    def match(self, line: str) -> bool:
        text = line.strip()
        return (
            len(text.split()) <= 20
            and bool(_MEMBER.search(text))
            and bool(_PIECE.search(text))
            and bool(_ONLY_OR_READ.search(text))
            and bool(_THIS_OR_ASK.search(text))
            and not _POSSESSIVE.search(text)
            and _plain(text, 20)
        )


# -- the comment form's note that the e-mail address stays private ------------------------------
_EMAIL = re.compile(
    r"(?<!\w)(?:e-?mail|email\s+address|correo(?:\s+electrónico)?|courriel|adresse\s+(?:e-?mail"
    r"|électronique|de\s+messagerie)|e-?mail-?adresse|indirizzo\s+(?:e-?mail|di\s+posta)"
    r"|endereço\s+de\s+e-?mail|e-?posta|почт\w*|surel|alamat\s+email|inscriptio\s+electronica"
    r"|epistula\s+electronica|leka\s+uila|postel|post-d|post-dealain|post\s+dealain|ríomhphost"
    r"|e-bost|retpoŝt\w*|adreça\s+de\s+correu|helbide\s+elektroniko\w*|البريد\s+الإلكتروني"
    r"|ईमेल|ই-মেইল|ইমেইল|メールアドレス|邮箱|電子郵件|电子邮件|이메일)(?!\w)",
    re.I,
)
_PUBLISHED = re.compile(
    r"(?<!\w)(?:publish\w*|shown|displayed|publicad\w*|publicará|publicarà|publiée?|affichée?"
    r"|veröffentlicht|angezeigt|pubblicat\w*|publicad[oa]|publicado|gepubliceerd|publicerad"
    r"|publisert|opublikowan\w*|опубликован\w*|yayınlanmayacak|yayınlanmaz|dipublikasikan"
    r"|ditampilkan|publicabitur|publicatur|paʻi|pai|embannet|embannañ|fhoillseachadh"
    r"|foillsichear|fhoillsichear|foilseofar|cyhoeddi|cyhoeddir|publikigita|publikigos|publicada"
    r"|ستنشر|تنشر|نشر|प्रकाशित|প্রকাশ\w*|公開|公开|공개)(?!\w)",
    re.I,
)
_NOT = re.compile(
    r"(?<!\w)(?:not|never|no|non|ne|n['’]|nicht|não|nem|niet|inte|ikke|nie|не|asla|tidak|ʻaʻole"
    r"|aole|ní|cha|chan|cha\s+tèid|ne\s+vo|ne\s+estos|nu|لن|لا|नहीं|হবে\s+না|না)(?!\w)"
    r"|\w+(?:maz|mez|mayacak|meyecek)(?!\w)|されません|されない|不会|不會|되지\s*않",
    re.I,
)


class _PrivateEmail:
    """An e-mail word, a word of publishing and a negation, in a short line that neither reports
    nor tells the past."""

    def match(self, line: str) -> bool:
        text = line.strip()
        return (
            len(text.split()) <= 16
            and "," not in text  # "..., garantiu a comissão." reports it
            and bool(_EMAIL.search(text))
            and bool(_PUBLISHED.search(text))
            and bool(_NOT.search(text))
            and _plain(text, 16)
        )


# -- an "about us" line ------------------------------------------------------------------------
_ABOUT_US = re.compile(
    r"^(?:about\s+us|de\s+nobis|no\s+mākou|no\s+makou|sobre\s+nosotr[oa]s|sobre\s+nós|acerca\s+de"
    r"\s+nosotros|quiénes\s+somos|qui\s+sommes-nous|à\s+propos(?:\s+de\s+nous)?|über\s+uns"
    r"|chi\s+siamo|over\s+ons|om\s+oss|o\s+nas|о\s+нас|hakkımızda|tentang\s+kami|tungkol\s+sa\s+amin"
    r"|diwar\s+hor\s+penn|mu\s+ar\s+deidhinn|mu\s+ar\s+dheidhinn|amdanom\s+ni|pri\s+ni|sobre\s+nós"
    r"|sobre\s+nosaltres|gure\s+buruz|من\s+نحن|درباره\s+ما|हमारे\s+बारे\s+में|আমাদের\s+সম্পর্কে"
    r"|关于我们|關於我們|私たちについて|회사\s*소개)\s*[:：]\s*\S",
    re.I,
)
_ABOUT_NAME = re.compile(
    r"^(?i:about|à\s+propos\s+(?:de|du|des|d['’])|über|acerca\s+de|sobre|a\s+proposito\s+di)\s+"
    r"(?:(?i:the|la|le|les|el|los|las|die|der|das|il|lo|o|a)\s+)?(?:{NAMES}|[A-ZÀ-Þ][\w'’&.-]+)"
    r"\s*[:：]\s+\S"
)


def is_about_us(text: str) -> bool:
    """An "about us" line: an about word with an "us" word, or "About <Name>:", opening a
    sentence on the page or the body that issues it, 70 words at most."""
    line = text.strip()
    if len(line.split()) > 70:
        return False
    return bool(_ABOUT_US.match(line) or _ABOUT_NAME.match(line))


# -- a statement's heading ---------------------------------------------------------------------
_STATEMENT_HEAD = re.compile(
    r"^(?:(?:joint|official|press|media|public)\s+)?(?:statement|release|communiqu[ée]|declaration"
    r"|notice|announcement)\s+(?:(?:by|from|issued\s+by)\s+(?:the\s+)?|of\s+(?:the\s+)?(?-i:[A-Z]))"
    r"[^.!?:;]{1,60}$"
    r"|^(?:comunicado|declaración|nota\s+de\s+prensa|communiqué|déclaration|erklärung"
    r"|pressemitteilung|stellungnahme|comunicato|dichiarazione|nota|oświadczenie|komunikat"
    r"|заявление|сообщение|açıklama|basın\s+açıklaması|pernyataan|siaran\s+pers|verklaring"
    r"|persbericht|uttalande|pressemelding|tiedote|بيان|बयान)\s+(?:de(?:l|\s+la|\s+los|\s+las)?|du"
    r"|de\s+la|des|d['’]|der|des|vom|von|dello|della|del|dei|da|do|dos|das|van|från|fra)\s*"
    r"[^.!?:;]{2,60}$",
    re.I,
)


class _StatementHead:
    """A document's word, by / from / of and who issues it: eight words at most, no sentence."""

    def match(self, line: str) -> bool:
        text = line.strip()
        return len(text.split()) <= 8 and bool(_STATEMENT_HEAD.match(text))


# -- a media contact -----------------------------------------------------------------------------
_MEDIA = re.compile(
    r"(?<!\w)(?:media|press|interviews?|journalists|presse|prensa|medios|imprensa|stampa"
    r"|pers|medier|prasa|пресс\w*|сми|basın|medya|wartawan|media\s+massa|wawancara|entrevistas?"
    r"|interviews?|médias|الإعلام|الصحافة|मीडिया|মিডিয়া|取材|报道|媒体|媒體|언론)(?!\w)",
    re.I,
)
_CONTACT = re.compile(
    r"(?<!\w)(?:contacts?|contact\s+us|queries|enquiries|inquiries|requests|kontakt\w*|contacto"
    r"|contato|contatti|consultas|demandes|anfragen|richieste|iletişim|kontak|hubungi|اتصال"
    r"|للتواصل|संपर्क|যোগাযোগ|問い合わせ|お問い合わせ|联系|聯繫|문의)(?!\w)",
    re.I,
)
_MAIL_ADDRESS = r"[\w.-]+@[\w-]+\.[\w.]+"
_ADDRESS = re.compile(rf"{_MAIL_ADDRESS}|\+\d[\d ()-]{{6,}}\d")
# an ask to get in touch: "please contact <Name>", "call <Name>"
_REACH = re.compile(
    rf"\+?\d[\d ()-]{{6,}}\d|{_MAIL_ADDRESS}|(?<!\w)(?:please\s+contact|contact|call"
    r"|write\s+to|email)\s+(?-i:[A-Z])",
    re.I,
)
_LABELLED = re.compile(r"^([^:：]{1,60})[:：]\s*(\S.*)$")


class _MediaContact:
    """A word of contact or enquiries with an address or a number ("Enquiries by email only:
    office@<site>"); a label naming the press or interviews with an address, a number or a name
    after it ("Contact for media: <Name>, +420 ...", "For interviews: <Name>"); or a press word,
    a contact word and an ask to get in touch. 30 words at most, no report, no past."""

    def match(self, line: str) -> bool:
        text = line.strip()
        if len(text.split()) > 30:
            return False
        address = ("@" in text or "+" in text) and _ADDRESS.search(text) is not None
        if address and _CONTACT.search(text):
            return _plain(text, 30)
        labelled = _LABELLED.match(text)
        if labelled and _MEDIA.search(labelled.group(1)):
            after = labelled.group(2)
            named = len(after.split()) <= 6 and not after.endswith((".", "!", "?"))
            if named or address:
                return _plain(text, 30)
        return (
            bool(_MEDIA.search(text))
            and bool(_CONTACT.search(text))
            and bool(_REACH.search(text))
            and _plain(text, 30)
        )


# -- a follow prompt naming the page's own channel ----------------------------------------------
# ("us" in small letters: "US" is the country, "TikTok goes dark for millions of US users" is news;
# a line all in capitals is read in small letters, "FOLLOW US ON INSTAGRAM")
_OUR = re.compile(
    r"(?<!\w)(?:our|(?-i:us|Us)|nuestr[oa]s?|nuestro|notre|nos|unser\w*|uns|nostr[oiae]|noss[oa]s?|onze"
    r"|ons|vår\w*|vores|nasz\w*|наш\w*|нас|bizim|bizi|kami|aming|amin|namin|hor|hon"
    r"|mākou|makou|noster|nostra|nia|niaj|моро|мо|صفحتنا|قناتنا|کانال\s+ما|صفحه\s+ما|ما\s+را"
    # "follow us" said in one word or two: "síguenos", "seguinos", "suivez-nous", "seguici"
    r"|síguenos|seguinos|seguínos|suivez-nous|rejoignez-nous|folgt\s+uns|seguici|siga-nos"
    r"|sigam-nos|volg\s+ons|følg\s+oss|följ\s+oss|obserwuj\s+nas|подписывайтесь|ਸਾਡਾ|ਸਾਡੇ"
    r"|आमचे|आमच्या|हमारे|हमें|আমাদের|我们的|我們的"
    r"|私たちの|저희)(?!\w)",
    re.I,
)
_CHANNEL = re.compile(
    r"(?<!\w)(?:facebook|twitter|whatsapp|telegram|instagram|youtube|tiktok|linkedin"
    r"|bluesky|google\s+news|viber|фейсбук\w*|телеграм\w*|ютуб\w*|ফেসবুক|গুগল|ইউটিউব"
    r"|হোয়াটসঅ্যাপ|টেলিগ্রাম|फेसबुक|गूगल|यूट्यूब|व्हाट्सएप|टेलीग्राम|فيسبوك|تيليجرام|يوتيوب"
    r"|واتساب|تلگرام|فیسبوک|اینستاگرام|ਵਟਸਐਪ|ਫੇਸਬੁੱਕ|ਯੂਟਿਊਬ|ಫೇಸ್‌ಬುಕ್|ಟೆಲಿಗ್ರಾಂ|ವಾಟ್ಸಾಪ್|ಯೂಟ್ಯೂಬ್)(?!\w)",
    re.I,
)


class _FollowOurChannel:
    """An "our" word and a platform in a line of 18 words at most that neither reports nor
    tells the past, with no figure (a count of followers is news)."""

    def match(self, line: str) -> bool:
        text = line.strip()
        return (
            len(text.split()) <= 18
            and not re.search(r"\d", text)
            and not text.endswith("?")
            and bool(_CHANNEL.search(text))
            and bool(_OUR.search(text.lower() if text.isupper() else text))
            and _plain(text, 18)
        )


# -- one share button ----------------------------------------------------------------------------
_SHARE_ONE = re.compile(
    r"^(?:share|compartir|comparte|compartilhe|compartilhar|partager|partagez|teilen|condividi"
    r"|condividere|deel|delen|dela|udostępnij|поделиться|paylaş|bagikan|ibahagi|kaʻana\s+like"
    r"|rannañ|co-roinn|rhannu|communica|شارك|शेयर\s+करें)\b[^.!?]{0,40}?\s(?:on|en|in|via|por"
    r"|sur|auf|su|em|no|op|på|na|в|ile|ke|sa|ma|war|air|ar|trwy|على|पर)\s+"
    r"(?:facebook|twitter|x|whatsapp|telegram|linkedin|messenger|e-?mail|threads|bluesky|reddit"
    r"|pinterest|viber|sms)\b[^.!?]{0,60}$",
    re.I,
)


class _ShareOne:
    """A verb of sharing opening a line of ten words at most (a parenthesis aside) with one
    platform after it, no sentence's end."""

    def match(self, line: str) -> bool:
        text = line.strip()
        bare = re.sub(r"\([^()]*\)", "", text).strip()
        return len(bare.split()) <= 10 and bool(_SHARE_ONE.match(bare))


# -- a row of advertisement words alone ----------------------------------------------------------
_AD_WORDS = frozenset(
    "advertisement advertisements ad ads advert skip sponsored anzeige werbung publicidad anuncio"
    " publicité pub pubblicità publicidade reklam reklama реклама iklan إعلان विज्ञापन 広告 广告"
    " 광고 overslaan saltar passer überspringen salta pular geç пропустить lewati".split()
)


class _AdRow:
    """Two to six words, every one an advertisement's or a skip button's."""

    def match(self, line: str) -> bool:
        words = [w.strip(".,:;|·•-–—»›").lower() for w in line.split()]
        words = [w for w in words if w]
        return 2 <= len(words) <= 6 and all(w in _AD_WORDS for w in words)


# -- a read-aloud button --------------------------------------------------------------------------
_READ_ALOUD = re.compile(
    r"^(?:listen\s+to|hear|vorlesen\s+lassen|(?:diesen|den)\s+(?:artikel|beitrag|text)\s+"
    r"(?:vorlesen|anhören)(?:\s+lassen)?|artikel\s+(?:vorlesen|anhören)(?:\s+lassen)?"
    r"|écouter|escuchar|escucha|ascolta|ascoltare|ouvir|ouça|luister|lyssna|lytt|posłuchaj"
    r"|слушать|прослушать|dinle|dengarkan|pakinggan)\s+(?:(?:this|the|cet|cette|l['’]|este|esta"
    r"|el|la|questo|l|o|a|dit|het|den|denna|ten|эту|bu|artikel|berita)\s*)?"
    r"(?:article|story|text|artikel|texte|artículo|noticia|articolo|artigo|notícia|tekst"
    r"|artykuł|статью|haberi|makaleyi|ini)?\s*$"
    r"|^(?:diesen|den)\s+(?:artikel|beitrag|text)\s+(?:vorlesen|anhören)(?:\s+lassen)?$",
    re.I,
)


class _ReadAloud:
    def match(self, line: str) -> bool:
        text = line.strip().rstrip(".")
        return len(text.split()) <= 6 and bool(_READ_ALOUD.match(text)) and len(text.split()) >= 2


# -- log in to comment ----------------------------------------------------------------------------
_COMMENT = re.compile(
    r"(?<!\w)(?:comments?|comment|commenter|kommentar\w*|commentaires?|commentare|commenti"
    r"|comentar\w*|reageren|reacties|kommentera|kommentere|komentarz\w*|комментар\w*|yorum\w*"
    r"|komentar|mag-komento|تعليق\w*|टिप्पणी|মন্তব্য|コメント|评论|評論|留言|댓글)(?!\w)",
    re.I,
)
_LOG_IN = re.compile(
    r"(?<!\w)(?:log\s*in|logged\s+in|sign\s+in|signed\s+in|register|anmelden|angemeldet"
    r"|einloggen|eingeloggt|registrieren|connecter|connectez|connecté|identifiez|inicia\s+sesión"
    r"|iniciar\s+sesión|regístrate|registrarse|accedi|accedere|registrati|faça\s+login|entrar"
    r"|inloggen|ingelogd|logga\s+in|logge\s+inn|zaloguj|войдите|войти|авторизуйтесь|giriş"
    r"|üye\s+girişi|masuk|login|mag-log\s+in|سجل\s+الدخول|تسجيل\s+الدخول|लॉग\s+इन|লগইন"
    r"|ログイン|登录|登入|로그인)(?!\w)",
    re.I,
)


class _LoginToComment:
    def match(self, line: str) -> bool:
        text = line.strip()
        return (
            len(text.split()) <= 20
            and bool(_COMMENT.search(text))
            and bool(_LOG_IN.search(text))
            and _plain(text, 20)
        )


# -- an imprint ---------------------------------------------------------------------------------
_EDITOR_LABEL = re.compile(
    r"^(?:editor(?:-in-chief)?|chief\s+editor|publisher|managing\s+editor|redactor\s+jefe"
    r"|director(?:a)?|editor(?:a)?|rédacteur\s+en\s+chef|directeur\s+de\s+(?:la\s+)?publication"
    r"|chefredakteur\w*|herausgeber\w*|direttore(?:\s+responsabile)?|redaktor\s+naczelny"
    r"|главный\s+редактор|редактор|сармуҳаррир|муҳаррир|genel\s+yayın\s+yönetmeni"
    r"|pemimpin\s+redaksi|سردبیر|مدیر\s+مسئول|رئيس\s+التحرير|संपादक|সম্পাদক|প্রকাশক|编辑|總編輯"
    r"|总编辑|編集長|발행인|편집인)\s*[:：]\s*\S",
    re.I,
)
_PUBLISHER = re.compile(
    r"(?<!\w)(?:publish\w*|printed|publicad[oa]|impreso|publié|imprimé|herausgegeben|gedruckt"
    r"|pubblicato|stampato|wydawca|издатель|нашр\w*|ношир|yayımlan\w*|diterbitkan|ناشر|منتشر"
    r"|الناشر|प्रकाशक|प्रकाशित|প্রকাশক|প্রকাশিত|出版|发行|發行|발행)(?!\w)",
    re.I,
)


class _Imprint:
    """An editor's label opening the line, then a word of publishing, a second label, or a
    name alone (four words at most, no sentence's end)."""

    def match(self, line: str) -> bool:
        text = line.strip()
        label = _EDITOR_LABEL.match(text)
        if len(text.split()) > 30 or label is None:
            return False
        rest = text[label.end() - 1 :].strip()
        # (a film's "Director: <Name>" is a credit of the story, not the page's imprint)
        named = (
            len(rest.split()) <= 4
            and not rest.endswith((".", "!", "?"))
            and not text.lower().startswith("director")
        )
        return named or bool(_PUBLISHER.search(text) or text.count(":") + text.count("：") >= 2)


# -- a sign-up form's fine print; a newsletter's "to your inbox" ----------------------------------
_FINE_PRINT = re.compile(
    r"^by\s+(?:submitting|signing\s+up|subscribing|registering|clicking|entering|providing)\b"
    r"[^.!?]{0,80}\b(?:you\s+)?(?:agree|accept|consent|confirm)\w*\b[^.!?]{0,120}"
    r"\b(?:terms|privacy|conditions|policy)\b"
    r"|^(?:al\s+(?:suscribirte|registrarte|enviar)|en\s+(?:vous\s+inscrivant|soumettant|cliquant)"
    r"|mit\s+(?:der\s+anmeldung|dem\s+absenden|ihrer\s+anmeldung)|iscrivendoti|ao\s+(?:se\s+inscrever"
    r"|assinar|enviar))\b[^.!?]{0,140}\b(?:términos|condiciones|privacidad|conditions|confidentialité"
    r"|datenschutz\w*|agb|bedingungen|termini|privacy|termos|privacidade)\b",
    re.I,
)
_INBOX = re.compile(
    r"(?:straight|direct|delivered|sent|right)\s+(?:to|into)\s+your\s+inbox[.!]?$"
    r"|(?:directo|directamente)\s+(?:a|en)\s+tu\s+(?:bandeja|correo)|directement\s+dans\s+votre"
    r"\s+boîte|direkt\s+in\s+(?:ihr|dein)\s+postfach|direttamente\s+nella\s+tua\s+casella"
    r"|direto\s+(?:no|na)\s+seu\s+(?:e-?mail|caixa)",
    re.I,
)


class _SignUpPrint:
    def match(self, line: str) -> bool:
        text = line.strip()
        words = len(text.split())
        if words > 45:
            return False
        found = bool(_FINE_PRINT.search(text)) or (
            words <= 30 and bool(_INBOX.search(text)) and not _PAST.search(text)
        )
        return found and not REPORTED.search(text)


# -- a story's summary label ----------------------------------------------------------------------
_SUMMARY_LABEL = re.compile(
    r"^(?:(?:a\s+)?(?:summary|short\s+version|in\s+brief|tl;?dr)\s+of\s+(?:this|the)\s+"
    r"(?:story|article|page|report)|this\s+story\s+in\s+(?:brief|short)|resumen\s+de\s+(?:esta|la)"
    r"\s+noticia|résumé\s+de\s+(?:cet|l['’])\s*article|zusammenfassung\s+des\s+artikels"
    r"|riassunto\s+dell['’]articolo|resumo\s+da\s+notícia|ringkasan\s+berita)\s*[:.]?$",
    re.I,
)

# -- who paid for the reporting; a series' or an archive's note; a reader-funded ask --------------
_PAID_FOR = re.compile(
    # (the piece's reporting, not "this project": "A grant from the city funded this project to
    # vaccinate 40,000 children" is news)
    r"^[^.!?]{0,80}\b(?:paid\s+for|funded|supported|made\s+possible|underwrit\w*|financ\w*"
    r"|sponsored)\b[^.!?]{0,20}\b(?:this|our)\s+(?:reporting|story|article|series"
    r"|coverage|journalism)\b"
    r"|^(?:this|our)\s+(?:reporting|story|article|series|coverage"
    r"|journalism)\s+(?:was|is)\s+(?:paid\s+for|funded|supported|made\s+possible"
    r"|underwritten|financed|sponsored)\b",
    re.I,
)
_SERIES_NOTE = re.compile(
    r"^(?:this\s+(?:story|article|piece)\s+is\s+)?part\s+of\s+(?:our|the)\s+(?:\w+\s+){0,2}?"
    r"series\b"
    r"|^(?:from|out\s+of)\s+(?:the|our)\s+(?:[\w'’-]+\s+){0,4}?archives?\b[^.!?]{0,20}[.!]?"
    r"(?:\s+(?:reproduced|republished|reprinted)\s+with\s+permission\.?)?$"
    r"|^(?:reproduced|republished|reprinted)\s+with\s+(?:kind\s+)?permission\b",
    re.I,
)
_ENJOYED = re.compile(
    r"(?:^|[.!]\s+)(?:if\s+you\s+(?:enjoyed|liked|valued|value|found\s+value\s+in)\s+(?:this|our)"
    r"\s+(?:story|article|piece|post|newsletter|reporting|journalism)|si\s+(?:te|vous)\s+(?:ha"
    r"|a)\s+gust\w*\s+(?:este|cet)\s+(?:artículo|article)|wenn\s+ihnen\s+(?:dieser|der)\s+"
    r"(?:artikel|beitrag)\s+gefallen)\b[^.!?]{0,40},?\s*(?:please\s+)?(?:consider|subscribe"
    r"|support|donate|become|join|share|considera|suscríbete|apoya|pensez|abonnez|soutenez"
    r"|unterstützen|abonnieren)",
    re.I,
)


class _NoteOnThePiece:
    def match(self, line: str) -> bool:
        text = line.strip()
        if len(text.split()) > 30:
            return False
        found = (
            _PAID_FOR.search(text)
            or _SERIES_NOTE.search(text)
            or _ENJOYED.search(text)
            or _SUMMARY_LABEL.match(text)
        )
        return found is not None and not REPORTED.search(text)


# -- an affiliate note ---------------------------------------------------------------------------
_BUY = re.compile(
    r"(?<!\w)(?:buy|purchase|shop|compras?|compra|compre|achetez|achat|achète|kaufen|kaufst"
    r"|acquisti|acquistate|compri|kopen|köper|kupisz|покупаете|satın|beli|membeli)\w*",
    re.I,
)
_LINKS = re.compile(
    r"(?<!\w)(?:links?|enlaces?|liens?|collegamenti|link|ligações|koppelingen|länkar|linki"
    r"|ссылк\w*|bağlantı\w*|tautan)(?!\w)",
    re.I,
)
_EARN = re.compile(
    r"(?<!\w)(?:commission|share\s+of\s+the\s+sale|small\s+share|earn|earns|get\s+paid|comisión"
    r"|commission|provision|commissione|comissão|provisie|provision|prowizj\w*|комисси\w*"
    r"|komisyon|komisi|affiliate|afiliad\w*|affiliés?|partenaires)(?!\w)",
    re.I,
)


# (the note says what the page may earn: "... we may earn a commission"; "La comisión investiga
# las compras hechas a través de enlaces falsos" is news)
_MAY = re.compile(
    r"(?<!\w)(?:may|might|can|could|podemos|podríamos|puede|pueden|pode|podem|peut|pouvons"
    r"|peuvent|können|kann|possiamo|può|possono|kunnen|kan|kunne|możemy|может|можем|olabilir"
    r"|dapat|bisa)(?!\w)",
    re.I,
)


_WE = re.compile(
    r"(?<!\w)(?:we|us|our|nosotros|nos|nous|wir|uns|noi|ci|nós|wij|vi|my|мы|biz|kami)(?!\w)", re.I
)


class _AffiliateNote:
    def match(self, line: str) -> bool:
        text = line.strip()
        return (
            len(text.split()) <= 45
            and bool(_BUY.search(text) or _WE.search(text))
            and bool(_LINKS.search(text))
            and bool(_EARN.search(text))
            and bool(_MAY.search(text))
            and not REPORTED.search(text)
        )


# -- another story's label: "Other news from <Place>", "À la une", "Pili:" ------------------------
_OTHER_NEWS = re.compile(
    r"^(?:(?:other|more)\s+(?:news|stories|articles|headlines)(?:\s+(?:from|in|on|about)\s+"
    r"[^\s:]+(?:\s+[^\s:]+){0,2})?"
    r"|(?:otras|más)\s+noticias(?:\s+(?:de|del|en|sobre)\s+[^\s:]+(?:\s+[^\s:]+){0,2})?"
    r"|(?:d['’]autres|autres)\s+(?:actualités|articles|nouvelles|infos)(?:\s+(?:de|du|sur|à)\s+"
    r"[^\s:]+(?:\s+[^\s:]+){0,2})?"
    r"|à\s+lire\s+(?:aussi|également|encore)(?:\s+sur\s+[^:|]{1,30})?|à\s+la\s+une"
    r"|weitere\s+(?:nachrichten|artikel|meldungen)(?:\s+(?:aus|zu|über)\s+[^\s:]+(?:\s+[^\s:]+)"
    r"{0,2})?|altre\s+notizie(?:\s+(?:da|di|su)\s+[^\s:]+(?:\s+[^\s:]+){0,2})?"
    r"|outras\s+notícias(?:\s+(?:de|do|da|sobre)\s+[^\s:]+(?:\s+[^\s:]+){0,2})?"
    r"|pili|pili\s+pū|related|relacionad[oa]s|connexes|verwandt\w*|correlati"
    r"|дигар\s+хабарҳо|хабарҳои\s+дигар|ахбори\s+дигар|хабарҳои\s+марбут|инчунин\s+хонед"
    r"|اخبار\s+مرتبط|اخبار\s+دیگر|مطالب\s+مرتبط|همچنین\s+بخوانید|بیشتر\s+بخوانید"
    r"|ಮತ್ತಷ್ಟು\s+ಸುದ್ದಿ\w*|ಸಂಬಂಧಿತ\s+ಲೇಖನ\w*"
    r"|ಸಂಬಂಧಿತ\s+ಸುದ್ದಿ\w*|ಇನ್ನಷ್ಟು\s+ಸುದ್ದಿ\w*|ಇದನ್ನೂ\s+ಓದಿ|أخبار\s+ذات\s+صلة|ذات\s+صلة"
    r"|संबंधित\s+खबरें|और\s+खबरें|আরও\s+খবর|সম্পর্কিত\s+খবর"
    # Vietnamese, Indonesian / Malay, Tagalog, Thai, Lao, Khmer: "Các tin khác về Huế", "Tin liên
    # quan", "Berita lainnya", "Iba pang balita", "ข่าวที่เกี่ยวข้อง"
    r"|(?:các\s+)?tin\s+(?:khác|liên\s+quan|cùng\s+chuyên\s+mục|mới\s+hơn|đã\s+đưa)"
    r"(?:\s+(?:về|của|tại)\s+[^\s:]+(?:\s+[^\s:]+){0,2})?|bài\s+(?:viết\s+)?liên\s+quan"
    r"|berita\s+(?:lainnya|lain|terkait|berkaitan)|baca\s+(?:juga|lagi)|iba\s+pang\s+balita"
    r"|kaugnay\s+na\s+balita|ข่าวที่เกี่ยวข้อง|ข่าวอื่น\w*|ຂ່າວທີ່ກ່ຽວຂ້ອງ|ຂ່າວອື່ນ\w*"
    r"|ព័ត៌មានពាក់ព័ន្ធ)\s*[:：]?$",
    re.I,
)


def is_other_news_label(text: str) -> bool:
    """Another story's label alone, no longer than eight words ("Otras noticias de Valencia",
    "À lire également sur notre site", "À la une", "Pili:")."""
    line = text.strip()
    return len(line.split()) <= 8 and bool(_OTHER_NEWS.match(line))


def _labelled_headline(text: str) -> bool:
    """Another story's label, a colon and a headline after it (no sentence's end, 20 words at
    most): "Хабарҳои дигар: ...", "Related: ..."."""
    line = text.strip()
    head, sep, rest = line.partition(":")
    if not sep:
        head, sep, rest = line.partition("：")
    rest = rest.strip()
    return (
        bool(sep)
        and bool(rest)
        and len(rest.split()) <= 20
        and not rest.endswith((".", "!", "?", "。"))
        and bool(_OTHER_NEWS.match(head.strip()))
    )


# -- a byline or stamp of shapes the older rules lack ---------------------------------------------
_WRITTEN_BY = re.compile(
    r"^(?i:(?:un\s+)?texte\s+de|(?:un\s+)?texto\s+de|scriptum\s+ab?|scripsit|written\s+by"
    r"|escrito\s+por|scritto\s+da|geschrieben\s+von|text\s+von|tekst\s+(?:van|av|af)"
    r"|skribita\s+de|scrit\s+da"
    # "by our reporter <Name>" in the page's language
    r"|(?:by|door|par|von|de|dal|av|af|przez|por)\s+(?:our|onze|ons|notre|nos|unserem|unserer"
    r"|nuestr[oa]|nostr[oa]|vår|vores|naszego|nuestra|nosso|nossa)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:reporter|verslaggever|correspondent|correspondente?|correspondant\w*|envoyée?\s+spéciale?"
    r"|envoyée?|corresponsal|korrespondent\w*|inviat[oa]|redakteur\w*|redacteur|redactor\w*"
    r"|journalist\w*|journaliste|giornalista|jornalista|reporter\w*|medarbetare|reporterin))\s+"
    rf"{NAMES}$"
    # a byline and its stamp: "Par <Name> - 22 mars 2052 à 06:00 | mis à jour ..."
    rf"|^(?i:by|par|por|von|di|door|av|af|przez|oleh)\s+{NAMES}\s*[-–—|,]\s*\d{{1,2}}\.?\s+"
    r"[^\W\d]+\.?\s+\d{4}\b[^.!?]{0,80}$"
    # "Published <date> Updated about 4 hours ago"
    r"|^(?i:published|posted|publicado|publié|veröffentlicht|pubblicato|publicat)\b[^.!?]{0,40}"
    r"\b(?i:updated|actualizado|mis\s+à\s+jour|aktualisiert|aggiornato|atualizado)\b[^.!?]{0,30}$",
)
_PHOTO_LABEL = re.compile(
    r"^(?:צילום|צילומים|תמונה|légende|leyenda|pie\s+de\s+foto|bildunterschrift|didascalia"
    r"|altyazı|подпись|keterangan\s+foto|عکس|تصویر|صورة|الصورة|ছবি|फोटो|तस्वीर|写真|照片|图片"
    r"|圖片|圖片來源|图片来源|相片|攝影|摄影|圖|图|사진|фото|сурат|акс|ಚಿತ್ರ|ಫೋಟೋ|ತಸ್ವೀರು|zdjęcie|fotografía|ảnh)\s*[:：]\s*\S",
    re.I,
)
# a caption with its credit after a dash: "A train at the station. — Photo by <Name>"
_DASHED_CREDIT = re.compile(
    r"[.!?]\s+[—–-]\s*(?i:photo|picture|image|photograph|foto|photos)\s+(?i:by|de|von|di|por|par)"
    rf"\s+{NAMES}$"
)
_FREE_JOIN = re.compile(
    r"^(?:join|sign\s+up|subscribe|register|únete|regístrate|suscríbete|inscrivez-vous"
    r"|abonnez-vous|registrieren|registrati|iscriviti|cadastre-se|inscreva-se)"
    r"(?:\s+(?:now|today|here|ahora|hoy|maintenant|jetzt|ora|agora))?\s*[-–—:,!]?\s*"
    r"(?:it['’]s|it\s+is|es|c['’]est|ist\s+es|es\s+ist|è|é)\s+(?:free|gratis|gratuit|kostenlos"
    r"|gratuito)\W*$",
    re.I,
)


class _PageShapes:
    def match(self, line: str) -> bool:
        text = line.strip()
        if len(text.split()) > 30:
            return False
        return bool(
            _WRITTEN_BY.match(text)
            or _PHOTO_LABEL.match(text)
            or _DASHED_CREDIT.search(text)
            or _FREE_JOIN.match(text)
        )


# -- a writer's bio: "<Name> <is> a journalist ...", any language ------------------------------
_NAMED_BIO = re.compile(
    rf"^(?-i:({NAMES}))\s+(?:[^\s.!?]+\s+){{0,6}}?(?:photo)?(?:writer|reporter|journalist|correspondent"
    r"|columnist|editor|jounalis|journaliste|periodista|periodisto|ĵurnalist\w*|gazetist\w*"
    r"|gazetî|gazetîre|kazetenner|naidheachdair|sgrìobhadair|scrittric\w*|scrittore|giornalista"
    r"|jornalista|redakt\w*|journalist\w*|reporter\w*|escritor\w*|écrivain\w*|autor|autora|autore"
    r"|autorin"
    r"|blogger\w*|blogueu\w*|chroniqueu\w*|cronista|skribist\w*|verkist\w*|scrijheu\w*"
    r"|sicrijheu\w*|rédacteur\w*|rédactrice|corresponsal|correspondant\w*|dziennikar\w*"
    r"|novinar\w*|журналист\w*|gazeteci|wartawan|jurnalis|mamamahayag|mwandishi|kairaipoata"
    r"|kākau\s+moʻolelo|mea\s+kākau)\b",
    re.I,
)


def bio_name(text: str) -> str | None:
    """The name opening a writer's bio ("<Name> sé an jounalis ...", "<Name> is Senior Energy
    Writer at ..."): a line of 45 words at most, no report, its profession within the first
    words; ``None`` when it is no such line. Where it sits, and whether the name is the story's,
    is the caller's."""
    line = text.strip()
    if len(line.split()) > 45 or REPORTED.search(line):
        return None
    found = _NAMED_BIO.match(line)
    if found is None or _ENGLISH_BIO.search(line) or _PAST.search(line):
        return None  # (English bios are ``credits.is_author_bio``'s, told with care)
    if found.group(1).split()[0].lower() in _ARTICLES:
        return None  # "The Post's reporter on the riverbank counted ..." is news
    return found.group(1)


_ENGLISH_BIO = re.compile(r"(?<!\w)(?:is|was|has|covers|writes|joined)(?!\w)")
_ARTICLES = frozenset("the a an le la les el los las der die das il lo un une una ein eine".split())


_RIGHTS = re.compile(
    r"(?:کلیه|تمامی|همه)\s+(?:ی\s+)?حقوق\b[^.!?]{0,60}(?:محفوظ|متعلق)"
    r"|ҳамаи\s+ҳуқуқ\w*[^.!?]{0,40}(?:ҳифз|маҳфуз)"
    r"|ಎಲ್ಲ\w*\s+ಹಕ್ಕು\w*[^.!?]{0,40}ಕಾಯ್ದಿರಿಸ\w*|ಸರ್ವ\s*ಹಕ್ಕು\w*"
    r"|सर्वाधिकार\s+सुरक्षित|সর্বস্বত্ব\s+সংরক্ষিত|جميع\s+الحقوق\s+محفوظة"
    r"|(?:all|todos\s+los|tous|alle|tutti\s+i|todos\s+os)\s+(?:rights|derechos|droits|rechte"
    r"|diritti|direitos)\s+(?:reserved|reservados|réservés|vorbehalten|riservati)",
    re.I,
)
_AGENCY_CODE = re.compile(
    r"^/?(?:انتهای\s+پیام|پایان\s+پیام|کد\s+خبر\s*[:：]?\s*\d+)\s*/?$"
    r"|^(?:本报|本報)?(?:记者|記者|通讯员|通訊員|摄影|攝影|实习生|實習生)\s*[:：]?\s*[\u4e00-\u9fff]{2,4}"
    r"(?:\s+[\u4e00-\u9fff]{2,4}){0,2}$"
)


class _RightsAndCodes:
    """A rights line (14 words at most, not quoted, no sentence after a colon: "Todos os
    direitos reservados: a editora processou o site ..." is news), an agency's end code, a
    reporter's byline in Chinese."""

    def match(self, line: str) -> bool:
        text = line.strip()
        if _AGENCY_CODE.match(text):
            return True
        rights = _RIGHTS.search(text)
        return (
            rights is not None
            and len(text.split()) <= 14
            and not re.search('["«»“”„]', text)
            and ":" not in text[rights.end() :]
            and "," not in text[rights.end() :]
            and len(text[rights.end() :].split()) <= 4
            and not REPORTED.search(text)
        )


class _OtherNewsLabel:
    def match(self, line: str) -> bool:
        return is_other_news_label(line) or _labelled_headline(line)


KINDS: tuple[Matcher, ...] = (
    _MembersWall(),
    _PrivateEmail(),
    _StatementHead(),
    _MediaContact(),
    _FollowOurChannel(),
    _ShareOne(),
    _AdRow(),
    _ReadAloud(),
    _LoginToComment(),
    _Imprint(),
    _SignUpPrint(),
    _NoteOnThePiece(),
    _AffiliateNote(),
    _OtherNewsLabel(),
    _PageShapes(),
    _RightsAndCodes(),
)
