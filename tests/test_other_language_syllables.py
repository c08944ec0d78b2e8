"""A local page in Korean or Chinese, whose names are written inside longer words (a compound,
a particle on the name: "포항제철소", "포항시는"; "珠海市"), whose figures are counted in ten
thousands ("1,200만 원", "300万吨"), or a page that writes "one million" in words ("до одного
миллиона рублей", "un millón de pesos") joins its English story by the names and figures it
says (``briefing.other_language``); a page of another event of the same city, which names the
city, its district and its firm but none of the story's figures, stays on its own.

The articles are written for these tests (the plants, the officials, the firms and the figures
are invented) in the shape of a wire report and its alert in English beside a local paper's
page.
"""

from __future__ import annotations

from test_other_language_scripts import _TRAMS, _day

from briefing.other_language import _figures, _latin, _Spellings, attach_other_language

# Hangul: a blast furnace restarted at a steelworks in Pohang.
_FURNACE = (
    "South Korean steelmaker restarts Pohang blast furnace after flood repairs",
    """POHANG, South Korea (East Sea Wire) - Donghae Steel restarted the largest blast furnace
    at its Pohang works on Tuesday, ten months after a typhoon flooded the plant, the company
    said. Repairs cost about 240 billion won and kept 2,400 workers on rotating leave. The
    furnace can make 3 million tonnes of iron a year, and the company will pay each worker a
    bonus of 12 million won. Residents of Ocheon, the town beside the works, had asked for new
    flood walls, which the city says will be finished next year.""",
)
_FURNACE_ALERT = (
    "Pohang furnace back in blast",
    """Donghae Steel's Pohang blast furnace is working again after the flood, the company
    said.""",
)
# The names are the first syllables of longer words: "포항제철소" (the Pohang steelworks),
# "동해제철은" (Donghae Steel, a particle after it), "오천읍" (Ocheon town); one figure, 2,400.
_FURNACE_KO = (
    "포항제철소 3고로 10개월 만에 재가동",
    """동해제철은 화요일 포항제철소 3고로에 다시 불을 붙였다고 밝혔다. 태풍으로 제철소가 물에
    잠긴 지 10개월 만이다. 그동안 직원 2,400명이 순환 휴직을 했다. 오천읍 주민들은 새 방벽이
    빨리 지어지기를 바란다고 말했다.""",
)
# The same page, its figures counted in ten thousands and no name of the wire's said alone.
_FURNACE_KO_FIGURES = (
    "고로 재가동…직원 1인당 1,200만 원 지급",
    """회사는 연간 300만 톤의 쇳물을 생산하고, 직원 1인당 1,200만 원의
    보너스를 지급한다고 밝혔다.""",
)
# Another event of the same city: the city, the town and the firm, none of the furnace's figures.
_FESTIVAL_KO = (
    "포항불빛축제 개막…관람객 150만 명 예상",
    """포항시는 금요일 영일대 해수욕장에서 불빛축제를 개막했다. 동해제철이 후원하는 불꽃놀이에는
    관람객 150만 명이 찾을 것으로 예상된다. 오천읍 주민을 위한 셔틀버스도 운행된다. 축제
    예산은 35억 원이다.""",
)

