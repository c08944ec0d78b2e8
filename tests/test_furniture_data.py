"""The real-world furniture benchmark (bench/data/furniture/articles.jsonl and its second to
thirty-seventh parts, articles2.jsonl to articles37.jsonl): well-formed, every junk
line a whole line of its text, and both splits (and each later part) covering feeds and pages. A
test of the data's shape and of the scoring's machinery on made-up input, never of the cleaner's
scores."""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import pytest  # noqa: E402
from eval_furniture import (  # noqa: E402
    DATA,
    DATA2,
    DATA3,
    DATA4,
    DATA5,
    DATA6,
    DATA7,
    DATA8,
    DATA9,
    DATA10,
    DATA11,
    DATA12,
    DATA13,
    DATA14,
    DATA15,
    DATA16,
    DATA17,
    DATA18,
    DATA19,
    DATA20,
    DATA21,
    DATA22,
    DATA23,
    DATA24,
    DATA25,
    DATA26,
    DATA27,
    DATA28,
    DATA29,
    DATA30,
    DATA31,
    DATA32,
    DATA33,
    DATA34,
    DATA35,
    DATA36,
    DATA37,
    FIELDS,
    Record,
    Tally,
    load,
    main,
    rss,
    select,
)


def _raw(path: Path = DATA) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_records_have_the_fields_and_types() -> None:
    records = _raw()
    assert len(records) >= 70
    assert len({r["id"] for r in records}) == len(records)
    for r in records:
        assert set(r) == set(FIELDS), r.get("id")
        assert r["kind"] in ("feed", "page"), r["id"]
        assert r["split"] in ("tune", "aside"), r["id"]
        for name in ("id", "platform", "outlet", "title", "text"):
            assert isinstance(r[name], str) and r[name].strip(), (r["id"], name)
        assert isinstance(r["junk"], list) and all(isinstance(j, str) for j in r["junk"])


def test_every_junk_line_is_a_whole_line_of_its_text() -> None:
    for r in _raw():
        lines = r["text"].split("\n")
        for junk in r["junk"]:
            assert junk.strip(), r["id"]
            assert junk in lines, (r["id"], junk)


def test_the_split_follows_the_rule_and_both_halves_cover_both_kinds() -> None:
    records = _raw()
    for r in records:
        even = int(hashlib.sha256(r["id"].encode("utf-8")).hexdigest(), 16) % 2 == 0
        assert r["split"] == ("aside" if even else "tune"), r["id"]
    kinds = Counter((r["split"], r["kind"]) for r in records)
    for split in ("tune", "aside"):
        for kind in ("feed", "page"):
            assert kinds[split, kind] >= 5, (split, kind)


def test_both_halves_cover_the_platform_families() -> None:
    records = load()
    tune = {r.family for r in records if r.split == "tune"}
    aside = {r.family for r in records if r.split == "aside"}
    assert tune == aside


def test_most_records_mix_news_and_junk() -> None:
    # a few are all furniture (a link post) or all news (a clean feed summary): controls
    records = load()
    assert sum(1 for r in records if r.junk and r.news) >= 0.8 * len(records)


def test_tally_counts_whole_lines_only() -> None:
    record = Record(
        id="x",
        kind="page",
        platform="made up",
        outlet="Nowhere Post",
        title="t",
        text="Share\nThe mayor spoke.\nShe left early.",
        junk=("Share",),
        split="tune",
    )
    tally = Tally()
    tally.add(record, "The mayor  spoke.\nShe left")
    assert (tally.junk, tally.junk_left, tally.news, tally.news_lost) == (1, 0, 2, 1)
    assert tally.lost_lines == [("x", "She left early.")]


def test_rss_escapes_the_text() -> None:
    record = Record(
        id="x",
        kind="feed",
        platform="made up",
        outlet="A & B",
        title="<t>",
        text="1 < 2 & 3",
        junk=(),
        split="tune",
    )
    doc = rss(record)
    assert "<title>A &amp; B</title>" in doc
    assert "1 &amp;lt; 2 &amp;amp; 3" in doc


