"""Write the site directory: files are written to a temporary name and renamed into place, so
a web server never serves half a file while ``brief site`` runs again."""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from briefing.site.days import stored_days
from briefing.site.feed import atom_feed
from briefing.site.pages import site_pages
from briefing.store import Store

__all__ = ["SiteReport", "build_site", "write_file"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SiteReport:
    directory: Path
    days: int
    files: int


def write_file(path: Path, data: bytes) -> None:
    """``data`` at ``path``, replaced atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def build_site(
    store: Store, directory: Path, *, base_url: str | None = None, timezone: str = "UTC"
) -> SiteReport:
    """Write the site for every stored briefing into ``directory`` (times in ``timezone``)."""
    days = stored_days(store)
    files = site_pages(days, timezone=timezone)
    files["feed.xml"] = atom_feed(days, base_url=base_url, timezone=timezone)
    for name, data in files.items():
        write_file(directory / name, data)
    logger.info("site: %d day(s), %d file(s) in %s", len(days), len(files), directory)
    return SiteReport(directory, len(days), len(files))
