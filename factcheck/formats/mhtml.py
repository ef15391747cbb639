"""Web pages saved as a single file (``.mhtml`` / ``.mht``, "Save page as… Webpage, single file").

The file is a MIME ``multipart/related`` message; its first ``text/html``
part is the page, decoded from quoted-printable or base64 in its own charset
by the standard library's ``email`` package, then read as any saved page
(main text only, tables row by row, the page's date and title).  Positions
point into that decoded HTML, not into the encoded file.
"""
from __future__ import annotations

import email
import email.policy

from ..vocab import Vocabulary
from . import Extracted, FormatError
from .html import read_html

MAX_PARTS = 2000


def is_mhtml(head: bytes) -> bool:
    """True for the first bytes of a MIME web archive (headers naming ``multipart/related``)."""
    lowered = head.lower()
    return b"mime-version:" in lowered and b"multipart/related" in lowered


def read_mhtml(data: bytes, vocab: Vocabulary) -> Extracted:
    """The page inside a web archive, read as a saved web page."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as exc:  # noqa: BLE001 - the email parser on untrusted bytes
        raise FormatError(f"corrupt web archive ({type(exc).__name__})") from None
    for count, part in enumerate(message.walk()):
        if count > MAX_PARTS:
            break
        if part.get_content_type() == "text/html":
            try:
                page = part.get_content()
            except (LookupError, ValueError) as exc:
                raise FormatError(f"web archive's page cannot be decoded ({exc})") from None
            found = read_html(page if isinstance(page, str) else page.decode("utf-8", "replace"), vocab)
            return Extracted(found.text, found.prose, found.segments, {**found.meta, "format": "mhtml"})
    raise FormatError("web archive holds no HTML page")
