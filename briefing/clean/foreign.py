"""Lines written in another language than the article: a page's chrome in its own language.

An English article collected from a local site keeps the site's own furniture in the site's
language: "Quer receber as notícias? Entre no nosso canal", "¿Te sirvió esta nota? Compártela
con tus vecinos.", "Reacties (212) — log in om te reageren", "Baca juga: <another headline>".
Such a line is no sentence of the English text around it, whatever it says, and no list of
phrases can know every language's wording of it; so it is told by its words.

A short line (``_MAX_WORDS``) goes when its article is English (three quarters of its lower-case
words are English words) and the line is written in another language, which takes three
things: fewer than ``_FOREIGN_SHARE`` of its lower-case words outside quotation marks are English
(the stop words of ``briefing.features`` or simplemma's English dictionary, through
``briefing.language.in_dictionary``); its first word is no English word (an English sentence
that lists dishes, "Dishes include jamón ibérico, pulpo a la gallega and ...", opens in English);
and it has two function words of one other language (``_FUNCTION_WORDS``: "de", "la", "con",
"nos", "om", "te" ...), so a line of names or of a language without such a list (a Welsh
outlet's bilingual paragraph, "Mae'r bleidlais wedi ei phasio ...") stays. A label before a
line's first separator goes on the same evidence ("Baca juga:", "Leia em português |"): one
function word of another language and two words that are not English. A quoted title ("Les
Nuits d'Ornans") is the English sentence's own and is not read.

A line written in another script than the Latin one (Cyrillic, Greek, Arabic, Thai ...) goes on
that evidence alone when half its letters are of that script ("Комментарии закрыты по решению
редакции.", "НАРЫН - 19.02.2034 - Бакыт Осмонов"), and so does a line whose label is all in such
a script ("Фото: <a name>. <a caption>", "Прочитајте и: <a headline>"), unless what follows the
label is an English clause in lower case (a slogan the sentence reports) or, after a place or a
section's name (no photo's word, no lower-case phrase like "Читайте также"), an English
sentence: "БИШКЕК — The city council voted ..." is an English edition's lede under its dateline.
A photo credit labelled by the word "photo" of a Latin-script language ("Fotos: ...", "Picha:
...", "Fot. ...") goes as an English "Photo: ..." does, and so do a site's words alone on a line
in the languages whose sites write English editions (an ad slot's "Reklam", a share button's
"Sdílet", a related list's "Související", "Bumalik sa itaas" for back to top, reproduction
forbidden with its terms: "Reproduction, même partielle, interdite sans accord écrit."), and a
newsroom's byline in its language ("Redacción <outlet> con <agency>"). A line with no English
word whose lower-case words are written, two of them at least, in letters English never writes
("Yorum yapmak için üye girişi gerekli.") is another language's even without a function word of
the tables below.

An article in another language is left alone: its chrome is in its own language, and what is
English in it may be a quote.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefing.clean.credits import credit_follows
from briefing.clean.dateline import strip_dateline
from briefing.clean.editions import is_switch_abroad
from briefing.clean.vocabulary import ATTRIBUTION
from briefing.features import STOP_WORDS
from briefing.language import in_dictionary

__all__ = ["drop_foreign_lines", "is_related_head"]

_MAX_WORDS = 30
_MIN_WORDS = 3  # lower-case words a line needs before its language is judged
_FOREIGN_SHARE = 0.75  # fewer English words than this share (and the other evidence)
_ENGLISH_TEXT = 0.75  # an English article: at least this share of its lower-case words
_LABEL_LINE_WORDS = 20  # a line with a label in another language
_LABEL_SHARE = 0.5  # a label with fewer English words than this share
_LABEL_END = re.compile(r"\s*:\s|\s+[|—–]\s+|\?\s")  # where a label ends
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Text in quotation marks: a title or a quote in its own language, part of the sentence.
# (Bounded and on one line: an opening mark closed by another kind, or never, costs nothing.)
_QUOTED = re.compile(r"\"[^\"\n]{0,300}\"|“[^”\n]{0,300}”|«[^»\n]{0,300}»|„[^„“”\n]{0,300}[“”]")
# Function words of other languages (articles, prepositions, pronouns, conjunctions) that no
# English text writes as words of its own: two of one language in a line are its evidence.
_FUNCTION_WORDS: tuple[frozenset[str], ...] = tuple(
    frozenset(words.split())
    for words in (
        # es, pt
        "el la los las de del a al y en con por para una un es esta este te tus su sus nos que se "
        "nuestra nuestro nuestras nuestros",
        "o os as a de um uma do da dos das em no na nos nas com não é e ao à para que se sua seu",
        "le la les des du de et est une un pour dans sur avec ne pas nous vous notre votre",  # fr
        "il lo gli della delle che per non è di da nel nella con una un sono ci alla ai dei "
        "dai",  # it
        "der die das und ist nicht mit von zu den dem des ein eine auf auch für sie wir hier zum "
        "zur im sich diesen diese ihren ihre über",  # de
        "het een van en de op niet om te voor met zijn wij ons je",  # nl
        "og er til på af det ikke om fra som med har jeg vi att och är för inte kan våre vårt vår "
        "uten utan uden alle",  # da no sv
        "og er á í að það ekki hér einnig við",  # is
        "i w z na się nie do jest że to od dla są tego jak ale po",  # pl
        "și la în de cu pe ne nu o un este",  # ro
        "ang sa at ng mga para ay",  # tl
        "ve bir bu için ile da de mi ne çok daha olarak gibi ya tüm",  # tr
        "i u na je se za od do da ne su sa iz po kao ili",  # hr sr bs sl
        "na la kwa za ya wa katika kwenye ni cha letu yetu",  # sw
        "dan yang di ini untuk dari juga dengan ke tidak",  # id ms
        "je sú sa na pre ako ale že sme nie jsou není se jako také tomuto tento",  # sk cs
    )
)


# Three labels every site prints, in the languages whose sites write English editions, where a
# word of them is English too ("lire", "temps", "direct") and the evidence above falls short: a
# link to another article ("À lire aussi : ...", "Läs också:"), a reading time ("Temps de lecture
# : 4 min") and a comment count ("Réagir · 214 commentaires").
_SITE_LABEL = re.compile(
    r"^(?:(?:à\s+)?lire\s+aussi|lisez\s+aussi|leia\s+(?:também|mais)|le[ae]\s+también"
    r"|leggi\s+anche|lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|läs\s+(?:också|mer)"
    r"|les\s+også|læs\s+(?:også|mere)|lue\s+myös|czytaj\s+(?:także|też|również|więcej)"
    r"|přečtěte\s+si\s+(?:také|též)|prečítajte\s+si\s+(?:aj|tiež)|citește\s+(?:și|mai\s+mult)"
    r"|pročitajte\s+(?:i|još)|baca\s+juga|lees\s+ook|okuyun|berita\s+(?:berkaitan|terkait)"
    r"|ilginizi\s+çekebilir|ilgili\s+haberler)\s*:"
    # "see also" of other languages before a headline: "Tazama pia: ...", "Vidi i: ..."
    r"|^(?:tazama\s+pia|soma\s+pia|pogledajte\s+(?:i|još)|vidi\s+i|ver\s+também|voir\s+aussi"
    r"|siehe\s+auch|vedi\s+anche|zobacz\s+(?:też|także|również)|ayrıca\s+bakınız|lihat\s+juga)\s*:"
    # a published stamp: "Objavljeno: 12.03.2034. u 14:22", "Veröffentlicht: 3. Mai 2034"
    r"|^(?:objavljeno|veröffentlicht|publié(?:\s+le)?|publicado(?:\s+el)?|pubblicato(?:\s+il)?"
    r"|opublikowano|yayınlanma(?:\s+tarihi)?|yayınlandı|publicerad|julkaistu|gepubliceerd"
    r"|zveřejněno|publicat)\s*:?\s*\d[\d\s.:/,-]*(?:u|um|à|a\s+las|alle|o|saat|kl\.?|klo)?"
    r"[\d\s.:h-]*$"
    r"|^(?:temps\s+de\s+lecture|tiempo\s+de\s+lectura|tempo\s+de\s+leitura|tempo\s+di\s+lettura"
    r"|lesezeit|leestijd|lästid|lesetid|læsetid|czas\s+czytania|doba\s+čtení|lukuaika"
    r"|okuma\s+süresi)\s*:?\s*\d+\s*min"
    r"|^(?:[^\W\d_]+\s*[·|—–-]\s*)?\d[\d\s.,]*\s+(?:commentaires?|comentarios?|comentários?"
    r"|commenti|kommentare?|reacties|kommentarer|komentarzy|komentáře|komentárov|kommentit"
    r"|yorum)$",
    re.I,
)


# The word "photo" of Latin-script languages, as a credit's label: "Fotos: Yaiza Santana.",
# "Picha: Neema Lyimo.", "Fotografija: Ana Lučić.", "Fot. Marek Konkol." (an English "Photo:"
# is ``clean.credits``'), before a credit (``credits.credit_follows``): "Fot. Marek Konkol's
# picture of the flood won the Grand Press Photo." is news.
_PHOTO_LABEL = re.compile(
    r"^(?:fotos?|fotó|fotografi(?:ja|a|e|as)|fotografías?|fotoğraf|fotky?|zdjęcie|picha|kuva"
    r"|billede|bilder?|imagem|imagen|immagine|gambar|larawan|ảnh)\s*:\s+(?=\S)"
    r"|^fot\.\s+(?=[A-Z])",
    re.I,
)
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
_LETTER = re.compile(r"[^\W\d_]")
_SCRIPT_SHARE = 0.5  # a line in another script: at least this share of its letters
_SCRIPT_LABEL_WORDS = 4


def _other_script_share(text: str) -> float:
    """The share of ``text``'s letters that are of another script than the Latin one."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return 0.0
    return 1 - len(_LATIN.findall(text)) / letters


