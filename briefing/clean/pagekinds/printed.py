"""Kinds in the wordings real sites print for them in many languages at once (junk38).

Each kind is read by its shape, with a small vocabulary written for a dozen languages or more
from how sites print it, not from the lines of one page:

- a published / updated stamp alone: a publish or update word, then only dates, clocks and
  "today", "at" ("Publié aujourd'hui à 10h12, modifié à 11h30", "Veröffentlicht am 3. März
  2049, 10:12 Uhr", "نُشر في 9 نيسان 2049", "입력 2049.03.03 10:12");
- a member or subscriber wall: the text "only for" subscribers or members ("Cet article est
  réservé aux abonnés", "Bu içerik abonelere özeldir", "Материал доступен только подписчикам",
  "有料会員限定", "残り298文字（全文512文字）");
- a blog platform's chrome: "No comments:" and the newer / older post row ("Entrada más reciente
  Entrada antigua Página principal");
- a newsletter's greeting: a greeting word, a few words and "!" ("¡Buenos días, Lima!", "Guten
  Morgen aus Köln!", "Selamat pagi, pembaca!");
- a newsletter's forward ask ("Forward this to a friend", "Reenvía este boletín", "Inoltra
  questa newsletter", "Teruskan email ini");
- a release's chrome: its label alone ("COMUNICATO STAMPA", "PRESS RELEASE – Ministry of
  Works"), notes to editors, a media contact's label with a phone or an e-mail, the press office
  as where to ask ("Images are available from the council's press office.");
- an ask to report an error ("Spot a typo? Let us know.", "¿Has visto un error? Avísanos.",
  "Нашли ошибку? Выделите её и нажмите Ctrl+Enter");
- a broadcaster's ask to watch or listen live ("Watch the latest news on our live stream",
  "Assista ao vivo", "Segui la diretta"), a station's frequency with its hours, a newsletter's
  delivery hours ("The Morning Brief: the city's news at 6 a.m., Monday to Friday");
- a newsroom's byline alone ("Da Redação", "Par la rédaction", "Haber Merkezi") and a CJK desk
  byline ("社会部・山田太郎", "记者 张伟");
- a related or recommended label with a headline after its colon ("Notas relacionadas: ...",
  "推荐阅读：...", "Artikel terkait: ...");
- a wire's standards line ("Our Standards: The Trust Principles."), comments closed
  ("Commenting is closed on this story.", "Los comentarios están cerrados."), a metered wall's
  "register for free to read more", a series tag ("Part of <Series>, our year-long reporting
  on ...");
- thanks for reading with a donation ask ("¡Gracias por leer! Dona para que sigamos.");
- a path from the site's home page by any separator ("Inicio / Sevilla", "首页 > 国内");
- a live page's head of its key points ("Key moments in this blog", "Les points clés"), a
  wire's correction slug ("CORRECTS ...") and reporting credit ("X reported from Y; Z also
  reported.").

A sentence of news with the same words stays: it reports (said, announced), is in the past, or
goes on past the kind's shape ("The newspaper's press office did not answer.", "Comments on the
draft law closed on Friday, the ministry said.").
"""

from __future__ import annotations

import re

from briefing.clean.pagekinds.common import DespacedRule, Matcher, Rule
from briefing.clean.vocabulary import unless_reported

__all__ = ["KINDS", "STAMP_WORDS"]


class _Gated:
    """A kind tried only on a line with what every line of it has (a cheap check first)."""

    def __init__(self, gate: re.Pattern[str], kind: Matcher) -> None:
        self._gate = gate
        self._kind = kind

    def match(self, line: str) -> bool:
        return bool(self._gate.search(line) and self._kind.match(line))


# -- a published / updated stamp alone ---------------------------------------------------------
_PUBLISH = (
    "published updated posted modified publié publiée mis modifié modifiée actualisé actualisée"
    " publicado publicada actualizado actualizada modificado modificada veröffentlicht"
    " aktualisiert geändert erstellt pubblicato pubblicata aggiornato aggiornata modificato"
    " atualizado atualizada diterbitkan dipublikasikan diperbarui diperbaharui dimuat terbit"
    " yayınlanma yayınlandı yayımlandı güncelleme güncellendi опубликовано обновлено изменено"
    " опубликован обновлён gepubliceerd bijgewerkt geplaatst opublikowano zaktualizowano"
    " publicat actualizat نشر تحديث نشرت اخر آخر 입력 수정 업데이트 기사입력 게시"
)
# what a stamp holds past its first word: dates, clocks, today, at, ago, another publish word
_STAMP_WORDS = frozenset(
    (
        _PUBLISH + " last latest última último ultimo ultima zuletzt son terakhir laatst ostatnio"
        " update actualización aggiornamento atualização actualisation mise jour à a à on at am"
        " um le la las los el de del du des of the il alle alla às as em pada pukul jam pkl в от"
        " op om"
        " في من تم بتاريخ في، on: at: uhr h hs hrs wib wita wit cet cest gmt utc bst et est edt"
        " pt pst ct am pm a.m. p.m. msk trt hora horas heure heures stunde stunden ore ora jam"
        " menit saat dakika час часа часов минут минуты uur minuten minutes minute mins min hours"
        " hour seconds ago hace il y vor fa há yang lalu önce назад geleden temu منذ ساعة ساعات"
        " دقيقة دقائق today yesterday aujourd'hui aujourd’hui hier hoy ayer heute gestern oggi"
        " ieri hoje ontem hari ini kemarin bugün dün сегодня вчера vandaag gisteren dzisiaj"
        " wczoraj azi ieri اليوم أمس 오전 오후 y e und et ed e и en i dan ve - – — | · , / :"
        " monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun"
        " lunes martes miércoles jueves viernes sábado domingo lundi mardi mercredi jeudi"
        " vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag"
        " lunedì martedì mercoledì giovedì venerdì sabato domenica segunda terça quarta quinta"
        " sexta sábado domingo feira segunda-feira terça-feira quarta-feira quinta-feira"
        " sexta-feira senin selasa rabu kamis jumat sabtu minggu pazartesi salı çarşamba"
        " perşembe cuma cumartesi pazar понедельник вторник среда четверг пятница суббота"
        " воскресенье maandag dinsdag woensdag donderdag vrijdag zaterdag zondag الاثنين"
        " الثلاثاء الأربعاء الخميس الجمعة السبت الأحد"
        # months: Latin-script languages, Russian, Turkish, Indonesian, Arabic (both series)
        " january february march april may june july august september october november december"
        " jan feb mar apr jun jul aug sep sept oct nov dec janvier février mars avril mai juin"
        " juillet août septembre octobre novembre décembre enero febrero marzo abril mayo junio"
        " julio agosto septiembre setiembre octubre noviembre diciembre januar februar märz"
        " april juni juli august oktober dezember gennaio febbraio aprile maggio giugno luglio"
        " settembre ottobre dicembre janeiro fevereiro março maio junho julho setembro outubro"
        " novembro dezembro januari februari maret mei agustus oktober desember ocak şubat mart"
        " nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık января февраля марта"
        " апреля мая июня июля августа сентября октября ноября декабря maart mei augustus"
        " stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października"
        " listopada grudnia ianuarie februarie martie aprilie iunie iulie septembrie octombrie"
        " noiembrie decembrie يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر"
        " نوفمبر ديسمبر كانون الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين الأول"
    ).split()
)
STAMP_WORDS = _STAMP_WORDS
_PUBLISH_WORDS = frozenset(_PUBLISH.split()) | {"last", "última", "ultimo", "zuletzt", "son"}
_STAMP_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*\.?|\d+")
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670]")
_STAMP_GATE = re.compile(r"\d|today|hoy|hier|heute|oggi|hoje|aujourd|ini|bugün|сегодня", re.I)
_STAMP_WORDS_MAX = 24


