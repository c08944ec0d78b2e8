"""Support across languages: a claim written in the reader's language (``language = "de"``)
against evidence in another language (an English quote).

Content words cannot be compared across languages ("Erdbeben" is not "earthquake" to a word
check), nor can the English-only checks of ``briefing.support`` (negation, direction, quantity,
speaker) read a German claim. So a claim whose same-language checks fail, and whose evidence
comes from an article in another language than the claim's, is judged again here, on what
survives translation:

- ``number``: every number the claim writes in digits is in its evidence, both sides read in
  their own notation ("1,5" in German is 1.5; "12.000" is 12000; "11 Prozent" is 11%); a number
  written in words ("eight") is not checked, since the evidence may write it in its own
  language ("huit");
- ``name``: every capitalised word of the claim that is not a word of the claim's language's
  dictionary ("Lagarde", "Valparaíso"; not "Erdbeben", "Zentralbank", "Deutschland") is in its
  evidence or in the cited articles' leads;
- ``number`` for percentages: a percentage in the claim is a percentage in its evidence.

What is not checked across languages: content-word overlap, negation, direction, which number
counts what, and who said it. Evidence quotes stay verbatim in their article's language, so the
quote itself is still verified against its article by ``briefing.evidence.find_quote``.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.evidence import lead_of
from briefing.ground import check_text, claimed_numbers, name_found, names_in, numbers_in
from briefing.language import article_language, is_common_word, languages_differ, plain_numbers
from briefing.models import Article
from briefing.support import Problem, percent_problem

__all__ = ["across", "check_across", "text_problems"]


def across(language: str | None, articles: Sequence[Article]) -> bool:
    """Whether a claim written in ``language`` is judged across languages against
    ``articles``: a language is set and one of them is written in another."""
    return bool(language) and languages_differ(
        language or "", ((a.title, a.text) for a in articles)
    )


def _plain(text: str, article: Article) -> str:
    return plain_numbers(text, article_language(article.title, article.text))


def check_across(
    claim: str, language: str, evidence: Sequence[tuple[str, Article]]
) -> list[Problem]:
    """Every reason the evidence (each text with the article it is from) does not support
    ``claim``, written in ``language``, by the checks above (empty: supported)."""
    if not any(text.strip() for text, _ in evidence):
        return [Problem("evidence", "no evidence")]
    claim = plain_numbers(claim, language)
    joined = "\n".join(_plain(text, article) for text, article in evidence)
    leads = " ".join(lead_of(a) for a in {a.id: a for _, a in evidence}.values())
    problems = []
    stated = numbers_in(joined)
    for written, value in claimed_numbers(claim):
        if value not in stated and any(c.isdigit() for c in written):
            problems.append(Problem("number", f"number {written!r} is not in its evidence"))
    missing = [
        name
        for name in names_in(claim)
        if not is_common_word(name, language)
        and not name_found(name, joined)
        and not name_found(name, leads)
    ]
    if missing:
        names = ", ".join(repr(m) for m in missing)
        problems.append(Problem("name", f"name(s) not in its evidence: {names}"))
    if not problems and (percent := percent_problem(claim, joined)) is not None:
        problems.append(percent)
    return problems


def text_problems(text: str, sources: Sequence[Article], language: str | None) -> list[str]:
    """``briefing.ground.check_text``; when it fails and the sources are in another language
    than ``language``, the numbers and names of ``text`` against the whole sources instead."""
    problems = check_text(text, sources)
    if problems and language and across(language, sources):
        whole = [(f"{a.title}\n{a.outlet or ''}\n{a.text}", a) for a in sources]
        found = check_across(text, language, whole)
        return [str(p).replace("its evidence", "its sources") for p in found]
    return problems
