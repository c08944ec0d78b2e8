"""Lines that credit, caption, correct or cite: about the article, not its news.

General shapes only (no site's string is written here):

- credit lines: "Reporting by X; Editing by Y", "X in Lima contributed to this report.",
  "Additional reporting by X in Y." (a credit whose tail is only names and places); who made
  the piece by the kind of work and names only ("Photos and story by X", "Photography for this
  piece: X.", "Calculations by X using the city's fare table."), a story taken from another
  outlet and edited ("Story from X; edited for Y"), a bare label over a list of sources
  ("Figures: water ministry, national weather office, FAO");
- captions and teasers of other pages by their label: "Photo: ...", "Pictured: ...",
  "Image credit: ...", "Read more: ...", and a trailing photo credit "(Name/Outlet)"; a
  source's photo ("File picture: ...", "AFP photo: ...") and an outlet's photo over a caption
  in lower case ("Courier photo: the river wall at Upton."), not a figure's picture ("Big
  picture: Inflation has fallen ...") nor a subject's image before news ("Webb image:
  Astronomers say ..."); "Foto:" and "Bild:" before a credit ("Bild: dpa"), not before a
  sentence ("Bild: Germany's biggest tabloid said ...");
- correction and update notes: "Correction: ...", "This story has been amended ...",
  "Amended at 11:40: ...", "Updated at midday with new figures.";
- copyright lines ("©", "ⓒ", "(c) ", "Copyright ...", "All rights reserved");
- bibliographies: a "References" heading (or a "Reference: " label) and author-year entries.
"""

from __future__ import annotations

import re

from briefing.clean.editions import is_reading_time
from briefing.features import STOP_WORDS
from briefing.language import in_dictionary
from briefing.text import split_sentences

__all__ = [
    "corrects_earlier_message",
    "credit_follows",
    "is_agency_name",
    "is_author_bio",
    "is_bibliography_head",
    "is_citation",
    "is_columnist_note",
    "is_copyright",
    "is_credit_or_caption",
    "is_photo_label",
    "on_writer",
]

