"""The one byte-decoding policy: BOM, declared charset, UTF-8, detection (ingest.decode)."""

from __future__ import annotations

import codecs

from briefing.ingest.decode import bom_encoding, decode_bytes
from briefing.ingest.files import decode

WESTERN = "Zürich café owners said prices rose 12% — “too much”, they said. Crème brûlée.\n"


def test_bom_wins_over_a_declared_charset() -> None:
    body = codecs.BOM_UTF8 + "<p>é – ü</p>".encode()
    assert decode_bytes(body, declared="iso-8859-1") == "<p>é – ü</p>"
    utf16 = "Nikkei up 1.3%".encode("utf-16")
    assert bom_encoding(utf16) == "utf-16"
    assert decode_bytes(utf16, declared="utf-8") == "Nikkei up 1.3%"


def test_declared_charset_before_utf8_and_detection() -> None:
    # bytes that are valid UTF-8 but declared as cp1251: the declaration is believed
    body = "Привет".encode("cp1251")
    assert decode_bytes(body, declared="windows-1251") == "Привет"
    meta = b"<html><head><meta charset='koi8-r'></head><body>" + "Привет".encode("koi8-r")
    assert decode_bytes(meta).endswith("Привет")
    xml = b"<?xml version='1.0' encoding='iso-8859-7'?><a>" + "Αθήνα".encode("iso-8859-7")
    assert decode_bytes(xml).endswith("Αθήνα")


def test_a_wrong_or_unknown_declaration_is_passed_over() -> None:
    body = WESTERN.encode("cp1252")
    assert decode_bytes(body, declared="utf-8") == WESTERN
    assert decode_bytes(body, declared="no-such-charset") == WESTERN


def test_latin1_labels_read_as_windows_1252() -> None:
    # servers say ISO-8859-1 and send curly quotes in 0x80-0x9F, as browsers assume
    body = "“quoted” – fine".encode("cp1252")
    assert decode_bytes(body, declared="ISO-8859-1") == "“quoted” – fine"
    assert decode_bytes(b"caf\xe9 \x81", declared="latin-1") == "café \x81"  # 0x81: not cp1252


def test_utf8_then_damaged_utf8_then_detection() -> None:
    assert decode_bytes(WESTERN.encode()) == WESTERN
    damaged = WESTERN.encode() + b"\xff"
    assert decode_bytes(damaged) == WESTERN + "\ufffd"
    assert decode_bytes(WESTERN.encode("cp1252")) == WESTERN  # Latin guess → cp1252


def test_files_refuse_binary_but_read_bom_marked_utf16() -> None:
    assert decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x.png") is None
    assert decode("Nikkei".encode("utf-16"), "u16.txt") == "Nikkei"
    assert decode(bytes(range(1, 32)) * 20, "ctl.bin") is None
