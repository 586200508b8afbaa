"""Which calls of the bundle path let other threads run? (docs/FORMAT.md §2.9)

Usage: ``python bench/exchange/gil_facts.py [--mib 128] [--reps 3]``

For each pair (A, B) it times A alone, B alone, and A and B on two threads at once. If the
pair overlaps, "together" is close to the larger of the two; if one of them keeps the GIL,
"together" is close to their sum or worse. The machine's load average is printed with each
line, since a busy machine blurs both.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import threading
import time
from collections.abc import Callable

import pyrage
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class _Null:
    def write(self, data: bytes) -> int:
        return len(data)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mib", type=int, default=128)
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()
    size = args.mib * 1024 * 1024
    plain = os.urandom(size)
    identity = pyrage.x25519.Identity.generate()
    recipient = identity.to_public()
    sealed = io.BytesIO()
    pyrage.encrypt_io(io.BytesIO(plain), sealed, [recipient])
    cipher = sealed.getvalue()
    piece = plain[: 1024 * 1024]
    aead = AESGCM(os.urandom(32))
    chunk = plain[: 64 * 1024]

    def decrypt_io() -> None:
        pyrage.decrypt_io(io.BytesIO(cipher), _Null(), [identity])

    def encrypt_io() -> None:
        pyrage.encrypt_io(io.BytesIO(plain), _Null(), [recipient])

    def sha256_1mib_pieces() -> None:
        digest = hashlib.sha256()
        for _ in range(size // len(piece)):
            digest.update(piece)

    def aesgcm_64kib_chunks() -> None:
        for i in range(size // len(chunk)):
            aead.encrypt(i.to_bytes(12, "big"), chunk, b"")

    def python_loop() -> None:
        total = 0
        for i in range(size // 32):
            total ^= i

    def alone(fn: Callable[[], None]) -> float:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start

    def together(a: Callable[[], None], b: Callable[[], None]) -> float:
        start = time.perf_counter()
        other = threading.Thread(target=b)
        other.start()
        a()
        other.join()
        return time.perf_counter() - start

    pairs = [
        ("decrypt_io", decrypt_io, "python loop", python_loop),
        ("encrypt_io", encrypt_io, "python loop", python_loop),
        ("decrypt_io", decrypt_io, "sha256 1 MiB pieces", sha256_1mib_pieces),
        ("encrypt_io", encrypt_io, "sha256 1 MiB pieces", sha256_1mib_pieces),
        ("aesgcm 64 KiB", aesgcm_64kib_chunks, "python loop", python_loop),
    ]
    print(f"{args.mib} MiB; seconds: A alone, B alone, A+B on two threads")
    for _ in range(args.reps):
        for name_a, a, name_b, b in pairs:
            load = os.getloadavg()[0]
            ta, tb, both = alone(a), alone(b), together(a, b)
            verdict = "overlap" if both < 0.8 * (ta + tb) else "no overlap"
            print(
                f"{name_a:14} + {name_b:20} {ta:5.2f} {tb:5.2f} {both:5.2f}  "
                f"(sum {ta + tb:5.2f}, max {max(ta, tb):5.2f}) {verdict:10} load {load:.1f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
