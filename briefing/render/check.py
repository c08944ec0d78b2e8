"""The report of ``brief check`` as plain text: one block per claim, the conflicts, a summary.

Every string from the summary or the sources is printed as it is (no markup is parsed).
"""

from __future__ import annotations

import textwrap

from briefing.factcheck import CheckReport
from briefing.models import Article

__all__ = ["render_check"]

_MARK = {"supported": "ok", "unsupported": "NO", "unverifiable": "??"}


def _name(source_id: str, by_id: dict[str, Article]) -> str:
    article = by_id.get(source_id)
    if article is None:
        return source_id
    return f"{article.outlet or article.source} ({source_id})"


def render_check(report: CheckReport, sources: list[Article], *, width: int = 100) -> str:
    by_id = {a.id: a for a in sources}
    wrap = textwrap.TextWrapper(width=width, subsequent_indent="      ")
    lines: list[str] = []
    for claim in report.claims:
        lines.append(
            wrap.fill(f"{_MARK[claim.status]:<4}  {claim.status} ({claim.where}): {claim.text}")
        )
        if claim.status != "supported":
            lines.append(wrap.fill(f"      why: {claim.reason}"))
        for evidence in claim.evidence[:2]:
            lines.append(
                wrap.fill(
                    f"      evidence, {_name(evidence.source_id, by_id)}: {evidence.sentence}"
                )
            )
    for conflict in report.conflicts:
        values = "; ".join(f"{v.value} in {_name(v.source_id, by_id)}" for v in conflict.values)
        lines.append(wrap.fill(f"conflict on {conflict.about!r}: {values} (latest first)"))
    total = len(report.claims)
    lines.append(
        f"{total} claims: {report.supported} supported, {report.unsupported} unsupported, "
        f"{report.unverifiable} unverifiable"
    )
    return "\n".join(lines) + "\n"