def _other_script(line: str) -> bool:
    """A line written in another script, or under a label in another script (see the module)."""
    if line.isascii():
        return False
    if _other_script_share(line) >= _SCRIPT_SHARE:
        return not _english_clause(line)
    label, *after = _LABEL_END.split(line, maxsplit=1)
    if not after or not 0 < len(label.split()) <= _SCRIPT_LABEL_WORDS:
        return False
    following = _WORD.findall(after[0])[:1]
    if following and following[0].islower() and _LATIN.match(following[0]):
        return False  # "Слава Україні: the slogan the crowd chanted ..."
    if _other_script_share(label) < 1:
        return False
    # a place or a section's name before an English sentence is the lede's dateline ("БИШКЕК —
    # The city council voted on Tuesday ..."); a photo's label, or a phrase ("Читайте также:",
    # read also) goes whatever follows it
    if _SCRIPT_PHOTO.fullmatch(label.strip()) or _phrase(label):
        return True
    return not _english_sentence(after[0])


def _phrase(label: str) -> bool:
    """Whether ``label`` holds a lower-case word other than a date's month ("Прочетете още"
    does; "Ташкент, 12 марта" and "БИШКЕК" do not)."""
    tokens = label.split()
    return any(
        word[0].islower() and not (k and tokens[k - 1].rstrip(".,").isdigit())
        for k, word in enumerate(tokens)
    )