# Chinese: a bridge toll cut in Zhuhai.
_TOLL = (
    "Zhuhai halves toll on Hengqin bridge to draw Macau commuters",
    """ZHUHAI, China (Pearl Delta Wire) - The city of Zhuhai will halve the toll on the bridge
    to Hengqin island from next month, its transport bureau said on Monday, hoping to draw
    more of the 3,500 Macau residents who commute to the island each day. The cut will cost
    the city about 12 million yuan a year, and the Gongbei crossing will open two more lanes
    for cars with dual plates. Traffic on the bridge fell to 8 million trips last year.""",
)
_TOLL_ALERT = (
    "Zhuhai cuts Hengqin bridge toll",
    """Zhuhai will halve the Hengqin bridge toll from next month, the city said.""",
)
# "珠海市" (Zhuhai city), "横琴岛" (Hengqin island), "拱北口岸" (the Gongbei crossing); 3,500.
_TOLL_ZH = (
    "珠海市下月起横琴大桥通行费减半",
    """珠海市交通运输局周一表示，下月起横琴大桥通行费减半，希望吸引更多澳门居民到横琴岛
    工作。目前每天约有 3,500 名澳门居民往返。拱北口岸将增设两条车道。""",
)
_TOLL_ZH_FIGURES = (
    "横琴大桥减费 每年少收1200万元",
    """减费后每年少收1200万元，去年大桥通行量降至800万车次。""",
)
# Another event of the same city: the city, the island and the crossing, none of the figures.
_EXPO_ZH = (
    "珠海市航展开幕 预计观众20万人次",
    """珠海市航展周二开幕，预计观众20万人次。横琴岛酒店入住率超过九成，拱北口岸加开通道，
    展会投资约4500万元。""",
)


def test_korean_and_chinese_words_are_read_syllable_by_syllable() -> None:
    assert _latin("포항제철소 빛")[0] == "po-hang-je-cheol-so bit"
    assert _latin("珠海市")[0] == "zhu-hai-shi"
    spellings = _Spellings({"pohang", "donghae", "zhuhai", "busan"})
    assert spellings.syllables("po-hang-je-cheol-so") == ("pohang",)
    assert spellings.syllables("bu-san-hang-eun") == ("busan",)  # 부산항은: a particle after it
    # a Chinese sentence, written without spaces, says its names anywhere in it
    assert spellings.syllables("zhu-hai-shi-he-dong-hae") == ("zhuhai", "donghae")
    # one syllable is no name ("po" of "포근한"), nor two that only begin one ("bu-sa")
    assert spellings.syllables("po-geun-han") == ()
    assert spellings.syllables("bu-sa-gwan") == ()


def test_a_korean_page_joins_by_names_written_inside_longer_words() -> None:
    arts = _day(_FURNACE, _FURNACE_ALERT, _FURNACE_KO, _TRAMS)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1, 2], [3]]


def test_a_korean_page_of_another_event_of_the_city_stays_apart() -> None:
    arts = _day(_FURNACE, _FURNACE_ALERT, _FESTIVAL_KO, _TRAMS)
    # Pohang, Donghae and Ocheon are the wire's names; 1.5 million visitors and 3.5 billion
    # won are no figures of the furnace's
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


def test_a_chinese_page_joins_by_names_written_inside_longer_words() -> None:
    arts = _day(_TOLL, _TOLL_ALERT, _TOLL_ZH, _TRAMS)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1, 2], [3]]


def test_a_chinese_page_of_another_event_of_the_city_stays_apart() -> None:
    arts = _day(_TOLL, _TOLL_ALERT, _EXPO_ZH, _TRAMS)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


def test_figures_counted_in_ten_thousands_are_read() -> None:
    assert _figures(_latin("1,200만 원, 300만 톤, 1.8조 원, 3천 명, 5천만 원")[0]) == {
        12_000_000,
        3_000_000,
        1_800_000_000_000,
        3_000,
        50_000_000,
    }
    assert _figures(_latin("1200万元，800万车次，3億円")[0]) == {12_000_000, 8_000_000, 300_000_000}
    # an article of a law ("제5조", "第5条") is no trillion
    assert _figures(_latin("제5조 2항, 제12조")[0]) == set()


def test_a_korean_page_joins_by_two_figures_counted_in_ten_thousands() -> None:
    # 3 million tonnes and 12 million won, stated together: the wire's, written "300만", "1,200만"
    arts = _day(_FURNACE, _FURNACE_ALERT, _FURNACE_KO_FIGURES, _TRAMS)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1, 2], [3]]


def test_a_chinese_page_joins_by_two_figures_counted_in_ten_thousands() -> None:
    arts = _day(_TOLL, _TOLL_ALERT, _TOLL_ZH_FIGURES, _TRAMS)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1, 2], [3]]