class _StampAlone:
    """A publish or update word first, then nothing but a stamp's words and a figure."""

    def match(self, line: str) -> bool:
        text = _ARABIC_MARKS.sub("", line.strip()).lower()
        tokens = _STAMP_TOKEN.findall(text)
        if not tokens or len(tokens) > _STAMP_WORDS_MAX:
            return False
        first = tokens[0].rstrip(".")
        if first not in _PUBLISH_WORDS:
            return False
        # (a clock's letters apart from its figures: "10h12" is "10", "h", "12")
        return any(t.isdigit() for t in tokens) and all(
            t.isdigit() or t.rstrip(".") in _STAMP_WORDS for t in tokens
        )


# -- a member or subscriber wall -------------------------------------------------------------------
_MEMBERS = (
    r"(?:(?:paying|paid|premium|digital)\s+)?(?:subscribers?|members?|abonnés|abonnées"
    r"|suscriptor[ae]s|socios|abonad[oa]s|abonnenten|abonnentinnen|mitglieder[n]?|abbonati"
    r"|assinantes|pelanggan|anggota|member|abone\w*|üye\w*|подписчик\w*|участник\w*|abonnees"
    r"|leden|prenumerator\w*|subskrybent\w*|abonați\w*|membri)"
)
_ONLY_FOR = (
    r"(?:(?:is\s+)?(?:only\s+)?(?:for|available\s+(?:only\s+)?to|reserved\s+for|exclusive\s+(?:to"
    r"|for))|(?:est\s+)?réservée?\s+(?:aux|à\s+nos)|(?:es\s+)?(?:exclusiv[oa]|solo|sólo|reservad[oa])"
    r"\s+(?:para|a)(?:\s+(?:los|nuestros|las))?|(?:ist\s+)?(?:nur|exklusiv)\s+für(?:\s+(?:unsere"
    r"|die))?|(?:è\s+)?(?:riservat[oa]|dedicat[oa]|solo\s+per|esclusiv[oa]\s+per)(?:\s+(?:agli|ai"
    r"|ai\s+nostri|per\s+gli))?|(?:é\s+)?(?:exclusiv[oa]|restrit[oa])\s+(?:para|a|aos)(?:\s+(?:os"
    r"|nossos))?|(?:hanya\s+)?(?:khusus|untuk)(?:\s+untuk)?|(?:доступ\w*\s+)?только\s+(?:для)?"
    r"|alleen\s+voor|voorbehouden\s+aan|tylko\s+dla|dostępn\w*\s+tylko\s+dla)"
)
_TEXTS = (
    r"(?:this\s+(?:article|story|content|post|piece)|(?:the\s+)?(?:full\s+)?(?:article|story|content)"
    r"|(?:cet?\s+|cette\s+)?(?:article|contenu)|(?:este\s+|esta\s+)?(?:artículo|contenido|nota"
    r"|noticia)|(?:dieser\s+|der\s+)?(?:artikel|beitrag|inhalt)|(?:questo\s+|l['’])?(?:articolo"
    r"|contenuto)|(?:este\s+|esta\s+)?(?:artigo|conteúdo|matéria)|(?:artikel|konten|berita)\s+ini"
    r"|bu\s+(?:içerik|haber|makale)|(?:этот\s+|эта\s+|данный\s+)?(?:материал|статья|текст)"
    r"|(?:dit\s+)?(?:artikel|stuk)|(?:ten\s+)?(?:artykuł|tekst|materiał))"
)
_WALL = unless_reported(
    re.compile(
        rf"^(?:{_TEXTS}\s+)?{_ONLY_FOR}\s+{_MEMBERS}\b(?:\s+[^\s.!?]+){{0,2}}\s*[.!]?$"
        rf"|^(?:{_TEXTS}\s+)?{_MEMBERS}\s+(?:only|exclusive|exclusivo|exclusiva|özel\w*|için"
        r"\s+özel\w*)\b[^\n]{0,20}$|^(?:bu\s+(?:içerik|haber|makale)\s+)?(?:yalnızca\s+|sadece\s+)?"
        r"abone\w*\s+(?:özel\w*|açık\w*)\b[^\n]{0,20}$"
        r"|^(?:материал|статья|этот\s+материал|эта\s+статья)\s+доступ\w+\s+только\s+подписчик\w*"
        r"[^\n]{0,20}$",
        re.I,
    )
)
_WALL_GATE = re.compile(
    r"subscri|member|abonn|suscript|socio|abonad|mitglied|abbonat|assinant|pelanggan|anggota"
    r"|abone|üye|подписч|участник|leden|prenumer|subskryb|abona|membri",
    re.I,
)
_CJK_WALL = DespacedRule(
    re.compile(
        # no comma around it: "该报宣布，付费会员专享内容将..." is news of the paper (review42)
        r"^(?:この記事は|本文|本文为|本文為|该文章|此文章|이\s*기사는)?[^。！？，、,]{0,8}"
        r"(?:有料会員|会員|プレミアム会員|デジタル会員|付费会员|付費會員|会员|會員|订阅用户|訂閱用戶|유료\s*회원|회원)"
        r"[^。！？]{0,6}(?:限定|専用|向け|专享|專享|专属|專屬|独享|獨享|전용|만\s*볼\s*수)[^。！？，、,]{0,16}[。!！]?$"
        r"|^[^。！？]{0,12}(?:有料会員|付费会员|付費會員|유료\s*회원)[^。！？]{0,20}(?:読み放題|無制限|畅读|暢讀"
        r"|无限阅读|無限閱讀|무제한)[^。！？]{0,12}[。!！]?$"
        r"|^(?:残り|剩余|剩餘|还剩|還剩|남은)\s*[\d,]+\s*(?:文字|字|자)(?:[（(][^）)]{0,12}[）)])?$"
    )
)

