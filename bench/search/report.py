"""Render bench/search/results-*.json as Markdown tables (for RESULTS.md).

Usage: python bench/search/report.py bench/search/results-10000.json [...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

CLASSES = (
    "common",
    "rare",
    "two terms",
    "phrase",
    "fuzzy",
    "name with variants",
    "as you type",
    "common + facets",
    "common + date sort",
    "common, page 5",
)


def _load(values: Any) -> str:
    if not values:
        return "–"
    return "–".join(f"{v:.1f}" for v in values[:2]) if isinstance(values, list) else str(values)


def render(result: dict[str, Any]) -> str:
    lines = [f"### {result['docs']:,} documents", ""]
    if "started" in result:
        lines += [
            f"Run started {result['started']}; load average (1, 5, 15 min) at start "
            f"{', '.join(f'{v:.1f}' for v in result['load_at_start'])}, at end "
            f"{', '.join(f'{v:.1f}' for v in result.get('load_at_end', []))}.",
            "",
        ]
    lines += [
        "| build | docs/s | seconds | index MB | segments | peak RSS, all processes MB "
        "| peak temp MB | load before → after |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for key, b in result.items():
        if key.startswith("build "):
            rss = b.get("rss_tree_peak_mb", b["rss_self_mb"] + b["rss_children_mb"])
            load = (
                f"{b['load_before'][0]:.1f} → {b['load_after'][0]:.1f}"
                if "load_before" in b
                else "–"
            )
            lines.append(
                f"| {key[6:]} | {b['docs_per_s']:.1f} | {b['seconds']:.0f} | {b['size_mb']:.0f}"
                f" | {b.get('segments', '–')} | {rss:.0f} | {b.get('temp_peak_mb', 0):.0f}"
                f" | {load} |"
            )
    fts = result.get("fts5", {})
    if fts:
        lines.append(
            f"| SQLite FTS5 (unicode61) | {fts['docs_per_s']:.0f} | – | {fts['size_mb']:.0f}"
            " | – | – | – | – |"
        )
    ratios = result.get("ratio sealed/plain", {})
    lines += [
        "",
        "Query latency with snippets for the top 10, milliseconds (p50 / p95), mean hits,"
        " sealed/plain time ratio (p50, p95, and total time of all samples) and the load"
        " average while the class ran:",
        "",
        "| class | sealed | plain FileStorage | ratio p50 / p95 / all | FTS5 | hits sealed "
        "| hits FTS5 | load |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for cls in CLASSES:
        cells = []
        for kind in ("query sealed", "query plain"):
            m = result.get(kind, {}).get(cls)
            cells.append(f"{m['p50_ms']:.1f} / {m['p95_ms']:.1f}" if m else "–")
        r = ratios.get(cls)
        cells.append(f"{r['p50']:.2f} / {r['p95']:.2f} / {r['sum']:.2f}" if r else "–")
        m = fts.get(cls)
        cells.append(f"{m['p50_ms']:.1f} / {m['p95_ms']:.1f}" if m else "–")
        sealed = result.get("query sealed", {}).get(cls, {})
        hits_s = sealed.get("mean_hits")
        hits_f = fts.get(cls, {}).get("mean_hits")
        lines.append(
            f"| {cls} | {' | '.join(cells)} | "
            f"{'' if hits_s is None else f'{hits_s:.0f}'} | "
            f"{'' if hits_f is None else f'{hits_f:.0f}'} | {_load(sealed.get('load'))} |"
        )
    warmed = {
        k: v["warm() seconds"]
        for k, v in result.items()
        if isinstance(v, dict) and "warm() seconds" in v
    }
    if warmed:
        lines += [
            "",
            "Read ahead after opening (`SearchIndex.warm()`, as the window does): "
            + ", ".join(f"{k.removeprefix('query ')} {v:.2f} s" for k, v in warmed.items())
            + ".",
        ]
    lines += [
        "",
        "Queries: " + "; ".join(f"{k}: {', '.join(v)}" for k, v in result["queries"].items()),
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(render(json.loads(Path(name).read_text("utf-8"))))
        print()