# The word "photo" (or "video") of other scripts, as a label: "Фото: <a name>. <a caption>".
_SCRIPT_PHOTO = re.compile(
    r"(?:фото(?:графия)?|снимка|видео|φωτο(?:γραφία)?|φωτό|ภาพ|照片|图片|圖片|写真|사진|صورة"
    r"|تصوير|צילום)",
    re.I,
)
_ROW_SEPARATOR = re.compile(r"\s[|·•]\s")
_SENTENCE_STOP = re.compile(r"[.!?][\"”’')]?$")
_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _english_sentence(text: str) -> bool:
    """Whether ``text`` (what follows a label) is an English sentence: it opens with a Latin
    letter or a digit, ends like a sentence, is no row of links, most of its lower-case words
    are English and its first sentence has some ("Kazakhstan's central bank held its key rate
    at 16.5%."), so a name before a caption ("Ivan Petrov. The ferry at dawn.") is none."""
    text = text.strip()
    if not text or not (_LATIN.match(text) or text[0].isdigit()):
        return False
    if _ROW_SEPARATOR.search(text) or not _SENTENCE_STOP.search(text):
        return False
    first = _FIRST_SENTENCE.split(text, maxsplit=1)[0]
    if not any(_english_word(w) for w in _lower_words(first)):
        return False
    return bool(_mostly_english(text, _FOREIGN_SHARE))