# -- a blog platform's chrome ---------------------------------------------------------------------
_NO_COMMENTS = re.compile(
    r"^(?:no\s+comments|no\s+hay\s+comentarios|sin\s+comentarios|aucun\s+commentaire"
    r"|pas\s+de\s+commentaires?|keine\s+kommentare|nessun\s+commento|nenhum\s+comentário"
    r"|sem\s+comentários|tidak\s+ada\s+komentar|belum\s+ada\s+komentar|yorum\s+yok|henüz\s+yorum"
    r"\s+yok|комментариев\s+нет|нет\s+комментариев|geen\s+(?:opmerkingen|reacties)"
    r"|brak\s+komentarzy|niciun\s+comentariu|nu\s+există\s+comentarii|walang\s+komento"
    r"|hakuna\s+maoni|ingen\s+kommentarer|ei\s+kommentteja|žádné\s+komentáře|nincsenek"
    r"\s+megjegyzések|0\s+(?:comments|comentarios|commentaires|kommentare|commenti|comentários"
    r"|komentar|yorum|комментариев))\s*[:：]?$",
    re.I,
)
_NEWER = (
    r"(?:newer|más\s+recientes?|plus\s+récents?|neuere[rs]?|più\s+recenti?|mais\s+recentes?"
    r"|lebih\s+baru|yeni|новее|nieuwere|nowsz[ye]|mai\s+nou[ăa]|previous|anterior|précédente?"
    r"|vorherige[rs]?|precedente|sebelumnya|önceki|предыдущ\w*|vorige|poprzedni\w*|anterioar[ăa])"
)
_OLDER = (
    r"(?:older|(?:más\s+)?antiguas?|plus\s+anciens?|ältere[rs]?|più\s+vecchi[oa]?|mais\s+antigas?"
    r"|lama|eski|старее|oudere|starsz[ye]|mai\s+vech[ei]|next|siguiente|suivante?|nächste[rs]?"
    r"|successiv[oa]|berikutnya|sonraki|следующ\w*|volgende|następn\w*|următoare)"
)
_POSTS = (
    r"(?:posts?|entrada|entradas|article|articles|beitrag|post|postagem|posting|kayıt|yazı"
    r"|запись|сообщение|bericht|wpis|postare|artikel|articolo|artículo|artigo|home|startseite"
    r"|accueil|página\s+(?:principal|inicial)|pagina\s+(?:iniziale|principale|de\s+pornire)"
    r"|beranda|ana\s+sayfa|главная(?:\s+страница)?|strona\s+główna|homepage)"
)
_POST_PAIR = re.compile(
    rf"^(?=[^\n]*(?<!\w){_NEWER}(?!\w))(?=[^\n]*(?<!\w){_OLDER}(?!\w))(?=[^\n]*(?<!\w){_POSTS}"
    r"(?!\w))[^\n.!?]{0,90}$",
    re.I,
)

# -- a newsletter's greeting ----------------------------------------------------------------------
# a greeting of the time of day, which a letter opens with to any town ("Guten Morgen aus Köln!")
_TIME_GREETING = (
    r"(?:good\s+(?:morning|afternoon|evening|day)|buen(?:os|as)\s+(?:días|dias|tardes|noches)"
    r"|buen\s+día|bonjour|bonsoir|guten\s+(?:morgen|tag|abend)|buongiorno|buonasera|bom\s+dia"
    r"|boa\s+(?:tarde|noite)|selamat\s+(?:pagi|siang|sore|malam)|günaydın|iyi\s+akşamlar"
    r"|доброе\s+утро|добрый\s+(?:день|вечер)|goedemorgen|goedemiddag|goedenavond|dzień\s+dobry"
    r"|bună\s+(?:dimineața|dimineata|ziua|seara)|habari\s+za\s+asubuhi|magandang\s+(?:umaga|hapon"
    r"|gabi)|صباح\s+الخير|مساء\s+الخير|καλημέρα|dobro\s+jutro|god\s+morgon|god\s+morgen"
    r"|hyvää\s+huomenta)"
)
# ... and a plain hello, which a headline may open with too ("Hallo Welt!", "Ciao Italia!"): it
# is the letter's only with its readers named or what the issue holds after it
_PLAIN_GREETING = (
    r"(?:hello|hi|hey|howdy|greetings|welcome\s+back|hola|salut|coucou|moin|servus|grüezi"
    r"|grüß\s+gott|hallo|ciao|salve|olá|halo|hai|merhaba|здравствуйте|привет|dag\s+allemaal"
    r"|cześć|witajcie|namaste|namaskar|नमस्ते|नमस्कार|jambo|habari\s+(?:yako|zenu)|kia\s+ora"
    r"|aloha|mabuhay|sawubona|kia\s+orana|ia\s+ora\s+na|talofa(?:\s+lava)?|bula(?:\s+vinaka)?"
    r"|mālō\s+e\s+lelei|malo\s+e\s+lelei|fakaalofa\s+lahi\s+atu|halo\s+olaketa|مرحبا"
    r"|γεια\s+σας)"
)
_READERS = (
    r"(?:readers?|everyone|everybody|all|friends|folks|team|subscribers|tous|todos|todas"
    r"|zusammen|allerseits|tutti|pessoal|gente|semua|pembaca|herkese|всем|iedereen|allemaal"
    r"|wszystkim|lectores|lecteurs|leser(?:innen)?|lettori|leitores|okurlar|читатели|lezers)"
)
_READER = (
    r"(?:you|your|here['’]?s|we|our|today['’]s|this\s+(?:week|morning|issue)|tienes|te|usted|aquí"
    r"|esto|nuestr[oa]s?|hoy|vous|voici|nous|notre|aujourd['’]hui|ihr|euch|sie|wir|unser\w*|heute"
    r"|hier\s+(?:ist|sind)|ecco|voi|vi|noi|nostr[aoie]|oggi|você|vocês|veja|aqui|nós|noss[oa]s?|hoje"
    r"|anda|kamu|kami|hari\s+ini|berikut|siz|sizin|bugün|işte|вас|вам|мы|наш\w*|сегодня|je|jij"
    r"|jullie|wij|onze|vandaag|hier|esta\s+semana|cette\s+semaine|diese\s+woche|questa\s+settimana"
    r"|minggu\s+ini|bu\s+hafta|deze\s+week|на\s+этой\s+неделе|issue|edition|letter|carta|boletín"
    r"|lettre|ausgabe|edizione|edição|edisi|sayı|выпуск|news\s+from|noticias\s+de|nouvelles\s+de)"
)
_GREETING_END = r"(?:[!¡]+|(?<=\S)\s*[?]\s*(?=\S))"
# at most one more sentence, what the issue holds told to its reader ("Here's what you need to
# know today.", "Esto es lo que tienes que saber esta semana."): "Ciao Italia! The festival
# opens in Brooklyn on Saturday." is a headline of news
_TOLD = rf"\s*(?=[^!?\n]*\b{_READER}\b)[^!?]{{1,120}}[.!]?"
_GREETING_LINE = unless_reported(
    re.compile(
        rf"^¡?\s*(?:{_PLAIN_GREETING}[\s,]+(?:y|und|and|et|e|ve|dan|и|en)\s+)?{_TIME_GREETING}"
        rf"(?:[\s,]+[^\s!?.]+){{0,5}}\s*{_GREETING_END}(?:{_TOLD})?$"
        rf"|^¡?\s*{_PLAIN_GREETING}(?:[\s,]+[^\s!?.]+){{0,2}}?[\s,]+(?:à\s+|a\s+)?{_READERS}\b"
        rf"[^!?.\n]{{0,20}}{_GREETING_END}(?:{_TOLD})?$"
        rf"|^¡?\s*{_PLAIN_GREETING}(?:[\s,]+[^\s!?.]+){{0,5}}\s*{_GREETING_END}{_TOLD}$",
        re.I,
    )
)
_CJK_GREETING = DespacedRule(
    re.compile(
        r"^(?:おはようございます|こんにちは|こんばんは|早上好|早安|大家好|各位读者好|各位讀者好|안녕하세요)"
        r"[^。！？!?]{0,12}[。！!]"
    )
)

