"""The main counts of a page in another language than English, read for ``conflicts``: a local
paper's "Sete pessoas morreram e 45 ficaram feridas" says 7 dead and 45 injured, its "4.600
hectares" is 4,600 hectares (a dot groups thousands in Portuguese), "apie 11 tūkst. kubinių
metrų" about 11,000 cubic metres. Each figure is read by its page's language (its thousands and
decimal separators, its number words up to twelve, its words of scale) and what it counts by a
word list per language for the kinds two outlets' reports of an event disagree on most:
casualties (dead, injured, missing, evacuated) and units (metres, kilometres, hectares,
tonnes, litres, cubic metres). Anything else on such a page is left to the English reading.

A figure is read only where a word of its kind follows it within a few words of its clause
("51 veículos na manhã" counts nothing here); one followed by a partitive ("Dois dos mortos",
two *of the* dead) or after a word of condition or limit ("se a visibilidade passar de 800
metros", "o limite é de 80 km/h") is no report of the event's count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["KEYS", "SAID_AS", "SECONDARY", "LocalFigure", "local_figures", "reads"]

# The English keys ``conflicts.counted`` gives each kind ("metres" and "meters" stem apart).
KEYS: dict[str, tuple[str, ...]] = {
    "dead": ("dead",),
    "injured": ("injured",),
    "missing": ("missing",),
    "evacuated": ("evacuated",),
    "cubic": ("cubic",),
    "metres": ("metr", "meter"),
    "km": ("km", "kilometr", "kilometer"),
    "hectares": ("hectar",),
    "tonnes": ("tonn", "ton"),
    "litres": ("litr", "liter"),
}

# How a note names each key's count when no English report's sentence has its word.
SAID_AS = {
    "metr": "metres", "meter": "meters", "kilometr": "kilometres", "kilometer": "kilometers",
    "hectar": "hectares", "tonn": "tonnes", "ton": "tons", "litr": "litres", "liter": "liters",
    "cubic": "cubic metres",
}  # fmt: skip
# The first key of each kind is the one two pages in other languages are compared on.
SECONDARY = frozenset(k for keys in KEYS.values() for k in keys[1:])

_UNITS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cubic", re.compile(r"(?:m³|m3|kubikmet\w*|kubikmeter\w*|kubin\w*|kubieke|kuutio\w*)$")),
    ("km", re.compile(r"(?:km|quil[ôó]metros?|kil[óo]metros?|kilom[èe]tres?|chilometr[io]|"
                      r"kilometer|kilometern|kilometr\w+|kilomita)$")),
    ("metres", re.compile(r"(?:metros?|metri|m[èe]tres?|meter|metern|metrar|metr\w+|mita)$")),
    ("hectares", re.compile(r"(?:hect[áa]reas?|hectares?|ettar[io]|hekt[áa]r\w*|hehtaari\w*|ha)$")),
    ("tonnes", re.compile(r"(?:toneladas?|tonnes?|tonnellat[ae]|tonnen|tonn|ton[ųuaoy]s?|tun|"
                          r"tuny|tani)$")),
    ("litres", re.compile(r"(?:litros?|litres?|litri|liter|litern|litrar|litr\w+|lita)$")),
)  # fmt: skip
# A metre word followed by "cubic" in the language: "metros cúbicos", "mètres cubes".
_CUBIC_AFTER = re.compile(r"(?:c[úu]bic|cube|cubi|sze[śs]cien|krychlov|kubick)")

# Casualty words per language: a word that begins with one of these counts that kind.
_CASUALTIES: dict[str, dict[str, tuple[str, ...]]] = {
    "pt": {"dead": ("morr", "morto", "morta", "óbito", "falec"), "injured": ("ferid",),
           "missing": ("desaparecid",), "evacuated": ("evacuad", "desalojad", "retirad")},
    "gl": {"dead": ("morr", "morto", "morta", "falec"), "injured": ("ferid",),
           "missing": ("desaparecid",), "evacuated": ("evacuad", "desaloxad")},
    "es": {"dead": ("muert", "muri", "fallec"), "injured": ("herid", "lesionad"),
           "missing": ("desaparecid",), "evacuated": ("evacuad", "desalojad")},
    "ca": {"dead": ("mort", "morts"), "injured": ("ferit",), "missing": ("desaparegut",),
           "evacuated": ("evacuat", "desallotjat")},
    "fr": {"dead": ("mort", "tué", "décéd"), "injured": ("bless",), "missing": ("disparu",),
           "evacuated": ("évacu",)},
    "it": {"dead": ("mort", "decedut"), "injured": ("ferit",), "missing": ("dispers",),
           "evacuated": ("evacuat", "sfollat")},
    "de": {"dead": ("tote", "toten", "getötet", "gestorben", "ums leben"),
           "injured": ("verletz",), "missing": ("vermisst",), "evacuated": ("evakuiert",)},
    "nl": {"dead": ("doden", "dode", "omgekomen", "overleden"), "injured": ("gewond",),
           "missing": ("vermist",), "evacuated": ("geëvacueerd",)},
    "sv": {"dead": ("döda", "dödade", "omkom"), "injured": ("skadad", "skadade"),
           "missing": ("saknad", "saknas", "försvunn"), "evacuated": ("evakuer",)},
    "no": {"dead": ("døde", "drept", "omkom"), "injured": ("skadd", "skadet"),
           "missing": ("savnet",), "evacuated": ("evakuert",)},
    "da": {"dead": ("døde", "dræbt", "omkom"), "injured": ("kvæstet", "såret", "tilskadekom"),
           "missing": ("savnet", "savnede"), "evacuated": ("evakuere",)},
    "lt": {"dead": ("žuv", "mirė", "žuvo"), "injured": ("sužeist",), "missing": ("dingus",),
           "evacuated": ("evakuot",)},
    "lv": {"dead": ("bojāgā", "gāja bojā", "miruš", "nomir"), "injured": ("ievainot", "cietuš"),
           "missing": ("pazudu", "bezvēst"), "evacuated": ("evakuēt",)},
    "sw": {"dead": ("wamefariki", "wafariki", "walifariki", "wamekufa", "walikufa",
                    "waliokufa", "kufariki"),
           "injured": ("kujeruhiwa", "wamejeruhiwa", "walijeruhiwa", "majeruhi"),
           "missing": ("hawajulikani",), "evacuated": ("wamehamishwa",)},
    "pl": {"dead": ("zgin", "zmarł", "zabit"), "injured": ("rann",), "missing": ("zagin",),
           "evacuated": ("ewakuow",)},
    "cs": {"dead": ("zemřel", "zahynul", "mrtv"), "injured": ("zraněn", "raněn"),
           "missing": ("pohřešov",), "evacuated": ("evakuov",)},
    "sk": {"dead": ("zomrel", "zahynul", "mŕtv"), "injured": ("zranen", "ranen"),
           "missing": ("nezvest",), "evacuated": ("evakuov",)},
    "sl": {"dead": ("umrl", "mrtv", "smrtn"), "injured": ("ranjen", "poškodovan"),
           "missing": ("pogrešan",), "evacuated": ("evakuiran",)},
    "hr": {"dead": ("poginul", "umrl", "mrtv"), "injured": ("ozlijeđen", "ranjen"),
           "missing": ("nestal",), "evacuated": ("evakuiran",)},
    "id": {"dead": ("tewas", "meninggal"), "injured": ("luka",), "missing": ("hilang",),
           "evacuated": ("dievakuasi", "mengungsi")},
    "ms": {"dead": ("maut", "terbunuh", "meninggal"), "injured": ("cedera",),
           "missing": ("hilang",), "evacuated": ("dipindahkan",)},
    "ro": {"dead": ("morț", "decedat", "murit"), "injured": ("rănit",), "missing": ("dispărut",),
           "evacuated": ("evacuat",)},
    "hu": {"dead": ("halott", "meghalt", "életét"), "injured": ("sérült", "megsebesült"),
           "missing": ("eltűnt",), "evacuated": ("kitelepít", "evakuál")},
    "fi": {"dead": ("kuoli", "kuollut", "kuollee"), "injured": ("loukkaant",),
           "missing": ("kateissa",), "evacuated": ("evakuoi",)},
    "et": {"dead": ("hukkus", "surnud", "suri"), "injured": ("vigastat", "viga sai"),
           "missing": ("kadunud",), "evacuated": ("evakueeri",)},
    "is": {"dead": ("létust", "látin", "dauðir"), "injured": ("slasað", "slösuð", "særð"),
           "missing": ("saknað",), "evacuated": ("rýmd",)},
    "tr": {"dead": ("öldü", "hayatını kaybet", "ölü"), "injured": ("yaralan", "yaralı"),
           "missing": ("kayıp",), "evacuated": ("tahliye",)},
}  # fmt: skip
_CASUALTIES["nb"] = _CASUALTIES["nn"] = _CASUALTIES["no"]

# Number words two to twelve (one is an article in most of these languages).
_WORDS: dict[str, tuple[str, ...]] = {
    "pt": ("dois duas", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez",
           "onze", "doze"),
    "gl": ("dous dúas", "tres", "catro", "cinco", "seis", "sete", "oito", "nove", "dez", "once",
           "doce"),
    "es": ("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once",
           "doce"),
    "ca": ("dos dues", "tres", "quatre", "cinc", "sis", "set", "vuit", "nou", "deu", "onze",
           "dotze"),
    "fr": ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
           "douze"),
    "it": ("due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici",
           "dodici"),
    "de": ("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
           "zwölf"),
    "nl": ("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
           "twaalf"),
    "sv": ("två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"),
    "no": ("to", "tre", "fire", "fem", "seks", "sju syv", "åtte", "ni", "ti", "elleve", "tolv"),
    "da": ("to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv"),
    "lt": ("du dvi", "trys", "keturi keturios", "penki penkios", "šeši šešios",
           "septyni septynios", "aštuoni aštuonios", "devyni devynios", "dešimt", "vienuolika",
           "dvylika"),
    "sw": ("mbili wawili", "tatu watatu", "nne wanne", "tano watano", "sita", "saba", "nane",
           "tisa", "kumi"),
    "id": ("dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
           "sebelas"),
    "ms": ("dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan", "sembilan", "sepuluh",
           "sebelas"),
}  # fmt: skip
_WORDS["nb"] = _WORDS["nn"] = _WORDS["no"]
_ENGLISH_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine")

# Languages that write 1.5 as "1,5" and group thousands with a dot or a space.
_DECIMAL_COMMA = frozenset(
    "pt gl es ca fr it de nl sv no nb nn da lt lv pl cs sk sl hr ro hu fi et is tr id eu".split()
)
_SCALES = (
    (1e3, re.compile(r"(?:mil|tūkst\.?|tūkstan\w*|tūkstoš\w*|tūkst|tys\.?|tis\.?|tsd\.?|"
                     r"tausend|duizend|tusen|tuhatta|elfu)$", re.I)),
    (1e6, re.compile(r"(?:milhões|milhão|millones|millón|millions?|millionen|milioni|milione|"
                     r"miljoner|miljoen|miljon\w*|milijon\w*|mln\.?|mio\.?)$", re.I)),
)  # fmt: skip
# Words before a number that make it an estimate or a bound, as English says them.
_ROUGH: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("about", re.compile(
        r"\b(?:cerca de|por volta de|aproximadamente|alrededor de|unos|unas|uns|umas|environ|"
        r"quelque|circa|etwa|rund|ungefähr|ongeveer|zo'n|cirka|omkring|ungefär|omtrent|"
        r"apie|maždaug|aptuveni|apmēram|takriban|około|ok\.|zhruba|přibližně|približne|"
        r"približno|okoli|sekitar|kira-kira|aproximativ|körülbelül|mintegy|noin|umbes|"
        r"yaklaşık)\s*$", re.I)),
    ("more than", re.compile(
        r"\b(?:mais de|más de|plus de|più di|oltre|mehr als|über|meer dan|mer än|över|"
        r"mer enn|mere end|over|daugiau nei|daugiau kaip|virš|vairāk nekā|vairāk kā|"
        r"zaidi ya|ponad|więcej niż|více než|přes|viac ako|več kot|lebih dari|"
        r"peste|több mint|yli|üle|fleiri en|yli|fazla)\s*$", re.I)),
    ("at least", re.compile(
        r"\b(?:pelo menos|ao menos|al menos|por lo menos|au moins|almeno|mindestens|"
        r"minstens|minst|mindst|bent|vismaz|angalau|co najmniej|nejméně|najmenej|vsaj|"
        r"sedikitnya|setidaknya|cel puțin|legalább|vähintään|vähemalt|að minnsta kosti|"
        r"en az)\s*$", re.I)),
    ("nearly", re.compile(
        r"\b(?:quase|casi|presque|près de|quasi|fast|beinahe|bijna|nästan|nesten|næsten|"
        r"beveik|gandrīz|karibu|prawie|téměř|takmer|skoraj|hampir|aproape|majdnem|lähes|"
        r"peaaegu|nærri|neredeyse)\s*$", re.I)),
    ("less than", re.compile(
        r"\b(?:menos de|moins de|meno di|weniger als|minder dan|mindre än|mindre enn|"
        r"mindre end|mažiau nei|mažiau kaip|mazāk nekā|chini ya|mniej niż|méně než|"
        r"menej ako|manj kot|kurang dari|mai puțin de|kevesebb mint|alle|alla|vähem kui|"
        r"não passava de|no pasaba de)\s*$", re.I)),
)  # fmt: skip
# A partitive after a number ("dois dos mortos", "deux des blessés"): a part of a count.
_PARTITIVE = frozenset(
    "dos das de del des d' dei degli delle der den van av af iš no ya wa z ze di".split()
)
# Words of condition or limit before a number, in the languages above and English: a
# threshold ("se a visibilidade passar de 800 metros", "if visibility exceeds 800 metres",
# "o limite é de 80 km/h") is no report of the event's figure.
_CONDITION = re.compile(
    r"\b(?:if|unless|whenever|se|si|wenn|falls|als|om|hvis|jei|ja|ikiwa|kama|jeśli|jeżeli|"
    r"pokud|ak|če|eğer|dacă|jos|kui|caso|limit\w*|límite\w*|limite\w*|seuil\w*|grenz\w*|"
    r"schwelle\w*|drempel\w*|gräns\w*|grense\w*|grænse\w*|riba|ribą|kikomo|threshold\w*|"
    r"máxim\w*|mínim\w*|maxim\w*|minim\w*|exceed\w*|above|below|passar|superar|dépasse\w*|"
    r"supera\w*|überschreit\w*)\b",
    re.I,
)
# A year (not a date's part): the sentence tells a past event, or when something was built.
_YEAR = re.compile(r"(?<![\d/.-])(?:1[89]|20)\d\d(?![\d/-])")
_PAST = re.compile(
    r"\b(?:ano passado|año pasado|l'an dernier|l'année dernière|anno scorso|letzten jahr|"
    r"vorig jaar|förra året|i fjor|sidste år|pernai|pagājušajā gadā|mwaka jana|"
    r"zeszłym roku|loni|lani|tahun lalu|anul trecut|tavaly|viime vuonna|eelmisel aastal|"
    r"desde|depuis|seit|sinds|sedan|siden|nuo|kopš|tangu|od)\b",
    re.I,
)
_TOKEN = re.compile(r"\d(?:[\d.,]*\d)?[^\s,;:!?()\"“”«»„]*|[^\s,;:!?()\"“”«»„]+|[,;:!?]")
_CLAUSE_END = frozenset(",;:!?")
_AND = frozenset("e y et und en och og ir un na and ja és ve dan i a".split())
_WINDOW = 3  # words after a number that may say what it counts
_DIGITS = re.compile(r"\d[\d.,\u00a0\u202f\u2009 ]*\d|\d")


@dataclass(frozen=True)
class LocalFigure:
    """A figure of a sentence in another language: where it is written, its value, what it
    counts (a key of ``KEYS``), and how English would write it ("about 11,000")."""

    start: int
    end: int
    value: float
    kind: str
    written: str
    rough: bool
    estimate: bool


def reads(language: str) -> bool:
    """Whether this module reads figures of ``language`` (a base code)."""
    return language in _CASUALTIES or language in _WORDS or language in _DECIMAL_COMMA


def _digits_value(raw: str, language: str) -> float | None:
    """The value of "4.600": 4600 in a decimal-comma language; "2,4" is 2.4 there, "20 000"
    20000; "4,600" is 4600 and "2.4" 2.4 in one that writes numbers as English does."""
    text = raw.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    if language in _DECIMAL_COMMA:
        if re.fullmatch(r"\d{1,3}(?:[. ]\d{3})+(?:,\d+)?", text):
            whole, _, fraction = text.partition(",")
            return float(re.sub(r"\D", "", whole) + ("." + fraction if fraction else ""))
        if re.fullmatch(r"\d+(?:,\d+)?", text):
            return float(text.replace(",", "."))
        return None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    return None


def _english(value: float, spelled: bool) -> str:
    if spelled and value == int(value) and 2 <= value <= 9:
        return _ENGLISH_WORDS[int(value) - 2]
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _kind(tokens: list[str], language: str) -> tuple[str, int] | None:
    """What the words after a number count: a kind of ``KEYS`` and how many words it took."""
    casualties = _CASUALTIES.get(language, {})
    for n, token in enumerate(tokens[:_WINDOW]):
        if token in _CLAUSE_END or (n and token.lower() in _AND):
            return None
        word = token.lower().rstrip(".")
        if n == 0 and word in _PARTITIVE:
            return None
        for kind, pattern in _UNITS:
            if n == 0 and pattern.match(word):
                if kind == "metres" and len(tokens) > 1 and _CUBIC_AFTER.match(tokens[1].lower()):
                    return "cubic", 2
                return kind, 1
        pair = f"{word} {tokens[n + 1].lower()}" if n + 1 < len(tokens) else word
        for kind, stems in casualties.items():
            if any(word.startswith(s) or (" " in s and pair.startswith(s)) for s in stems):
                return kind, n + 1
    return None


def local_figures(sentence: str, language: str) -> list[LocalFigure]:
    """The casualty counts and unit figures of ``sentence``, written in ``language``."""
    if not reads(language):
        return []
    tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(sentence)]
    words = {w: k for k, group in enumerate(_WORDS.get(language, ()), 2) for w in group.split()}
    out: list[LocalFigure] = []
    n = 0
    while n < len(tokens):
        start, end, token = tokens[n]
        value: float | None = None
        spelled = False
        used = 1
        digits = _DIGITS.fullmatch(token.rstrip("."))
        if digits:
            # a number grouped by spaces is several tokens: "20 000"
            raw, last = token.rstrip("."), n
            while (
                language in _DECIMAL_COMMA
                and last + 1 < len(tokens)
                and re.fullmatch(r"\d{3}", tokens[last + 1][2].rstrip("."))
                and re.fullmatch(r"\d{1,3}", raw.split(" ")[0])
            ):
                last += 1
                raw += " " + tokens[last][2].rstrip(".")
            value = _digits_value(raw, language)
            used = last - n + 1
            end = tokens[last][1]
        elif token.lower() in words:
            value, spelled = float(words[token.lower()]), True
        if value is None or not value:
            n += 1
            continue
        after = [t for _, _, t in tokens[n + used :]]
        for scale, pattern in _SCALES:
            if after and pattern.match(after[0]):
                value *= scale
                after = after[1:]
                break
        kind = _kind(after, language)
        if kind is None or _CONDITION.search(_clause_before(sentence, start)):
            n += used
            continue
        before = sentence[max(0, start - 30) : start]
        rough = next((word for word, p in _ROUGH if p.search(before)), "")
        written = _english(value, spelled)
        out.append(
            LocalFigure(
                start,
                end,
                value,
                kind[0],
                f"{rough} {written}" if rough else written,
                bool(rough),
                rough == "about",
            )
        )
        n += used
    return out


def _clause_before(sentence: str, start: int) -> str:
    """The words of ``sentence``'s clause before ``start`` (six at most)."""
    clause = re.split(r"[,;:.!?]\s", sentence[:start])[-1]
    return " ".join(clause.split()[-6:])