# The second part (articles2.jsonl): one split, aside2, written by another writer and kept from
# tuning; these tests read its shape only.


def test_second_part_has_the_fields_and_one_split() -> None:
    records = _raw(DATA2)
    assert len(records) >= 60
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    assert not set(ids) & {r["id"] for r in _raw()}
    for r in records:
        assert set(r) == set(FIELDS), r.get("id")
        assert r["split"] == "aside2", r["id"]
        assert r["kind"] in ("feed", "page"), r["id"]
        for name in ("id", "platform", "outlet", "title", "text"):
            assert isinstance(r[name], str) and r[name].strip(), (r["id"], name)
        assert isinstance(r["junk"], list) and all(isinstance(j, str) for j in r["junk"])
        assert 30 <= len(r["text"].split()) <= 400, r["id"]


def test_second_part_junk_lines_are_whole_lines_of_their_text() -> None:
    for r in _raw(DATA2):
        lines = r["text"].split("\n")
        assert all(ln.strip() for ln in lines), r["id"]
        for junk in r["junk"]:
            assert junk.strip() and junk == junk.strip(), (r["id"], junk)
            assert junk in lines, (r["id"], junk)
        # a line listed once per occurrence: no junk entry without its own line
        for junk in set(r["junk"]):
            assert r["junk"].count(junk) == lines.count(junk), (r["id"], junk)


def test_second_part_covers_feeds_pages_and_the_platform_families() -> None:
    records = load(DATA2)
    kinds = Counter(r.kind for r in records)
    assert kinds["feed"] >= 15 and kinds["page"] >= 15, kinds
    assert len({r.family for r in records}) >= 12
    assert sum(1 for r in records if r.junk and r.news) >= 0.8 * len(records)
    assert any(not r.junk for r in records)  # controls: clean feed summaries


def _made_up(split: str) -> Record:
    return Record(
        id=split, kind="page", platform="x", outlet="y", title="t", text="a", junk=(), split=split
    )


def test_select_shows_a_blind_part_only_when_asked() -> None:
    blinds = tuple(f"aside{n}" for n in range(2, 38))  # aside2 .. aside37, written by hand
    records = [_made_up(split) for split in ("tune", "aside", *blinds)]
    assert [r.split for r in select(records, tune_only=True)] == ["tune"]
    assert [r.split for r in select(records, tune_only=False)] == ["tune", "aside"]
    for blind in blinds:
        assert [r.split for r in select(records, tune_only=False, blind=blind)] == [blind]
    for blind in blinds:
        with pytest.raises(ValueError):
            select(records, tune_only=True, blind=blind)
    with pytest.raises(ValueError):
        select(records, tune_only=False, blind="aside")


# The third part (articles3.jsonl): one split, aside3, written by a third writer who read neither
# the other parts' texts nor the cleaner's rules, kept aside for the next session's blind look;
# these tests read its shape only.


def test_third_part_has_the_fields_and_one_split() -> None:
    records = _raw(DATA3)
    assert len(records) >= 75
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    assert not set(ids) & {r["id"] for r in _raw() + _raw(DATA2)}
    for r in records:
        assert set(r) == set(FIELDS), r.get("id")
        assert r["split"] == "aside3", r["id"]
        assert r["kind"] in ("feed", "page"), r["id"]
        for name in ("id", "platform", "outlet", "title", "text"):
            assert isinstance(r[name], str) and r[name].strip(), (r["id"], name)
        assert isinstance(r["junk"], list) and all(isinstance(j, str) for j in r["junk"])
        assert 30 <= len(r["text"].split()) <= 500, r["id"]