# A page's words alone on a line in the languages whose sites write English editions: an ad
# slot's label, a share button, a list of related stories, a link back to the top.
# (a list of related stories, as a heading: ``clean.lists`` drops the headlines under it)
# (or "read also" alone on its line, with no colon: "Les også", "LEA TAMBIÉN", "Loe ka")
_RELATED_ABROAD = (
    r"související(?:\s+články)?|relacionad[oa]s|articles\s+(?:liés|similaires)|correlati"
    r"|ilgili\s+haberler|powiązane|(?:berita|artikel)\s+(?:terkait|berkaitan)|gerelateerd"
    r"|(?:à\s+)?lire\s+aussi|lisez\s+aussi|leia\s+também|le[ae]\s+también|leggi\s+anche"
    r"|lesen\s+sie\s+auch|läs\s+också|les\s+også|læs\s+også|lue\s+myös|loe\s+(?:ka|lisaks)"
    r"|czytaj\s+(?:także|też|również)|baca\s+juga|lees\s+ook|関連(?:ニュース|記事)"
    r"|(?:à\s+)?lire\s+également|leia\s+ainda|notícias\s+relacionadas|noticias\s+relacionadas"
    r"|lexo\s+edhe|kapcsolódó\s+(?:cikkek|hírek|tartalmak)|pročitajte\s+(?:još|i)"
    r"|читайте\s+также|ook\s+interessant|auch\s+interessant|ezek\s+is\s+érdekelhetik"
    r"|(?:a\s+)?legolvasottabb(?:\s+(?:hírek|cikkek))?|δείτε\s+(?:ακόμη|επίσης)"
    r"|διαβάστε\s+(?:ακόμη|επίσης)|τα\s+πιο\s+δημοφιλή"
    # (sw, fo, lv, lt, et) and a list of the most read, as English's "Most read" is
    r"|habari\s+zinazohusiana|soma\s+(?:zaidi|pia)|les\s+eisini|lasiet\s+arī|skaitykite\s+(?:taip"
    r"\s+pat|daugiau)|loe\s+veel|meest\s+gelezen|meistgelesen|les\s+plus\s+lus|lo\s+más\s+leído"
    r"|(?:as\s+)?mais\s+lidas|(?:i\s+)?più\s+letti|najczęściej\s+czytane|mest\s+lästa|mest\s+lest"
    r"|mest\s+læste|eniten\s+luetut|terpopuler|en\s+çok\s+okunanlar|самое\s+читаемое"
    # more on a topic, as English's "More on ...": "Leia mais sobre educação em Goiás", "Meer
    # over mobiliteit in Antwerpen", "Mehr zum Thema", "Méi zum Thema"
    r"|(?:leia\s+mais|saiba\s+mais|lea\s+más|lee\s+más|mehr|méi|meer|lisää)"
    r"\s+(?:sobre|über|zum|zu|over|aiheesta)\b(?:\s+[^\W\d][\w'’-]*){1,6}"
    # more from a place or a section, as English's "More from ...": "Weitere Artikel aus
    # <Kreis>", "Meer nieuws uit <Provincie>", "Más noticias de <Ciudad>", "Altre notizie da ..."
    r"|(?:(?:weitere|mehr)\s+(?:artikel|nachrichten|meldungen|beiträge|news)\s+(?:aus|von"
    r"|vom|zu|zum)|mehr\s+aus|meer\s+(?:nieuws|artikelen|verhalen)\s+(?:uit|van|over)|plus\s+d['’]"
    r"(?:actualités|articles|infos|informations)\s+(?:de|du|des|sur)|más\s+(?:noticias|artículos)"
    r"\s+(?:de|del|sobre|en)|altre\s+notizie\s+(?:da|di|dal|dalla|su)|altri\s+articoli\s+(?:da|di"
    r"|su)|mais\s+(?:notícias|artigos)\s+(?:de|da|do|sobre)|fler\s+(?:nyheter|artiklar)\s+(?:från"
    r"|om)|flere\s+(?:nyheter|nyheder|artikler|saker)\s+(?:fra|om)|więcej\s+(?:wiadomości"
    r"|artykułów)\s+(?:z|ze|o)|lisää\s+uutisia|další\s+zprávy\s+z)"
    r"(?:\s+[^\W\d][\w'’-]*){1,5}"
    # a list of the most read of a period: "As mais lidas da semana", "Lo más leído del día"
    r"|(?:(?:as\s+)?mais\s+lidas|(?:lo\s+|los\s+|las\s+)?más\s+leíd[oa]s|(?:i\s+)?più\s+letti"
    r"|les\s+plus\s+lus|meistgelesen|meest\s+gelezen|najczęściej\s+czytane|mest\s+lästa)\s+"
    r"(?:da|do|de\s+la|del|de|der|des|della|dello|dell['’]|van\s+de|i|denna|este|esta|the)\s*"
    r"(?:semana|dia|día|mês|mes|woche|tages|monats|settimana|giorno|mese|semaine|jour|mois|week"
    r"|dag|maand|tygodnia|dnia|miesiąca|veckan|dagen)"
    # one story that may interest the reader, before its headline ("Le puede interesar: ...")
    r"|(?:también\s+)?(?:le|te)\s+puede\s+interesar|puede\s+interesarle|(?:também\s+)?(?:pode"
    r"|poderá)\s+(?:te\s+|lhe\s+)?interessar|(?:ti\s+)?potrebbe\s+interessar(?:ti|e)"
    r"|das\s+könnte\s+(?:sie|dich)\s+(?:auch\s+)?interessieren|(?:cela|ça)\s+pourrait\s+vous"
    r"\s+intéresser|vous\s+(?:pourriez|aimerez)\s+(?:aussi|également)(?:\s+aimer)?|dit\s+vind\s+je"
    r"\s+misschien\s+(?:ook\s+)?(?:interessant|leuk)|może\s+cię\s+(?:też\s+)?zainteresować"
    r"|ilginizi\s+çekebilir"
    # a pointer to the site's other news ("Veja mais notícias da região no <Portal>")
    r"|(?:veja|leia|confira|vea|lea|consulte|lee|leggi|scopri|lesen\s+sie|lees|lisez|découvrez"
    r"|läs|les|læs)\s+(?:mais|más|altre|weitere|meer|plus\s+d['’]|fler|flere|mer|todas\s+as"
    r"|todas\s+las|tutte\s+le|alle)\s*(?:notícias|noticias|notizie|nachrichten|nieuws|actualités"
    r"|articles|nyheter|nyheder|artikel|artículos|artigos|articoli|meldungen)\b[^.!?:]{0,70}"
)
_RELATED_HEAD = re.compile(rf"(?:{_RELATED_ABROAD})\s*:?", re.I)
_SITE_WORD = re.compile(
    r"(?:reklam[ae]?|anzeige|annonce|publicidad|publicidade|pubblicità|publicité|advertentie"
    r"|mainos|iklan|werbung|sdílet|compartir|partager|teilen|condividi|compartilhar|udostępnij"
    rf"|paylaş|bagikan|{_RELATED_ABROAD}|volver\s+arriba"
    r"|retour\s+en\s+haut|(?:zurück\s+)?nach\s+oben|torna\s+su|bumalik\s+sa\s+itaas"
    r"|powrót\s+do\s+góry|voltar\s+ao\s+topo|terug\s+naar\s+boven|başa\s+dön|natrag\s+na\s+vrh"
    r"|nazad\s+na\s+vrh|takaisin\s+ylös"
    # more articles, another platform's share button, a bookmark, related news
    r"|weitere\s+(?:artikel|nachrichten|beiträge)|plus\s+d['’]articles|más\s+noticias"
    r"|mais\s+notícias|altri\s+articoli|więcej\s+artykułów|další\s+články|daha\s+fazla\s+haber"
    r"|habari\s+zaidi|više\s+vijesti|lisää\s+uutisia"
    r"|(?:partager\s+sur|compartir\s+en|teilen\s+auf|condividi\s+su|compartilhar\s+no"
    r"|udostępnij\s+na|podijeli\s+na|sdílet\s+na|paylaş\s+on)\s+(?:facebook|x|twitter|whatsapp"
    r"|telegram|linkedin|bluesky|threads)"
    r"|ajouter\s+à\s+mes\s+favoris|añadir\s+a\s+(?:mis\s+)?favoritos|zu\s+(?:den\s+)?favoriten"
    r"\s+hinzufügen|aggiungi\s+ai\s+preferiti|adicionar\s+aos\s+favoritos|dodaj\s+do\s+ulubionych"
    r"|favorilere\s+ekle|povezane\s+vijesti|povezani\s+članci|srodne\s+vijesti|slične\s+vijesti"
    # comments closed, all rights reserved
    r"|komentari\s+su\s+(?:isključeni|zatvoreni)|yorumlar\s+(?:kapatıldı|kapalı(?:dır)?)"
    r"|kommentare\s+(?:sind\s+)?(?:geschlossen|deaktiviert)|comentarios\s+cerrados"
    r"|commentaires\s+fermés|commenti\s+chiusi|komentarze\s+(?:wyłączone|zamknięte)"
    r"|reacties\s+(?:gesloten|uitgeschakeld)|tüm\s+hakları\s+saklıdır|sva\s+prava\s+(?:pridržana"
    r"|zadržana)|todos\s+los\s+derechos\s+reservados|tous\s+droits\s+réservés|alle\s+rechte"
    r"\s+vorbehalten|tutti\s+i\s+diritti\s+riservati|todos\s+os\s+direitos\s+reservados"
    r"|wszelkie\s+prawa\s+zastrzeżone|všechna\s+práva\s+vyhrazena|haki\s+zote\s+zimehifadhiwa"
    # reproduction forbidden, with its terms: "Reproduction, même partielle, interdite sans
    # accord écrit.", "Prohibida su reproducción total o parcial", "Nachdruck nur mit Genehmigung"
    r"|(?:reproduction|reproducción|riproduzione|reprodução|nachdruck|eftertryck|ettertrykk"
    r"|eftertryk)\b[^.!?]{0,40}?\b(?:interdite|prohibida|vietata|riservata|proibida|verboten"
    r"|förbjudet|forbudt|nur\s+mit\s+(?:genehmigung|zustimmung))(?:\s+[^.!?]{1,40})?"
    r"|(?:prohibida|interdite|vietata|proibida)\s+(?:la|su|toute|qualsiasi|a)\s+(?:reproducción"
    r"|reproduction|riproduzione|reprodução)(?:\s+[^.!?]{1,40})?)"
    r"\s*[:.!]?",
    re.I,
)


