"""A paragraph ends in its script's full stop (Devanagari's "।", CJK's "。", Arabic's "؟",
Urdu's "۔"): ``clean.is_body_line`` reads it as running text, so the page's short labels above
and after a text in those scripts are told from its paragraphs as they are in a Latin one (a
breadcrumb above the first paragraph, a related list's heading and headline after the last).

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_body_line

_HINDI = [
    "उदयपुर में रविवार को पारा 44 डिग्री तक पहुंच गया, जो इस साल का सबसे गर्म दिन रहा।",
    "नगर निगम ने दोपहर 12 से 4 बजे तक बाहर काम करने वालों के लिए छाया शिविर खोले हैं।",
]
_JAPANESE = [
    "横浜市は来月から市営バスの運賃を20円引き上げると発表した。",
    "市によると、燃料費の高騰が理由だという。",
]


@pytest.mark.parametrize("line", [*_HINDI, *_JAPANESE, "هل يعود القطار إلى المدينة؟"])
def test_a_sentence_in_another_script_is_running_text(line: str) -> None:
    assert is_body_line(line)


def test_labels_around_a_hindi_text_go() -> None:
    text = "\n".join(["होम", "राजस्थान", *_HINDI, "ये भी पढ़ें", "जोधपुर में बिजली कटौती"])
    kept = [line for line in clean_text(text).splitlines() if line]
    assert kept == _HINDI


def test_a_japanese_text_keeps_its_paragraphs() -> None:
    text = "\n".join(["ホーム", *_JAPANESE])
    kept = [line for line in clean_text(text).splitlines() if line]
    assert kept == _JAPANESE