# Cyrillic: a savings bank closed in Karaganda; the page writes "one million" in words.
_BANK = (
    "Kazakh regulator shuts Saryarka savings bank, depositors queue",
    """KARAGANDA, Kazakhstan (Steppe Wire) - Kazakhstan's banking regulator on Wednesday
    revoked the licence of Saryarka Savings Bank, a regional lender based in Karaganda, after
    it stopped paying out deposits. Deposits are insured up to 1 million tenge, and payouts
    will start within three weeks, regulator chairman Marat Dosmukhanov said. Lawmaker Saule
    Iskakova asked why the bank had been allowed to keep taking deposits.""",
)
_BANK_ALERT = (
    "Saryarka Savings Bank loses licence",
    """The regulator revoked the licence of Saryarka Savings Bank, a Karaganda lender.""",
)
_BANK_RU = (
    "Регулятор отозвал лицензию у «Сарыарка Банка»",
    """В среду регулятор отозвал лицензию у «Сарыарка Банка». Председатель агентства Марат
    Досмуханов сказал, что вклады до одного миллиона тенге застрахованы. Депутат Сауле
    Искакова потребовала объяснений.""",
)
# Another event of the same city: the city and the chairman, a million of its own, one name.
_LOANS_RU = (
    "В Караганде выдали первые льготные кредиты фермерам",
    """Фермеры Карагандинской области получили первые льготные кредиты — до одного миллиона
    тенге на хозяйство. Программу представили в Караганде в среду.""",
)

# Latin letters: a water utility's fine in Valparaíso; the page writes "un millón".
_FINE = (
    "Chile fines Valparaíso water utility over week-long outage",
    """VALPARAÍSO, Chile (Andes Wire) - Chile's water regulator fined Aguas Costeras 1 million
    dollars on Thursday over an outage that left parts of Valparaíso and Viña del Mar without
    water for a week in January. Regulator chief Rodrigo Sepúlveda said the company had
    ignored warnings about a failing pipeline at Quilpué.""",
)
_FINE_ALERT = (
    "Aguas Costeras fined over outage",
    """The regulator fined Aguas Costeras over January's outage in Valparaíso.""",
)
_FINE_ES = (
    "Multan a Aguas Costeras por el corte de agua de enero",
    """La superintendencia multó con un millón de dólares a Aguas Costeras por el corte que
    dejó sin agua a sectores de Valparaíso. Rodrigo Sepúlveda acusó a la empresa de ignorar
    las alertas sobre la tubería.""",
)
# Another event of the city: Valparaíso and its neighbour, a million pesos of their own.
_MURAL_ES = (
    "Valparaíso estrena un mural gigante en el cerro Alegre",
    """Un mural de cuarenta metros se inauguró en el cerro Alegre de Valparaíso. El proyecto,
    financiado con un millón de dólares de fondos culturales, recorrerá después Viña del Mar.""",
)


def test_one_million_written_in_words_is_a_figure() -> None:
    assert _figures(_latin("до одного миллиона тенге, один миллиард рублей")[0]) == {
        1_000_000,
        1_000_000_000,
    }
    assert _figures("un millón de dólares, um milhão, one billion, eine Million") == {
        1_000_000,
        1_000_000_000,
    }
    # a thousand is too common to tell a story by, and "one" alone is no figure
    assert _figures("one thousand people, one of 300 firms, un mil pesos") == {300}


def test_a_russian_page_joins_by_names_and_one_million_in_words() -> None:
    arts = _day(_BANK, _BANK_ALERT, _BANK_RU, _TRAMS)
    # Dosmukhanov, Iskakova and Saryarka, and the wire's 1 million tenge
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1, 2], [3]]


def test_a_russian_page_of_another_event_of_the_city_stays_apart() -> None:
    arts = _day(_BANK, _BANK_ALERT, _LOANS_RU, _TRAMS)
    # Karaganda and a million of its own: a name and a figure, no third piece of evidence
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


def test_a_spanish_page_joins_by_names_and_one_million_in_words() -> None:
    arts = _day(_FINE, _FINE_ALERT, _FINE_ES, _TRAMS)
    # Aguas Costeras, Valparaíso and Sepúlveda, and the wire's 1 million dollars
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1, 2], [3]]