# A newsroom's byline in its language: "Redacción Islas Hoy con ACA", "Redação", "Rédaction".
_NEWSROOM_BYLINE = re.compile(
    r"(?:redacción|redação|rédaction|redazione|redaktion|redakcja|redakce)(?:\s+[^.!?]{1,60})?",
    re.I,
)
_NEWSROOM_WORDS = 8


def is_related_head(line: str) -> bool:
    """A list of related stories' heading in another language ("İlgili Haberler", "Související
    články")."""
    return _RELATED_HEAD.fullmatch(line.strip()) is not None


def _lower_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(_QUOTED.sub(" ", text)) if w[0].islower() and len(w) >= 2]


def _mostly_english(text: str, share: float) -> bool | None:
    """Whether at least ``share`` of ``text``'s lower-case words are English (None: too few
    words); stop words are counted first, and a text with enough of them needs no dictionary."""
    words = _lower_words(text)
    if len(words) < _MIN_WORDS:
        return None
    stops = sum(w in STOP_WORDS for w in words)
    if stops >= share * len(words):
        return True
    english = stops + sum(w not in STOP_WORDS and in_dictionary(w) for w in words)
    return english >= share * len(words)


def _words(paragraphs: Sequence[str]) -> int:
    """How many words ``paragraphs`` hold."""
    return sum(len(p.split()) for p in paragraphs)


