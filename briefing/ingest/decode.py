"""``decode_bytes``: the one policy for turning input bytes into text (files, stdin, web pages).

In order, the first that applies wins:

1. **A byte-order mark** (UTF-8, UTF-16, UTF-32). A BOM is unambiguous, so it is taken even over
   a declared charset, as browsers do (WHATWG Encoding Standard, "decode").
2. **A declared charset**: the one passed in (an HTTP ``Content-Type`` charset), then one
   declared inside the document (``<meta charset>``, ``<meta http-equiv>`` or
   ``<?xml encoding?>`` in the first 4 KB). A declaration is used only when the bytes decode
   with it without error: wrong headers are common. ISO-8859-1 and US-ASCII labels decode as
   Windows-1252, as on the web (servers say latin-1 and send curly quotes in 0x80-0x9F).
3. **UTF-8**: valid UTF-8; or UTF-8 with a few broken bytes (a stray byte, a cut sequence),
   read with U+FFFD in their place rather than the whole text garbled in another code page.
4. **Detection** with ``charset_normalizer``. On short Western text it often cannot tell
   Windows-1252 from cp1250 or mac_latin2 (all decode without errors); when it names any Latin
   code page, Windows-1252, by far the likeliest for news, is used.
5. UTF-8 with replacement characters, when nothing else fits.

Whether bytes are text at all (NUL bytes, control characters) is the caller's question.
"""

from __future__ import annotations

import codecs
import logging
import re

__all__ = ["bom_encoding", "decode_bytes"]

logger = logging.getLogger(__name__)

_DECLARATION_BYTES = 4096
_DECLARATION = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""",
    re.IGNORECASE,
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Labels the web reads as Windows-1252 (WHATWG Encoding Standard), by Python codec name.
_AS_WINDOWS_1252 = frozenset({"iso8859-1", "ascii"})
# Code pages charset_normalizer cannot tell apart on short Western text.
_LATIN_CODE_PAGES = frozenset(
    {
        "cp1250",
        "cp1252",
        "cp1257",
        "cp775",
        "cp850",
        "cp437",
        "latin_1",
        "mac_latin2",
        "mac_roman",
        "iso8859_2",
        "iso8859_4",
        "iso8859_10",
        "iso8859_13",
        "iso8859_14",
        "iso8859_15",
    }
)


def bom_encoding(data: bytes) -> str | None:
    """The codec named by a byte-order mark at the start of ``data``, or None."""
    return next((encoding for bom, encoding in _BOMS if data.startswith(bom)), None)


def _codec(label: str | bytes | None) -> str | None:
    if not label:
        return None
    name = label.decode("ascii", "replace") if isinstance(label, bytes) else label
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        return None


def _declared(data: bytes, declared: str | None) -> list[str]:
    found = _DECLARATION.search(data[:_DECLARATION_BYTES])
    inline = (found.group(1) or found.group(2)) if found else None
    codecs_ = [_codec(declared), _codec(inline)]
    return list(dict.fromkeys(c for c in codecs_ if c is not None))


def _strict(data: bytes, encoding: str) -> str | None:
    if encoding in _AS_WINDOWS_1252:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass  # one of the five bytes cp1252 leaves undefined: read as declared
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _damaged_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes, taken for UTF-8 when its valid multi-byte characters
    outnumber the broken bytes: text in a single-byte code page almost never holds a valid
    UTF-8 sequence."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - broken
    return text if valid > broken else None


def _detected(data: bytes, source: str) -> str | None:
    try:
        import charset_normalizer
    except ImportError:  # pragma: no cover - a dependency of trafilatura, normally present
        best = None
    else:
        best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding in _LATIN_CODE_PAGES:
        text = _strict(data, "cp1252")
        if text is not None:
            logger.debug("%s: decoded as cp1252", source)
            return text
    if best is not None:
        logger.debug("%s: decoded as %s (charset_normalizer)", source, best.encoding)
        return str(best)
    return None


def decode_bytes(data: bytes, *, declared: str | None = None, source: str = "input") -> str:
    """``data`` as text, by the policy in this module's docstring (BOM, declared charset,
    UTF-8, detection). ``declared`` is a charset named outside the bytes (an HTTP header);
    ``source`` only names the input in debug logs. Never raises."""
    bom = bom_encoding(data)
    if bom is not None:
        return data.decode(bom, errors="replace")
    for encoding in _declared(data, declared):
        text = _strict(data, encoding)
        if text is not None:
            return text
        logger.debug("%s: does not decode as declared %s", source, encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _damaged_utf8(data) or _detected(data, source)
    if text is not None:
        return text
    logger.debug("%s: no encoding detected, decoded with replacement", source)
    return data.decode("utf-8", errors="replace")
