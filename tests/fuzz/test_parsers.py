"""Fuzzing every reader of untrusted bytes (HOSTILE_CASES A2, B6, C, D, E, F).

Each reader gets damaged copies of real inputs (and, for JSON formats, structurally damaged
values); only its documented typed errors may escape — never another exception, a hang or a
large allocation. Inputs that once broke a reader live in tests/regressions/ and run first.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyrage
import pytest
from hypothesis import given
from hypothesis import strategies as st

from archive_app.archive import Archive
from archive_app.crypto import keys
from archive_app.crypto.errors import CryptoError, HeaderError, RecordAuthError
from archive_app.crypto.keys import KdfParams, VaultHeader
from archive_app.crypto.records import RecordSealer
from archive_app.crypto.sealed_file import CHUNK_SIZE, SealedFileReader, SealedFileWriter
from archive_app.errors import LetapisError
from archive_app.exchange import service
from archive_app.exchange.age_layer import parse_header
from archive_app.exchange.bundle_reader import NullSink, read_bundle
from archive_app.exchange.card import Card
from archive_app.exchange.identity import Identity
from archive_app.exchange.manifest import parse_manifest, verify_manifest_signature
from archive_app.exchange.records import iter_record_lines, strip_image_metadata
from archive_app.exchange.tar_reader import StrictTarReader
from archive_app.ingest.detect import detect_format
from archive_app.ingest.model import NewAttachment, NewDocument
from archive_app.ingest.serialize import BadResult, document_from_json, document_to_json
from tests.conftest import PASSPHRASE
from tests.fuzz.mutate import fuzz_settings, json_mutated, mutated, regression_inputs

CHEAP = KdfParams(1024, 1, 1)

# --- vault.json ------------------------------------------------------------------------------

MASTER = bytes(range(32))
VAULT_ID = bytes(16)
HEADER = VaultHeader.create(
    VAULT_ID,
    [
        keys.make_slot("passphrase", keys.passphrase_secret("pw"), MASTER, VAULT_ID, CHEAP),
        keys.make_slot("recovery", bytes(20), MASTER, VAULT_ID, CHEAP),
    ],
    MASTER,
).to_json()


def _header_outcome(data: bytes) -> None:
    try:
        header = VaultHeader.parse(data)
    except HeaderError:
        return
    # Parsed: unlocking may only say "no match" or "MAC", and only derive within bounds.
    if all(s.params.memory_kib <= 65536 and s.params.iterations <= 4 for s in header.slots):
        with contextlib.suppress(CryptoError):
            keys.unlock(header, keys.passphrase_secret("pw"))


@fuzz_settings(300)
@given(data=mutated(HEADER))
def test_vault_header_bytes(data: bytes) -> None:
    _header_outcome(data)


@fuzz_settings(300)
@given(value=json_mutated(json.loads(HEADER)))
def test_vault_header_fields(value: Any) -> None:
    _header_outcome(json.dumps(value).encode())


# --- sealed records ---------------------------------------------------------------------------

SEALER = RecordSealer(bytes(32), VAULT_ID)
RECORD = SEALER.seal("documents", "meta", "ab" * 16, 3, {"title": "Заява", "tags": ["x"]})


@fuzz_settings(300)
@given(data=mutated(RECORD))
def test_sealed_record(data: bytes) -> None:
    try:
        value = SEALER.open("documents", "meta", "ab" * 16, 3, data)
    except RecordAuthError:
        return
    assert data == RECORD and value["title"] == "Заява"


# --- sealed files -----------------------------------------------------------------------------

FILE_KEY = bytes(range(32, 64))
PLAIN = os.urandom(2 * CHUNK_SIZE + 1234)


def _sealed_bytes() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "f"
        with SealedFileWriter(path, FILE_KEY, b"letapis/blob/x") as out:
            out.write(PLAIN)
        return path.read_bytes()


SEALED = _sealed_bytes()


@fuzz_settings(150)
@given(data=mutated(SEALED), seeks=st.lists(st.integers(0, len(PLAIN) + 10), max_size=4))
def test_sealed_file(data: bytes, seeks: list[int]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "f"
        path.write_bytes(data)
        try:
            with SealedFileReader(path, FILE_KEY, b"letapis/blob/x") as reader:
                for pos in seeks:
                    reader.seek(pos)
                    assert reader.read(100) == PLAIN[pos : pos + 100]
                reader.seek(0)
                assert reader.read() == PLAIN  # only an authentic file reads at all
        except CryptoError:
            return


# --- exchange: card, manifest, signature, tar, records, age header, whole bundles ------------

ALA = Identity.generate("Ала")
CARD = ALA.card().to_bytes()


@fuzz_settings(200)
@given(data=mutated(CARD))
def test_card_bytes(data: bytes) -> None:
    try:
        Card.from_bytes(data)
    except LetapisError:
        return


@fuzz_settings(200)
@given(value=json_mutated(json.loads(CARD)))
def test_card_fields(value: Any) -> None:
    try:
        Card.from_bytes(json.dumps(value, sort_keys=True, separators=(",", ":")).encode())
    except LetapisError:
        return


class RealBundle:
    """A real bundle from vault A to vault B (documents with text, a photo, a binary file)."""

    def __init__(self, folder: Path, corpus: Path | None) -> None:
        a, _ = Archive.create(folder / "a.letapis", PASSPHRASE, kdf=CHEAP)
        b, _ = Archive.create(folder / "b.letapis", PASSPHRASE, kdf=CHEAP)
        photo = None
        if corpus is not None:
            photos = sorted((corpus / "files" / "jpeg").glob("*.jp*g"))
            photo = photos[0].read_bytes() if photos else None
        for i, data in enumerate([photo or b"\xff\xd8\xff\xe0 not much", os.urandom(3000)]):
            a.add_document(
                NewDocument(
                    title=f"Сведчанне {i}",
                    text=f"Тэкст {i} Łukašenka",
                    type="evidence",
                    tags=["hrodna"],
                    attachments=[
                        NewAttachment(
                            f"file{i}.jpg",
                            hashlib.sha256(data).hexdigest(),
                            len(data),
                            data=data,
                            is_original=True,
                        )
                    ],
                )
            )
        service.add_contact(a, service.get_identity(b).card(), verified=True)
        service.add_contact(b, service.get_identity(a).card(), verified=True)
        self.b_identity = service.get_identity(b)
        self.b_state = service.load_state(b)
        self.sender_key = service.get_identity(a).signing_key
        path = a.export_bundle(folder / "x", to=[self.b_identity.fingerprint[:16]]).paths[0]
        self.ciphertext = path.read_bytes()
        self.plaintext = pyrage.decrypt(self.ciphertext, [self.b_identity.pyrage_identity()])
        self.photo = photo
        a.close()
        b.close()
        self.members = split_tar(self.plaintext)

    def encrypt(self, plaintext: bytes) -> bytes:
        out = io.BytesIO()
        recipient = pyrage.x25519.Recipient.from_str(self.b_identity.age_recipient)
        pyrage.encrypt_io(io.BytesIO(plaintext), out, [recipient])
        return out.getvalue()


def split_tar(data: bytes) -> dict[str, bytes]:
    """name → content of a plain ustar stream we wrote ourselves (test helper only)."""
    members: dict[str, bytes] = {}
    pos = 0
    while pos + 512 <= len(data) and data[pos : pos + 512] != bytes(512):
        block = data[pos : pos + 512]
        name = block[:100].rstrip(b"\0").decode()
        size = int(block[124:136].rstrip(b"\0 ") or b"0", 8)
        members[name] = data[pos + 512 : pos + 512 + size]
        pos += 512 + size + (-size % 512)
    return members


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> RealBundle:
    corpus = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
    return RealBundle(tmp_path_factory.mktemp("bundle"), corpus if corpus.is_dir() else None)


@fuzz_settings(300)
@given(data=st.data())
def test_manifest(real: RealBundle, data: st.DataObject) -> None:
    manifest = real.members["manifest.json"]
    if data.draw(st.booleans()):
        raw = data.draw(mutated(manifest))
    else:
        value = data.draw(json_mutated(json.loads(manifest)))
        raw = json.dumps(value, sort_keys=True, separators=(",", ":")).encode()
    try:
        parse_manifest(raw, real.sender_key)
    except LetapisError:
        return


@fuzz_settings(200)
@given(data=st.data())
def test_manifest_signature(real: RealBundle, data: st.DataObject) -> None:
    manifest = real.members["manifest.json"]
    sig = data.draw(mutated(real.members["manifest.sig"]))
    body = data.draw(st.sampled_from([manifest, data.draw(mutated(manifest))]))
    try:
        verify_manifest_signature(body, sig)
    except LetapisError:
        return
    assert sig == real.members["manifest.sig"] and body == manifest


@fuzz_settings(300)
@given(data=st.data())
def test_record_lines(real: RealBundle, data: st.DataObject) -> None:
    records = next(v for k, v in real.members.items() if k.startswith("records/"))
    if data.draw(st.booleans()):
        raw = data.draw(mutated(records))
    else:
        line = json.loads(records.splitlines()[0])
        raw = json.dumps(data.draw(json_mutated(line)), sort_keys=True).encode() + b"\n"
    try:
        list(iter_record_lines(raw))
    except LetapisError:
        return


class _Counter:
    def __init__(self, size: int) -> None:
        self.size = size
        self.got = 0

    def write(self, data: bytes, /) -> None:
        self.got += len(data)
        assert self.got <= self.size, "a member delivered more bytes than it declared"

    def close(self) -> None:
        assert self.got == self.size


@fuzz_settings(300)
@given(data=st.data())
def test_tar_reader(real: RealBundle, data: st.DataObject) -> None:
    stream = data.draw(mutated(real.plaintext))
    cuts = sorted(data.draw(st.lists(st.integers(0, len(stream)), max_size=6)))
    reader = StrictTarReader(lambda name, size: _Counter(size))
    try:
        last = 0
        for cut in [*cuts, len(stream)]:
            reader.feed(stream[last:cut])
            last = cut
        reader.finish()
    except LetapisError:
        return


@fuzz_settings(200)
@given(data=st.data())
def test_age_header(real: RealBundle, data: st.DataObject) -> None:
    head = real.ciphertext[:400]
    try:
        parse_header(data.draw(mutated(head)))
    except LetapisError:
        return


def _read(real: RealBundle, ciphertext: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.letapis-bundle"
        path.write_bytes(ciphertext)
        try:
            read_bundle(path, real.b_identity, real.b_state, NullSink())
        except LetapisError:
            return


@fuzz_settings(60)
@given(data=st.data())
def test_whole_bundle_with_damaged_plaintext(real: RealBundle, data: st.DataObject) -> None:
    """A sender (or co-recipient) crafting the plaintext: age is fine, the tar is not."""
    _read(real, real.encrypt(data.draw(mutated(real.plaintext))))


@fuzz_settings(40)
@given(data=st.data())
def test_whole_bundle_with_damaged_ciphertext(real: RealBundle, data: st.DataObject) -> None:
    _read(real, data.draw(mutated(real.ciphertext)))


@fuzz_settings(200)
@given(data=st.data())
def test_strip_image_metadata(real: RealBundle, data: st.DataObject) -> None:
    seed = real.photo or b"\x89PNG\r\n\x1a\n" + bytes(100)
    out = strip_image_metadata(data.draw(mutated(seed)), "image/jpeg")
    assert out is None or isinstance(out, bytes)


# --- format detection (runs in the importing process, before any sandbox) -------------------


@fuzz_settings(300)
@given(name=st.text(max_size=30), data=st.binary(max_size=2048))
def test_detect_format_is_total(name: str, data: bytes) -> None:
    assert isinstance(detect_format(name, data), str)


# --- a worker's answer (the worker parses hostile files and may be subverted) ---------------

WORKER_DOC = document_to_json(
    NewDocument(
        title="Заява",
        text="Тэкст",
        type="statement",
        language="be",
        date="2020-08-09",
        tags=["hrodna"],
        metadata={"pages": 2, "chat": "Гродна"},
        attachments=[
            NewAttachment("a.png", hashlib.sha256(b"png").hexdigest(), 3, data=b"png"),
            NewAttachment(
                "orig.txt", hashlib.sha256(b"x").hexdigest(), 1, path=Path("/x/orig.txt")
            ),
        ],
        provenance={"message_id": 3},
    )
)


@fuzz_settings(300)
@given(data=st.data())
def test_worker_document(data: st.DataObject) -> None:
    if data.draw(st.booleans()):
        raw = data.draw(mutated(json.dumps(WORKER_DOC, ensure_ascii=False).encode()))
        try:
            value = json.loads(raw)
        except (ValueError, RecursionError):
            return
    else:
        value = data.draw(json_mutated(WORKER_DOC, max_ops=4))
    try:
        doc = document_from_json(value)
    except BadResult:
        return
    json.dumps(document_to_json(doc))  # what was accepted goes on as plain JSON data


# --- kept regressions ---------------------------------------------------------------------


def _regressions() -> Iterator[Path]:
    yield from regression_inputs("vault-header-")


@pytest.mark.parametrize("path", list(_regressions()), ids=lambda p: p.name)
def test_kept_header_regressions(path: Path) -> None:
    _header_outcome(path.read_bytes())