# ("(c)" then a word in lower case is a list's third item: "(c) the families of the deceased
# have been brought to ..."; junk49)
_COPYRIGHT = re.compile(
    r"^(?:©|ⓒ|\(c\)\s(?!\s*(?-i:[a-z]))|copyright\b)|all\s+rights\s+reserved", re.I
)
_COPYRIGHT_MAX_WORDS = 25
_CREDIT = re.compile(
    r"^\(?(?:(?:additional\s+)?reporting|writing|editing|compiled|research|graphics?|produced)"
    r"\s+by\b|\bcontributed(?:\s+(?:reporting|research))?\s+to\s+this\s+"
    r"(?:report|story|article)\b|\((?:additional\s+)?reporting\s+by\b",
    re.I,
)
# Credits of other shapes: labelled ("Contributors: A in B; desk editing by C", "Words and
# pictures: A. Additional reporting: B."), a writer and an editor ("Written for the wire by A;
# edited by B", "Report by A, edited by B"), where it was filed from ("Filed from Kiruna."), an
# agency's name after "From" ("From Harbour Press").
_CREDIT_SHAPES = re.compile(
    r"^(?i:contributors?|contributing|words(?:\s+and\s+(?:pictures|photos?))?|additional\s+reporting|reporting"
    r"|editing)\s*:\s*[A-Z]"
    r"|\b(?i:written|reported|report|reporting|words|story)\s+"
    r"(?:(?i:for)\s+(?:[\w&.'’-]+\s+){1,2})?(?i:by)\s+[A-Z][^;.]{0,60}[;,]\s+"
    r"(?i:and\s+)?(?i:desk\s+)?(?i:edit(?:ed|ing))\s+(?i:by)\s+[A-Z]"
    r"|^(?i:filed\s+(?:from|in))\s+[A-Z][\w'’-]+(?:,?\s+[A-Z][\w'’-]+){0,3}\.(?:\s|$)"
    r"|^(?i:from)\s+(?:[Tt]he\s+)?(?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*\s+"
    r"(?:Press|Wire|Newswire|News\s+Agency|Press\s+Agency)$"
)
# An agency's name alone on a line ("Compass Wire", "Harbour News Agency"): a credit in an
# article's text, but the outlet's field of a page dump's header (``ingest.pagedump`` asks
# ``clean.is_boilerplate``), so only ``clean.clean_text`` takes it.
_AGENCY_NAME = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*\s+"
    r"(?:Press|Wire|Newswire|News\s+Agency|Press\s+Agency)$"
)
# What may follow "reporting by" in a credit that is only names and places: capitalised words
# and the few small words of names and lists ("Aigerim Tulegenova in Kegen and Ana de la Cruz").
_NAME_TAIL = re.compile(
    r"^(?:[A-Z][\w.'’-]*|and|&|in|de|da|del|la|le|van|von|der|al|el|bin|ibn|of|the"
    # an Arabic name's article or kinship word joined to it: "al-Kindi", "el-Sayed", "bin-Zayed"
    r"|(?:al|el|ad|an|as|ash|at|az|bin|ibn|abu|ben)[-’'][A-Z][\w.'’-]*)$"
)
_CREDIT_MAX_WORDS = 30
_TEASER_PREFIX = re.compile(
    r"^(?:(?:photos?|images?|pictures?|illustrations?|videos?)(?:\s+(?:captions?|credits?|courtesy"
    r"|source))?"
    r"|captions?|photographs?|pictured|watch|listen|graphic"
    r"|read\s+(?:more|also|next|this\s+next)|(?:also|must)\s+read|see\s+also|related(?:\s+(?:coverage|reading|stories|articles"
    r"|content|videos?|audio|podcasts?|news))?|more\s+on\s+this(?:\s+(?:story|topic|subject))?|explainer|pinned"
    # another story's label, the page's main picture: "Editor's Choice: ...", "Header image: ..."
    r"|editor['’]s\s+(?:choice|picks?)|(?:main|header|top|featured|cover|lead)\s+(?:image|photo"
    r"|picture)(?:\s+credits?)?"
    # (a site's name before a colon or a dash: "Also on Monday, police arrested ..." is news)
    r"|(?:also|related)\s+on\s+[^:,]{1,40}?(?=\s*[:|–—-]\s)"
    # "read more" / "read also" in the page's language: "مزید پڑھیں: ...", "Lexo edhe: ...",
    # "Διαβάστε επίσης: ...", "Pročitajte još: ..."
    r"|مزید\s+پڑھیں|مزید\s+پڑھیے|یہ\s+بھی\s+پڑھیں|اقرأ\s+(?:أيضا|أيضاً|ايضا|المزيد)|بیشتر\s+بخوانید"
    r"|আরও\s+পড়ুন|আরো\s+পড়ুন|lees\s+(?:ook|meer)|lexo\s+(?:edhe|më\s+shumë)"
    r"|pročitajte\s+(?:i|još|više)|прочитајте\s+(?:и|још)|preberite\s+(?:še|tudi)"
    r"|διαβάστε\s+(?:επίσης|ακόμη|ακόμα)|δείτε\s+επίσης|les\s+(?:òg|også|meir|mer)"
    r"|läs\s+(?:också|mer)|læs\s+(?:også|mere)|lue\s+myös|loe\s+ka|soma\s+(?:pia|zaidi)"
    r"|basahin\s+(?:din|rin)|baca\s+juga|ayrıca\s+okuyun|bunu\s+da\s+okuyun"
    r"|читайте\s+(?:также|також|още)|прочетете\s+още|прочетете\s+също|lees\s+ook"
    # ... in Hindi, Somali, Icelandic, Hungarian, Slovak, Czech, Vietnamese, Haitian Creole,
    # Hausa, Lithuanian, Latvian, Romanian, Javanese, Zulu, Malagasy, Hebrew and Thai
    r"|(?:यह|ये|इसे|इन्हें)\s+भी\s+पढ़ें|और\s+पढ़ें|हे\s+पण\s+वाचा|akhri\s+sidoo\s+kale"
    r"|sidoo\s+kale\s+akhri|lestu\s+(?:einnig|líka|meira)|sjá\s+einnig|olvassa\s+el\s+ezt\s+is"
    r"|ezt\s+is\s+olvassa\s+el|olvasd\s+el\s+ezt\s+is|kapcsolódó(?:\s+cikkek?)?|čítajte\s+aj"
    r"|prečítajte\s+si\s+(?:aj|tiež)|súvisiace(?:\s+články)?|přečtěte\s+si\s+(?:také|též)"
    r"|čtěte\s+(?:také|též|dále)|související(?:\s+články)?|xem\s+thêm|đọc\s+thêm|tin\s+liên\s+quan"
    r"|li\s+(?:tou|plis)|karanta\s+(?:kuma|wannan)|taip\s+pat\s+skaitykite|skaitykite\s+taip\s+pat"
    r"|lasiet\s+(?:arī|vēl)|citește\s+(?:și|mai\s+mult)|citiți\s+(?:și|mai\s+mult)|waca\s+uga"
    r"|maca\s+uga|funda\s+(?:futhi|nalokhu)|vakio\s+koa|vakio\s+ihany\s+koa|קראו\s+(?:גם|עוד)"
    r"|อ่านเพิ่มเติม|อ่านต่อ|ข่าวที่เกี่ยวข้อง"
    # ... (junk48) and in English's "you might also like", Asturian, Catalan, Basque, the South
    # Slavic languages and Tok Pisin
    r"|you\s+(?:might|may)\s+also\s+(?:like|enjoy)"
    r"|lleer\s+(?:más|tamién)|(?:llegiu|llegeix)\s+(?:també|més)|lotutako\s+albisteak"
    r"|irakurri\s+(?:ere|gehiago)"
    r"|поврзани\s+(?:вести|содржини)|повезане\s+вести|povezane\s+(?:vijesti|vesti)"
    r"|sorodne\s+novice|ritim\s+tu"
    # a newsletter's reader photo: "Photo of the week: ...", "Foto van de week: ..."
    r"|(?:photo|picture|foto|fotografía|bild|imagen|immagine|kuva|zdjęcie)\s+(?:of\s+the"
    r"|de\s+la|van\s+de|der|della|da|du|de)\s+(?:week|semana|woche|semaine|settimana))"
    r"\s*[:,|–—-]\s|^credits?\s*:\s"
    # a gallery's and the same subject's label, with its colon: "Fotogalería: ...", "Sur le même
    # sujet : ..." ("Sur le même sujet, le gouvernement a promis ..." is a sentence)
    r"|^(?:fotogaler[ií]a|galer[ií]a\s+de\s+fotos|photo\s+gallery|galerie\s+photos?|bildergalerie"
    r"|sur\s+le\s+même\s+sujet|sobre\s+el\s+mismo\s+tema|sobre\s+o\s+mesmo\s+(?:tema|assunto)"
    r"|zum\s+selben\s+thema|sullo\s+stesso\s+(?:tema|argomento)|on\s+the\s+same\s+(?:subject"
    r"|topic))\s*:\s"
    # a source's photo: "File photo: ...", "Reader picture: ...", "AFP photo: ..." (an agency's
    # code, not a kind of image: "CCTV image: Detectives released footage ..." is news)
    r"|^(?:(?:file|handout|archive|archival|readers?['’]?|staff|pool|stock|family|supplied"
    r"|courtesy|submitted|contributed|agency)|(?!(?:cctv|ai|mri|ct|hd|3d|gif)\s)(?-i:[A-Z]{2,6}))"
    r"\s+(?:photo|picture|image|photograph)s?\s*:\s",
    re.I,
)
# "Foto: ..." and "Bild: ..." before a credit ("Foto: Arquivo da câmara", "Bild: dpa"), not before
# news ("Bild: Germany's biggest tabloid said ...", "BILD: Scholz to call confidence vote ...")
_FOTO_BILD = re.compile(
    r"^(?:foto|bild)\s*[:|]\s"
    # ... and a photo's label in another language or script, or a kind of image: "Crédit photo :
    # DR", "Fotoğraf: İHA", "Picha: Maktaba", "Asalin hoton, <Outlet>/<Name>" (Hausa), "عکس:
    # آرشیو", "Satellite image: Copernicus Sentinel-2"; or a label ending in its "from" or "by":
    # "Larawan mula sa DOTr" (Tagalog), "Foto oleh <Name>", "Photo supplied by <Name>"
    r"|^(?:cr[ée]dits?\s+photos?|photos?\s+cr[ée]dits?|cr[ée]dito\s+(?:da\s+|de\s+)?(?:foto|imagen)"
    r"|fotoğraf|fotografía|fotografia|fotografie|zdjęcie|kuva|larawan|picha|hoto|asalin\s+hoton"
    r"|gambar|imej|عکس|تصویر|صورة|الصورة|تصوير|ছবি|फोटो|तस्वीर|படம்|ഫോട്ടോ|ਫੋਟੋ|ფოტო|фото|ảnh"
    r"|hình\s+ảnh|ภาพ|사진|写真|图片|圖片|φωτογραφία|φωτ\.|zdjęcie|fotka|fot\.|nuotr\.|nuotrauka"
    r"|fotó|fotografija|լուսանկարը|სურათი|摄影|攝影"
    # (junk48: Basque, Yoruba, Hebrew, Welsh, Irish, Icelandic, Albanian, Maltese, Swahili)
    r"|argazkia|àwòrán|àwòran|awòrán|צילום|תמונה|llun|grianghraf|mynd|ljósmynd|fotografi|ritratt"
    r"|(?:satellite|aerial|drone|file|archive)\s+(?:image|photo|picture)s?)\s*[:|,：=]\s?"
    r"(?=\S)"
    r"|^(?:fot|nuotr|φωτ)\.\s+(?=\S)"
    r"|^(?:larawan|kuha)\s+(?:mula\s+(?:sa|kay)|ni)\s|^(?:foto|gambar)\s+(?:oleh|dari)\s"
    r"|^(?:photo|picture|image)s?\s+(?:supplied|provided|submitted|sent)\s+by\s",
    re.I,
)
# A caption under a photo's label in any main European language, its credit in brackets at its
# end: "Foto: the hotel seen from the ramparts (DVV)", "Fotoğraf: Derailed wagons near the river
# (Serhat Ekspres)", "Portrait: A B on a roof in the old quarter (family photograph)". One
# phrase, no sentence in it; the credit short and without figures.
_CAPTION_LABELLED = re.compile(
    r"^(?:fotos?|fotoğraf|fotografía|fotografia|fotografie|photos?|photograph|picture|pictured"
    r"|portrait|kuva|zdjęcie|φωτογραφία)\s*:\s+[^.!?()]{3,160}\(\s*[^\W\d][^()\d.!?]{0,40}\)\.?$",
    re.I,
)
_CAPTION_CREDIT_WORDS = 5
# A credit's words: names and agencies (capitalised or in capitals), a source's word in another
# language ("Arquivo da câmara", "privat"), a slash between photographer and agency; an English
# word in lower case other than the particles of names and the words credits use makes a clause.
_NAME_PARTICLES = frozenset(
    "de da do dos das del della di du van von der den ter la le y e al el bin ibn".split()
)
_CREDIT_WORDS = frozenset(
    "handout images image photo photos pool file archive courtesy staff".split()
)
_CREDIT_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_FIRST_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\s+[|·]\s+")


