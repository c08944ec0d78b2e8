"""Lines that are chrome because of a cue elsewhere in the text: a print page's jump head, an
audio player's duration.

- A print story that jumps pages prints "See BARRIER, Page A5" where it breaks and the jump
  word alone ("BARRIER") where it goes on: a line of one to three capitalised words that a jump
  line in the same text names is that head. A word in capitals alone that no jump line names
  stays (it may be a section's or a subhead's).
- An audio player prints its clock, then the article's duration ("00:00", "03:41"), or its
  button, then the duration ("Listen", "3:41"): a clock alone right after a dropped player's
  start or button is the duration. A clock alone anywhere else stays (a live page's entry time
  is news).
- A heading that points to other stories, after the text ("More in Cricket:", "Also Check:",
  "Related stories", "À lire également", "یہ خبریں بھی پڑھیں"), cues the headlines under it: the
  lines that follow it, none a sentence (no full stop), up to the next paragraph, go with it.
  Under such a heading a paragraph stays ("More in store: the retailer plans ... ." is news),
  and so does a heading that nothing but a paragraph follows.
- An aggregator's cluster of one story (Google News's item) is a list of headlines, each with
  its outlet after two spaces ("<headline>  <Outlet>"), and a footer ("Open 6 more articles on
  this story", "See more headlines on this story (9)"): two such rows or more in a text go
  (``spaced_rows`` reads them before spaces are collapsed), and a text with the footer and no
  paragraph is the cluster's list, every line of it (the feed's parser may have collapsed the
  spaces).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.clean.pagekinds.parts import is_read_also
from briefing.clean.pagekinds.roles import is_other_news_label
from briefing.clean.vocabulary import READ_ALSO_MORE

__all__ = ["drop_cluster_rows", "drop_cued_lines", "drop_related_heads", "spaced_rows"]

# "See BARRIER, Page A5", "Please see FLOOD WALL, page 4"; "Continued from Page A3" names none.
_JUMP = re.compile(
    r"^(?:please\s+)?(?:see|turn\s+to)\s+(?-i:([A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2}))\s*,?\s+"
    r"(?:on\s+)?(?:page|pg\.?|p\.)\s*[A-Z]?\d{1,3}\.?$",
    re.I,
)
_PLAYER = re.compile(
    r"0?0:00|listen(?:\s+now)?|listen\s+to\s+(?:this|the)\s+(?:article|story|episode)|play"
    r"|audio",
    re.I,
)
_DURATION = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_PLAYER_CLOCK = re.compile(r"\d{1,2}:\d{2}:\d{2}")
# A heading that points to other stories, in English or the page's language.
_RELATED_HEAD = re.compile(
    r"^(?:(?:más|mais|more)\s+(?=\S+\s+(?:relacionad|related)))?(?:also\s+(?:check|read|see|watch|on\s+[^:]{1,30})|read\s+(?:also|more|next|this\s+next)"
    r"|see\s+also|more\s+(?:in|from|on|about)\s+[^:.!?]{1,30}|more\s+(?:stories|news|headlines)"
    r"|related(?:\s+(?:stories|articles|news|coverage|reading|posts))?|recommended(?:\s+for\s+you)?"
    r"|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in)|further\s+reading"
    r"|(?:à\s+)?lire\s+(?:aussi|également)|sur\s+le\s+même\s+sujet|le[ae]\s+también"
    r"|mir[aá]\s+también|vea\s+también|veja\s+também"
    r"|leia\s+(?:também|mais)|lesen\s+sie\s+auch|leggi\s+anche|baca\s+juga|basahin\s+(?:din|rin)"
    r"|soma\s+(?:pia|zaidi)|habari\s+nyingine(?:\s+[^:.!?]{1,30})?|ilgili\s+haberler"
    r"|yh\s+bhi\s+parhen|یہ\s+(?:خبر\s+|خبریں\s+)?بھی\s+پڑھیں|اقرأ\s+(?:أيضا|أيضاً|ايضا)"
    r"|بیشتر\s+بخوانید|আরও\s+পড়ুন|এ\s+বিষয়ে\s+আরও\s+খবর|ये\s+भी\s+पढ़ें"
    # ... and more languages: "Sullo stesso argomento", "Articol recomandat", "यह खबर भी पढ़ें",
    # "อ่านข่าวที่เกี่ยวข้อง", "Đọc thêm", "Czytaj też", "Přečtěte si také"
    r"|sullo\s+stesso\s+argomento|potrebbe\s+interessarti|articol(?:e)?\s+recomandat(?:e)?"
    r"|citește\s+(?:și|mai\s+mult)|yah\s+khabar\s+bhi\s+padhen|(?:यह|ये)\s+(?:खबर|ख़बर|खबरें)\s+भी"
    r"\s+पढ़ें|อ่าน(?:ข่าว)?(?:ที่เกี่ยวข้อง|เพิ่มเติม)|đọc\s+thêm|tin\s+liên\s+quan|czytaj\s+(?:też"
    r"|także|również|więcej)|polecamy|zobacz\s+(?:też|także|również)|přečtěte\s+si\s+(?:také|též)"
    r"|čtěte\s+(?:také|též|dále)|čítajte\s+(?:aj|tiež)|olvassa\s+el\s+(?:ezt\s+is|ezeket\s+is)"
    r"|kapcsolódó(?:\s+cikkek)?|ajánló|pročitajte\s+(?:i|još)|povezan[eo]\s+vijesti|læs\s+også"
    r"|läs\s+(?:också|även)|les\s+også|lue\s+myös|lees\s+ook|lies\s+auch|mehr\s+zum\s+thema"
    r"|das\s+könnte\s+sie\s+(?:auch\s+)?interessieren|(?:artículos?|noticias)\s+relacionad[oa]s"
    r"|notizie\s+correlate|articoli\s+correlati|artigos?\s+relacionados|te\s+puede\s+interesar"
    r"|pode\s+(?:também\s+)?interessar|קראו\s+(?:גם|עוד)|כתבות\s+נוספות|читайте\s+(?:також|также)"
    r"|baca\s+(?:selengkapnya|lainnya)|berita\s+terkait|artikel\s+terkait"
    # (junk37) "read other news", "more news", "other stories" in more languages
    r"|(?:baca\s+)?(?:berita|artikel)\s+(?:lainnya|lain|selanjutnya)|(?:other|more)\s+(?:news"
    r"|stories|headlines)|(?:otras|más)\s+noticias|(?:lee|leer)\s+(?:otras|más)\s+noticias"
    r"|(?:d['’])?autres\s+(?:articles|actualités|infos)|plus\s+d['’](?:articles|actualités|infos)"
    r"|(?:altre|più)\s+notizie|(?:outras|mais)\s+notícias|(?:weitere|andere|mehr)\s+(?:nachrichten"
    r"|artikel|meldungen)|другие\s+(?:новости|статьи)|ещё\s+новости|diğer\s+haberler"
    r"|daha\s+fazla\s+haber|inne\s+(?:wiadomości|artykuły)|więcej\s+wiadomości"
    r"|iba\s+pang\s+balita|(?:ander|meer)\s+nieuws"
    # ... "more from <place>" in the Nordic languages, Dutch, German, the Balkans, Greek
    r"|(?:meir\s+frå|mer\s+fr[aå]n?|mere\s+fra|meer\s+(?:uit|van|over)|mehr\s+aus|više\s+iz"
    r"|још\s+из|още\s+от|περισσότερα\s+από)\s+[^:.!?]{1,30}"
    r"|lexo\s+edhe|preberite\s+(?:še|tudi)|διαβάστε\s+(?:επίσης|ακόμη)|δείτε\s+επίσης"
    r"|مزید\s+پڑھیں|ayrıca\s+okuyun|прочетете\s+още"
    # ... a list of related or like pieces in more languages: "Verwandte Artikel", "Материалы по
    # теме", "Похожие новости", "関連記事", "相关新闻", "أخبار ذات صلة", "संबंधित खबरें", "Benzer
    # haberler", "Gerelateerde artikelen", "Articles similaires", "Artìculos chi ti podent
    # agradare" (articles that may please or interest you, in the Romance languages)
    r"|(?:verwandte|ähnliche|passende)\s+(?:artikel|themen|beiträge|nachrichten)"
    r"|материалы\s+по\s+теме|(?:похожие|связанные)\s+(?:статьи|новости|материалы)"
    r"|(?:схожі|пов['’]язані)\s+(?:новини|статті|матеріали)|матеріали\s+на\s+тему"
    r"|関連(?:記事|ニュース)|相关(?:新闻|阅读|文章|报道)|相關(?:新聞|閱讀|文章|報導)"
    r"|延伸(?:阅读|閱讀)|推荐阅读|推薦閱讀|관련\s*기사|(?:أخبار|مقالات|مواضيع|موضوعات)\s+ذات\s+صلة"
    r"|संबंधित\s+(?:खबरें|ख़बरें|लेख|समाचार)|benzer\s+haberler|gerelateerde\s+(?:artikelen|berichten)"
    r"|articles\s+(?:similaires|connexes|liés)|dans\s+la\s+même\s+rubrique|powiązane\s+artykuły"
    r"|související\s+články|bài\s+(?:viết\s+)?liên\s+quan|habari\s+zinazohusiana"
    r"|(?:art[ìií]cul\w*|articl\w*|articoli|artigos|not[ií]cias|notizie)\s+(?:que|qui|che|chi)\s+"
    r"(?:te|ti|vous|lhe|le|ve)\s+(?:\w+\s+)?(?:gust|interes|intéress|agrad|piac|plai)\w*"
    # (junk35) "these articles may interest you" with its verb: "Ces articles peuvent vous
    # intéresser", "Ezek is érdekelhetnek", "Bunlar da ilginizi çekebilir"
    r"|(?:(?:these|other|ces|d['’]autres|estos|estas|otros|otras|esses|estes|questi|altri"
    r"|diese)\s+)?(?:articles|stories|art[íi]culos|artigos|articoli|artikel|noticias|notícias"
    r"|notizie)\s+(?:may|might|could|peuvent|pourraient|pueden|podrían|podem|poderão|possono"
    r"|potrebbero|könnten|können)\s+(?:also\s+|aussi\s+|também\s+|auch\s+|anche\s+)?"
    r"(?:interest\s+you|vous\s+intéresser|interesarte|interesarle|(?:te\s+|lhe\s+)?interessar"
    r"|interessarti|sie\s+interessieren)|ezek\s+is\s+érdekelhetnek|bunlar\s+da\s+ilginizi"
    r"\s+çekebilir|вам\s+(?:может\s+быть|будет)\s+интересно|mungkin\s+anda\s+(?:suka"
    r"|tertarik)"
    rf"|{READ_ALSO_MORE})"
    # ... and the story's topic after a preposition, the head's "more" before it ("Más noticias
    # relacionadas con el incendio", "More stories about the strike"): a free slot (aside27's
    # look)
    r"(?:\s+(?:con|com|sobre|about|on|with|avec|sur|zum|zur)\s+[^:.!?\d]{1,40})?\s*:?$",
    re.I,
)
# the heads with words of the page's own in them ("More in store", "More from Kyiv"), which a
# subhead may read as: they go only with the headlines under them or at the text's end; a head
# of fixed words ("Read also", "Sullo stesso argomento") goes wherever it stands after the text
_FREE_SLOT_HEAD = re.compile(
    r"^(?:also\s+on|more\s+(?:in|from|on|about)|habari\s+nyingine|related|recommended|meir\s+frå"
    r"|mer\s+fr[aå]n?|mere\s+fra|meer\s+(?:uit|van|over)|mehr\s+aus|više\s+iz|још\s+из|още\s+от"
    r"|περισσότερα\s+από"
    r"|you\s+(?:may|might))\b",
    re.I,
)
# a head with its story's topic is a free slot too ("... relacionadas con el incendio")
_TOPIC_TAIL = re.compile(
    r"\s(?:con|com|sobre|about|on|with|avec|sur|zum|zur)\s+[^:.!?\d]{1,40}:?$", re.I
)
_HEADLINE_WORDS = 16
_CUED_HEADLINE_WORDS = 5
# a headline under a related head runs to 20 words ("Conaf advierte que la temporada de
# incendios será más larga por la sequía en la zona central", 17); a paragraph is longer or ends
# a sentence
_UNDER_WORDS = 20
# "More <Section>" after the text, the section's name in capitals ("More Transportation", "Más
# Deportes", "Plus de Sport", "Mehr Sport"): a free slot, as "More from <place>" (junk39)
_MORE_SECTION = re.compile(
    r"^(?:more|más|plus\s+de|mehr|altro|altre\s+notizie\s+di|mais|daha\s+fazla|ещё|еще|lebih"
    r"\s+banyak|المزيد\s+من)\s+(?-i:[A-ZÀ-ÞА-Я])[\w'’&-]*(?:\s+(?:&\s+)?(?-i:[A-ZÀ-ÞА-Я])"
    r"[\w'’&-]*){0,2}$",
    re.I,
)
# "<headline>  <Outlet>": a headline of four words or more, one in lower case, with no
# sentence's end, two spaces or more (or a tab), an outlet's name of words without figures
# ending the line (a table's columns, "Ord  43.88", have figures; a number between the name's
# words is the name's)
_SPACED = re.compile(
    r"^(?=(?:\S+\s+){3})\S.{8,200}?[^\s.!?;:](?:[ \u00a0]{2,}|\t)"
    # (a number inside the name, before a word: "Canal 61 Noticias", "Channel 4 News")
    # (its first letter a capital of any cased script: "Žalgirio Radijas", "Åbo Nytt"; junk46)
    r"(?P<name>[^\W\d_]{2}[\w'’&.-]*)(?:\s[^\W\d][^\s\d]*|\s\d{1,3}(?=\s[^\W\d])){0,5}\s*$"
)
_CLUSTER_FOOTER = re.compile(
    r"^(?:open|see|view|show)\s+(?:\d+\s+more|more|all)\s+(?:articles|headlines|stories|sources)"
    r"\s+(?:on|about|for)\s+this\s+story(?:\s*\(\d+\))?$"
    r"|^(?:view|see)\s+full\s+coverage(?:\s+of\s+this\s+story)?(?:\s+on\s+google\s+news)?$"
    # ... in the page's language: "Visualizza la copertura completa su Google News"
    r"|^(?:visualizza\s+la\s+copertura\s+completa|ver\s+(?:la\s+|a\s+)?cobertura\s+completa"
    r"|voir\s+la\s+couverture\s+complète|vollständige\s+berichterstattung(?:\s+ansehen|\s+anzeigen)?"
    r"|volledige\s+berichtgeving(?:\s+bekijken)?|zobacz\s+pełne\s+relacje|zobrazit\s+úplné"
    r"\s+zpravodajství|teljes\s+tudósítás|vezi\s+acoperirea\s+completă|visa\s+fullständig"
    r"\s+bevakning|se\s+fuld\s+dækning)(?:\s+(?:su|en|em|sur|auf|op|w|na|pe|på)\s+google\s+news)?$"
    # ... and in more languages, a verb to see it or none: "Δείτε την πλήρη κάλυψη", "Tam
    # kapsamı görüntüle", "عرض التغطية الكاملة", "Lihat liputan lengkap", "Se full dekning"
    r"|^(?:[^\W\d_]+\s+){0,2}(?:full\s+(?:coverage|dekning)|πλήρη\s+κάλυψη|πλήρους\s+κάλυψης"
    r"|tam\s+kapsam\w*|التغطية\s+الكاملة|پوشش\s+کامل|полное\s+освещение|пълното\s+отразяване"
    r"|комплетн\w+\s+покривеност|potpun\w*\s+pokrivenost\w*|celotno\s+poročanje"
    r"|liputan\s+(?:lengkap|penuh)|koko\s+uutisointi|täielik\s+kajastus|buong\s+saklaw"
    r"|habari\s+kamili|volledige\s+dekking|volle\s+dekking|전체\s+보도|সম্পূর্ণ\s+কভারেজ"
    r"|مکمل\s+کوریج|முழு\s+செய்தி)(?:\s+[^\W\d_]+){0,4}$",
    re.I,
)
_SENTENCE_END = re.compile(r"""[.!?…;।。！？؟۔]['"’”)\]]*$""")


def drop_cued_lines(lines: list[str], keep: list[bool]) -> None:
    """Drop the jump heads and the players' durations of ``lines`` (see the module), in place."""
    heads = {m.group(1) for line in lines if (m := _JUMP.match(line.strip()))}
    previous: int | None = None
    seen_text = False
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if keep[i] and text in heads:
            keep[i] = False
        if keep[i] and previous is not None and _is_duration(text, lines[previous], keep[previous]):
            keep[i] = False
        # a clock to the second alone above the text is a player's duration ("00:01:42" under
        # a video's share button); a live page's entry times have no seconds
        if keep[i] and not seen_text and _PLAYER_CLOCK.fullmatch(text):
            keep[i] = False
        seen_text = seen_text or (keep[i] and _SENTENCE_END.search(text) is not None)
        previous = i


def _is_duration(text: str, before: str, before_kept: bool) -> bool:
    """A clock alone right after a dropped player's start or button."""
    return (
        not before_kept
        and _DURATION.fullmatch(text) is not None
        and _PLAYER.fullmatch(before.strip()) is not None
    )


def drop_related_heads(lines: list[str], keep: list[bool], is_body: Callable[[str], bool]) -> None:
    """Drop a heading that points to other stories after the text, and the headlines under it
    (see the module), in place; ``is_body`` tells a paragraph."""
    seen_body = False
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if seen_body and keep[i] and (_RELATED_HEAD.match(text) or _MORE_SECTION.match(text)):
            under = _headlines_under(lines, keep, i, is_body)
            after = [j for j in range(i + 1, len(lines)) if lines[j].strip()]
            fixed = not (
                _FREE_SLOT_HEAD.match(text) or _MORE_SECTION.match(text) or _TOPIC_TAIL.search(text)
            )
            if under or fixed or not any(keep[j] for j in after):
                for j in (i, *under):
                    keep[j] = False
        elif seen_body and not keep[i] and (is_read_also(text) or is_other_news_label(text)):
            # a read-also label another rule took still cues the headlines under it ("Leggi
            # anche su <site>" / "<a headline>"); a headline runs to five words or more, where
            # a subhead under a dropped button may be shorter (junk39)
            for j in _headlines_under(lines, keep, i, is_body):
                if len(lines[j].split()) >= _CUED_HEADLINE_WORDS:
                    keep[j] = False
        seen_body = seen_body or (keep[i] and is_body(text))


def _headlines_under(
    lines: list[str], keep: list[bool], i: int, is_body: Callable[[str], bool]
) -> list[int]:
    """The kept lines right under line ``i`` that read as headlines (no sentence's end, short,
    not a paragraph by ``is_body``: a Thai paragraph has no full stop), up to the first
    paragraph or dropped line."""
    found = []
    for j in range(i + 1, len(lines)):
        text = lines[j].strip()
        if not text:
            continue
        if not keep[j] or _SENTENCE_END.search(text) or len(text.split()) > _UNDER_WORDS:
            break
        if is_body(text):
            break
        found.append(j)
    return found


# ... in a script without case (Japanese, Chinese, Thai, Arabic, Hebrew ...): the headline and,
# after two spaces or more (or a tab), an outlet's name of one to five words without figures
# ("北陸新幹線 延伸 、 費用 試算 を 再 公表  鉄道 ジャーナル オンライン")
_GAP = re.compile(r"[ \u00a0]{2,}|\t")
_CASELESS_LETTERS = 4
_OUTLET_CHARS = 40
_OUTLET_WORDS = 5


def _caseless_row(line: str) -> bool:
    parts = _GAP.split(line.strip())
    if len(parts) != 2:
        return False
    head, name = parts
    caseless = sum(ch.isalpha() and not (ch.islower() or ch.isupper()) for ch in head)
    return (
        caseless >= _CASELESS_LETTERS
        and not _SENTENCE_END.search(head)
        and 1 <= len(name.split()) <= _OUTLET_WORDS
        and len(name) <= _OUTLET_CHARS
        and not any(ch.isdigit() for ch in name)
        and not _SENTENCE_END.search(name)
    )


def spaced_rows(text: str) -> frozenset[str]:
    """The raw lines of ``text`` that are "<headline>  <Outlet>" rows, their spaces collapsed,
    when there are two or more of them (a cluster's list); else none."""
    rows = [
        " ".join(line.split())
        for line in text.split("\n")
        if (
            (m := _SPACED.match(line))
            and m["name"][0].isupper()
            and any(ch.islower() for ch in line)
        )
        or _caseless_row(line)
    ]
    return frozenset(rows) if len(rows) >= 2 else frozenset()


def drop_cluster_rows(
    lines: list[str], keep: list[bool], spaced: frozenset[str], is_body: Callable[[str], bool]
) -> None:
    """Drop an aggregator's cluster rows (see the module), in place: the ``spaced`` rows, and a
    text's every short line when it has the cluster's footer and no paragraph."""
    for i, line in enumerate(lines):
        if keep[i] and line.strip() and " ".join(line.split()) in spaced:
            keep[i] = False
    footer = [i for i, line in enumerate(lines) if _CLUSTER_FOOTER.match(line.strip())]
    if any(keep[i] and is_body(line) for i, line in enumerate(lines)):
        return
    if not footer:
        # the cluster's rows and no paragraph: a short line after its last row that is no
        # sentence is its footer, in whatever language ("Žiūrėti visą aprėptį „Google“
        # naujienose lietuviškai"; junk46)
        rows = [i for i, line in enumerate(lines) if " ".join(line.split()) in spaced]
        for i in range(rows[-1] + 1 if rows else len(lines), len(lines)):
            text = lines[i].strip()
            if text and len(text.split()) <= _HEADLINE_WORDS and not _SENTENCE_END.search(text):
                keep[i] = False
        return
    for i, line in enumerate(lines):
        if line.strip() and len(line.split()) <= 2 * _HEADLINE_WORDS:
            keep[i] = False
