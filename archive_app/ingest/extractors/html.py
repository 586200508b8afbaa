"""HTML pages saved from the web: the main text, without navigation and page furniture.

A small readability of our own on the standard library's tokenizer (no tree, no network, no
entity expansion beyond HTML's named references): content inside ``nav``, ``header``,
``footer``, ``aside``, forms, buttons and elements whose class, id or role says menu, share,
cookie, footer … is dropped; so are short link-dense blocks (menus written as plain lists). If
the page marks its main content (``<main>``, ``<article>``, ``role=main``) only that is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from archive_app.ingest.encoding import decode_text, normalise_codec
from archive_app.ingest.extractors.common import make_document
from archive_app.ingest.model import NewDocument

__all__ = ["extract", "html_to_text"]

_SKIP_TAGS = frozenset(
    "script style noscript template svg canvas nav header footer aside form button select "
    "option iframe object embed menu dialog".split()
)
_NEVER_TEXT = frozenset("script style noscript template svg head".split())
_VOID_TAGS = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)
_BLOCK_TAGS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol table tr td th br blockquote pre "
    "figure figcaption dd dt dl hr address center".split()
)
_MAIN_TAGS = frozenset({"main", "article"})
_JUNK_ATTR = re.compile(
    r"(^|[\s_-])(share|sharing|social|nav|navbar|navigation|menu|footer|header|cookie|banner|"
    r"sidebar|breadcrumbs?|comments?|related|subscribe|newsletter|advert|ads|promo|popup|modal|"
    r"toolbar|pagination|skip-link|tags)($|[\s_-])",
    re.IGNORECASE,
)
_JUNK_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu"})
_SPACE = re.compile(r"\s+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.IGNORECASE)


@dataclass
class _Block:
    text: str
    link_chars: int
    in_main: bool


@dataclass
class _Frame:
    tag: str
    junk: bool
    main: bool


@dataclass
class _PageReader(HTMLParser):
    blocks: list[_Block] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    title: str = ""
    h1: str = ""
    #: False for e-mail bodies: everything but scripts and styles is content there.
    readability: bool = True

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._stack: list[_Frame] = []
        self._junk = 0
        self._main = 0
        self._parts: list[str] = []
        self._links = 0
        self._in_link = 0
        self._in_title = False
        self._in_h1 = False
        self._in_pre = 0

    def _flush(self) -> None:
        if not self._parts:
            return
        raw = "".join(self._parts)
        text = raw.strip() if self._in_pre else _SPACE.sub(" ", raw).strip()
        if text:
            self.blocks.append(_Block(text, self._links, self._main > 0))
        self._parts = []
        self._links = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("name") or a.get("property") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
            return
        if tag == "title":
            self._in_title = True
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag in _VOID_TAGS:
            return
        if tag in ("p", "li") and self._stack and self._stack[-1].tag == tag:
            self._pop_to(tag)  # an unclosed <p>/<li> ends where the next begins
        if not self.readability:
            junk = tag in _NEVER_TEXT
        else:
            junk = (
                tag in _SKIP_TAGS
                or a.get("role", "").lower() in _JUNK_ROLES
                or bool(_JUNK_ATTR.search(a.get("class", "")))
                or bool(_JUNK_ATTR.search(a.get("id", "")))
                or "hidden" in a
                or a.get("aria-hidden") == "true"
            )
        main = tag in _MAIN_TAGS or a.get("role", "").lower() == "main"
        self._stack.append(_Frame(tag, junk, main))
        self._junk += junk
        self._main += main
        if tag == "a":
            self._in_link += 1
        if tag == "pre":
            self._in_pre += 1
        if tag == "h1":
            self._in_h1 = True

    def _pop_to(self, tag: str) -> None:
        while self._stack:
            frame = self._stack.pop()
            self._junk -= frame.junk
            self._main -= frame.main
            if frame.tag == "a":
                self._in_link = max(0, self._in_link - 1)
            if frame.tag == "pre":
                self._in_pre = max(0, self._in_pre - 1)
            if frame.tag == tag:
                return

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if tag in _BLOCK_TAGS:
            self._flush()
        if any(f.tag == tag for f in self._stack):
            self._pop_to(tag)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if self._junk or (self._stack and self._stack[-1].tag in ("script", "style")):
            return
        if self._in_h1 and not self.h1:
            self.h1 = _SPACE.sub(" ", data).strip()
        self._parts.append(data)
        if self._in_link:
            self._links += len(data.strip())

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_text(html: str, *, main_only: bool = True) -> tuple[str, str, dict[str, str]]:
    """Return (main text, title, meta tags) of an HTML page.

    :param html: the page as text.
    :param main_only: drop navigation, menus, share buttons and footers (web pages); False
        keeps all visible text (e-mail bodies, where there is no page furniture to drop).
    """
    reader = _PageReader(readability=main_only)
    reader.feed(html)
    reader.close()
    blocks = reader.blocks
    main_blocks = [b for b in blocks if b.in_main]
    if sum(len(b.text) for b in main_blocks) >= 200:
        blocks = main_blocks
    kept = [
        b.text
        for b in blocks
        # Menus written as lists of links: short blocks that are mostly link text.
        if not (main_only and b.link_chars > 0.6 * len(b.text) and len(b.text) < 300)
    ]
    title = _SPACE.sub(" ", reader.title).strip() or reader.h1
    title = reader.meta.get("og:title", title) or title
    return "\n\n".join(kept), title, reader.meta


def extract(path: Path, data: bytes) -> list[NewDocument]:
    """Read an HTML page into one document (main text, title, author, date, source).

    :param path: the file's path (its name is the fallback title).
    :param data: the page's bytes; the declared charset is a hint only, since pages lie.
    """
    m = _CHARSET.search(data[:4096])
    declared = m.group(1).decode("ascii", "replace") if m else None
    decoded = decode_text(data, declared=declared)
    text, title, meta = html_to_text(decoded.text)
    metadata: dict[str, object] = {"encoding": decoded.encoding, "format": "html"}
    if declared and normalise_codec(declared) != normalise_codec(decoded.encoding):
        metadata["declared_charset"] = declared
        metadata["damaged"] = (
            f"its declared character set ({declared}) is wrong; it was read as {decoded.encoding}"
        )
    for key in ("description", "keywords", "og:url", "og:site_name"):
        if meta.get(key):
            metadata[key.replace("og:", "")] = meta[key]
    date = meta.get("article:published_time") or meta.get("date") or meta.get("dc.date")
    return [
        make_document(
            text,
            title=title or None,
            fallback_title=path.stem,
            author=meta.get("author") or meta.get("article:author"),
            source=meta.get("og:site_name") or meta.get("og:url"),
            date=date[:10] if date and re.match(r"\d{4}-\d\d-\d\d", date) else None,
            metadata=metadata,
        )
    ]
