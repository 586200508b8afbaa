"""Hypothesis strategies that damage real inputs, and the shared fuzz settings.

``LETAPIS_FUZZ_EXAMPLES`` multiplies nothing: it *sets* the example count of every fuzz test
(the default suite uses each test's modest count). A long run::

    LETAPIS_FUZZ_EXAMPLES=20000 pytest tests/fuzz -p no:randomly

``LETAPIS_FUZZ_DEADLINE_S`` (default: none) makes an example slower than that many seconds a
finding (a hang), and ``LETAPIS_FUZZ_COUNTS`` names a file where tests that run Hypothesis
inside themselves (the extractor test) append their example counts. bench/fuzz/long_run.sh
uses both for the hour-long run.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

F = TypeVar("F", bound=Callable[..., Any])
REGRESSIONS = Path(__file__).resolve().parents[1] / "regressions"
_LONG = os.environ.get("LETAPIS_FUZZ_EXAMPLES")
_DEADLINE = os.environ.get("LETAPIS_FUZZ_DEADLINE_S")


def fuzz_settings(examples: int) -> Callable[[F], F]:
    """Settings for one fuzz test: ``examples`` by default, the env value in long mode."""
    return settings(  # type: ignore[return-value]
        max_examples=int(_LONG) if _LONG else examples,
        deadline=timedelta(seconds=float(_DEADLINE)) if _DEADLINE else None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        derandomize=not _LONG,
    )


_INTERESTING = [0, 1, 0x7F, 0x80, 0xFF, ord("0"), ord("9"), ord('"'), ord("{"), ord("\n")]


@st.composite
def mutated(draw: st.DrawFn, seed: bytes, max_ops: int = 6) -> bytes:
    """``seed`` with a few bit flips, cuts, insertions, deletions and duplications."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, max_ops))):
        if not data:
            data = bytearray(draw(st.binary(max_size=64)))
            continue
        op = draw(st.sampled_from(["flip", "cut", "insert", "delete", "dup", "set"]))
        i = draw(st.integers(0, len(data) - 1))
        if op == "flip":
            data[i] ^= 1 << draw(st.integers(0, 7))
        elif op == "cut":
            del data[i:]
        elif op == "insert":
            data[i:i] = draw(st.binary(min_size=1, max_size=64))
        elif op == "delete":
            del data[i : i + draw(st.integers(1, 4096))]
        elif op == "dup":
            j = draw(st.integers(0, len(data) - 1))
            data[i:i] = data[j : j + draw(st.integers(1, 4096))]
        else:
            data[i] = draw(st.sampled_from(_INTERESTING))
    return bytes(data)


_WILD = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.sampled_from([0, -1, 2**31, 2**63, 10**30])
    | st.floats(allow_nan=True)
    | st.text(max_size=40)
    | st.lists(st.integers(), max_size=3)
    | st.dictionaries(st.text(max_size=5), st.integers(), max_size=3)
)


@st.composite
def json_mutated(draw: st.DrawFn, value: Any, max_ops: int = 3) -> Any:
    """A copy of a JSON value with a few leaves replaced, removed or added."""
    value = json.loads(json.dumps(value))
    for _ in range(draw(st.integers(1, max_ops))):
        path: list[Any] = []
        node = value
        while isinstance(node, (dict, list)) and node and draw(st.booleans()):
            key = draw(
                st.sampled_from(sorted(node) if isinstance(node, dict) else range(len(node)))
            )
            path.append(key)
            node = node[key]
        if not path:
            if isinstance(value, dict):
                value[draw(st.text(max_size=8))] = draw(_WILD)
            continue
        parent = value
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "remove"]))
        if action == "remove" and isinstance(parent, dict):
            del parent[path[-1]]
        elif action == "remove" and isinstance(parent, list):
            parent.pop(path[-1])
        else:
            parent[path[-1]] = draw(_WILD)
    return value


def record_examples(target: str, count: int) -> None:
    """Append ``count`` examples run by ``target`` to the ``LETAPIS_FUZZ_COUNTS`` file."""
    path = os.environ.get("LETAPIS_FUZZ_COUNTS")
    if path:
        with open(path, "a", encoding="utf-8") as out:
            out.write(f"LETAPIS_FUZZ_COUNT {target} {count}\n")


def regression_inputs(prefix: str) -> list[Path]:
    """Inputs kept under tests/regressions/ whose names start with ``prefix``."""
    if not REGRESSIONS.is_dir():
        return []
    return sorted(p for p in REGRESSIONS.iterdir() if p.name.startswith(prefix))