# -- a newsletter's forward ask -------------------------------------------------------------------
_FORWARD_ASK = unless_reported(
    re.compile(
        r"(?:^|[?!.]\s+)(?:please\s+)?(?:forward|send|pass)\s+(?:this|it)(?:\s+(?:e-?mail"
        r"|newsletter|issue|edition|letter|on|along))?\s+(?:on\s+|along\s+)?(?:to|with)\s+(?:a\s+)?"
        r"(?:friend|friends|colleague|colleagues|them|him|her|someone|anyone|others|people)\b"
        r"|^(?:know|got|have)\s+(?:someone|anyone|a\s+friend|friends)\s+who\b[^\n?]{0,80}\?\s*"
        r"(?:forward|send|share|pass)\b"
        # ... in the reader's imperative, of this letter ("Il ministro ha inoltrato la lettera"
        # is news)
        r"|\b(?:reenv[íi]a(?:le|lo|la|les)?|reenvíe|reenviá)\s+(?:este|esta)\s+(?:correo"
        r"|boletín|newsletter|e-?mail|mensaje|carta)"
        r"|\btransférez\s+(?:cette|ce)\s+(?:newsletter|e-?mail|lettre|message|infolettre)"
        r"|\b(?:leiten\s+sie|leite)\s+(?:diesen|diese)\s+(?:newsletter|e-?mail|mail)\b"
        r"[^\n]{0,30}\bweiter|^(?:diesen|den)\s+newsletter\s+weiterleiten"
        r"|\binoltra(?:te)?\s+(?:questa|questo)\s+(?:newsletter|e-?mail|mail|lettera)"
        r"|\bencaminhe\s+(?:esta|este)\s+(?:newsletter|e-?mail|mensagem|boletim)"
        r"|\bteruskan\s+(?:email|surel|newsletter|buletin)\s+ini"
        r"|\bbu\s+(?:bülteni|e-?postayı|e-?bülteni)\s+(?:\w+\s+){0,2}(?:ilet|gönder)"
        r"|\bперешлите\s+(?:это\s+письмо|эту\s+рассылку)"
        r"|\bstuur\s+(?:deze|dit)\s+(?:nieuwsbrief|e-?mail|mail)\s+(?:\w+\s+){0,3}door"
        r"|\bprzekaż\s+(?:ten|tę)\s+(?:newsletter|e-?mail|wiadomość)",
        re.I,
    )
)
_FORWARD_GATE = re.compile(
    r"forward|send|pass|reenv|transf|weiter|inoltr|encaminh|teruskan|ilet|gönder|перешл|stuur"
    r"|przekaż",
    re.I,
)

# -- a release's chrome ---------------------------------------------------------------------------
_RELEASE_LABEL = re.compile(
    r"^(?:press\s+release|news\s+release|media\s+release|media\s+statement|press\s+statement"
    r"|for\s+immediate\s+release|comunicado\s+(?:de\s+prensa|oficial)|nota\s+de\s+prensa"
    r"|communiqué(?:\s+de\s+presse)?|pressemitteilung|presseinformation|medienmitteilung"
    r"|comunicato\s+stampa|comunicado\s+(?:de\s+imprensa|à\s+imprensa)|nota\s+à\s+imprensa"
    r"|release\s+(?:de\s+imprensa|para\s+a\s+imprensa)|siaran\s+pers|rilis\s+pers"
    r"|basın\s+(?:bülteni|duyurusu|açıklaması)|пресс-релиз|persbericht|komunikat\s+prasowy"
    r"|informacja\s+prasowa|comunicat\s+de\s+presă|新闻稿|新聞稿|プレスリリース|보도\s*자료"
    r"|بيان\s+صحفي)"
    # ... alone, or with a short name after a dash, a colon or a bar ("PRESS RELEASE – FCTA")
    r"(?:\s*[-–—:|/]\s*[^.!?\n]{1,40})?\s*$",
    re.I,
)
_EDITORS_NOTES = re.compile(
    r"^(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors['’]?\s+notes?|nota\s+(?:para|a)\s+"
    r"(?:los\s+)?(?:editores|redactores|periodistas|la\s+redacción)|notas?\s+para\s+editores"
    r"|notes?\s+(?:aux|à\s+la|pour\s+les)\s+r[ée]dactions?|hinweise?\s+für\s+(?:die\s+)?"
    r"redaktion\w*|note\s+per\s+(?:i\s+|le\s+)?(?:redattori|redazioni)|nota\s+(?:aos|para\s+os)"
    r"\s+(?:editores|jornalistas)|catatan\s+(?:untuk\s+)?(?:editor|redaksi)|editörlere\s+not"
    r"|примечани\w+\s+для\s+редакц\w+|noot\s+voor\s+(?:de\s+)?redactie)\s*(?:[:：.–—-]|$)",
    re.I,
)
_CONTACT_LABEL = re.compile(
    r"^(?:media|press|rückfragen|rückfragehinweis|media\s+contacts?|press\s+contacts?|media\s+(?:enquiries|inquiries)"
    r"|press\s+(?:enquiries|inquiries|office)|for\s+(?:more|further)\s+information|contacts?"
    r"|contactos?(?:\s+(?:de|para)\s+(?:prensa|medios))?|prensa|contact\s+(?:presse|médias)"
    r"|presse|pressekontakt|medienkontakt|kontakt|contatti?(?:\s+stampa)?|ufficio\s+stampa"
    r"|contatos?(?:\s+(?:para|de)\s+imprensa)?|assessoria\s+de\s+imprensa|imprensa"
    r"|kontak(?:\s+media)?|narahubung|humas|basın(?:\s+iletişim)?|iletişim|контакты?(?:\s+для"
    r"\s+сми)?|пресс-служба|для\s+сми|perscontact|contactpersoon|kontakt\s+dla\s+mediów"
    r"|媒体联系|媒體聯繫|媒体垂询|お問い合わせ(?:先)?|報道関係者お問い合わせ|문의"
    r"|(?:[^\W\d_]+\s*[&+,/]?\s+){1,3}(?:contacts?|kontakt|contactos?|contatti|contatos?"
    r"|iletişim|контакты?|enquiries|inquiries|rückfragen|rückfragehinweis))\s*[:：]\s*"
    r"(?=[^\n]*(?:[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d\s().-]{6,}\d))[^\n]{3,160}$",
    re.I,
)
_PRESS_OFFICE = (
    r"(?:press\s+(?:office|team)|media\s+(?:office|team|relations|desk)|communications?\s+"
    r"(?:office|team|department)|(?:gabinete|oficina|departamento)\s+de\s+(?:prensa|comunicación)"
    r"|service\s+(?:de\s+presse|communication)|pressestelle|presseabteilung|ufficio\s+stampa"
    r"|assessoria\s+de\s+imprensa|(?:bagian\s+)?humas|basın\s+(?:ofisi|birimi|müşavirliği)"
    r"|пресс-служб\w*|persvoorlichting|persdienst|biuro\s+prasowe|(?:public\s+)?information\s+office)"
)
_ASK_OFFICE = unless_reported(
    re.compile(
        # the press office as where to ask: "for more information contact ...", "... are
        # available from ...", "póngase en contacto con ..." (not "The press office did not
        # respond", "Reporters could not reach the press office")
        r"^(?![^\n]*\b(?:not|no|never|declined|refused|did|could|would|no\s+respondió|n['’]a\s+pas"
        r"|hat\s+nicht|non\s+ha|não)\b)"
        r"(?=[^\n]*\b(?:contact|call|ring|e-?mail|available|on\s+request|upon\s+request|póngase"
        r"|contacte|contactez|contacter|disponibles?|auprès|wenden\s+sie\s+sich|erhältlich"
        r"|kontaktieren|contattare|contatta|disponibil[ie]|contate|disponíve(?:l|is)|hubungi"
        r"|tersedia|iletişime|обращайтесь|доступн\w*|neem\s+contact|beschikbaar)\b)"
        rf"[^\n]{{0,120}}\b{_PRESS_OFFICE}\b[^\n]{{0,80}}$",
        re.I,
    )
)
_OFFICE_GATE = re.compile(
    r"press|media|communic|information\s+office|prensa|presse|stampa|imprensa|humas|basın|пресс|pers|prasow",
    re.I,
)

