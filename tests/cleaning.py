"""Test helper: whether a line survives ``clean_text`` among lines of news."""

from __future__ import annotations

from briefing.clean import clean_text


def cleaned_lines(text: str) -> list[str]:
    """The non-empty lines ``clean_text`` keeps of ``text``."""
    return [line for line in clean_text(text).split("\n") if line]


def kept_between(
    line: str,
    lead: str,
    after: str,
    *,
    last: bool = False,
    outlet: str | None = "Valley Courier",
) -> bool:
    """Whether ``line`` survives ``clean_text`` between the news lines ``lead`` and ``after``
    (or after both, with ``last``), from ``outlet``; both news lines must survive too."""
    lines = [lead, after, line] if last else [lead, line, after]
    cleaned = clean_text("\n".join(lines), outlet=outlet)
    assert lead in cleaned and after in cleaned
    return line in cleaned


PLACES = ("mid", "last", "top", "head")


def lost_places(line: str, lead: str, after: str, *, places: tuple[str, ...] = PLACES) -> list[str]:
    """Where ``line`` is lost by ``clean_text`` among lines of news: between ``lead`` and
    ``after`` ("mid"), after both ("last"), under a section label above ``lead`` ("top") and
    under a headline above ``lead`` ("head")."""
    shapes = {
        "mid": [lead, line, after],
        "last": [lead, after, line],
        "top": ["Politics", line, lead, after],
        "head": ["Council votes to shut ferry terminal", line, lead, after],
    }
    lost = []
    for place in places:
        cleaned = clean_text("\n".join(shapes[place]), outlet="Valley Courier").split("\n")
        if line not in cleaned:
            lost.append(place)
    return lost


# Two paragraphs of plain local news per language, to put a line among (the first, a middle or
# the last paragraph of a three-paragraph text: ``kept_among``).
NEWS_AROUND = {
    "en": (
        "The regional council approved the new tram line on Monday after a two-year debate.",
        "Work on the line will start in spring and is expected to take about three years.",
    ),
    "es": (
        "El ayuntamiento aprobó el martes un nuevo presupuesto para el barrio del puerto.",
        "El plan incluye fondos para dos colegios nuevos y la reparación del malecón.",
    ),
    "fr": (
        "Le conseil municipal a adopté mardi soir un nouveau budget pour le quartier du port.",
        "Le plan prévoit des fonds pour deux nouvelles écoles et la réfection de la digue.",
    ),
    "de": (
        "Der Stadtrat hat am Dienstagabend einen neuen Haushalt für das Hafenviertel beschlossen.",
        "Der Plan sieht Geld für zwei neue Schulen und eine sanierte Kaimauer vor.",
    ),
    "it": (
        "Il consiglio comunale ha approvato martedì il nuovo bilancio per il quartiere del porto.",
        "Il piano prevede fondi per due nuove scuole e il rifacimento della diga foranea.",
    ),
    "pt": (
        "A prefeitura aprovou na terça-feira um novo orçamento para a região do porto.",
        "O plano inclui recursos para duas novas escolas e a reforma do cais.",
    ),
    "id": (
        "Pemerintah kota menyetujui anggaran baru untuk kawasan pelabuhan pada Selasa malam.",
        "Rencana itu mencakup dana untuk dua sekolah baru dan perbaikan tanggul laut.",
    ),
    "ru": (
        "Городской совет во вторник утвердил новый бюджет для портового района.",
        "План включает средства на две новые школы и ремонт набережной.",
    ),
    "tr": (
        "Belediye meclisi salı akşamı liman bölgesi için yeni bütçeyi onayladı.",
        "Plan, iki yeni okul ve dalgakıranın onarımı için fon içeriyor.",
    ),
    "ja": (
        "札幌 市 は 2 日 、 港湾 地区 の 再 開発 計画 を 発表 し た 。",
        "計画 に は 学校 2 校 の 新設 と 防波堤 の 補修 が 含ま れる 。",
    ),
    "zh": (
        "广州 市 政府 2 日 宣布 ， 将 投资 20 亿元 改造 黄埔 港区 。",
        "该 计划 包括 新建 两 所 学校 和 加固 海堤 。",
    ),
    "ar": (
        "وافق المجلس البلدي مساء الثلاثاء على ميزانية جديدة لحي الميناء.",
        "وتشمل الخطة أموالا لمدرستين جديدتين وترميم الرصيف البحري.",
    ),
    "hi": (
        "नगर परिषद ने मंगलवार शाम बंदरगाह क्षेत्र के लिए नया बजट मंजूर किया।",
        "योजना में दो नए स्कूलों और समुद्री दीवार की मरम्मत के लिए धन शामिल है।",
    ),
}


def kept_among(lang: str, line: str, where: str) -> bool:
    """Whether ``line`` survives ``clean_text`` as the "top", "mid" or "end" paragraph of a text
    of ``lang`` made with ``NEWS_AROUND``'s two paragraphs, from a made-up outlet."""
    one, two = NEWS_AROUND[lang]
    parts = {"top": [line, one, two], "mid": [one, line, two], "end": [one, two, line]}[where]
    out = clean_text("\n\n".join(parts), outlet="Example Daily")
    return line.strip() in {x.strip() for x in out.splitlines()}
