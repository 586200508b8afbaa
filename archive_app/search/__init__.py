"""Full-text search over the vault: multilingual analysis, an encrypted Whoosh index.

The facade uses :class:`SearchIndex` (``catch_up``, ``rebuild``, ``search``,
``more_like_this``, ``suggest``) with a :class:`RecordStore` of :class:`IndexableDoc`.
Nothing here imports Qt, and nothing is logged about document content.
"""

from archive_app.search.index import (
    IndexReport,
    SearchHit,
    SearchIndex,
    SearchResults,
    build_schema,
)
from archive_app.search.protocol import IndexableDoc, RecordStore
from archive_app.search.query import SearchFilters
from archive_app.search.snippets import Snippet
from archive_app.search.storage import EncryptedStorage
from archive_app.search.variants import VariantTable, load_groups, parse_groups

__all__ = [
    "EncryptedStorage",
    "IndexReport",
    "IndexableDoc",
    "RecordStore",
    "SearchFilters",
    "SearchHit",
    "SearchIndex",
    "SearchResults",
    "Snippet",
    "VariantTable",
    "build_schema",
    "load_groups",
    "parse_groups",
]