@pytest.mark.parametrize(
    "path",
    [
        DATA3,
        DATA4,
        DATA5,
        DATA6,
        DATA7,
        DATA8,
        DATA9,
        DATA10,
        DATA11,
        DATA12,
        DATA13,
        DATA14,
        DATA15,
        DATA16,
        DATA17,
        DATA18,
        DATA19,
        DATA20,
        DATA21,
        DATA22,
        DATA23,
        DATA24,
        DATA25,
        DATA26,
        DATA27,
        DATA28,
        DATA29,
        DATA30,
        DATA31,
        DATA32,
        DATA33,
        DATA34,
        DATA35,
        DATA36,
        DATA37,
    ],
    ids=[f"aside{n}" for n in range(3, 38)],
)
def test_a_later_parts_junk_lines_are_whole_lines_of_their_text(path: Path) -> None:
    for r in _raw(path):
        lines = r["text"].split("\n")
        assert all(ln.strip() and ln == ln.strip() for ln in lines), r["id"]
        for junk in r["junk"]:
            assert junk.strip() and junk == junk.strip(), (r["id"], junk)
            assert junk in lines, (r["id"], junk)
        # listed once per occurrence, so no line is junk in one place and news in another
        for junk in set(r["junk"]):
            assert r["junk"].count(junk) == lines.count(junk), (r["id"], junk)


def test_third_part_covers_feeds_pages_and_the_platform_families() -> None:
    records = load(DATA3)
    kinds = Counter(r.kind for r in records)
    assert kinds["feed"] >= 15 and kinds["page"] >= 15, kinds
    assert len({r.family for r in records}) >= 12
    assert sum(1 for r in records if r.junk and r.news) >= 0.8 * len(records)
    assert any(not r.junk for r in records)  # controls: clean feed summaries
    assert sum(len(r.junk) for r in records) >= 300
    assert sum(len(r.news) for r in records) >= 200