# -- an ask to report an error -
_ERROR_ASK = re.compile(
    r"^(?:did\s+you\s+)?(?:see|spot|spotted|find|found|notice|noticed)\s+(?:an?\s+|any\s+)?"
    r"(?:[\w-]+\s+){0,3}(?:errors?|typos?|mistakes?|inaccurac\w+)\b[^?\n]{0,50}\?"
    r"|^¿?\s*(?:has\s+(?:visto|encontrado|detectado)|viste|encontraste|detectaste|ves)\s+(?:un|algún)"
    r"\s+(?:error|errata|fallo)\b[^?\n]{0,40}\?"
    r"|^(?:vous\s+avez\s+(?:repéré|vu|trouvé|remarqué|constaté)|tu\s+as\s+(?:repéré|vu|trouvé))"
    r"\s+une\s+(?:erreur|faute|coquille)[^?\n]{0,40}\?|^une\s+(?:erreur|faute|coquille)\s*\?"
    r"|^(?:einen\s+)?(?:fehler|tippfehler)\s+(?:gefunden|entdeckt|bemerkt|gesehen)[^?\n]{0,30}\?"
    r"|^(?:hai\s+(?:trovato|notato|visto|individuato)|avete\s+(?:trovato|notato))\s+un\s+"
    r"(?:errore|refuso)[^?\n]{0,30}\?|^(?:encontrou|viu|achou|notou|detectou)\s+(?:um|algum)\s+"
    r"erro[^?\n]{0,30}\?|^(?:menemukan|melihat|ada)\s+(?:kesalahan|salah\s+ketik|typo)"
    r"[^?\n]{0,30}\?|^(?:bir\s+)?(?:hata|yazım\s+hatası)\s+(?:mı\s+)?(?:buldunuz|gördünüz"
    r"|fark\s+ettiniz)[^?\n]{0,30}\?|^(?:нашли|заметили)\s+(?:ошибку|опечатку)[^?\n]{0,30}\?"
    r"|^(?:een\s+)?(?:fout|typfout|taalfout)\s+(?:gezien|gevonden|ontdekt)[^?\n]{0,30}\?"
    r"|^(?:zauważył(?:eś|aś|eś/aś)|znalazł(?:eś|aś))\s+błąd[^?\n]{0,30}\?",
    re.I,
)
# ... the question alone, or with the page's ask after it ("Let us know", "Avísanos")
_ERROR_TAIL = re.compile(
    # "report" / "include" only as the ask opening what follows the question: "Spot an error?
    # The council's new app lets residents report potholes." is news (review42)
    r"\?\s*$|\?\s*(?:please\s+)?(?:report|include)\b|\b(?:us|our|let\s+us|tell\s+us|e-?mail|contact|avísanos|escríbenos"
    r"|repórtalo|infórmanos|signalez|dites-le|écrivez|melden|schreiben\s+sie|teilen\s+sie"
    r"|segnal\w+|scrivi|avise|informe|escreva|laporkan|beri\s+tahu|hubungi|bildir\w*|ctrl"
    r"|выдел\w+|сообщите|напишите|meld|laat\s+het\s+ons|zgłoś|napisz)\b",
    re.I,
)

