"""The merge policy of a Letapis index: segments merged in tiers, a bounded count.

A rebuild commits a batch at a time (bounded temporary disk, resumable), and every batch
adds a segment per writer process. Searching cost grows with the segment count, and
merging everything at every commit (or ``optimize``) rewrites the whole index each time.
Tiers keep both bounded: segments of similar size are merged once ``fanout`` of them exist,
so a document is rewritten about log_fanout(documents / base) times and an index holds at
most about ``fanout`` segments per tier. With two writer processes, Whoosh runs the policy
in the parent while the workers still index the batch, so the merge uses the other core.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

MergePolicy = Callable[[Any, list[Any]], list[Any]]


def tier_of(documents: int, base: int, fanout: int) -> int:
    """The tier of a segment: 0 below ``base * fanout`` documents, then one per factor."""
    return int(math.log(max(documents, base) / base, fanout))


def tiered(fanout: int = 8, base: int = 500, max_docs: int = 10_000) -> MergePolicy:
    """A Whoosh ``mergetype``: merge the segments of the lowest tier holding ``fanout``,
    the smallest first, into one of at most ``max_docs`` documents.

    The cap bounds what a merge needs at once: Whoosh merges through a posting pool whose
    sealed runs took 1.56 GB of temporary disk (and the parent ~330 MB) for a 20,000-
    document merge beside a batch being indexed (bench/search/RESULTS.md).
    """
    if fanout < 2 or base < 1 or max_docs < 2:
        raise ValueError("fanout and max_docs must be at least 2, base at least 1")

    def policy(writer: Any, segments: list[Any]) -> list[Any]:
        from whoosh.reading import SegmentReader

        tiers: dict[int, list[Any]] = {}
        for seg in segments:
            tiers.setdefault(tier_of(seg.doc_count_all(), base, fanout), []).append(seg)
        for tier in sorted(tiers):
            if len(tiers[tier]) < fanout:
                continue
            # A one-process writer merges into the segment of its own new documents.
            own = 0 if getattr(writer, "multisegment", False) else getattr(writer, "docnum", 0)
            group: list[Any] = []
            total = own
            for seg in sorted(tiers[tier], key=lambda s: s.doc_count_all()):
                if group and total + seg.doc_count_all() > max_docs:
                    break
                group.append(seg)
                total += seg.doc_count_all()
            if len(group) >= (1 if own else 2):
                for seg in group:
                    reader = SegmentReader(writer.storage, writer.schema, seg)
                    writer.add_reader(reader)
                    reader.close()
                merged = {id(s) for s in group}
                return [s for s in segments if id(s) not in merged]
        return segments

    return policy