def _other_language(words: list[str], needed: int) -> bool:
    """Whether ``words`` (lower case) hold ``needed`` function words of one other language."""
    return any(sum(w in table for w in words) >= needed for table in _FUNCTION_WORDS)


def _english_word(word: str) -> bool:
    low = word.lower()
    return low in STOP_WORDS or in_dictionary(low)


def _foreign_label(line: str) -> bool:
    """A label in another language before the line's first separator: "Baca juga: <an English
    headline>", "Leia em português | Read in English", "Tem uma história? Envie-nos ... — tips
    welcome". Its first word counts with its lower-case ones (a label's first word is capitalised
    by its place), and two of them at least are not English: "Kyiv live:" and "Gaza ceasefire:"
    are English labels with a name."""
    if len(line.split()) > _LABEL_LINE_WORDS:
        return False
    label, *after = _LABEL_END.split(line, maxsplit=1)
    if not after:
        return False
    following = _WORD.findall(after[0])[:1]
    if line[len(label) :].lstrip().startswith("?") and following and following[0].islower():
        return False  # "Ako ďalej, Slovensko? is the title of the president's new book"
    if following and following[0].islower() and _english_word(following[0]):
        return False  # "Kılıçdaroğlu için: the opposition's slogan, ..., filled the square."
    if _english_sentence(after[0]):
        return False  # "Picha ya mwaka: Tanzania's photo of the year went to a fisherman."
    found = _WORD.findall(_QUOTED.sub(" ", label))
    words = [w.lower() for k, w in enumerate(found) if k == 0 or w[0].islower()]
    foreign = [w for w in words if len(w) >= 2 and not _english_word(w)]
    enough = len(foreign) >= 2 and len(foreign) > (1 - _LABEL_SHARE) * len(words)
    return enough and _other_language(words, 1)


# A quote, chant or slogan in its language, then the English sentence that reports it:
# "Slovensko nie je Rusko, the crowd chanted in Bratislava on Friday."
# (the attribution verbs the other rules share, and the verbs that report a chant or a post)
_QUOTING = re.compile(r"\b(?:chanted|shouted|posted|wrote|read|proclaimed|declared|sang|tweeted)\b")
_CLAUSE_WORDS = 4


def _english_clause(line: str) -> bool:
    """Whether ``line`` ends in an English clause: a verb of reporting, or its last four words
    all English."""
    if ATTRIBUTION.search(line) or _QUOTING.search(line):
        return True
    last = _WORD.findall(line)[-_CLAUSE_WORDS:]
    return len(last) == _CLAUSE_WORDS and all(_english_word(w) for w in last)


