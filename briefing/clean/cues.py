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
# A heading that points to other stories, in English or the page's language.
_RELATED_HEAD = re.compile(
    r"^(?:also\s+(?:check|read|see|watch|on\s+[^:]{1,30})|read\s+(?:also|more|next|this\s+next)"
    r"|see\s+also|more\s+(?:in|from|on|about)\s+[^:.!?]{1,30}|more\s+(?:stories|news|headlines)"
    r"|related(?:\s+(?:stories|articles|news|coverage|reading|posts))?|recommended(?:\s+for\s+you)?"
    r"|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in)|further\s+reading"
    r"|(?:à\s+)?lire\s+(?:aussi|également)|sur\s+le\s+même\s+sujet|le[ae]\s+también"
    r"|mir[aá]\s+también|vea\s+también|veja\s+também"
    r"|leia\s+(?:também|mais)|lesen\s+sie\s+auch|leggi\s+anche|baca\s+juga|basahin\s+(?:din|rin)"
    r"|soma\s+(?:pia|zaidi)|habari\s+nyingine(?:\s+[^:.!?]{1,30})?|ilgili\s+haberler"
    r"|yh\s+bhi\s+parhen|یہ\s+(?:خبر\s+|خبریں\s+)?بھی\s+پڑھیں|اقرأ\s+(?:أيضا|أيضاً|ايضا)"
    r"|بیشتر\s+بخوانید|আরও\s+পড়ুন|এ\s+বিষয়ে\s+আরও\s+খবর|ये\s+भी\s+पढ़ें)\s*:?$",
    re.I,
)
_HEADLINE_WORDS = 16
# "<headline>  <Outlet>": a headline of four words or more, one in lower case, with no
# sentence's end, two spaces or more (or a tab), an outlet's name of words without figures
# ending the line (a table's columns, "Ord  43.88", have figures)
_SPACED = re.compile(
    r"^(?=(?:\S+\s+){3})\S.{8,200}?[^\s.!?;:](?:[ \u00a0]{2,}|\t)"
    r"(?:[A-Z][^\W\d_][\w'’&.-]*)(?:\s[^\W\d][^\s\d]*){0,5}\s*$"
)
_CLUSTER_FOOTER = re.compile(
    r"^(?:open|see|view|show)\s+(?:\d+\s+more|more|all)\s+(?:articles|headlines|stories|sources)"
    r"\s+(?:on|about|for)\s+this\s+story(?:\s*\(\d+\))?$"
    r"|^(?:view|see)\s+full\s+coverage(?:\s+of\s+this\s+story)?$",
    re.I,
)
_SENTENCE_END = re.compile(r"""[.!?…;।。！？؟۔]['"’”)\]]*$""")


def drop_cued_lines(lines: list[str], keep: list[bool]) -> None:
    """Drop the jump heads and the players' durations of ``lines`` (see the module), in place."""
    heads = {m.group(1) for line in lines if (m := _JUMP.match(line.strip()))}
    previous: int | None = None
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if keep[i] and text in heads:
            keep[i] = False
        if keep[i] and previous is not None and _is_duration(text, lines[previous], keep[previous]):
            keep[i] = False
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
        if seen_body and keep[i] and _RELATED_HEAD.match(text):
            under = _headlines_under(lines, keep, i)
            after = [j for j in range(i + 1, len(lines)) if lines[j].strip()]
            if under or not any(keep[j] for j in after):
                for j in (i, *under):
                    keep[j] = False
        seen_body = seen_body or (keep[i] and is_body(text))


def _headlines_under(lines: list[str], keep: list[bool], i: int) -> list[int]:
    """The kept lines right under line ``i`` that read as headlines (no sentence's end, short),
    up to the first paragraph or dropped line."""
    found = []
    for j in range(i + 1, len(lines)):
        text = lines[j].strip()
        if not text:
            continue
        if not keep[j] or _SENTENCE_END.search(text) or len(text.split()) > _HEADLINE_WORDS:
            break
        found.append(j)
    return found


def spaced_rows(text: str) -> frozenset[str]:
    """The raw lines of ``text`` that are "<headline>  <Outlet>" rows, their spaces collapsed,
    when there are two or more of them (a cluster's list); else none."""
    rows = [
        " ".join(line.split())
        for line in text.split("\n")
        if _SPACED.match(line) and any(ch.islower() for ch in line)
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
    if not footer or any(keep[i] and is_body(line) for i, line in enumerate(lines)):
        return
    for i, line in enumerate(lines):
        if line.strip() and len(line.split()) <= 2 * _HEADLINE_WORDS:
            keep[i] = False