# The fourth to thirty-sixth parts (articles4.jsonl to articles36.jsonl): each one split, aside4
# to aside36, written by a fourth to a thirty-sixth writer who did not read the cleaner's rules;
# aside4 to aside36 have had their blind looks (aside36 at the forty-seventh session's start).
# These tests read their shape only, with the same bounds; each part's ids are new to the parts
# before it.
# The thirty-seventh part (aside37) is kept aside for its own blind look, with the same bounds.
_ALL_BUT = (DATA, DATA2, DATA3, DATA4, DATA5, DATA6, DATA7, DATA8, DATA9, DATA10, DATA11)
LATER_PARTS = pytest.mark.parametrize(
    ("path", "split", "earlier"),
    [
        (DATA4, "aside4", (DATA, DATA2, DATA3)),
        (DATA5, "aside5", (DATA, DATA2, DATA3, DATA4)),
        (DATA6, "aside6", (DATA, DATA2, DATA3, DATA4, DATA5)),
        (DATA7, "aside7", (DATA, DATA2, DATA3, DATA4, DATA5, DATA6)),
        (DATA8, "aside8", (DATA, DATA2, DATA3, DATA4, DATA5, DATA6, DATA7)),
        (DATA9, "aside9", (DATA, DATA2, DATA3, DATA4, DATA5, DATA6, DATA7, DATA8)),
        (DATA10, "aside10", (DATA, DATA2, DATA3, DATA4, DATA5, DATA6, DATA7, DATA8, DATA9)),
        (
            DATA11,
            "aside11",
            (DATA, DATA2, DATA3, DATA4, DATA5, DATA6, DATA7, DATA8, DATA9, DATA10),
        ),
        (
            DATA12,
            "aside12",
            (DATA, DATA2, DATA3, DATA4, DATA5, DATA6, DATA7, DATA8, DATA9, DATA10, DATA11),
        ),
        (DATA13, "aside13", (*_ALL_BUT, DATA12)),
        (DATA14, "aside14", (*_ALL_BUT, DATA12, DATA13)),
        (DATA15, "aside15", (*_ALL_BUT, DATA12, DATA13, DATA14)),
        (DATA16, "aside16", (*_ALL_BUT, DATA12, DATA13, DATA14, DATA15)),
        (DATA17, "aside17", (*_ALL_BUT, DATA12, DATA13, DATA14, DATA15, DATA16)),
        (DATA18, "aside18", (*_ALL_BUT, DATA12, DATA13, DATA14, DATA15, DATA16, DATA17)),
        (DATA19, "aside19", (*_ALL_BUT, DATA12, DATA13, DATA14, DATA15, DATA16, DATA17, DATA18)),
        (
            DATA20,
            "aside20",
            (*_ALL_BUT, DATA12, DATA13, DATA14, DATA15, DATA16, DATA17, DATA18, DATA19),
        ),
        (
            DATA21,
            "aside21",
            (*_ALL_BUT, DATA12, DATA13, DATA14, DATA15, DATA16, DATA17, DATA18, DATA19, DATA20),
        ),
        (
            DATA22,
            "aside22",
            (
                *_ALL_BUT,
                *(DATA12, DATA13, DATA14, DATA15, DATA16, DATA17, DATA18, DATA19, DATA20, DATA21),
            ),
        ),
        (
            DATA23,
            "aside23",
            (
                *_ALL_BUT,
                *(DATA12, DATA13, DATA14, DATA15, DATA16, DATA17, DATA18, DATA19, DATA20, DATA21),
                DATA22,
            ),
        ),
        (
            DATA24,
            "aside24",
            (
                *_ALL_BUT,
                *(DATA12, DATA13, DATA14, DATA15, DATA16, DATA17, DATA18, DATA19, DATA20, DATA21),
                DATA22,
                DATA23,
            ),
        ),
        (
            DATA25,
            "aside25",
            (
                *_ALL_BUT,
                *(DATA12, DATA13, DATA14, DATA15, DATA16, DATA17, DATA18, DATA19, DATA20, DATA21),
                DATA22,
                DATA23,
                DATA24,
            ),
        ),
        (
            DATA26,
            "aside26",
            (
                *_ALL_BUT,
                *(DATA12, DATA13, DATA14, DATA15, DATA16, DATA17, DATA18, DATA19, DATA20, DATA21),
                DATA22,
                DATA23,
                DATA24,
                DATA25,
            ),
        ),
        (
            DATA27,
            "aside27",
            (
                *_ALL_BUT,
                *(DATA12, DATA13, DATA14, DATA15, DATA16, DATA17, DATA18, DATA19, DATA20, DATA21),
                DATA22,
                DATA23,
                DATA24,
                DATA25,
                DATA26,
            ),
        ),
        (
            DATA28,
            "aside28",
            (
                *_ALL_BUT,
                *(DATA12, DATA13, DATA14, DATA15, DATA16, DATA17, DATA18, DATA19, DATA20, DATA21),
                DATA22,
                DATA23,
                DATA24,
                DATA25,
                DATA26,
                DATA27,
            ),
        ),
        (
            DATA29,
            "aside29",
            (
                *_ALL_BUT,
                *(DATA12, DATA13, DATA14, DATA15, DATA16, DATA17, DATA18, DATA19, DATA20, DATA21),
                DATA22,
                DATA23,
                DATA24,
                DATA25,
                DATA26,
                DATA27,
                DATA28,
            ),
        ),
        (
            DATA30,
            "aside30",
            (
                *_ALL_BUT,
                *(DATA12, DATA13, DATA14, DATA15, DATA16, DATA17, DATA18, DATA19, DATA20, DATA21),
                DATA22,
                DATA23,
                DATA24,
                DATA25,
                DATA26,
                DATA27,
                DATA28,
                DATA29,
            ),
        ),
        (
            DATA31,
            "aside31",
            (
                *_ALL_BUT,
                *(DATA12, DATA13, DATA14, DATA15, DATA16, DATA17, DATA18, DATA19, DATA20, DATA21),
                DATA22,
                DATA23,
                DATA24,
                DATA25,
                DATA26,
                DATA27,
                DATA28,
                DATA29,
                DATA30,
            ),
        ),
        (
            DATA32,
            "aside32",
            (
                *_ALL_BUT,
                *(DATA12, DATA13, DATA14, DATA15, DATA16, DATA17, DATA18, DATA19, DATA20, DATA21),
                *(DATA22, DATA23, DATA24, DATA25, DATA26, DATA27, DATA28, DATA29, DATA30, DATA31),
            ),
        ),
        (
            DATA33,
            "aside33",
            (
                *_ALL_BUT,
                *(DATA12, DATA13, DATA14, DATA15, DATA16, DATA17, DATA18, DATA19, DATA20, DATA21),
                *(DATA22, DATA23, DATA24, DATA25, DATA26, DATA27, DATA28, DATA29, DATA30, DATA31),
                DATA32,
            ),
        ),
        (
            DATA34,
            "aside34",
            (
                *_ALL_BUT,
                *(DATA12, DATA13, DATA14, DATA15, DATA16, DATA17, DATA18, DATA19, DATA20, DATA21),
                *(DATA22, DATA23, DATA24, DATA25, DATA26, DATA27, DATA28, DATA29, DATA30, DATA31),
                DATA32,
                DATA33,
            ),
        ),
        (
            DATA35,
            "aside35",
            (
                *_ALL_BUT,
                *(DATA12, DATA13, DATA14, DATA15, DATA16, DATA17, DATA18, DATA19, DATA20, DATA21),
                *(DATA22, DATA23, DATA24, DATA25, DATA26, DATA27, DATA28, DATA29, DATA30, DATA31),
                *(DATA32, DATA33, DATA34),
            ),
        ),
        (
            DATA36,
            "aside36",
            (
                *_ALL_BUT,
                *(DATA12, DATA13, DATA14, DATA15, DATA16, DATA17, DATA18, DATA19, DATA20, DATA21),
                *(DATA22, DATA23, DATA24, DATA25, DATA26, DATA27, DATA28, DATA29, DATA30, DATA31),
                *(DATA32, DATA33, DATA34, DATA35),
            ),
        ),
        (
            DATA37,
            "aside37",
            (
                *_ALL_BUT,
                *(DATA12, DATA13, DATA14, DATA15, DATA16, DATA17, DATA18, DATA19, DATA20, DATA21),
                *(DATA22, DATA23, DATA24, DATA25, DATA26, DATA27, DATA28, DATA29, DATA30, DATA31),
                *(DATA32, DATA33, DATA34, DATA35, DATA36),
            ),
        ),
    ],
    ids=[f"aside{n}" for n in range(4, 38)],
)