def _is_foreign(line: str) -> bool:
    if len(line.split()) > _MAX_WORDS or line.lstrip()[:1] in "\"“«„'‘":
        return False
    if _foreign_label(line) or _SITE_LABEL.match(line.strip()) or _other_script(line):
        return True
    photo = _PHOTO_LABEL.match(line.strip())
    if photo and credit_follows(line.strip()[photo.end() :]):
        return True  # not "Imagen: Spain's satellite agency released pictures of ..."
    if _SITE_WORD.fullmatch(line.strip()):
        return True
    if len(line.split()) <= _NEWSROOM_WORDS and _NEWSROOM_BYLINE.fullmatch(line.strip()):
        return True
    english = _mostly_english(line, _FOREIGN_SHARE)
    if english is not True and not _english_clause(line) and is_switch_abroad(line):
        return True  # "Soma habari hii kwa Kiswahili": this piece in the site's language
    if english is not False or _english_clause(line):
        return False
    # its first word, past an agency's or outlet's initials ("MCW · Texto sujeito a ..."); an
    # article of another language ("Los", "La") is no English word here
    first = next((w for w in _WORD.findall(line) if not w.isupper()), None)
    if first is None or (_english_word(first) and not _article_word(first)):
        return False
    words = [w.lower() for w in _WORD.findall(_QUOTED.sub(" ", line))]
    return _other_language(words, 2) or _accented(line)


def _article_word(word: str) -> bool:
    """A function word of another language of three letters or more ("Los", "Les", "Der")."""
    low = word.lower()
    return len(low) >= 3 and any(low in table for table in _FUNCTION_WORDS)


# A line with no English word among its lower-case ones and at least this many lower-case
# words in letters English never writes ("için", "üye", "girişi"): its language, whichever it
# is, has no function word in the tables above.
_ACCENTED_WORDS = 2
_ACCENT = re.compile(r"[^\W\d_a-zA-Z]")


def _accented(line: str) -> bool:
    words = _lower_words(line)
    if any(_english_word(w) for w in words):
        return False
    return sum(bool(_ACCENT.search(w)) for w in words) >= _ACCENTED_WORDS


# A page's label above the first paragraph in its language: "Édition Sables et littoral",
# "Notre dossier spécial crise viticole", "Cobertura especial Reserva de la Mariposa Monarca".
_LEADING_WORDS = 8
# a regional edition's label in the site's language: "Édition Sables et littoral", "Edición
# Valparaíso", "Ausgabe Nord": the word, then a few words of a place and no figure or clause
_EDITION_LABEL = re.compile(
    r"(?:édition|edición|edição|edizione|ausgabe|editie|wydanie|izdanje|udgave|utgave|upplaga)"
    r"(?:\s+[^\W\d]+(?:['’-][^\W\d]+)*){1,4}",
    re.I,
)


def _leading_label(line: str) -> bool:
    """A label (no sentence, ``_LEADING_WORDS`` words at most) in another language: at most half
    its words English (its capitalised ones counted too, as a label capitalises them; another
    language's function words that English dictionaries hold, "de", "la", "et", not), and two
    signs of another language: a function word of one (``_FUNCTION_WORDS``, "de la", "et",
    "notre") or a word in letters English never writes ("spécial"); or a regional edition's
    label in its language ("Édition Sables et littoral"). "Día de los
    Muertos draws record crowds" and "Festival de la Mariposa Monarca" are mostly English."""
    text = line.strip()
    if len(text.split()) > _LEADING_WORDS or _SENTENCE_STOP.search(text) or text[:1] in "\"“«„'‘":
        return False
    if _EDITION_LABEL.fullmatch(text):
        return True
    words = _WORD.findall(text)
    if len(words) < _MIN_WORDS:
        return False
    low = [w.lower() for w in words]
    # "de", "la", "et" are in the dictionary but tell no language here: not counted
    counted = [w for w in low if w in STOP_WORDS or not any(w in t for t in _FUNCTION_WORDS)]
    if 2 * sum(_english_word(w) for w in counted) > len(counted):
        return False
    tables = [sum(w in table for w in low) for table in _FUNCTION_WORDS]
    accented = sum(bool(_ACCENT.search(w)) and not _english_word(w) for w in words)
    return max(tables) + accented >= 2


