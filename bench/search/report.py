"""Render bench/search/results-*.json as Markdown tables (for RESULTS.md).

Usage: python bench/search/report.py bench/search/results-10000.json [...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

CLASSES = ("common", "rare", "two terms", "phrase", "fuzzy", "name with variants")


def render(result: dict[str, Any]) -> str:
    lines = [f"### {result['docs']:,} documents", ""]
    lines += [
        "| build | docs/s | seconds | index MB | peak RSS main MB | peak RSS worker MB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for key, b in result.items():
        if key.startswith("build "):
            lines.append(
                f"| {key[6:]} | {b['docs_per_s']:.1f} | {b['seconds']:.0f} | {b['size_mb']:.0f}"
                f" | {b['rss_self_mb']:.0f} | {b['rss_children_mb']:.0f} |"
            )
    fts = result.get("fts5", {})
    if fts:
        lines.append(
            f"| SQLite FTS5 (unicode61) | {fts['docs_per_s']:.0f} | – | {fts['size_mb']:.0f}"
            " | – | – |"
        )
    lines += [
        "",
        "Query latency with snippets for the top 10, milliseconds (p50 / p95), and mean hits:",
        "",
        "| class | sealed | plain FileStorage | FTS5 | hits sealed | hits FTS5 |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for cls in (*CLASSES, "common + facets"):
        cells = []
        for kind in ("query sealed", "query plain", "fts5"):
            m = result.get(kind, {}).get(cls)
            cells.append(f"{m['p50_ms']:.1f} / {m['p95_ms']:.1f}" if m else "–")
        hits_s = result["query sealed"].get(cls, {}).get("mean_hits")
        hits_f = fts.get(cls, {}).get("mean_hits")
        lines.append(
            f"| {cls} | {' | '.join(cells)} | "
            f"{'' if hits_s is None else f'{hits_s:.0f}'} | "
            f"{'' if hits_f is None else f'{hits_f:.0f}'} |"
        )
    lines += [
        "",
        "Queries: " + "; ".join(f"{k}: {', '.join(v)}" for k, v in result["queries"].items()),
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(render(json.loads(Path(name).read_text("utf-8"))))
        print()