# -- a broadcaster's ask to watch or listen live; a station's hours; a letter's hours --------------
_LIVE_ASK = unless_reported(
    re.compile(
        r"^(?![^\n]*\b(?:was|were|had|held|been|is|are|fue|fueron|war|waren|était|furono|foi)\b)"
        # the ask quoted as a name, then told: "Regardez en direct : c'est le slogan ..." (review42)
        r"(?![^\n]*[:：]\s*(?:c['’]est|it['’]s|it\s+is|this\s+is|es|ist|das\s+ist|è|é)\b)"
        r"(?:watch|stream|listen(?:\s+to)?|tune\s+in(?:\s+to)?|catch|mira|míralo|ve|escucha"
        r"|sintoniza|regardez|écoutez|suivez|schauen\s+sie|sehen\s+sie|hören\s+sie|guarda|ascolta"
        r"|segui|seguite|assista|ouça|acompanhe|saksikan|tonton|dengarkan|simak|izleyin|dinleyin"
        r"|смотрите|слушайте|kijk|luister|oglądaj|słuchaj|sikiliza|tazama)\b[^\n.!?]{0,80}?"
        r"(?<!\w)(?:live(?:\s*stream)?|livestream|en\s+(?:vivo|directo|direct)|(?:in\s+)?diretta"
        r"|ao\s+vivo|(?:siaran\s+)?langsung|live-?stream|canlı|прям\w+\s+эфир\w*|в\s+эфире"
        r"|rechtstreeks|na\s+żywo|mubashara|\d{2,3}[.,]\d\s*(?:fm|mhz))(?!\w)[^\n.!?]{0,60}[.!]?$"
        r"|^canlı\s+(?:yayın(?:ı)?\s+)?izle\w*\b[^\n.!?]{0,40}$",
        re.I,
    )
)
_FREQUENCY = re.compile(r"(?<![\d.,])\d{2,3}[.,]\d\s*(?:fm|mhz)\b|\bfm\s*\d{2,3}[.,]\d\b", re.I)
_STATION_HOURS = unless_reported(
    re.compile(
        # a frequency and its hours or days ("101.3 FM, weekdays from 6 a.m.", "kila siku saa
        # tatu asubuhi"), in the station's voice: no past, no launch or closure
        r"^(?![^\n]*\b(?:was|were|had|has\s+been|will|would|fined|closed|shut|launched|lost|heard"
        r"|went|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday"
        r"|suspended|banned|fue|fueron|ha\s+sido|cerró|multad\w*|a\s+été|wurde|è\s+stat[oa]|foi"
        r"|ditutup|kapatıldı|закрыт\w*"
        # a broadcaster carrying an event: "Der Sender überträgt die Debatte ..." (review42)
        r"|überträgt|übertragen|wird|werden|broadcasts|airs|carries|transmite|transmitirá"
        r"|retransmite|retransmitirá|diffuse|diffusera|retransmet|retransmettra|trasmette"
        r"|trasmetterà|transmitirá|menyiarkan|yayınlayacak|транслирует|покажет)\b)"
        r"(?=[^\n]*(?:\b(?:daily|every\s+(?:day|morning|evening|weekday)|weekdays|(?:monday|mon)"
        r"\s*(?:to|-|–|through)\s*(?:friday|fri|sunday|saturday)|from\s+\d|at\s+\d|todos\s+los\s+días"
        r"|de\s+lunes\s+a\s+(?:viernes|domingo)|tous\s+les\s+jours|du\s+lundi\s+au\s+(?:vendredi"
        r"|dimanche)|täglich|montags?\s+bis\s+(?:freitags?|sonntags?)|ogni\s+giorno|tutti\s+i"
        r"\s+giorni|dal\s+lunedì\s+al\s+(?:venerdì|domenica)|todos\s+os\s+dias|de\s+segunda\s+a"
        r"\s+(?:sexta|domingo)|setiap\s+hari|tiap\s+hari|her\s+gün|hafta\s+içi|ежедневно|по\s+будням"
        r"|dagelijks|codziennie|kila\s+siku|saa|listen|escucha|écoutez|hören|ascolta|ouça"
        r"|dengarkan|dinle|слушайте|luister|sikiliza)\b|\d{1,2}(?:[:.h]\d{2})?\s*(?:a\.m\.|p\.m\.|am"
        r"|pm|h|uhr|hrs)\b))"
        r"[^\n]{0,200}$",
        re.I,
    )
)
_LETTER_HOURS = unless_reported(
    re.compile(
        # a letter's name and its delivery hours or days, in its voice: "<The X>'s morning
        # briefing: ... at 6 a.m., Monday to Friday" (not "The ministry will launch a bulletin")
        r"^(?![^\n]*\b(?:will|would|was|were|launch\w*|lanza\w*|lancer\w*|startet|lancia\w*"
        r"|lança\w*|closed|ended|stopped)\b)"
        # another body's letter, named by a common noun: "Le bulletin de la préfecture, publié
        # chaque matin, donne ..." is news (review42)
        r"(?![^\n]*\b(?:newsletter|briefing|bulletin|digest|boletín|infolettre|lettre|rundbrief"
        r"|notiziario|buletin|bülten|nieuwsbrief|biuletyn)\s+(?:of\s+the|de\s+la|de\s+l['’]|du|des"
        r"|der|della|dello|dell['’]|del|do|da|dari)\s*(?-i:[a-zà-ÿ]))"
        r"(?=[^\n]*\b(?:newsletter|briefing|bulletin|digest|boletín|infolettre|lettre|rundbrief"
        r"|notiziario|buletin|bülten|рассылк\w*|nieuwsbrief|biuletyn)\b)"
        r"(?=[^\n]*\b(?:every\s+(?:weekday|morning|evening|day)|weekdays|monday\s+(?:to|through"
        r"|-)\s+(?:friday|saturday|sunday)|de\s+lunes\s+a\s+(?:viernes|sábado|domingo)|du\s+lundi"
        r"\s+au\s+(?:vendredi|samedi|dimanche)|montags?\s+bis\s+(?:freitags?|samstags?)|dal\s+lunedì"
        r"\s+al\s+(?:venerdì|sabato)|de\s+segunda\s+a\s+(?:sexta|sábado)|setiap\s+(?:pagi|hari)"
        r"|her\s+(?:sabah|gün)|по\s+будням|elke\s+(?:ochtend|werkdag)|each\s+(?:morning|weekday)"
        r"|todas\s+las\s+mañanas|chaque\s+matin|jeden\s+morgen|ogni\s+mattina|todas\s+as\s+manhãs)\b)"
        r"[^\n]{0,200}$",
        re.I,
    )
)
_BROADCAST_GATE = re.compile(
    r"live|vivo|direct|diretta|langsung|canlı|эфир|rechtstreeks|żywo|mubashara|fm|mhz", re.I
)
_LETTER_GATE = re.compile(
    r"newsletter|briefing|bulletin|digest|bolet|lettre|rundbrief|notiziario|buletin|bülten|рассыл"
    r"|nieuwsbrief|biuletyn",
    re.I,
)

# -- a newsroom's byline alone; a CJK desk's byline -
_NEWSROOM_BYLINE = re.compile(
    r"^(?:by\s+)?(?:(?:the\s+)?(?:staff|news)\s+(?:reporter|writer|report|desk)s?"
    r"|(?:the\s+)?newsroom"
    r"|(?:de\s+la\s+|por\s+la\s+|la\s+)?redacción|(?:par\s+la\s+|la\s+)?rédaction"
    r"|(?:von\s+der\s+|die\s+)?redaktion|(?:a\s+cura\s+della\s+|la\s+|di\s+)?redazione"
    r"|(?:da\s+|por\s+|a\s+)?reda[cç][ãa]o|(?:tim\s+)?redaksi|haber\s+merkezi|редакция"
    r"|(?:de\s+)?redactie|redakcja|redacția|equipo\s+de\s+redacción|team\s+redazione)"
    r"(?:\s*,\s*(?:com|con|with|avec|mit|dengan|ile|с|met|z)\s+(?:[^\s,.!?]+\s*){1,5})?\s*[.:]?$",
    re.I,
)
_CJK_DESK = DespacedRule(
    re.compile(
        # "社会部・山田太郎", "（経済部 岡本美咲）", "本报记者 张伟", "记者：李明", "김민수 기자"
        r"^[（(]?(?:[\u4e00-\u9fff]{1,4}部|編集委員|論説委員|本报记者|本報記者|记者|記者|特派员"
        r"|特派員|通讯员|通訊員)\s*[・･·:：\s]\s*[\u4e00-\u9fff\u3040-\u30ff]{2,5}[）)]?$"
        r"|^[가-힣]{2,4}\s*(?:기자|특파원|논설위원)(?:\s*[\w.+-]+@[\w.-]+)?$"
    )
)