def test_a_spanish_page_of_another_event_of_the_city_stays_apart() -> None:
    arts = _day(_FINE, _FINE_ALERT, _MURAL_ES, _TRAMS)
    # Valparaíso and Viña del Mar and a million dollars of its own: two names and the roundest
    # figure (the company, the chief and the pipeline's town are not named)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


def test_one_million_in_digits_beside_two_names_is_no_story_either() -> None:
    title, text = _MURAL_ES
    mural = (title, text.replace("un millón", "1 millón"))
    arts = _day(_FINE, _FINE_ALERT, mural, _TRAMS)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


# Hangul: Korea writes one million in digits and ten thousands ("100만 원"); it is the roundest
# figure there too, and counts only beside three names.
_FURNACE_RELIEF = (
    _FURNACE[0],
    _FURNACE[1] + " Each flooded household in Ocheon received 1 million won in relief.",
)
# The same event: Donghae Steel, its Pohang works and Ocheon (three names) and the relief.
_RELIEF_KO = (
    "동해제철, 오천읍 침수 가구에 100만 원씩 지원",
    """동해제철은 포항제철소 재가동에 앞서 오천읍 침수 가구에 가구당 100만 원씩
    지원했다고 밝혔다.""",
)
# Another event of the city: Pohang and Ocheon (two names) and a million won of its own.
_MARKET_KO = (
    "오천읍 전통시장 상인에 100만 원씩 지원",
    """포항시는 오천읍 전통시장 상인들에게 점포당 100만 원씩 지원한다고 밝혔다.""",
)


def test_a_korean_page_joins_by_three_names_and_one_million_won() -> None:
    arts = _day(_FURNACE_RELIEF, _FURNACE_ALERT, _RELIEF_KO, _TRAMS)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1, 2], [3]]


def test_a_korean_page_of_another_event_with_two_names_and_one_million_won_stays_apart() -> None:
    arts = _day(_FURNACE_RELIEF, _FURNACE_ALERT, _MARKET_KO, _TRAMS)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


def test_syllables_meet_a_name_only_as_written() -> None:
    # A Korean or Chinese page writes a name whole and its particle after it ("강서구", "福建省");
    # the case stems that meet a European page's inflected name ("Gangse" of "Gangseo") and its
    # consonants are no name in syllables: "강세" (a strong trend), "附加费" (a surcharge,
    # fu-jia), "天际线" (a skyline, tian-ji) and "인체" (the human body, in-che) are everyday
    # words (review39).
    spellings = _Spellings({"gangseo", "fujian", "tianjin", "incheon", "busan"})
    assert spellings.syllables("gang-se-reul") == ()
    assert spellings.syllables("gang-se") == ()
    assert spellings.syllables("fu-jia-fei") == ()
    assert spellings.syllables("tian-ji-xian") == ()
    assert spellings.syllables("in-che-e") == ()
    assert spellings.syllables("gang-seo-gu") == ("gangseo",)
    assert spellings.syllables("fu-jian-sheng") == ("fujian",)


# The same city, another event: Busan's film festival, whose booking "강세" (strong) reads
# "gang-se" and whose 1,100 volunteers are the berth's 1,100 jobs by chance.
_BERTH = (
    "Hanbit Port Terminals opens automated berth at Busan New Port",
    """BUSAN, South Korea (Harbour Wire) - Hanbit Port Terminals opened an automated container
    berth at Busan New Port in the Gangseo district on Wednesday, the company said. The berth
    will lift capacity by 3 million TEU a year, and the port authority said 1,100 jobs would be
    created.""",
)
_BERTH_ALERT = (
    "Busan berth goes automated",
    """Hanbit Port Terminals' automated berth at Busan New Port in Gangseo opened on
    Wednesday.""",
)
_FILM_KO = (
    "부산국제영화제 개막…예매 강세",
    """부산국제영화제가 수요일 해운대에서 개막했다. 올해는 예매가 강세를 보였고, 자원봉사자
    1,100명이 행사를 돕는다. 부산시는 관객 20만 명을 예상했다.""",
)