def years(text: str) -> list[int]:
    """The years ``text`` names (not parts of a numeric date)."""
    return [int(y) for y in _YEAR.findall(text)]


def past(sentence: str, current: int) -> bool:
    """Whether ``sentence`` tells an earlier event or a time span ("desde 2040", "em 2019",
    "last year"): a year before ``current`` (the latest its article names: its dateline's),
    or a word of time past. Its figures are no report of today's."""
    return bool(_PAST.search(sentence) or any(y < current for y in years(sentence)))


# A part of a count: "six of the injured", "five people were seriously injured", "dois em
# estado grave": how many of them, not how many.
_PART_AFTER = re.compile(
    r"\S+\s+(?:\S+\s+){0,3}?(?:of\b|seriously|critically|severely|badly|gravemente|"
    r"grave|graves|grièvement|gravement|schwer|ernstig|allvarligt|alvorlig|sunkiai|smagi|"
    r"ciężko|těžce|ťažko|hudi|vibaya|mahututi)",
    re.I,
)


def part_after(sentence: str, start: int) -> bool:
    """Whether the number at ``start`` counts a part of a whole ("Six of the injured were in
    serious condition", "Five people were seriously injured"): no report of the whole count."""
    return bool(_PART_AFTER.match(sentence, start))


# A place's share of a count: a hospital or a town that received, took in, admitted or treats
# some of the injured or the evacuated ("O Hospital Regional recebeu 12 feridos", "The regional
# hospital took in 12 injured" against a wire's 31 injured; review55): how many came to it, not
# how many there were.
_RECEIVED = re.compile(
    r"\b(?:received|receives|receiving|took\s+in|takes\s+in|admitted|admits|treated|treats"
    r"|treating|is\s+caring\s+for|sheltered|shelters|housed|houses|recebeu|recebe|recebia"
    r"|atendeu|atende|internou|acolheu|acolhe|abrigou|abriga|recibió|recibe|atendió|atiende"
    r"|ingresó|acogió|acoge|albergó|alberga|a\s+reçu|reçoit|accueille|a\s+accueilli"
    r"|(?:a\s+)?pris\s+en\s+charge|prend\s+en\s+charge|soigne|ha\s+ricevuto|riceve|accoglie"
    r"|ha\s+accolto|ospita|ha\s+ospitato|nahm|nimmt|versorgte|versorgt|behandelte|behandelt"
    r"|ontving|ontvangt|behandelde|vangt\s+op|ving\s+op|tog\s+emot|tar\s+emot|tok\s+imot"
    r"|tar\s+imot|przyjął|przyjęło|przyjmuje)\b",
    re.I,
)


def received_before(sentence: str, start: int) -> bool:
    """Whether the number at ``start`` is what a place received or treats (``_RECEIVED`` in its
    clause before it): a share of the count, no report of the whole."""
    return bool(_RECEIVED.search(_clause_before(sentence, start)))


def condition_before(sentence: str, start: int) -> bool:
    """Whether a word of condition or limit comes before ``start`` in its clause."""
    return bool(_CONDITION.search(_clause_before(sentence, start)))
