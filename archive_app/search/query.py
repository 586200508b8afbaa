"""From what a person types to a Whoosh query: fields, variants, filters.

A query string is Whoosh's query language (AND OR NOT, "phrases", field:value, wildcards,
word~ fuzzy). Each plain word is looked up in the stem fields (title, body, file names) and,
unless the search is exact, in the variant-key field, where the key is expanded to every key
of its group in the :class:`VariantTable`. Exact search (``exact=True`` or a query that is
one quoted phrase) and phrases inside any query use the stem fields only: quotes mean
"what I typed", inflection aside.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from whoosh import query as wq
from whoosh.qparser import FuzzyTermPlugin, MultifieldParser

from archive_app.search.analysis import normalize_word
from archive_app.search.variants import VariantTable, variant_key

STEM_FIELDS = ("title", "body", "files")
FIELD_BOOSTS = {"title": 3.0, "body": 1.0, "files": 1.0, "fold": 0.6}
#: Fuzzy terms must share this many leading letters: fewer makes one fuzzy term match
#: thousands of index terms (and made highlighting take minutes in a measurement).
FUZZY_PREFIX = 2
FuzzyTerm = wq.FuzzyTerm
#: Variant keys shorter than this match too many unrelated short words across languages
#: (sam, stal, man: measured in bench/search/precision.py), so they are used only when the
#: variant table lists them (Kyiv = "kiv").
MIN_FOLD_KEY = 4


@dataclass(frozen=True)
class SearchFilters:
    """Restrictions on a search; None means "any".

    Attributes:
        type, language, collection, tag: exact values (a sequence means "any of these").
        date_from, date_to: ISO dates (inclusive); documents without a date are left out
            when either is set.
        has_attachments: True or False to require or exclude attachments.
    """

    type: str | Sequence[str] | None = None
    language: str | Sequence[str] | None = None
    collection: str | Sequence[str] | None = None
    tag: str | Sequence[str] | None = None
    date_from: str | dt.date | None = None
    date_to: str | dt.date | None = None
    has_attachments: bool | None = None


def parse_date(value: str | dt.date | None, *, end: bool = False) -> dt.datetime | None:
    """A naive UTC datetime from an ISO date/date-time string (None if unparsable).

    ``end=True`` turns a bare date into the last moment of that day (for "to" bounds).
    Partial dates ("2020", "2020-08") are accepted.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime(value.year, value.month, value.day)
        if end:
            moment += dt.timedelta(days=1, microseconds=-1)
        return moment
    else:
        text = value.strip()
        try:
            if len(text) == 4 and text.isdigit():
                start = dt.datetime(int(text), 1, 1)
                return (
                    dt.datetime(int(text) + 1, 1, 1) - dt.timedelta(microseconds=1)
                    if end
                    else start
                )
            if len(text) == 7 and text[4] == "-":
                year, month = int(text[:4]), int(text[5:])
                start = dt.datetime(year, month, 1)
                if not end:
                    return start
                nxt = dt.datetime(year + month // 12, month % 12 + 1, 1)
                return nxt - dt.timedelta(microseconds=1)
            moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
        if end and len(text) == 10:
            moment += dt.timedelta(days=1, microseconds=-1)
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def is_quoted(text: str) -> bool:
    """True if the whole query is one quoted phrase ("exact mode")."""
    t = text.strip()
    return len(t) >= 2 and t[0] == '"' and t[-1] == '"' and t.count('"') == 2


_LAST_WORD = re.compile(r"(?<![\w:~*\"])(\w{2,})$")


def _prefix_last_word(text: str) -> str:
    if text.count('"') % 2:  # inside an unfinished phrase: leave it alone
        return text
    match = _LAST_WORD.search(text)
    if match is None:
        return text
    word = match.group(1)
    return f"{text[: match.start()]}({word} OR {word}*)"


class QueryBuilder:
    """Parses query strings for one schema and variant table."""

    def __init__(self, schema: Any, variants: VariantTable) -> None:
        self.schema = schema
        self.variants = variants
        self._parsers = {
            exact: self._parser(STEM_FIELDS if exact else (*STEM_FIELDS, "fold"))
            for exact in (False, True)
        }

    def _parser(self, fields: Sequence[str]) -> MultifieldParser:
        parser = MultifieldParser(
            list(fields), self.schema, fieldboosts={f: FIELD_BOOSTS[f] for f in fields}
        )
        parser.add_plugin(FuzzyTermPlugin())
        return parser

    def parse(self, text: str, *, exact: bool = False, as_you_type: bool = False) -> Any:
        """The Whoosh query for ``text`` (an empty query for blank text).

        ``as_you_type``: the last word may be unfinished, so it also matches as a prefix
        (``Лукаш`` → ``(Лукаш OR Лукаш*)``), keeping variant matching for complete words.
        """
        if not text.strip():
            return wq.NullQuery
        exact = exact or is_quoted(text)
        if as_you_type:
            text = _prefix_last_word(text)
        q = self._parsers[exact].parse(text)
        return self._rewrite(q).normalize()

    def _rewrite(self, q: Any) -> Any:
        if not q.is_leaf():
            return q.apply(self._rewrite)
        field = getattr(q, "fieldname", None)
        if isinstance(q, FuzzyTerm):
            if field == "fold":
                return wq.NullQuery  # fuzzy over keys of other words is noise
            q.prefixlength = max(q.prefixlength, FUZZY_PREFIX)
            return q
        if field != "fold":
            return q
        if isinstance(q, wq.Phrase | wq.Wildcard | wq.Regex):
            return wq.NullQuery  # phrases are exact; patterns are not keys
        if isinstance(q, wq.Prefix):
            key = variant_key(normalize_word(q.text), strip=False)
            return wq.Prefix("fold", key, boost=q.boost) if len(key) >= 2 else wq.NullQuery
        if isinstance(q, wq.Term):
            keys = self.variants.expand(q.text)
            if len(keys) > 1:
                return wq.Or([wq.Term("fold", k, boost=q.boost) for k in sorted(keys)])
            if len(q.text) < MIN_FOLD_KEY:
                return wq.NullQuery
        return q

    def filter_query(self, filters: SearchFilters | None) -> Any | None:
        """The Whoosh filter for ``filters`` (None if nothing is restricted)."""
        if filters is None:
            return None
        parts: list[Any] = []
        for field, value in (
            ("type", filters.type),
            ("language", filters.language),
            ("collection", filters.collection),
            ("tags", filters.tag),
        ):
            if value is None:
                continue
            values = [value] if isinstance(value, str) else list(value)
            parts.append(wq.Or([wq.Term(field, v) for v in values]))
        start = parse_date(filters.date_from)
        end = parse_date(filters.date_to, end=True)
        if start is not None or end is not None:
            parts.append(wq.DateRange("date", start, end))
        if filters.has_attachments is not None:
            parts.append(wq.Term("has_attachments", filters.has_attachments))
        if not parts:
            return None
        return wq.And(parts)