# -- a related or recommended label with a headline after its colon -
_RELATED_LABEL = re.compile(
    r"^(?:[^\W\d_]+\s+){0,2}?(?:related|relacionad[oa]s?|correlat[ei]|connexes?|li[ée]e?s"
    r"|verwandte\w*|terkait|ilgili|связанн\w*|по\s+теме|recommended|recomendad[oa]s?"
    r"|recommandée?s?|empfohlen\w*|consigliat[ieo]|aanbevolen|polecane|sugerid[oa]s?|suggested"
    r"|suggeriti|önerilen|рекомендуем\w*)(?:\s+[^\W\d_]+){0,2}\s*[:：]\s*[^\n]{4,140}"
    r"[^.!?。\s]\s*$",
    re.I,
)
_CJK_RELATED = DespacedRule(
    re.compile(
        r"^(?:推荐阅读|推薦閱讀|推荐文章|推薦文章|猜你喜欢|猜你喜歡|热门推荐|熱門推薦|相关推荐|相關推薦"
        r"|あわせて読みたい|合わせて読みたい|おすすめ記事|함께\s*볼\s*기사|추천\s*기사)\s*[:：]"
        r"[^\n]{2,80}[^。！？]$"
    )
)

# -- a wire's standards line; comments closed; a metered wall's register ask; a series tag --------
_STANDARDS = re.compile(
    r"^(?:our\s+standards|nuestros\s+(?:estándares|principios)|nos\s+(?:standards|normes"
    r"|principes)|unsere\s+(?:standards|grundsätze)|i\s+nostri\s+(?:standard|principi)"
    r"|(?:os\s+)?nossos\s+(?:padrões|princípios)|standar\s+kami|standartlarımız|ilkelerimiz"
    r"|наши\s+(?:стандарты|принципы)|onze\s+(?:standaarden|principes)|nasze\s+standardy"
    r"|我们的标准|我們的標準|私たちの行動規範)\s*[:：]\s*(?:[^\s:：]+\s+){0,7}[^\s:：]*$"
    r"|^(?:the\s+)?[^\n]{0,30}\btrust\s+principles\.?$",
    re.I,
)
_COMMENTS_CLOSED = unless_reported(
    re.compile(
        r"^(?:(?:the\s+|reader\s+|readers['’]\s+)?comments?\s+(?:section\s+)?(?:are|is|have\s+been"
        r"|has\s+been)\s+(?:now\s+)?(?:closed|disabled|turned\s+off|not\s+(?:open|enabled|available))|commenting\s+(?:is\s+|has\s+been\s+)?(?:now\s+)?(?:closed"
        r"|disabled|unavailable)|(?:los\s+)?comentarios\s+(?:están\s+)?(?:cerrados|desactivados"
        r"|deshabilitados)|(?:les\s+)?commentaires\s+sont\s+(?:fermés|clos|désactivés)"
        r"|(?:die\s+)?kommentar(?:funktion|e|bereich)\s+(?:ist|sind|wurde|wurden)\s+(?:\w+\s+)?"
        r"(?:geschlossen|deaktiviert)|(?:i\s+)?commenti\s+sono\s+(?:chiusi|disabilitati)"
        r"|(?:os\s+)?comentários\s+(?:estão\s+)?(?:encerrados|fechados|desativados)"
        r"|komentar\s+(?:ditutup|dinonaktifkan|dimatikan)|yorumlar(?:a)?\s+(?:kapatılmıştır"
        r"|kapalıdır|kapalı|kapatıldı)|комментарии\s+(?:закрыты|отключены)|reacties\s+(?:zijn\s+)?"
        r"(?:gesloten|uitgeschakeld)|komentarze\s+(?:są\s+)?(?:zamknięte|wyłączone))\b"
        r"(?![^\n]*\b(?:until|on\s+(?:monday|tuesday|wednesday|thursday|friday)|hasta|jusqu|bis"
        r"|fino|até)\b)[^\n]{0,100}$"
        r"|^(?:评论已关闭|評論已關閉|コメントは(?:受け付けていません|締め切りました)|댓글(?:이)?\s*(?:닫혔습니다"
        r"|종료되었습니다))",
        re.I,
    )
)
_REGISTER_FREE = unless_reported(
    re.compile(
        r"^(?:register|sign\s+up|create\s+(?:a\s+|an\s+|your\s+)?(?:free\s+)?account|regístrate"
        r"|registrate|suscríbete|inscrivez-vous|inscris-toi|créez\s+(?:un|votre)\s+compte"
        r"|registrieren\s+sie\s+sich|jetzt\s+registrieren|registrati|iscriviti|cadastre-se"
        r"|registre-se|daftar|kayıt\s+olun|üye\s+olun|зарегистрируйтесь|registreer\s+je"
        r"|zarejestruj\s+się)\b[^\n]{0,30}\b(?:free|for\s+free|gratis|gratuitement|gratuitamente"
        r"|kostenlos|grátis|gratuita|ücretsiz|бесплатно|za\s+darmo)\b[^\n]{0,50}\b(?:read|continue"
        r"|articles?|stories|leer|seguir|lire|lesen|artikel|leggere|articoli|ler|matérias|membaca"
        r"|okumak|haber|читать|статей|lezen|czytać)\b[^\n]{0,40}$",
        re.I,
    )
)
_SERIES_TAG = unless_reported(
    re.compile(
        # a series told in the past by a relative clause: "Fa parte della serie di inchieste
        # che ha vinto il premio Pulitzer." is news (review42)
        r"(?![^\n]*\b(?:che|which|that|qui|que|die|der|das|yang)\s+(?:ha|hanno|has|have|had|a|ont"
        r"|hat|haben|hatte|wurde|foi|fue|han|won|ganhou|ganó)\b)(?:"
        r"^(?:this\s+(?:story|article|piece)\s+is\s+)?part\s+of\s+[^,\n]{1,60},\s+(?:our|a|the)\s+"
        r"[^\n]{0,60}\b(?:series|reporting|project|coverage|investigation|package)\b[^\n]{0,100}$"
        r"|^(?:esta\s+(?:nota|historia)\s+es\s+)?parte\s+de\s+[^,\n]{1,60},\s+(?:nuestra|nuestro"
        r"|una|un|la|el)\s+[^\n]{0,40}\b(?:serie|proyecto|cobertura|investigación|especial)\b"
        r"[^\n]{0,100}$"
        r"|^(?:cet\s+article|ce\s+reportage)\s+fait\s+partie\s+(?:de\s+notre|d['’]une|de\s+la)\s+"
        r"(?:série|enquête|projet)\b[^\n]{0,100}$"
        r"|^(?:dieser\s+(?:artikel|beitrag|text)\s+ist\s+)?teil\s+(?:unserer|der|einer)\s+(?:serie"
        r"|reihe|recherche)\b[^\n]{0,100}$"
        r"|^(?:questo\s+articolo\s+)?fa\s+parte\s+(?:della|del|di\s+una|di\s+un)\s+(?:nostra\s+|nostro"
        r"\s+)?(?:serie|progetto|inchiesta|speciale)\b[^\n]{0,100}$"
        r"|^(?:esta\s+(?:reportagem|matéria)\s+)?faz\s+parte\s+d[ao]\s+(?:série|projeto|especial)"
        r"\b[^\n]{0,100}$"
        r"|^(?:artikel|tulisan)\s+ini\s+(?:merupakan\s+)?bagian\s+dari\s+(?:seri|liputan|serial)"
        r"\b[^\n]{0,100}$)",
        re.I,
    )
)