def credit_follows(text: str) -> bool:
    """Whether ``text`` (what follows a photo's label) opens with a credit: its first sentence
    has a slash ("Ana Lučić/Pixsell") or no English word in lower case ("Marta Ruiz Gil. The
    ramp in the rain.", "dpa", "Arquivo da câmara"); "Spain's satellite agency released
    pictures ..." is a sentence."""
    first = _FIRST_SENTENCE_END.split(text.strip(), maxsplit=1)[0]
    if "/" in first:
        return True
    words = _CREDIT_WORD.findall(first)
    return bool(words) and not any(
        w[0].islower()
        and w.lower() not in _NAME_PARTICLES
        and w.lower() not in _CREDIT_WORDS
        and (w.lower() in STOP_WORDS or in_dictionary(w.lower()))
        for w in words
    )


# an outlet's photo over a caption in lower case: "Courier photo: the river wall at Upton, seen
# from the bridge." (not "picture", which news writes as a figure: "Big picture: Inflation has
# fallen ...", nor a subject's image before a sentence: "Webb image: Astronomers say ...")
_OUTLET_PHOTO = re.compile(
    r"^[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,2}\s+(?:photo|image)s?\s*:\s+[a-z]"
    # ... or a paper's own photo before its caption, whatever its case: "Chronicle photo:
    # Containers lined up at a borehole.", "Gazette photo: Patricia Noel at home."
    r"|^(?:[A-Z][\w'’&.-]*\s+){1,2}photos?\s*:\s+\S"
)
# a verb makes what follows a photo's label a sentence of news
_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|shows?|showed|says?|said)\b", re.I
)
_PHOTO_CREDIT = re.compile(
    # (a date in brackets is none: "... mulai Senin (26/1/2044).")
    r"\((?:(?=[^()]*[^\W\d_])[^()/]{2,60}/[^()]{2,60}|[^()]*\b(?:photo|images?|pictures?|getty|afp|pool|handout"
    r"|courtesy|supplied)\b[^()]*|submitted(?:\s+by\s+[^()]{2,40}|\s+photo)?)"
    r"\)\.?$"
    # a caption's credit after a copyright sign or "Credit...": "... on Sunday. © Jean Ravel / AC",
    # "... in July.Credit...Jonah Wick for The Daily Meridian"
    r"|[.!?]\s*©\s*[^.!?]{2,60}$|[.!?]\s*credit\s*(?:\.\.\.|…|:)\s*[^.!?]{2,80}$"
    # a caption's trailing credit label: "The ray is weighed on a tarpaulin. Photo: A/B", "...
    # on Wednesday. — Picture: Tendai Moyo"
    r"|[.!?]\s+(?:[—–-]\s*)?(?:photo|picture|image|photograph)s?\s*:\s*[^!?]{2,60}$"
    # and a courtesy credit of names only: "... yesterday. Photo courtesy of the Central Weather
    # Administration" (not "Photos courtesy of readers have flooded the inbox")
    r"|[.!?]\s+(?:[—–-]\s*)?(?:photo|picture|image|photograph)s?\s+courtesy\s+of\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w'’&.-]*(?:\s+(?:of\s+the\s+|of\s+|and\s+|&\s+)?(?-i:[A-Z])[\w'’&.-]*){0,6}$"
    # "... at Suoi Tien station, Feb. 2034. Photo by Saigon Daily/Quynh Tran"
    r"|[.!?]\s+(?:photo|picture|image|photograph)s?\s+by\s+(?-i:[A-Z])[^.!?]{1,60}$",
    re.I,
)
# a caption after its photographer's credit and a colon: "Photo by <Name> <Surname>: <who> empties
# a tank on Sunday morning.", "Photo by the bulletin: tanks loaded at dawn" (junk43; a name or
# "the" and a word, then the colon: "Photo by photo, the exhibition ..." has none)
_CREDITED_CAPTION = re.compile(
    r"^(?:photo|picture|image|photograph)s?\s+by\s+(?:the\s+[\w'’-]+(?:\s+[\w'’-]+)?"
    r"|(?-i:[A-ZÀ-Þ][\w'’.-]*)(?:\s+(?-i:[A-ZÀ-Þ][\w'’.-]*)){0,3})\s*:\s+\S[^!?]{0,200}$",
    re.I,
)
# a courtesy credit alone on its line: "Photo courtesy of the family", "Drawings courtesy of the
# architects", "Map courtesy of the Lands Bureau" (no verb: "Photos courtesy of readers have
# flooded the inbox" is news)
_COURTESY = re.compile(
    r"^(?:photo|picture|image|photograph|drawing|illustration|map|graphic|rendering|video"
    r"|footage)s?\s+courtesy\s+of\s+[^.!?;:,]{2,70}\.?$",
    re.I,
)
_COURTESY_WORDS = 14
# Who made the piece, by the kind of work and names only: "Photos and story by A B", "Words by
# A B. About an 11-minute read.", "Photography for this piece: A B.", "Calculations by <Outlet>
# using the city's published fare table." (``_maker_credit``).
_MAKER_KIND = (
    r"(?:photos?|pictures?|photographs?|photography|words|text|story|illustrations?|graphics?"
    r"|video|maps?|charts?|calculations|analysis|design|translation|essay|reported|written"
    r"|(?:weekly\s+|monthly\s+|guest\s+)?column"
    # ... and in the main European languages: "Testo di A B", "Foto di C D", "Storia di E F"
    # (a portal's "Story by"), "Texto y fotos de ...", "Text von ...", "Texte et photos par ..."
    r"|testo|testi|storia|fotografie|texto|textos|fotos?|fotografías?|fotografias|texte|tekst"
    r"|teksti|bilder?|kuvat?|zdjęcia|reportage|reportaje|reportagem)"
)
_MAKERS = re.compile(
    rf"^{_MAKER_KIND}(?:(?:\s*,\s*|\s+(?:and|&|e|y|et|und|en|och|og|ja|i)\s+){_MAKER_KIND})*\s+"
    r"(?:(?:by|di|de|von|door|van|av|af|par|por|przez)\s+|for\s+this\s+(?:piece|story|article"
    r"|feature|report|essay|series)\s*:\s*)"
    r"(?=(?:the\s+)?(?-i:[A-Z]))",
    re.I,
)
# where the makers' figures come from, after their names: "... using the city's fare table"
_MAKERS_SOURCE = re.compile(r"\s+(?:using|from|based\s+on|with\s+data\s+from)\s+", re.I)
# a verb makes the rest a sentence of news: "Analysis by Moody's using 2019 prices shows ..."
_MAKERS_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|shows?|showed|shown|suggests?|suggested"
    r"|finds?|found|puts?|indicates?|indicated|reveals?|revealed|points?|pointed|says?|said"
    r"|estimates?|estimated)\b",
    re.I,
)
_MAKERS_MAX_WORDS = 24
_NAMES_STOP = re.compile(r"(?<!\b[A-Z])\.\s+")
# the maker's trade in lower case after the names: ", conservator", ", staff photographer"
_MAKER_ROLE = re.compile(r",\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*\.?$")
_MAKERS_JOIN = re.compile(r"\s+[·|•]\s+")
# A story taken from another outlet and edited: "Story from Global Track Wire; edited for Fast
# Lane", "Report via Compass Wire, adapted by the Ledger's desk".
_OUTLET_NAME = r"(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}"
_SOURCED = re.compile(
    rf"^(?i:story|report|article|copy|text)\s+(?i:from|via)\s+{_OUTLET_NAME}\s*[;,]\s*"
    r"(?i:(?:and\s+)?(?:edited|adapted|abridged|shortened|condensed|updated))\s+(?i:for|by)\s+"
    rf"(?:{_OUTLET_NAME}|(?i:the|our)\s+[\w'’ -]{{1,30}})\.?$"
)
# A list of where the figures come from under a bare label: "Figures: water ministry, national
# weather office, FAO" (two or more short items, one an institution or an acronym; no figure,
# no verb, no sentence).
_SOURCE_LIST = re.compile(
    r"^(?:[\w-]+\s+)?(?:figures|numbers|statistics|stats|data)\s*:\s*((?:\d+-[^\W\d_]|[^.!?\d])"
    r"{2,100})\.?$",
    re.I,
)
_SOURCE_ITEM = re.compile(r"\s*(?:,|;|\s&\s|\sand\s)\s*")
_INSTITUTION = re.compile(
    r"\b(?:ministry|office|agency|bureau|institute|authority|council|department|service|survey"
    r"|bank|census|fund|organi[sz]ation|commission|board|observatory|(?-i:[A-Z]{2,6})"
    # or the kind of source: "national export statistics, industry interviews", "regional
    # (buoy) network, 15-minute averages"
    r"|statistics|interviews|surveys|records|registers?|filings|network|stations)\b",
    re.I,
)
_SOURCE_ITEM_WORDS = 4