# A quotation in its own language, set under the English sentence that introduces it with a
# colon ("The mayor welcomed the news online:" / "Die Gisela fährt wieder! Ab 1. Mai ..."): an
# embedded post or a quoted statement, news; the intro must be a clause, not a label ("Teilen:").
_INTRO_WORDS = 4
_QUOTE_WORDS = 5
_QUOTE_END = re.compile(r"[.!?…][\"”»’']?$")


def _quoted_after_intro(lines: Sequence[str], keep: list[bool], i: int) -> bool:
    line = lines[i].strip()
    if len(line.split()) < _QUOTE_WORDS or not _QUOTE_END.search(line):
        return False
    above = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
    if above is None or not keep[above]:
        return False
    intro = lines[above].strip()
    return (
        intro.endswith(":")
        and len(intro.split()) >= _INTRO_WORDS
        and _mostly_english(intro, _ENGLISH_TEXT) is True
        and not _is_foreign(intro)
    )


# A lede under its dateline, in the local language of a release whose other paragraphs are
# English ("<CITY> – Simula Hulyo 1, labinlimang (15) modern jeepney ang bibiyahe ..., ayon sa
# <office>."): chrome carries no dateline, and a sentence of this many words after one is the
# story's first (a dateline and a byline, "НАРЫН - 19.02.2034 - <name>", is none; junk47).
_LEDE_WORDS = 8


def _dated_lede(line: str) -> bool:
    rest = strip_dateline(line.strip())
    return (
        rest != line.strip()
        and len(rest.split()) >= _LEDE_WORDS
        and rest.rstrip("\"'”’»)").endswith((".", "!"))
    )


_BETWEEN_WORDS = 12


def _between_paragraphs(
    lines: Sequence[str], keep: list[bool], i: int, is_body: Callable[[str], bool], found: list[int]
) -> bool:
    """Whether line ``i`` is a paragraph of its own (a told sentence of twelve words or more) right
    between two kept paragraphs in the text's language: a bilingual broadcaster's line in its
    other language ("Machann-yo ka vann anba tant dépi janvyé, é konsèy-la di ..." between two
    English ones; aside36's look), not the page's chrome, which stands above the text, under it
    or alone between its parts."""
    text = lines[i].strip()
    if not is_body(text) or len(text.split()) < _BETWEEN_WORDS:
        return False
    # (a prompt cries or asks, "Mehr Nachrichten gibt es hier! Jetzt abonnieren."; a credit has
    # its label, "Fotos: <name>. <caption>"; the paragraph tells, as a sentence)
    if re.search(r"[!?¡¿:]", text) or not text.endswith("."):
        return False
    above = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
    below = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
    return all(
        j is not None and keep[j] and j not in found and is_body(lines[j]) for j in (above, below)
    )


def drop_foreign_lines(
    lines: Sequence[str], keep: list[bool], is_body: Callable[[str], bool] | None = None
) -> None:
    """Unmark (``keep[i] = False``) the kept short lines of ``lines`` written in another language
    than the English text around them, and with ``is_body`` (what a paragraph is) a label in
    another language above the first paragraph (``_leading_label``); nothing when the text is
    not English (with ``is_body``, also when every paragraph is in the other language)."""
    found = [
        i
        for i, line in enumerate(lines)
        if keep[i]
        and line
        and _is_foreign(line)
        and not _quoted_after_intro(lines, keep, i)
        and not _dated_lede(line)
    ]
    if is_body is not None:
        first = next((i for i, line in enumerate(lines) if keep[i] and is_body(line)), None)
        found += [
            i
            for i in range(first or 0)
            if keep[i] and lines[i] and i not in found and _leading_label(lines[i])
        ]
    if is_body is not None:
        found = [i for i in found if not _between_paragraphs(lines, keep, i, is_body, found)]
    if not found:
        return
    gone = set(found)
    left = [line for i, line in enumerate(lines) if keep[i] and i not in gone]
    # a text whose paragraphs are all in the other language is not English, whatever the labels
    # left under them read as ("Encaminhada", "Entre no canal do ..." under two Portuguese ones)
    if is_body is not None:
        gone_body = [lines[i] for i in sorted(gone) if is_body(lines[i])]
        left_body = [line for line in left if is_body(line)]
        if gone_body and not left_body:
            return
        # nor is one whose paragraphs in the other language outweigh the English-looking ones,
        # in words and in number (a French paragraph of "euros", "minutes" and "comprises" reads
        # as English on its own between two French ones; an English brief over one long French
        # or German edition notice is English: review41's probe)
        if len(gone_body) > len(left_body) and _words(gone_body) > _words(left_body):
            return
    if not _mostly_english(" ".join(left), _ENGLISH_TEXT):
        return
    for i in found:
        keep[i] = False