def test_a_korean_page_of_another_event_whose_word_begins_like_a_name_stays_apart() -> None:
    arts = _day(_BERTH, _BERTH_ALERT, _FILM_KO, _TRAMS)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


# Korean writes spaces between its words and a name begins its word: "세계대전" (the world war)
# is "se-gye-dae-jeon", no Daejeon; "한빛미술관" is a gallery named Hanbit, and its 10,000
# visitors are the lab's 10,000 researchers by chance.
_LAB = (
    "Daejeon research park to host Hanbit quantum lab",
    """DAEJEON, South Korea (Tech Wire) - The Hanbit Institute will build a quantum computing lab
    in Daejeon's Daedeok research park, the science ministry said on Friday. The lab will cost
    10 billion won and employ 10,000 researchers across its network by 2030, the ministry
    said.""",
)
_LAB_ALERT = (
    "Quantum lab for Daejeon",
    """The Hanbit Institute will build a quantum lab in Daejeon, the science ministry said.""",
)
_WAR_KO = (
    "한빛미술관, 제2차 세계대전 사진전 개최",
    """한빛미술관은 금요일 제2차 세계대전 종전 80주년 사진전을 열었다. 주최 측은 관람객 1만 명이
    찾을 것으로 예상했다.""",
)
_LAB_KO = (
    "대전 대덕연구단지에 한빛 양자컴퓨팅 연구소 건립",
    """과학기술부는 금요일 한빛연구원이 대전 대덕연구단지에 양자컴퓨팅 연구소를 짓는다고 밝혔다.
    사업비는 100억 원이며 2030년까지 연구 인력 1만 명을 둔다.""",
)


def test_a_korean_word_says_a_name_at_its_start() -> None:
    arts = _day(_LAB, _LAB_ALERT, _WAR_KO, _TRAMS)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]
    arts = _day(_LAB, _LAB_ALERT, _LAB_KO, _TRAMS)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1, 2], [3]]


# Chinese syllables read without their tones: an everyday word spells a city. A page on river
# dumping says "背景" (background, bei-jing), "伤害" (harm, shang-hai), "程度" (degree, cheng-du)
# and "倾倒" (dumping, qing-dao): four of the rail wire's names, no figure of its.
_RAIL = (
    "China opens Chengdu-Qingdao freight line as Beijing pushes rail over road",
    """CHENGDU, China (Asia Freight Wire) - A new rail freight line between Chengdu and the port
    of Qingdao opened on Monday, part of a Beijing plan to move more cargo from trucks to
    trains, the operator said. Shanghai-based Donglian Logistics runs the service, which will
    carry 4,800 containers a month at first. The line cost 7.2 billion yuan.""",
)
_RAIL_ALERT = (
    "Chengdu-Qingdao rail line opens",
    """The Chengdu-Qingdao freight line opened on Monday, run by Donglian Logistics from
    Shanghai.""",
)
_DUMPING_ZH = (
    "河道非法倾倒建筑垃圾 环保部门立案调查",
    """据当地环保部门介绍，有人在夜间向河道倾倒建筑垃圾，对水质造成伤害。调查人员正在了解事件背景，
    并评估污染程度。附近村民表示，垃圾已堆放数周。""",
)
_RAIL_ZH = (
    "成都至青岛铁路货运班列开通",
    """成都至青岛港的铁路货运线路周一开通，由上海东联物流公司运营，初期每月运送4800个集装箱。
    该线路总投资72亿元，是北京推动“公转铁”计划的一部分。""",
)


def test_names_read_in_chinese_characters_are_no_names_alone() -> None:
    arts = _day(_RAIL, _RAIL_ALERT, _DUMPING_ZH, _TRAMS)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]
    # beside the rail line's figures (4,800 containers, 7.2 billion yuan) its names count
    arts = _day(_RAIL, _RAIL_ALERT, _RAIL_ZH, _TRAMS)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1, 2], [3]]