def _source_list(text: str) -> bool:
    """Whether ``text`` is a bare label and a list of sources (``_SOURCE_LIST``)."""
    found = _SOURCE_LIST.match(text.strip())
    if found is None or _MAKERS_VERB.search(found.group(1)):
        return False
    items = [i for i in _SOURCE_ITEM.split(found.group(1).strip()) if i]
    return (
        len(items) >= 2
        and all(len(i.split()) <= _SOURCE_ITEM_WORDS for i in items)
        and any(_INSTITUTION.search(i) for i in items)
    )


# the makers under a label, two or more of them: "Story: Ibrahim Jalloh and Kadiatu Koroma",
# "Reporting team: Oyun Ganbaatar, Tuvshin Erdene" (one name after "Story:" may be a heading)
_MAKERS_LABEL = re.compile(
    rf"^(?:{_MAKER_KIND}|reporting(?:\s+team)?|reporters|team)\s*:\s+(?=(?-i:[A-Z]))"
    r"(?=[^:]*(?:,|\sand\s|\s&\s))",
    re.I,
)


def _maker_credit(text: str) -> bool:
    """Whether ``text`` credits who made the piece (``_MAKERS``): the kind of work, then names
    only, and after them at most where their figures come from (no verb) or a reading time in
    a sentence of its own. "Photos by the drone showed the flooded villages." and "Analysis by
    Moody's using tax data shows a 3% fall." are news."""
    parts = _MAKERS_JOIN.split(text)
    if len(parts) > 1:  # "Words by A B · Photographs by C D"
        return all(_maker_credit(part) for part in parts)
    made = _MAKERS.match(text) or _MAKERS_LABEL.match(text)
    if made is None or len(text.split()) > _MAKERS_MAX_WORDS:
        return False
    rest = text[made.end() :].strip()
    # a full stop that ends the names, not an initial's ("Photography by D. Knowles")
    stop = _NAMES_STOP.search(rest)
    names, after = (rest[: stop.start()], rest[stop.end() :]) if stop else (rest, "")
    # ... then a reading time, or another maker's credit ("Text by A B. Photos by C D.")
    if stop and not (is_reading_time(after) or _maker_credit(after)):
        return False
    source = _MAKERS_SOURCE.search(names)
    if source is not None:
        if _MAKERS_VERB.search(names, source.end()) or any(ch.isdigit() for ch in names):
            return False
        names = names[: source.start()]
    role = _MAKER_ROLE.search(names)  # "Essay by A B, conservator"
    if role is not None and not _MAKERS_VERB.search(role.group(0)):
        names = names[: role.start()]
    if not made.group(0).rstrip().lower().endswith(("by", ":")):
        # "Storia di Paolo Greco", not "Storia di Genova" (a heading): two names or more
        tokens = names.split()
        return len(tokens) >= 2 and tokens[1][:1].isupper() and _names_only(names)
    return _names_only(names)


