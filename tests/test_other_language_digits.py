"""A local page's figures read as its script and its language write them
(``briefing.other_language._figures``, ``_latin``, ``_myriads``): South Asian digit grouping
("१,२०,०००" is 120,000), a full-width comma grouping thousands ("１，３００人"), a Chinese or
Japanese figure of several myriad parts ("４万５千人" is 45,000), Spanish thousands in a word and
hundreds in digits ("2 mil 500" is 2,500, neither 2,000 nor 500), and the magnitude words of
Bengali, Urdu, Tamil and Persian read in Latin letters.

The articles are written for these tests (the fairs, the plants, the officials and the figures
are invented) in the shape of a wire report beside a local paper's page.
"""

from __future__ import annotations

from test_cluster_bounds import _article

from briefing.models import Article
from briefing.other_language import _figures, _latin, attach_other_language


def _day(*pieces: tuple[str, str]) -> list[Article]:
    return [_article(t, x, f"Outlet {k}", k) for k, (t, x) in enumerate(pieces)]


def _read_figures(line: str) -> set[int]:
    return set(_figures(_latin(line)[0]))


def test_south_asian_digit_grouping_is_one_figure() -> None:
    assert _read_figures("मेले में करीब १,२०,००० श्रद्धालु पहुंचे") == {120_000}
    assert _read_figures("a compensation of Rs 12,50,000 to each family") == {1_250_000}
    assert _read_figures("নদীতে বিলীন হয়েছে ১,২০০টি বসতবাড়ি") == {1_200}
    # a thousands grouping and a decimal stay as they were read
    assert _read_figures("1,200,000 people; 1,20 m; 12,500 tonnes") == {1_200_000, 12_500}


def test_a_full_width_comma_groups_thousands() -> None:
    assert _read_figures("問い合わせは約１，３００件に上った") == {1_300}
    # a full-width comma between two small numbers is a list's
    assert _read_figures("３，４号機と１２０人") == {120}


def test_a_figure_of_several_myriad_parts_adds_up() -> None:
    assert _read_figures("避難所には約４万５千人が身を寄せた") == {45_000}
    assert _read_figures("被害額は1億2000万円に上る") == {120_000_000}
    assert _read_figures("4万5000人が避難") == {45_000}
    assert _read_figures("관중 3만 5천 명이 모였다") == {35_000}
    # two figures side by side, the second no smaller part of the first, stay two
    assert _read_figures("2万人と3万人") == {20_000, 30_000}
    assert _read_figures("1,200만 원") == {12_000_000}


def test_spanish_thousands_in_a_word_and_hundreds_in_digits_are_one_figure() -> None:
    assert _read_figures("pone en riesgo unos 2 mil 500 empleos") == {2_500}
    assert _read_figures("un estadio de 42 mil 300 lugares") == {42_300}
    # "mil" alone is a thousand, its hundreds in another phrase another figure
    assert _read_figures("42 mil espectadores, 500 policías") == {42_000, 500}
    assert _read_figures("2000 mil") == {2_000_000}
    # "y" between them is "and": two figures ("3,000 arrived and 200 more will come")
    assert _read_figures("llegaron 3 mil y 200 más llegarán el lunes") == {3_000, 200}


def test_magnitude_words_of_more_scripts() -> None:
    assert _read_figures("প্রায় ৫ হাজার মানুষ") == {5_000}
    assert _read_figures("৫০ কোটি টাকা ক্ষতি") == {500_000_000}
    assert _read_figures("۲٫۵ میلیون نفر") == {2_500_000}
    assert _read_figures("২ লক্ষ মানুষ") == {200_000}