@LATER_PARTS
def test_a_later_part_has_the_fields_and_one_split(
    path: Path, split: str, earlier: tuple[Path, ...]
) -> None:
    records = _raw(path)
    assert 80 <= len(records) <= 100
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    assert not set(ids) & {r["id"] for part in earlier for r in _raw(part)}
    for r in records:
        assert set(r) == set(FIELDS), r.get("id")
        assert r["split"] == split, r["id"]
        assert r["kind"] in ("feed", "page"), r["id"]
        for name in ("id", "platform", "outlet", "title", "text"):
            assert isinstance(r[name], str) and r[name].strip(), (r["id"], name)
        assert isinstance(r["junk"], list) and all(isinstance(j, str) for j in r["junk"])
        assert 40 <= len(r["text"].split()) <= 450, r["id"]


@LATER_PARTS
def test_a_later_part_covers_feeds_pages_and_the_platform_families(
    path: Path, split: str, earlier: tuple[Path, ...]
) -> None:
    records = load(path)
    kinds = Counter(r.kind for r in records)
    assert kinds["feed"] >= 20 and kinds["page"] >= 55, kinds
    assert len({r.family for r in records}) >= 12
    assert sum(1 for r in records if r.junk and r.news) >= 0.8 * len(records)
    assert sum(1 for r in records if not r.junk) >= 2  # controls: clean feed summaries
    assert sum(len(r.junk) for r in records) >= 300
    assert sum(len(r.news) for r in records) >= 300
    assert all(r.split == split for r in records)