_TEASER_MAX_WORDS = 40
# "Correction: ...", "This story has been amended ...", "Amended at 11:40: ...", "Updated on 3
# May to add ...", "Updated at midday with new figures and reaction."
_CORRECTION = re.compile(
    r"^(?:correction\s*(?:\([^)]{1,30}\)\s*)?[:—-]|correction\s+(?:appended|added)\b"
    # an editor's note about the page's earlier version: "Editor's note (May 3): An earlier
    # version misstated ..."
    r"|editor['’]s\s+note\s*(?:\([^)]{1,30}\)\s*)?:\s*an?\s+(?:earlier|previous)\s+version\b"
    r"|this\s+(?:article|story|report)\s+(?:was|has\s+been)\s+"
    r"(?:amended|updated|corrected)|an\s+earlier\s+version\s+of\s+this\s+(?:article|story)"
    r"|(?:amended|updated|corrected)\s+(?:at|on)\s+[\w:.,/ -]{1,25}?(?:\s*:\s|\s+(?:with|to)\s))",
    re.I,
)
_CORRECTION_MAX_WORDS = 60
# The same note under its label in the page's own language: "Fe de erratas: una versión anterior
# ...", "Correctie: ...", "Berichtigung: ...", "Rectificatif : ...", "Correção: ...", "Errata: ...".
_CORRECTION_ABROAD = re.compile(
    r"^(?:fe\s+de\s+erratas|errata|erratum|correcci[oó]n|rectificaci[oó]n|aclaraci[oó]n"
    r"|correctie|rectificatie|berichtigung|korrektur|richtigstellung|rectificatif|correctif"
    r"|corre[cç][aã]o|retifica[cç][aã]o|rettifica|korrekti[ou]n|sprostowanie|oprava"
    r"|rettelse|r[aä]ttelse|oikaisu|korjaus)"
    # (junk36) a stamp between the label and its colon: "Correção às 13h40:", "Berichtigung am
    # 3. Mai:", "Corrección (12/03):"
    # (a time's word or a figure opens it, and no capital follows: "Corrección del PIB a las
    # 12:10 del lunes: ..." is a headline)
    r"(?:\s+(?=[^:\n]{0,25}\d)(?:at|à|às|a\s+las?|um|alle|om|kl\.?|saat|в|on|le|el|am|em|il"
    r"|\(|\d)(?:\d{1,2}[:.h]\d{2}|(?-i:[^:\n.!?A-ZÀ-Þ])){0,22}?)?\s*:\s",
    re.I,
)
# A correction that is itself the news: a publisher's notice correcting an earlier, separate
# message of its own by date ("Correction: in our message of September 19 we wrote ...", "in the
# press release of 3 May ..."), not one about the page it is on ("this article", "an earlier
# version").
_EARLIER_MESSAGE = re.compile(
    r"\b(?:(?i:in|to)\s+(?:our|the|its|their|a)|(?i:our|its|their))\s+(?:press\s+|news\s+)?"
    r"(?i:message|release|statement|notice|announcement|bulletin|newsletter|post|communiqu[eé])\s+"
    r"(?:of|from|dated|on|sent\s+on)\s+"
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|\d{1,2}[./-]\d{1,2}\b)"
    # ... or an earlier one, undated: "in an earlier release we gave ...", "Our previous
    # statement said ...", "..., not Oracle, as stated in the earlier release."
    r"|\b(?:(?i:in|to)\s+)?(?i:an|a|our|its|their|the)\s+(?i:earlier|previous|prior)\s+"
    r"(?i:press\s+|news\s+)?(?i:message|release|statement|notice|announcement|bulletin"
    r"|communiqu[eé])\b"
    # ... or what it gave out on a date: "..., not May 6 as the City announced on April 1."
    # ... or an event it had announced, moved: "... the water outage in parts of St Philip,
    # previously announced for Wednesday, June 11, will now take place on Thursday"
    r"|\b(?i:previously|originally|earlier)\s+(?i:announced|scheduled|advertised|published|set)\s+"
    r"(?i:for|as|on)\b"
    r"|\b(?i:as)\s+(?:(?i:the|our)\s+)?(?:[A-Z][\w'’-]*|(?i:we|it))\s+(?:had\s+)?(?i:announced"
    r"|stated|published|posted|listed|wrote)\s+(?i:on|in)\s+"
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+)"
)
# ... and in the publisher's own language: "Korrektur: In unserer Mitteilung vom 10. März ...",
# "En nuestro comunicado del 4 de mayo ...", "Dans notre communiqué du 3 mai ...", "In ons
# persbericht van 12 maart ...", "No nosso comunicado de 5 de junho ...", "Nel nostro comunicato
# del 3 maggio ...".
_EARLIER_MESSAGE_ABROAD = re.compile(
    r"\b(?i:in\s+unserer|en\s+nuestr[oa]|dans\s+notre|in\s+ons|no\s+nosso|na\s+nossa"
    r"|nel\s+nostro|nella\s+nostra)\s+(?i:presse)?(?i:mitteilung|meldung|pressemitteilung"
    r"|pressemeldung|erklärung|comunicado|nota\s+de\s+prensa|nota\s+de\s+imprensa|mensaje"
    r"|communiqué|message|bericht|persbericht|mededeling|comunicato|nota\s+stampa|messaggio)"
    r"\s+(?i:vom|del|de|du|van|dell['’]|do|da)\s*(?:\d{1,2}\.?\s*(?:de\s+)?[^\W\d_]{3,}\.?"
    r"|\d{1,2}[./-]\d{1,2}\b)"
    # an earlier one, undated: "Aiemmassa tiedotteessa ...", "I ett tidigare pressmeddelande
    # ...", "In einer früheren Mitteilung ...", "En un comunicado anterior ..."
    r"|\b(?i:(?:aiemma|edellise|aikaisemma)ss[aä]\s+(?:\w+\s+)?tiedottee(?:ssa|ssamme)"
    r"|i\s+(?:ett|vårt|en|vår|vores)\s+tidligere\s+(?:presse)?(?:melding|meddelelse)"
    r"|i\s+(?:ett|vårt)\s+tidigare\s+(?:press)?meddelande"
    r"|in\s+(?:einer|unserer)\s+früheren\s+(?:presse)?mitteilung"
    r"|en\s+(?:un|nuestro)\s+comunicado\s+anterior|dans\s+(?:un|notre)\s+(?:précédent"
    r"\s+communiqué|communiqué\s+précédent)|in\s+(?:een|ons)\s+eerder(?:e)?\s+persbericht"
    r"|(?:em|no)\s+(?:um\s+)?comunicado\s+anterior|(?:in\s+un|nel\s+(?:nostro\s+)?)"
    r"\s*precedente\s+comunicato)\b"
    # ... or what the body itself gave out before, by its name: "..., e não no dia 16, como a
    # prefeitura divulgou anteriormente.", "..., como el ayuntamiento informó anteriormente.",
    # "..., comme la mairie l'avait annoncé.", "..., as the council announced earlier." (not a
    # paper's own page: "como o jornal publicou anteriormente" is its correction note)
    r"|\b(?i:como\s+(?:a|o|la|el)|comme\s+(?:la|le|l['’])|as\s+the)\s*"
    r"(?!(?i:jornal|site|reportagem|matéria|texto|revista|portal|blog|periódico|diario|nota"
    r"|artículo|journal|article|paper|newspaper|website|story|report)\b)[^\W\d_]{3,}"
    r"(?:\s+[^\W\d_]{3,})?\s+(?i:(?:havia|tinha|había|had)\s+)?(?i:divulgou|divulgado|informou"
    r"|informado|anunciou|anunciado|informó|anunció|publicó|comunicó|announced|stated|published"
    r"|said)\s+(?i:anteriormente|previamente|antes|précédemment|earlier|previously|before)\b"
    r"|\b(?i:comme\s+(?:la|le|l['’])\s*)(?!(?i:journal|site|article)\b)[^\W\d_]{3,}\s+"
    r"l['’]avait\s+(?i:annoncé|indiqué|communiqué)\b"
)
# A live page's own correction post about a figure an earlier post gave: "CORRECTION: An earlier
# post at 11:20 said the winds were 250 km/h. The weather bureau's figure is 215 km/h.", "In our
# 08:10 post we reported the magnitude as 7.1 ...": news (it gives the right figure); a
# correction of a word ("an earlier post called Rawat a debutant") stays the page's note, and so
# do "this post" and "an earlier version" (``_THIS_PAGE``).
_EARLIER_POST = re.compile(
    r"\b(?:an|a|our|its|the)\s+(?:earlier|previous|prior)\s+(?:post|update|entry)"
    r"(?:\s+(?:at|of|from)\s+\d{1,2}[:.h]\d{2})?\b"
    r"|\b(?:our|the)\s+(?:\d{1,2}[:.h]\d{2}\s+(?:post|update|entry)"
    r"|(?:post|update|entry)\s+(?:at|of)\s+\d{1,2}[:.h]\d{2})\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _corrects_earlier_figure(text: str) -> bool:
    post = _EARLIER_POST.search(text)
    if post is None:
        return False
    end = _SENTENCE_END.search(text, post.end())
    return any(ch.isdigit() for ch in text[post.end() : end.start() if end else len(text)])


_THIS_PAGE = re.compile(
    r"\b(?:this|the\s+above)\s+(?:article|story|report|piece|page|post)\b"
    r"|\b(?:earlier|previous|prior|original)\s+version\b"
    r"|\b(?:dieses|diesem|dieser)\s+(?:artikels?|beitrags?|textes?)\b|\bfrühere[nr]?\s+fassung"
    r"|\bversi[oó]n\s+anterior|\bversão\s+anterior|\bversion\s+(?:précédente|antérieure)"
    r"|\beerdere\s+versie|\bversione\s+precedente|\b(?:este|esta)\s+(?:artículo|nota|artigo)\b"
    r"|\bcet\s+article\b|\bdit\s+artikel\b|\bquesto\s+articolo\b",
    re.I,
)


def corrects_earlier_message(text: str) -> bool:
    """A correction line that is a publisher's notice about an earlier message of its own, by
    date, or a live page's post correcting a figure an earlier post gave (``_EARLIER_POST``),
    and not about the page it is on: news, not the page's correction note."""
    earlier = _EARLIER_MESSAGE.search(text) or _EARLIER_MESSAGE_ABROAD.search(text)
    return (earlier is not None or _corrects_earlier_figure(text)) and not _THIS_PAGE.search(text)


_BIBLIO_HEAD = re.compile(
    r"^(?:references|bibliography|sources|further\s+reading|works\s+cited|citations?"
    r"|journal\s+references?|story\s+source)\s*:?$",
    re.I,
)
_BIBLIO_LABEL = re.compile(r"^(?:references?|sources?|citations?|bibliography)\s*:\s+", re.I)
_CITATION = re.compile(
    r"^(?:\[?\d{1,3}[.\]]\s+)?[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s?){1,3}(?:,|\s+et\s+al\.|\s+and\b|\s*&|\s*\()"
    r"|^[^.!?]{2,120}\(\d{4}[a-z]?\)\.\s"
    # an entry with a DOI: "A. Stokes, B. Hale. Flight distance ... 14 (3): 211 DOI: 10.1000/x"
    r"|^.{10,400}?(?:\b(?i:doi)\s*:?\s*|doi\.org/)10\.\d{4,9}/\S+\s*$"
)
_CITATION_MAX_WORDS = 60


def is_copyright(text: str) -> bool:
    """A copyright line ("© 2031 Outlet", "ⓒ Outlet. All rights reserved.")."""
    return len(text.split()) <= _COPYRIGHT_MAX_WORDS and bool(_COPYRIGHT.search(text))


def is_credit_or_caption(text: str) -> bool:
    """A credit line, a caption or teaser by its label, or a correction or update note."""
    words = len(text.split())
    credit = _CREDIT.search(text)
    if credit and words <= _CREDIT_MAX_WORDS:
        if credit.start() > 0 or ";" in text or not text.endswith("."):
            return True  # "Reporting by X; Editing by Y", "X in Lima contributed to this report."
        if _names_only(text[credit.end() :]):
            return True  # "Additional reporting by Aigerim Tulegenova in Kegen."
    if words <= _CREDIT_MAX_WORDS and _CREDIT_SHAPES.search(text):
        return True
    if _maker_credit(text) or _SOURCED.match(text) or _source_list(text):
        return True
    if words <= _COURTESY_WORDS and _COURTESY.match(text) and not _VERB.search(text):
        return True
    teaser = _TEASER_PREFIX.match(text)
    if teaser and _news_after_label(text):
        teaser = None  # "Related news: The central bank also cut its growth forecast to 0.8%."
    if words <= _TEASER_MAX_WORDS and (teaser or _PHOTO_CREDIT.search(text)):
        return True
    caption = _CAPTION_LABELLED.match(text)
    if caption and len(text[text.rfind("(") :].split()) <= _CAPTION_CREDIT_WORDS:
        return True
    # (the label and its credit in brackets, alone on the line: "(Foto: <Agency>)"; junk48)
    bare = text[1:-1].strip() if text.startswith("(") and text.endswith(")") else text
    foreign_photo = _FOTO_BILD.match(bare)
    if foreign_photo and words <= _TEASER_MAX_WORDS and credit_follows(bare[foreign_photo.end() :]):
        return True
    if words <= _TEASER_MAX_WORDS and _CREDITED_CAPTION.match(text):
        return True
    outlet_photo = _OUTLET_PHOTO.match(text)
    if outlet_photo and words <= _TEASER_MAX_WORDS:
        return not _VERB.search(text, outlet_photo.end())
    correction = _CORRECTION.match(text) or _CORRECTION_ABROAD.match(text)
    return (
        words <= _CORRECTION_MAX_WORDS and bool(correction) and not corrects_earlier_message(text)
    )


# Another story's label, then a sentence of news rather than a headline: "Editor's picks: The
# paper's editors chose the Harris endorsement over Trump, a first in 40 years." A headline
# after it ("Related news: Storm Bert cuts power to 40,000 homes") ends in no stop.
_STORY_LABEL = re.compile(
    r"^(?:editor['’]s\s+(?:choice|picks?)|related\s+news)\s*[:,|–—-]\s+", re.I
)
_SENTENCE_WORDS = 6


# What to watch, as a market note lists it: "Watch: currency rules in Zimbabwe, which affect
# ..., and the weather in Brazil's south, where ...": a sentence of fifteen words or more with a
# clause of its own after a comma, no medium's word (a video's teaser ends in no stop: "Watch:
# drone footage of flooded streets in <town>"; junk40)
_WATCH_LABEL = re.compile(r"^(?:watch|listen)\s*:\s+", re.I)
_MEDIUM = re.compile(
    r"\b(?:video|videos|footage|clip|podcast|episode|interview|highlights|bulletin|live|stream"
    r"|channel|show|watch)\b",
    re.I,
)
_WATCH_SENTENCE_WORDS = 15


def _news_after_label(text: str) -> bool:
    watch = _WATCH_LABEL.match(text)
    if watch is not None:
        rest = text[watch.end() :].strip()
        return (
            len(rest.split()) >= _WATCH_SENTENCE_WORDS
            and rest.endswith(".")
            and "," in rest
            and not _MEDIUM.search(rest)
        )
    label = _STORY_LABEL.match(text)
    if label is None:
        return False
    rest = text[label.end() :].strip()
    return len(rest.split()) >= _SENTENCE_WORDS and rest.endswith((".", "!")) and " " in rest


def is_agency_name(text: str) -> bool:
    """A news agency's name alone on a line ("Compass Wire"); see ``_AGENCY_NAME``."""
    return bool(_AGENCY_NAME.match(text))


def _names_only(tail: str) -> bool:
    """Whether ``tail`` (what follows "reporting by") is only names, places and list words."""
    tokens = tail.replace(",", " ").rstrip(".").split()
    return bool(tokens) and all(_NAME_TAIL.match(token) for token in tokens)


def is_bibliography_head(line: str) -> bool:
    """A heading that opens a list of references ("References", "Further reading:")."""
    return bool(_BIBLIO_HEAD.match(line))


# A paper's reference by its first author's surname and initials, "et al." and the journal with
# its year or volume, after a label of a word or three in any language or none ("Journal
# reference: Kanahele-Moreno K. et al., Pacific Forest Ecology 31 (2056): 88-104.", "Cyfeirnod:
# Pritchard-Osei E. et al., ..."); a sentence naming the authors has no initials after the name
# ("Kanahele-Moreno et al. found ..."); nor does one whose next word, after a year in brackets,
# is in lower case: a verb ("Okafor N. et al. counted 41 species in 2054."), where a reference
# goes on with its journal, its year or its title ("et al., Pacific Forest Ecology 31", "et al.
# (2056). Soil carbon ...", "et al., eLife 12").
_ET_AL_ENTRY = re.compile(
    r"^(?:[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*[:：]\s*)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])"
    r"[\w'’-]+)?,?\s+(?-i:[A-Z])\.(?:\s?(?-i:[A-Z])\.)?(?:,\s*(?-i:[A-Z])[\w'’-]+,?\s+(?-i:[A-Z])"
    r"\.(?:\s?(?-i:[A-Z])\.)?){0,4},?\s+et\s+al\.?,?\s+"
    r"(?P<rest>[^!?]{0,200}\d[^!?]{0,80})$",
    re.I,
)


_BRACKETED_YEAR = re.compile(r"^\(\d{4}\w?\)[.,:]?\s*")


def _et_al_entry(line: str) -> bool:
    """A paper's reference by its first author's initials and "et al." (``_ET_AL_ENTRY``), not
    a sentence that names the authors so and goes on with a verb in lower case."""
    match = _ET_AL_ENTRY.match(line)
    if match is None:
        return False
    rest = _BRACKETED_YEAR.sub("", match.group("rest"), count=1).split()
    return not (rest and re.sub(r"[\W\d_]", "", rest[0]).islower())


def is_citation(line: str) -> bool:
    """An author-year entry of a bibliography, bare or after a "Reference: " label; a paper's
    reference by its first author's initials and "et al." after any short label."""
    entry = _BIBLIO_LABEL.sub("", line, count=1)
    if len(entry.split()) > _CITATION_MAX_WORDS:
        return False
    return bool(_CITATION.match(entry)) or _et_al_entry(line)


# An author's bio: the author ("The author is a transport planner based in Medellin.") or a
# named journalist, in the present tense, by a newsroom's job title ("Jane Doe is a senior
# correspondent who covers ...", "A B is political editor."; not "Mr A is ...", the news's
# people). ``clean.clean_text`` takes it only
# at the article's end (news says "Ms Okafor is a nurse who has worked ..." anywhere).
_BIO = re.compile(
    r"^(?:the\s+(?:author|writer|columnist|contributor)\s+is\s+(?:a|an)\s"
    # "Our columnist ran island harbours for 22 years ...", "Our guest organises tenants'
    # meetings in Bank Hall." (a bio after the text only, as every bio here)
    r"|our\s+(?:columnist|contributor|guest(?:\s+(?:writer|columnist|author))?)\s+(?:is|ran|runs"
    r"|organises|organizes|works|worked|teaches|taught|writes|leads|led|chairs|has|spent|lives)\s"
    r"|(?!(?:mr|mrs|ms|miss|dr|prof|the)\b)(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){1,3}"
    r"\s+is\s+(?:(?:a|an|the|our)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:correspondent|reporter|journalist|editor|writer|columnist|contributor"
    r"|critic|commentator|photographer|photojournalist)"
    r"(?:\s+(?:at|for|of|with)\s+(?:the\s+)?(?-i:[A-Z])[\w'’&-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’&-]*){0,4})?"
    r"(?:\s*[.;]|,?\s+(?:(?:who|and)\s+)?(?:covers|writes|reports|focuses|specialises|specializes"
    r"|is\s+based|based\s+in)\b)"
    # "A B writes about food for Harbour Weekly." (not "covers ... for": "Blue Cross covers dental
    # care for Medicare.")
    r"|(?!(?:mr|mrs|ms|miss|dr|prof|the)\b)(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){1,3}\s+"
    r"(?:writes\s+(?:about|on)|reports\s+on)\s+[^.]{1,60}?\s+for\s+(?:the\s+)?(?-i:[A-Z])"
    r"[\w&'’-]*(?:\s+(?-i:[A-Z])[\w&'’-]*){0,3}\.$)",
    re.I,
)
# A column's note on its writer, which only a label above the text makes one (a profile's last
# line can read so too): "Gaspard Roux is a chef and writes about food every fortnight."
_COLUMNIST = re.compile(
    r"^(?!(?:mr|mrs|ms|miss|dr|prof|the)\b)(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){1,3}\s+"
    r"(?:is\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:and|who)\s+)?"
    r"(?:writes\s+(?:about|on)|reports\s+on)\s+[^.]{1,60}?\s+(?:every\s+(?:week|fortnight|month"
    r"|other\s+week|\w+day)|weekly|fortnightly|monthly)\.$",
    re.I,
)
_BIO_MAX_WORDS = 40
# A bio says what its author is and does; a line that also tells what happened is news ("... who
# covers the courts, and she was arrested in May.").
_NARRATIVE = re.compile(r"\b(?:was|were)\b", re.I)


# What a bio may add on its writer in short sentences of its own: "She was not a guest of the
# production.", "The views are hers."
_BIO_TAIL = re.compile(
    r"^(?:(?:she|he|they)\s+(?:(?:(?:was|were)\s+not|(?:does|do)\s+not|(?:has|have)\s+no)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:a\s+guest|guest|paid|compensated|funded|work\s+for|consult|own\s+shares"
    r"|receive|relevant\s+affiliations?|affiliations?|conflicts?|financial|links?\s+to)\b"
    r"|writes?\s+(?:about|on|for|regularly|weekly|monthly)\b|(?:lives?|grew\s+up|is\s+based)\s+in"
    r"|is\s+(?:the\s+)?"
    r"(?:co-)?author\s+of)\b|(?:her|his|their|the)\s+views\b|views\b)",
    re.I,
)
_BIO_TAIL_WORDS = 30  # a disclosure runs long: "She does not work for, consult, own shares in ..."


def is_columnist_note(text: str) -> bool:
    """A column's note on its writer (``_COLUMNIST``), asked only under a label above the text."""
    return len(text.split()) <= _BIO_MAX_WORDS and bool(_COLUMNIST.match(text))


def is_author_bio(text: str) -> bool:
    """An author's bio by its shape (see ``_BIO``), alone or with short sentences on the writer
    after it; where it sits is for the caller to judge."""
    if len(text.split()) > _BIO_MAX_WORDS:
        return False
    if _BIO.match(text) and not _NARRATIVE.search(text):
        return True
    first, *rest = split_sentences(text) or [""]
    return (
        bool(rest) and bool(_BIO.match(first)) and not _NARRATIVE.search(first) and on_writer(text)
    )


def on_writer(text: str) -> bool:
    """Whether every sentence of ``text`` after its first is a short one on the writer ("She was
    not a guest of the production.", "The views are hers."), as a note on its writer goes on;
    "She has been held in Kazan since October." is news of her."""
    _, *rest = split_sentences(text) or [""]
    return all(_BIO_TAIL.match(s) and len(s.split()) <= _BIO_TAIL_WORDS for s in rest)


def is_photo_label(text: str) -> bool:
    """Whether ``text`` opens with a photo's label ("Zdjęcie: <Agency>", "(Foto: <Name>)"): who
    is named after it made or gave the picture, not the piece (junk48)."""
    line = text.strip()
    bare = line[1:-1].strip() if line.startswith("(") and line.endswith(")") else line
    return _FOTO_BILD.match(bare) is not None