# A wire report and a local page of the same fair in Hindi: the page names none of the wire's
# names; its two figures, in South Asian grouping, are the wire's 120,000 pilgrims and 3,500
# police, stated in one sentence (two figures without a name).
_FAIR = (
    "Sonpur cattle fair draws 120,000 pilgrims on opening day",
    """About 120,000 pilgrims and traders crowded the banks of the Gandak on Friday as the
    Sonpur cattle fair opened, with 3,500 police deployed along the river, district officials
    said. Stalls sold elephants' harnesses, brass and sweets, and the fair runs for a month.""",
)
_FAIR_ALERT = (
    "Cattle fair opens on the Gandak with a record crowd",
    """Crowds filled the Gandak riverbank as the month-long cattle fair opened on Friday,
    officials said, with traders reporting brisk sales of harnesses and brass.""",
)
_DAM = (
    "Kosi barrage gates opened as river rises",
    """Engineers opened 56 gates of the Kosi barrage on Friday as the river rose after heavy
    rain in Nepal, and villages downstream were told to move to higher ground.""",
)
_DAM_NOTE = (
    "Villages told to move as Kosi rises",
    """Villagers downstream of the Kosi barrage moved cattle and grain to embankments on
    Friday after the gates were opened.""",
)
_FAIR_PAGE = (
    "मेले के पहले दिन उमड़ी भीड़",
    """पहले दिन करीब १,२०,००० श्रद्धालु और व्यापारी पहुंचे और सुरक्षा में ३,५०० पुलिसकर्मी तैनात
    किए गए। दुकानों पर पीतल के बर्तन और मिठाइयां बिकीं।""",
)


def test_a_local_page_giving_the_storys_figures_in_south_asian_grouping_joins() -> None:
    arts = _day(_FAIR, _FAIR_ALERT, _DAM, _DAM_NOTE, _FAIR_PAGE)
    assert attach_other_language([[0, 1], [2, 3], [4]], arts) == [[0, 1, 4], [2, 3]]


def test_a_page_of_another_event_with_other_figures_in_that_grouping_stays_apart() -> None:
    other = (
        "पुल निर्माण में देरी",
        """नए पुल पर अब तक १,४०,००० मजदूरी दिवस लगे हैं और ४,२०० टन सरिया आया है।""",
    )
    arts = _day(_FAIR, _FAIR_ALERT, _DAM, _DAM_NOTE, other)
    assert attach_other_language([[0, 1], [2, 3], [4]], arts) == [[0, 1], [2, 3], [4]]


# A Spanish page of another event (a car plant's cuts) says "2 mil 500 empleos", which read as
# two figures, 2,000 and 500, in one sentence, met a wire of the day that states 2,000 jobs and
# 500 workers: two figures together joined another event's page.
_RING = (
    "Mexico City bullring ban threatens 2,000 jobs, breeders say",
    """Breeders said on Thursday that Mexico City's ban on bloody bullfights threatens about
    2,000 jobs in the capital, and that 500 workers at the Plaza México had already lost
    shifts since the law took effect.""",
)
_RING_ALERT = (
    "Breeders warn of job losses after bullfight ruling",
    """Fighting-bull breeders warned of job losses after the court upheld the capital's ban,
    saying promoters had cancelled the season.""",
)
_LAKE = (
    "Xochimilco canals cleaned after algae bloom",
    """Crews removed algae from the Xochimilco canals on Thursday after a bloom turned the
    water green, and boat owners said visitors had stayed away for a week.""",
)
_LAKE_NOTE = (
    "Boats return to Xochimilco",
    """Trajinera owners in Xochimilco said boats were running again after the canals were
    cleaned of algae.""",
)
_PLANT = (
    "Recorte en la planta de Cuautitlán",
    """La armadora anunció que recortará unos 2 mil 500 empleos en su planta de Cuautitlán a
    partir de enero. El sindicato convocó a una asamblea para el lunes.""",
)


def test_a_page_saying_two_mil_five_hundred_reads_one_figure_and_stays_apart() -> None:
    arts = _day(_RING, _RING_ALERT, _LAKE, _LAKE_NOTE, _PLANT)
    assert attach_other_language([[0, 1], [2, 3], [4]], arts) == [[0, 1], [2, 3], [4]]


def test_a_page_saying_the_storys_two_figures_apart_from_mil_still_joins() -> None:
    # the lookalike: "2 mil" and "500" of two phrases are two figures, as before
    page = (
        "Ganaderos: la prohibición pone en riesgo 2 mil empleos",
        """Los ganaderos dicen que la prohibición pone en riesgo 2 mil empleos, y que 500
        trabajadores de la plaza ya perdieron turnos.""",
    )
    arts = _day(_RING, _RING_ALERT, _LAKE, _LAKE_NOTE, page)
    assert attach_other_language([[0, 1], [2, 3], [4]], arts) == [[0, 1, 4], [2, 3]]
