"""Generate the format test vectors under tests/vectors/ (never edit them by hand).

Each vector is one file: ``key: value`` header lines, a blank line, then the raw bytes of a
``vault.json`` (vault/) or a sealed file (sealed/). Headers:

- ``expect``: success | no match | header failure | mac failure   (vault/)
              success | header failure | truncated | chunk failure  (sealed/)
- ``comment``: what the case is (the HOSTILE_CASES.md id first)
- ``passphrase`` (vault/): the secret to try, UTF-8
- ``master key`` (vault/, success only): hex of the key that must come out
- ``key``, ``aad`` (sealed/): hex role key and the associated data
- ``payload`` (sealed/, success only): hex SHA-256 of the plaintext

Run ``python tests/vectors/generate.py`` from the repository root.
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parents[1]))

from archive_app.crypto import keys  # noqa: E402
from archive_app.crypto.keys import KdfParams, VaultHeader  # noqa: E402
from archive_app.crypto.sealed_file import CHUNK_SIZE, HEADER_SIZE, SealedFileWriter  # noqa: E402

PARAMS = KdfParams(memory_kib=1024, iterations=1, lanes=1)
PASSPHRASE = "Жыве Беларусь! é"  # holds a precomposed é: NFD differs from NFC
MASTER = bytes.fromhex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")
VAULT_ID = bytes.fromhex("a1a2a3a4a5a6a7a8a9aaabacadaeafb0")


def write(folder: Path, name: str, headers: dict[str, str], body: bytes) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    head = "".join(f"{k}: {v}\n" for k, v in headers.items())
    (folder / name).write_bytes(head.encode("utf-8") + b"\n" + body)


def vault_vectors(out: Path) -> None:
    slot = keys.make_slot(
        "passphrase", keys.passphrase_secret(PASSPHRASE), MASTER, VAULT_ID, PARAMS
    )
    good = VaultHeader.create(VAULT_ID, [slot], MASTER)
    good_json = good.to_json()
    obj = json.loads(good_json)

    def v(name: str, expect: str, comment: str, body: bytes, passphrase: str = PASSPHRASE) -> None:
        headers = {"expect": expect, "comment": comment, "passphrase": passphrase}
        if expect == "success":
            headers["master key"] = MASTER.hex()
        write(out, name, headers, body)

    def mutated(change: object) -> bytes:
        value = json.loads(good_json)
        change(value)  # type: ignore[operator]
        return json.dumps(value, indent=2).encode()

    v("a1_right_passphrase_nfc", "success", "A1 the right passphrase (NFC)", good_json)
    v(
        "a1_right_passphrase_nfd",
        "success",
        "A1 the right passphrase typed in NFD opens too",
        good_json,
        unicodedata.normalize("NFD", PASSPHRASE),
    )
    v("a1_wrong_passphrase", "no match", "A1 a wrong passphrase", good_json, "Жыве Беларусь!")
    v("a1_empty_passphrase", "no match", "A1 an empty passphrase", good_json, "")

    def flip_b64(value: str) -> str:
        raw = bytearray(base64.b64decode(value))
        raw[len(raw) // 2] ^= 0x01
        return base64.b64encode(bytes(raw)).decode()

    def flip_hex(value: str) -> str:
        return ("1" if value[0] != "1" else "2") + value[1:]

    slot0 = obj["slots"][0]
    v(
        "a2_flip_vault_id",
        "no match",
        "A2 vault id changed: the slot's associated data no longer matches",
        mutated(lambda o: o.__setitem__("vault_id", flip_hex(o["vault_id"]))),
    )
    v(
        "a2_flip_slot_id",
        "no match",
        "A2 slot id changed",
        mutated(lambda o: o["slots"][0].__setitem__("id", flip_hex(slot0["id"]))),
    )
    v(
        "a2_flip_salt",
        "no match",
        "A2 KDF salt changed",
        mutated(lambda o: o["slots"][0]["kdf"].__setitem__("salt", flip_b64(slot0["kdf"]["salt"]))),
    )
    v(
        "a2_flip_wrapped_key",
        "no match",
        "A2 wrapped key changed",
        mutated(lambda o: o["slots"][0].__setitem__("wrapped_key", flip_b64(slot0["wrapped_key"]))),
    )
    v(
        "a2_flip_mac",
        "mac failure",
        "A2 header MAC changed",
        mutated(lambda o: o.__setitem__("mac", flip_b64(o["mac"]))),
    )
    v(
        "a2_kind_changed",
        "header failure",
        "A2 slot kind changed: no passphrase slot left",
        mutated(lambda o: o["slots"][0].__setitem__("kind", "recovery")),
    )
    v(
        "a2_format_changed",
        "header failure",
        "A2 format name changed",
        mutated(lambda o: o.__setitem__("format", "letapis-vaulT")),
    )
    v(
        "a2_version_changed",
        "header failure",
        "A2 version 2 is not version 1",
        mutated(lambda o: o.__setitem__("version", 2)),
    )
    v(
        "a2_version_float",
        "header failure",
        "A2 version as a float",
        good_json.replace(b'"version": 1', b'"version": 1.0'),
    )
    v(
        "a2_not_json",
        "header failure",
        "A2 a byte flipped into invalid JSON",
        good_json.replace(b'"format"', b"format", 1),
    )
    v(
        "a2_truncated",
        "header failure",
        "A2 vault.json cut in half",
        good_json[: len(good_json) // 2],
    )
    v("a2_empty", "header failure", "A2 an empty vault.json", b"")
    v(
        "a2_wrapped_key_short",
        "header failure",
        "A2 wrapped key of the wrong length",
        mutated(
            lambda o: o["slots"][0].__setitem__("wrapped_key", base64.b64encode(b"x" * 59).decode())
        ),
    )
    v(
        "a2_bad_base64",
        "header failure",
        "A2 wrapped key is not base64",
        mutated(
            lambda o: o["slots"][0].__setitem__("wrapped_key", "!!" + slot0["wrapped_key"][2:])
        ),
    )
    v(
        "a3_huge_memory",
        "header failure",
        "A3 memory of 1 TiB is refused before deriving",
        mutated(lambda o: o["slots"][0]["kdf"].__setitem__("memory_kib", 1 << 30)),
    )
    v(
        "a3_huge_iterations",
        "header failure",
        "A3 a million passes are refused before deriving",
        mutated(lambda o: o["slots"][0]["kdf"].__setitem__("iterations", 1_000_000)),
    )
    v(
        "a3_many_lanes",
        "header failure",
        "A3 lanes above the bound",
        mutated(lambda o: o["slots"][0]["kdf"].__setitem__("lanes", 255)),
    )
    v(
        "a3_zero_lanes",
        "header failure",
        "A3 zero lanes",
        mutated(lambda o: o["slots"][0]["kdf"].__setitem__("lanes", 0)),
    )
    v(
        "a3_memory_as_string",
        "header failure",
        "A3 memory given as a string",
        mutated(lambda o: o["slots"][0]["kdf"].__setitem__("memory_kib", "1024")),
    )
    v(
        "a3_many_slots",
        "header failure",
        "A3 more key slots than allowed",
        mutated(
            lambda o: o.__setitem__(
                "slots", [slot0] + [dict(slot0, kind="recovery", id=f"{i:016x}") for i in range(9)]
            )
        ),
    )
    v(
        "a3_huge_file",
        "header failure",
        "A3 a header over 64 KiB",
        mutated(lambda o: o.__setitem__("padding", "x" * 70_000)),
    )
    v(
        "a4_memory_lowered",
        "no match",
        "A4 KDF memory lowered: the slot no longer unwraps",
        mutated(lambda o: o["slots"][0]["kdf"].__setitem__("memory_kib", 512)),
    )
    v(
        "a4_iterations_raised",
        "no match",
        "A4 KDF passes changed",
        mutated(lambda o: o["slots"][0]["kdf"].__setitem__("iterations", 2)),
    )
    other_master = bytes(32)
    other = keys.make_slot(
        "passphrase", keys.passphrase_secret(PASSPHRASE), other_master, VAULT_ID, PARAMS
    )
    v(
        "a4_wrapped_key_replaced",
        "mac failure",
        "A4 the slot replaced by one wrapping another master key under the same passphrase",
        mutated(lambda o: o["slots"].__setitem__(0, other.to_json())),
    )
    v(
        "a4_field_added",
        "mac failure",
        "A4 an unknown field added: covered by the MAC",
        mutated(lambda o: o.__setitem__("note", "added")),
    )
    recovery = keys.make_slot("recovery", b"r" * 20, MASTER, VAULT_ID, PARAMS)
    v(
        "a4_slot_added",
        "mac failure",
        "A4 a recovery slot added without the MAC",
        mutated(lambda o: o["slots"].append(recovery.to_json())),
    )


def sealed_vectors(out: Path) -> None:
    key = bytes(range(32))
    aad = "letapis/blob/vector"
    data = bytes((i * 7 + 3) % 251 for i in range(2 * CHUNK_SIZE + 1000))
    tmp = out / "_tmp"
    tmp.parent.mkdir(parents=True, exist_ok=True)

    def sealed(plain: bytes, aad_text: str = aad) -> bytes:
        with SealedFileWriter(tmp, key, aad_text.encode()) as writer:
            writer.write(plain)
        raw = tmp.read_bytes()
        tmp.unlink()
        return raw

    def s(
        name: str,
        expect: str,
        comment: str,
        body: bytes,
        plain: bytes | None = None,
        aad_text: str = aad,
    ) -> None:
        headers = {"expect": expect, "comment": comment, "key": key.hex(), "aad": aad_text}
        if plain is not None:
            headers["payload"] = hashlib.sha256(plain).hexdigest()
        write(out, name, headers, body)

    ct = CHUNK_SIZE + 16
    good = sealed(data)
    s("ok_three_chunks", "success", "a file of three chunks", good, data)
    s("ok_empty", "success", "an empty file: one empty last chunk", sealed(b""), b"")
    s(
        "ok_exact_chunk",
        "success",
        "exactly one full chunk, flagged last",
        sealed(data[:CHUNK_SIZE]),
        data[:CHUNK_SIZE],
    )
    s(
        "c8_same_plaintext_1",
        "success",
        "C8 same plaintext as c8_same_plaintext_2, different bytes",
        sealed(b"same"),
        b"same",
    )
    s(
        "c8_same_plaintext_2",
        "success",
        "C8 same plaintext as c8_same_plaintext_1, different bytes",
        sealed(b"same"),
        b"same",
    )
    s(
        "c1_cut_at_chunk_boundary",
        "chunk failure",
        "C1 the last chunk removed: chunk 1 is not flagged last",
        good[: HEADER_SIZE + 2 * ct],
    )
    s(
        "c2_cut_mid_chunk",
        "truncated",
        "C2 cut 8 bytes into the last chunk",
        good[: HEADER_SIZE + 2 * ct + 8],
    )
    s("c2_cut_in_tag", "chunk failure", "C2 the last 5 bytes cut off", good[:-5])
    s("c2_header_only", "truncated", "C2 only the header", good[:HEADER_SIZE])
    s("c2_empty_file", "header failure", "C2 a zero-length file", b"")
    s("c2_half_header", "header failure", "C2 half a header", good[: HEADER_SIZE // 2])
    c0, c1, c2 = (good[HEADER_SIZE + i * ct : HEADER_SIZE + (i + 1) * ct] for i in range(3))
    head = good[:HEADER_SIZE]
    s("c3_chunks_swapped", "chunk failure", "C3 chunks 0 and 1 swapped", head + c1 + c0 + c2)
    s("c3_chunk_duplicated", "chunk failure", "C3 chunk 0 twice", head + c0 + c0 + c2)
    s("c3_chunk_dropped", "chunk failure", "C3 chunk 1 dropped", head + c0 + c2)
    other = sealed(bytes(len(data)))
    s(
        "c4_chunk_spliced",
        "chunk failure",
        "C4 chunk 1 from another file under the same key",
        head + c0 + other[HEADER_SIZE + ct : HEADER_SIZE + 2 * ct] + c2,
    )
    s(
        "c5_file_swapped",
        "header failure",
        "C5 a file sealed under another name",
        sealed(data, "letapis/blob/other"),
        aad_text=aad,
    )
    for pos, label in ((0, "magic"), (6, "version"), (10, "salt"), (HEADER_SIZE - 1, "tag")):
        raw = bytearray(good)
        raw[pos] ^= 0x01
        s(
            f"c6_flip_header_{label}",
            "header failure",
            f"C6 a bit flipped in the header ({label})",
            bytes(raw),
        )
    for pos in (HEADER_SIZE + 100, HEADER_SIZE + ct + 100, len(good) - 1):
        raw = bytearray(good)
        raw[pos] ^= 0x80
        s(f"c6_flip_body_{pos:06d}", "chunk failure", f"C6 a bit flipped at byte {pos}", bytes(raw))
    raw = bytearray(good)
    raw[7] = 0x40
    s(
        "c7_chunk_exponent_64",
        "header failure",
        "C7 a declared chunk size of 2^64 is refused",
        bytes(raw),
    )
    raw = bytearray(good)
    raw[7] = 0x1F
    s(
        "c7_chunk_exponent_31",
        "header failure",
        "C7 a declared chunk size of 2 GiB is refused",
        bytes(raw),
    )


def main() -> None:
    for sub in ("vault", "sealed"):
        shutil.rmtree(ROOT / sub, ignore_errors=True)
    vault_vectors(ROOT / "vault")
    sealed_vectors(ROOT / "sealed")
    count = sum(1 for _ in (ROOT / "vault").iterdir()) + sum(1 for _ in (ROOT / "sealed").iterdir())
    print(f"wrote {count} vectors")


if __name__ == "__main__":
    main()
