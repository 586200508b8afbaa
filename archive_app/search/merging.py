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


def tiered(fanout: int = 8, base: int = 500) -> MergePolicy:
    """A Whoosh ``mergetype``: merge the segments of the lowest tier holding ``fanout``."""
    if fanout < 2 or base < 1:
        raise ValueError("fanout must be at least 2 and base at least 1")

    def policy(writer: Any, segments: list[Any]) -> list[Any]:
        from whoosh.reading import SegmentReader

        tiers: dict[int, list[Any]] = {}
        for seg in segments:
            tiers.setdefault(tier_of(seg.doc_count_all(), base, fanout), []).append(seg)
        for tier in sorted(tiers):
            group = tiers[tier]
            if len(group) >= fanout:
                for seg in group:
                    reader = SegmentReader(writer.storage, writer.schema, seg)
                    writer.add_reader(reader)
                    reader.close()
                merged = {id(s) for s in group}
                return [s for s in segments if id(s) not in merged]
        return segments

    return policy
