"""The decryption helper: ``python -m archive_app.exchange.age_worker`` (child side).

Why a second process: pyrage keeps the GIL while it decrypts (measured: decrypting and hashing
on two threads took as long as one after the other), so in one process decryption, SHA-256 and
the tar checks add up. In a helper, pyrage runs on one core while the parent parses and hashes
on the other. The plaintext travels through an anonymous pipe (memory only, never a file).

Protocol: the parent writes one JSON line on stdin — ``{"identity": "AGE-SECRET-KEY-1…",
"volumes": [paths]}`` — and closes it. The helper runs :func:`age_layer.decrypt` (our own
header checks included) over the volumes and writes the plaintext to stdout. On failure it
writes one JSON line ``{"error": CLASS, "detail": TEXT}`` on stderr and exits with 3. The
parent trusts nothing until the helper exited 0 *and* its own checks passed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ERRORS = (
    "AgeHeaderError",
    "AgeArmorError",
    "AgeMacError",
    "AgePayloadError",
    "AgeNoMatch",
    "AgeUnsupported",
    "OSError",
)


def main() -> int:
    """Run one decryption; return the exit code."""
    try:
        from archive_app.process import harden_process

        harden_process()  # it holds a secret key and plaintext: no core dumps
    except ImportError:  # pragma: no cover - the lead's module is optional here
        pass
    import pyrage

    from archive_app.exchange import age_layer
    from archive_app.exchange.errors import AgeError, AgeNoMatch, AgeUnsupported
    from archive_app.exchange.volumes import VolumeReader

    request = json.loads(sys.stdin.buffer.readline(1 << 20))
    identity = pyrage.x25519.Identity.from_str(request["identity"])
    del request["identity"]
    reader = VolumeReader([Path(p) for p in request["volumes"]])
    out = sys.stdout.buffer
    try:
        age_layer.decrypt(reader, out, [identity])
        out.flush()
    except BrokenPipeError:
        return 4  # the parent stopped reading: it has refused the bundle already
    except (AgeError, AgeNoMatch, AgeUnsupported) as exc:
        detail = getattr(exc, "detail", "")
        sys.stderr.write(json.dumps({"error": type(exc).__name__, "detail": detail}) + "\n")
        return 3
    except OSError:
        sys.stderr.write(json.dumps({"error": "OSError", "detail": ""}) + "\n")
        return 3
    finally:
        reader.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
