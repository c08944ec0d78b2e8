"""The summarizing engine: articles in, a grounded ``Briefing`` out.

- ``pipeline``  ``prepare`` (cluster, plan) and ``brief`` (run the plan, ground, assemble)
- ``run``       the call engine: map, reduce and final calls, their records and losses
- ``aliases``   per-run short ids ("a1", …) shown to the model instead of content ids
- ``repair``    grounding's check of the draft, then the repair call for failing bullets
- ``assemble``  sections, near-duplicates, ``left_out`` and usage made into the ``Briefing``
"""

from __future__ import annotations

from briefing.summarize.pipeline import Prepared, brief, prepare

__all__ = ["Prepared", "brief", "prepare"]