# -- a live page's head of its key points ----------------------------------------------------
_KEY_POINTS = re.compile(
    r"^(?:key\s+(?:moments|points|events|updates|developments)(?:\s+only)?(?:\s+(?:in|of|from)\s+"
    r"this\s+(?:blog|live\s+blog|page|live))?(?:\s+at\s+a\s+glance)?(?:\s*\((?:toggle|show|hide)\))?"
    r"|(?:les\s+)?(?:points|moments)\s+clés(?:\s+de\s+(?:la\s+journée|ce\s+direct))?"
    r"|(?:los\s+)?(?:momentos|puntos)\s+clave(?:\s+del\s+directo)?|(?:die\s+)?wichtigsten\s+"
    r"(?:momente|punkte|ereignisse)(?:\s+im\s+(?:überblick|liveblog))?|das\s+wichtigste\s+in\s+kürze"
    r"|(?:i\s+)?(?:momenti|punti)\s+(?:chiave|salienti)|(?:os\s+)?(?:momentos|pontos)[-\s]chave"
    r"|(?:momen|poin)\s+(?:kunci|penting)|önemli\s+(?:anlar|noktalar|gelişmeler)|ключевые\s+"
    r"(?:моменты|события)|(?:belangrijkste|kern)\s*(?:momenten|punten)|najważniejsze\s+(?:momenty"
    r"|wydarzenia))\s*:?$",
    re.I,
)
_WIRE_SLUG = re.compile(
    # "CORRECTS length of extension in paragraph 1", "UPDATES with minister's comments"
    r"^(?:CORRECTS|UPDATES|ADDS|RECASTS|REFILES|REPEATS|CLARIFIES|WRITETHRU|TOPWRAP)\b"
    r"(?:\s+[^\n]{1,140})?$"
)
_WIRE_CREDIT = re.compile(
    # "Holloway reported from Tempe; Marisol Keane in Phoenix also reported." — the wire's own
    # credit: a reporter "reported from" a place, another "also reported / contributed"
    r"^(?:[A-ZÀ-Þ][\w'’-]+\s+){0,3}[A-ZÀ-Þ][\w'’-]+\s+reported\s+from\s+[^;.\n]{2,40}[;.,]\s*"
    r"(?:additional\s+reporting\s+by\s+[^.\n]{2,80}|[^.\n]{2,80}\balso\s+(?:reported|contributed)"
    r"(?!\s+(?:that|how|what|whether|on|about)\b)[^.\n]{0,40})\.?$"
)
# -- a path from the site's home page -
_HOME_PATH = re.compile(
    # "Home / News / Courts", "Inicio > Sevilla > Tribunales", "Почетна / Соопштенија за
    # јавност", "首页 > 国内": the home page's name opens it, so any separator and two segments do
    r"^(?:home(?:\s*page)?|homepage|inicio|portada|accueil|startseite|início|página\s+inicial"
    r"|beranda|ana\s+sayfa|главная|головна|почетна|начало|početna|naslovnica|strona\s+główna"
    r"|úvod|domů|etusivu|forside|hem|startpagina|αρχική|首页|首頁|ホーム|トップ|홈|الرئيسية)"
    r"(?:\s*[/>»›|•·＞]\s*[^\s/>»›|•·＞.!?:][^/>»›|•·＞.!?:]{0,40}){1,4}$",
    re.I,
)


# -- thanks for reading with a donation ask -
_THANKS_DONATE = unless_reported(
    re.compile(
        r"^¡?\s*(?:thanks?|thank\s+you|gracias|merci|danke|grazie|obrigad[oa]|terima\s+kasih"
        r"|teşekkür\w*|спасибо|bedankt|dank\s+je|dziękujemy|asante|mulțumim)\b[^\n]{0,80}?[!.]"
        r"\s*[^\n]{0,100}?\b(?:donat\w*|don(?:ner)?|faites\s+un\s+don|dona|donación|donar|spende\w*"
        r"|spenden|donazion\w*|doaç\w*|doe|donasi|berdonasi|bağış\w*|пожертв\w*|поддержите"
        r"|doneer|doneren|wesprzyj|darowizn\w*|chip\s+in|support\s+us|apóyanos|soutenez"
        r"|unterstützen\s+sie|sostienici|apoie)\b[^\n]{0,80}$",
        re.I,
    )
)


KINDS: tuple[Matcher, ...] = (
    _Gated(_STAMP_GATE, _StampAlone()),
    _Gated(_WALL_GATE, Rule(_WALL, 20)),
    _Gated(re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"), _CJK_WALL),
    Rule(_NO_COMMENTS, 5),
    Rule(_POST_PAIR, 12),
    Rule(_GREETING_LINE, 25),
    _Gated(re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"), _CJK_GREETING),
    _Gated(_FORWARD_GATE, Rule(_FORWARD_ASK, 25)),
    Rule(_RELEASE_LABEL, 10),
    Rule(_EDITORS_NOTES, 45),
    _Gated(re.compile(r"\d|@"), Rule(_CONTACT_LABEL, 25)),
    _Gated(_OFFICE_GATE, Rule(_ASK_OFFICE, 30)),
    _Gated(re.compile(r"\?"), _Gated(_ERROR_TAIL, Rule(_ERROR_ASK, 30))),
    _Gated(_BROADCAST_GATE, Rule(_LIVE_ASK, 18)),
    _Gated(_FREQUENCY, Rule(_STATION_HOURS, 25)),
    _Gated(
        _LETTER_GATE,
        _Gated(
            re.compile(
                r"\d|every|week|each|cada|chaque|jeden|ogni|todas"
                r"|setiap|her|будням|elke|lunes|lundi|montag|lunedì"
                r"|segunda",
                re.I,
            ),
            Rule(_LETTER_HOURS, 25),
        ),
    ),
    Rule(_NEWSROOM_BYLINE, 10),
    _Gated(re.compile(r"[\u4e00-\u9fff\uac00-\ud7af]"), _CJK_DESK),
    _Gated(re.compile(r"[:：]"), Rule(_RELATED_LABEL, 25)),
    _Gated(re.compile(r"[:：]"), _CJK_RELATED),
    Rule(_STANDARDS, 16),
    Rule(_COMMENTS_CLOSED, 25),
    Rule(_REGISTER_FREE, 25),
    Rule(_SERIES_TAG, 35),
    Rule(_THANKS_DONATE, 35),
    Rule(_HOME_PATH, 16),
    Rule(_KEY_POINTS, 12),
    Rule(_WIRE_SLUG, 25),
    Rule(_WIRE_CREDIT, 30),
)