def _write(path: Path, *splits: str) -> Path:
    lines = []
    for split in splits:
        record = dict.fromkeys(FIELDS, "x") | {
            "id": f"made-up-{split}",
            "kind": "page",
            "text": "The mayor opened the bridge on Monday.\nShare",
            "junk": ["Share"],
            "split": split,
        }
        lines.append(json.dumps(record))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        ([], ["tune", "aside"]),
        (["--tune-only"], ["tune"]),
        (["--blind"], ["aside2"]),
        (["--blind", "aside2"], ["aside2"]),
        (["--blind", "aside3"], ["aside3"]),
        (["--blind", "aside4"], ["aside4"]),
        (["--blind", "aside5"], ["aside5"]),
        (["--blind", "aside6"], ["aside6"]),
        (["--blind", "aside7"], ["aside7"]),
        (["--blind", "aside8"], ["aside8"]),
        (["--blind", "aside9"], ["aside9"]),
        (["--blind", "aside10"], ["aside10"]),
        (["--blind", "aside11"], ["aside11"]),
        (["--blind", "aside12"], ["aside12"]),
        (["--blind", "aside13"], ["aside13"]),
        (["--blind", "aside14"], ["aside14"]),
        (["--blind", "aside15"], ["aside15"]),
        (["--blind", "aside16"], ["aside16"]),
        (["--blind", "aside17"], ["aside17"]),
        (["--blind", "aside18"], ["aside18"]),
        (["--blind", "aside19"], ["aside19"]),
        (["--blind", "aside20"], ["aside20"]),
        (["--blind", "aside21"], ["aside21"]),
        (["--blind", "aside22"], ["aside22"]),
        (["--blind", "aside23"], ["aside23"]),
        (["--blind", "aside24"], ["aside24"]),
        (["--blind", "aside25"], ["aside25"]),
        (["--blind", "aside26"], ["aside26"]),
        (["--blind", "aside27"], ["aside27"]),
        (["--blind", "aside28"], ["aside28"]),
        (["--blind", "aside29"], ["aside29"]),
        (["--blind", "aside30"], ["aside30"]),
        (["--blind", "aside31"], ["aside31"]),
        (["--blind", "aside32"], ["aside32"]),
        (["--blind", "aside33"], ["aside33"]),
        (["--blind", "aside34"], ["aside34"]),
        (["--blind", "aside35"], ["aside35"]),
        (["--blind", "aside36"], ["aside36"]),
        (["--blind", "aside37"], ["aside37"]),
    ],
)
def test_each_mode_reads_only_its_own_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], shown: list[str]
) -> None:
    # made-up files; a part a mode must not read is a path that does not exist
    files = {
        "--data": _write(tmp_path / "one.jsonl", "tune", "aside"),
        "--data2": _write(tmp_path / "two.jsonl", "aside2"),
        "--data3": _write(tmp_path / "three.jsonl", "aside3"),
        "--data4": _write(tmp_path / "four.jsonl", "aside4"),
        "--data5": _write(tmp_path / "five.jsonl", "aside5"),
        "--data6": _write(tmp_path / "six.jsonl", "aside6"),
        "--data7": _write(tmp_path / "seven.jsonl", "aside7"),
        "--data8": _write(tmp_path / "eight.jsonl", "aside8"),
        "--data9": _write(tmp_path / "nine.jsonl", "aside9"),
        "--data10": _write(tmp_path / "ten.jsonl", "aside10"),
        "--data11": _write(tmp_path / "eleven.jsonl", "aside11"),
        "--data12": _write(tmp_path / "twelve.jsonl", "aside12"),
        "--data13": _write(tmp_path / "thirteen.jsonl", "aside13"),
        "--data14": _write(tmp_path / "fourteen.jsonl", "aside14"),
        "--data15": _write(tmp_path / "fifteen.jsonl", "aside15"),
        "--data16": _write(tmp_path / "sixteen.jsonl", "aside16"),
        "--data17": _write(tmp_path / "seventeen.jsonl", "aside17"),
        "--data18": _write(tmp_path / "eighteen.jsonl", "aside18"),
        "--data19": _write(tmp_path / "nineteen.jsonl", "aside19"),
        "--data20": _write(tmp_path / "twenty.jsonl", "aside20"),
        "--data21": _write(tmp_path / "twenty-one.jsonl", "aside21"),
        "--data22": _write(tmp_path / "twenty-two.jsonl", "aside22"),
        "--data23": _write(tmp_path / "twenty-three.jsonl", "aside23"),
        "--data24": _write(tmp_path / "twenty-four.jsonl", "aside24"),
        "--data25": _write(tmp_path / "twenty-five.jsonl", "aside25"),
        "--data26": _write(tmp_path / "twenty-six.jsonl", "aside26"),
        "--data27": _write(tmp_path / "twenty-seven.jsonl", "aside27"),
        "--data28": _write(tmp_path / "twenty-eight.jsonl", "aside28"),
        "--data29": _write(tmp_path / "twenty-nine.jsonl", "aside29"),
        "--data30": _write(tmp_path / "thirty.jsonl", "aside30"),
        "--data31": _write(tmp_path / "thirty-one.jsonl", "aside31"),
        "--data32": _write(tmp_path / "thirty-two.jsonl", "aside32"),
        "--data33": _write(tmp_path / "thirty-three.jsonl", "aside33"),
        "--data34": _write(tmp_path / "thirty-four.jsonl", "aside34"),
        "--data35": _write(tmp_path / "thirty-five.jsonl", "aside35"),
        "--data36": _write(tmp_path / "thirty-six.jsonl", "aside36"),
        "--data37": _write(tmp_path / "thirty-seven.jsonl", "aside37"),
    }
    wanted = {
        "aside2": "--data2",
        "aside3": "--data3",
        "aside4": "--data4",
        "aside5": "--data5",
        "aside6": "--data6",
        "aside7": "--data7",
        "aside8": "--data8",
        "aside9": "--data9",
        "aside10": "--data10",
        "aside11": "--data11",
        "aside12": "--data12",
        "aside13": "--data13",
        "aside14": "--data14",
        "aside15": "--data15",
        "aside16": "--data16",
        "aside17": "--data17",
        "aside18": "--data18",
        "aside19": "--data19",
        "aside20": "--data20",
        "aside21": "--data21",
        "aside22": "--data22",
        "aside23": "--data23",
        "aside24": "--data24",
        "aside25": "--data25",
        "aside26": "--data26",
        "aside27": "--data27",
        "aside28": "--data28",
        "aside29": "--data29",
        "aside30": "--data30",
        "aside31": "--data31",
        "aside32": "--data32",
        "aside33": "--data33",
        "aside34": "--data34",
        "aside35": "--data35",
        "aside36": "--data36",
        "aside37": "--data37",
    }
    flag_for = wanted.get(shown[0], "--data")
    paths: list[str] = []
    for flag, path in files.items():
        paths += [flag, str(path if flag == flag_for else tmp_path / "missing.jsonl")]
    assert main([*args, *paths]) == 0
    out = capsys.readouterr().out
    assert [
        ln.removeprefix("-- split ") for ln in out.split("\n") if ln.startswith("-- split")
    ] == [*shown]
