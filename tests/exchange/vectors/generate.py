"""Generate the bundle format vectors in tests/exchange/vectors/bundle/ (never edit by hand).

Run from the repository root: ``.venv/bin/python -m tests.exchange.vectors.generate``.

Each file: ``key: value`` header lines, one empty line, then the bundle bytes. Keys:
``expect`` (``accept``, or the failure class and reason: ``refuse <reason>``,
``damaged <reason>``, ``unsupported <reason>``), ``receiver`` (the receiving identity's secret,
canonical JSON), ``sender-card`` (hex of the sender's card), ``contact`` (``verified`` or
``none``: whether the receiver holds the sender's card), ``comment``.
Old vectors are never changed: a new format version adds new files.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pyrage

from archive_app.exchange.identity import Identity
from archive_app.exchange.manifest import MemberEntry, sign_manifest
from tests.exchange.helpers import signed_head, tar_close, tar_member

OUT = Path(__file__).parent / "bundle"


def encrypt(plain: bytes, *to: Identity) -> bytes:
    out = io.BytesIO()
    pyrage.encrypt_io(
        io.BytesIO(plain), out, [pyrage.x25519.Recipient.from_str(i.age_recipient) for i in to]
    )
    return out.getvalue()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    alice, bob, eve = (Identity.generate(n) for n in ("Alesia", "Bahdan", "Eve"))
    data = "Сведчанне: evidence bytes\n".encode()
    sha = hashlib.sha256(data).hexdigest()
    entry = MemberEntry(f"files/{sha}", len(data), sha)
    both = [alice.fingerprint, bob.fingerprint]
    _, head = signed_head(alice, both, [entry])
    good_plain = tar_close(head + tar_member(entry.name, data))
    vectors: dict[str, tuple[str, bytes, str, str]] = {}

    def add(name: str, expect: str, bundle: bytes, comment: str, contact: str = "verified") -> None:
        vectors[name] = (expect, bundle, comment, contact)

    add("valid", "accept", encrypt(good_plain, alice, bob), "a minimal valid bundle")
    _, old = signed_head(alice, both, [entry], tweak={"created": "1970-01-01T00:00:00Z"})
    add(
        "valid_clock_1970",
        "accept",
        encrypt(tar_close(old + tar_member(entry.name, data)), bob),
        "creation time is informational",
    )
    add(
        "unknown_signer",
        "refuse unknown-signer",
        encrypt(good_plain, bob),
        "the receiver does not hold the sender's card",
        contact="none",
    )
    _, other = signed_head(alice, [alice.fingerprint, eve.fingerprint], [entry])
    add(
        "not_for_you",
        "refuse not-for-you",
        encrypt(tar_close(other + tar_member(entry.name, data)), bob),
        "re-encrypted by a co-recipient to someone the sender did not name",
    )
    manifest, _ = signed_head(alice, both, [entry])
    sig = bytearray(sign_manifest(alice, manifest))
    sig[50] ^= 1
    corrupt = tar_member("manifest.json", manifest) + tar_member("manifest.sig", bytes(sig))
    add(
        "signature_corrupt",
        "refuse sig-invalid",
        encrypt(tar_close(corrupt + tar_member(entry.name, data)), bob),
        "one signature bit",
    )
    forged = tar_member("manifest.json", manifest) + tar_member(
        "manifest.sig", sign_manifest(eve, manifest)
    )
    add(
        "signature_other_key",
        "refuse sig-sender",
        encrypt(tar_close(forged + tar_member(entry.name, data)), bob),
        "a valid signature by a key other than the named sender's",
    )
    add(
        "member_hash",
        "refuse member-hash",
        encrypt(tar_close(head + tar_member(entry.name, data[:-1] + b"!")), bob),
        "member bytes differ from the signed hash",
    )
    add(
        "member_missing",
        "refuse member-missing",
        encrypt(tar_close(head), bob),
        "a listed member is absent",
    )
    add(
        "trailing_data",
        "refuse tar-trailing",
        encrypt(good_plain + b"\x01", bob),
        "bytes after the tar end",
    )
    add(
        "tar_truncated",
        "refuse tar-truncated",
        encrypt(good_plain[:-10240], bob),
        "the tar stream stops before its end marker",
    )
    add(
        "non_tar",
        "refuse tar-numeric",
        encrypt(b"%PDF-1.4\n" * 500, bob),
        "age-valid, but not a tar stream",
    )
    _, v2 = signed_head(alice, both, [entry], tweak={"version": 2})
    add(
        "manifest_version_2",
        "refuse version",
        encrypt(tar_close(v2 + tar_member(entry.name, data)), bob),
        "a future format",
    )
    full = encrypt(good_plain, bob)
    add("age_truncated", "damaged age-payload", full[:-20], "the age stream is cut")
    add("age_no_match", "refuse age-no-match", encrypt(good_plain, eve), "not addressed to us")
    add(
        "not_age", "unsupported age-unsupported", b"PK\x03\x04not an age file", "a zip file renamed"
    )
    add(
        "age_scrypt",
        "unsupported age-unsupported",
        b"age-encryption.org/v1\n-> scrypt AAAAAAAAAAAAAAAAAAAAAA 40\n"
        + b"A" * 43
        + b"\n--- "
        + b"A" * 43
        + b"\n"
        + bytes(64),
        "a passphrase bundle (work factor 40)",
    )
    for old_file in OUT.iterdir():
        old_file.unlink()
    for name, (expect, bundle, comment, contact) in sorted(vectors.items()):
        header = (
            f"expect: {expect}\n"
            f"receiver: {bob.to_secret_bytes().decode()}\n"
            f"sender-card: {alice.card().to_bytes().hex()}\n"
            f"contact: {contact}\n"
            f"comment: {comment}\n\n"
        )
        (OUT / name).write_bytes(header.encode() + bundle)


if __name__ == "__main__":
    main()
