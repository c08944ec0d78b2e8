"""The site's terms for reusing its texts, as a sentence of their own in the page's language
(``clean.translated``): credit or link us when you use our materials, or the licence the text is
published under. A report about reproduction rights, with a reporting verb, stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate

_LEAD = "The regional council will open two new bus lines on 1 March, its transport office said."


@pytest.mark.parametrize(
    "line",
    [
        "При цитировании материалов гиперссылка на агентство обязательна.",
        "При використанні матеріалів посилання на сайт обов'язкове.",
        "Материалы сайта можно использовать только со ссылкой на источник.",
        "Se permite la reproducción total o parcial citando la fuente.",
        "Reprodução autorizada mediante citação da fonte.",
        "When quoting the agency's materials, a hyperlink to the original is required.",
        "Use of the site's materials is allowed only with a link to the source.",
        "Este contenido publicado bajo licencia Creative Commons BY 4.0.",
        "Content published under a CC BY-SA 4.0 licence.",
    ],
)
def test_reuse_terms_go(line: str) -> None:
    assert is_boilerplate(line)
    assert clean_text(f"{_LEAD}\n{line}").split("\n") == [_LEAD]


@pytest.mark.parametrize(
    "news",
    [
        "Se permite la reproducción de obras en escuelas citando al autor, dijo el ministro.",
        "When using the materials, the firm failed to give a link, the court said.",
        "При использовании материалов без ссылки сайт нарушил закон, заявил суд.",
        "Content published under the new law must carry a label from June.",
    ],
)
def test_a_report_about_reuse_stays(news: str) -> None:
    assert not is_boilerplate(news)
