"""The vault on disk: create, open, lock; keys; passphrase change; recovery key.

Example::

    vault, recovery = Vault.create(Path("work.letapis"), "a long passphrase")
    vault.close()
    vault = Vault.open(Path("work.letapis"), "a long passphrase")
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import shutil
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from archive_app.crypto import keys
from archive_app.crypto.errors import (
    HeaderError,
    HeaderMacError,
    NoMatchingSlot,
    RecoveryKeyTypo,
)
from archive_app.crypto.keys import KdfParams, VaultHeader
from archive_app.crypto.records import RecordSealer
from archive_app.errors import (
    CorruptData,
    InvalidPassphrase,
    NotFound,
    StorageError,
    UsageError,
    VaultInUse,
    VaultLocked,
    VaultReadOnly,
    WrongPassphrase,
)
from archive_app.vault import schema
from archive_app.vault.blobs import BlobStore
from archive_app.vault.lock import LockBusy, VaultLockFile, atomic_write

HEADER_FILE = "vault.json"
DB_FILE = "archive.db"
#: Notes in staging/ naming blobs an operation in flight may leave unreferenced (see
#: Vault.blob_intent); the next open removes those blobs if no row refers to them.
INTENT_SUFFIX = ".blobs"
_BLOB_NAME = re.compile(r"\A[0-9a-f]{64}\Z")
MAX_PASSPHRASE_CHARS = 1024

#: Argon2id cost for new key slots. None = calibrate to about one second on this machine.
#: Tests lower it through a fixture (production code never reads it from the environment).
DEFAULT_KDF: KdfParams | None = None


def check_new_passphrase(passphrase: str) -> None:
    """Refuse passphrases that cannot be typed back reliably.

    Raises:
        InvalidPassphrase: empty, only spaces, too long, or containing control characters.
    """
    if not passphrase or not passphrase.strip():
        raise InvalidPassphrase("The passphrase is empty.")
    if len(passphrase) > MAX_PASSPHRASE_CHARS:
        raise InvalidPassphrase(
            f"The passphrase is too long (at most {MAX_PASSPHRASE_CHARS} characters)."
        )
    if any(unicodedata.category(c) == "Cc" for c in passphrase):
        raise InvalidPassphrase("The passphrase contains control characters (such as tabs).")


def _kdf_params(kdf: KdfParams | None) -> KdfParams:
    if kdf is not None:
        return kdf
    if DEFAULT_KDF is not None:
        return DEFAULT_KDF
    return keys.calibrate()


def _connect(path: Path, *, create: bool) -> sqlite_utils.Database:
    if not create and not path.is_file():
        raise CorruptData(
            f"{path}: the database file is missing; the vault cannot be opened "
            "(a new, empty one is never created in its place)."
        )
    try:
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        db = sqlite_utils.Database(conn)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("PRAGMA temp_store=MEMORY")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=5000")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise database_error(path, exc) from None
    return db


def read_only_reason(path: Path) -> str | None:
    """Why the vault folder ``path`` cannot be written (a short clause), or None if it can.

    A read-only mount (a write-protected USB stick, a read-only share) or a folder or file of
    the vault that this user may not write to (e.g. mode 0555) makes the vault read-only.
    """
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return "it is on a read-only disk"
    except (OSError, AttributeError):  # no statvfs on Windows; os.access below still tells
        pass
    for name in ("", DB_FILE, "lock", "blobs", "index", "staging"):
        target = path / name if name else path
        if target.exists() and not os.access(target, os.W_OK):
            return "you cannot write to its folder"
    return None


def connect_read_only(path: Path) -> sqlite_utils.Database:
    """The database of a read-only vault, opened so that SQLite writes nothing at all.

    A cleanly closed vault has no WAL: ``immutable=1`` reads the file as it is, with no lock
    or shared-memory file (neither can be created on a read-only disk). A WAL that still
    holds commits (the vault was copied while open, or after a crash) needs ``mode=ro``,
    which reads it only if SQLite can use its shared-memory file; otherwise the vault is
    refused rather than shown without its latest changes.
    """
    if not path.is_file():
        raise CorruptData(
            f"{path}: the database file is missing; the vault cannot be opened "
            "(a new, empty one is never created in its place)."
        )
    wal = path.with_name(path.name + "-wal")
    try:
        pending = wal.stat().st_size > 0
    except OSError:
        pending = False
    uri = path.resolve().as_uri() + ("?mode=ro" if pending else "?immutable=1")
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA query_only=ON")
        conn.execute("PRAGMA temp_store=MEMORY")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=5000")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        if pending:
            raise VaultReadOnly(
                f"{path.parent}: this vault is read-only and was not closed properly (its "
                f"latest changes are still in {wal.name}); copy the vault folder to a "
                "writable place and open the copy."
            ) from None
        raise database_error(path, exc) from None
    return sqlite_utils.Database(conn)


#: SQLite primary result codes that mean the disk refused, not that the data is damaged.
_DISK_CODES = {8: "read-only", 10: "disk I/O error", 13: "disk full", 14: "cannot open"}


def database_error(path: Path, exc: sqlite3.DatabaseError) -> StorageError | CorruptData:
    """A typed error for a SQLite failure: a disk problem is not "damaged data"."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code not in _DISK_CODES:
        return CorruptData(f"{path}: the database is damaged ({exc})")
    try:
        full = shutil.disk_usage(path.parent).free < 64 * 1024
    except OSError:
        full = False
    if code == 13 or full:
        return StorageError(
            f"{path.parent}: the disk is full; free some space and try again "
            "(nothing saved was changed)."
        )
    return StorageError(
        f"{path}: the database cannot be read or written ({_DISK_CODES[code]}); "
        "check the disk and try again (nothing saved was changed)."
    )


class Vault:
    """An open, unlocked vault. Use :meth:`create` or :meth:`open`; :meth:`close` locks it."""

    def __init__(
        self,
        path: Path,
        header: VaultHeader,
        master_key: bytes,
        lock: VaultLockFile,
        db: sqlite_utils.Database,
        *,
        read_only: str | None = None,
    ) -> None:
        self.path = path
        #: Why the vault is read-only (see :func:`read_only_reason`), or None if writable.
        self.read_only_reason = read_only
        self.header = header
        self.vault_id = header.vault_id
        self._master: bytearray | None = bytearray(master_key)
        self._lock = lock
        self.db = db
        self.sealer = RecordSealer(self.subkey(keys.LABEL_RECORDS), self.vault_id)
        self.blobs = BlobStore(
            path / "blobs",
            self.subkey(keys.LABEL_BLOBS),
            self.subkey(keys.LABEL_BLOB_NAMES),
        )

    # --- paths -------------------------------------------------------------------------------

    @property
    def index_dir(self) -> Path:
        return self.path / "index"

    @property
    def staging_dir(self) -> Path:
        return self.path / "staging"

    # --- keys --------------------------------------------------------------------------------

    def subkey(self, label: bytes) -> bytes:
        """A 32-byte sub-key for one purpose (``keys.LABEL_*``)."""
        if self._master is None:
            raise VaultLocked("The vault is locked.")
        return keys.derive_subkey(self._master, self.vault_id, label)

    @property
    def is_open(self) -> bool:
        return self._master is not None

    @property
    def read_only(self) -> bool:
        """True if the vault was opened read-only (read-only disk or folder)."""
        return self.read_only_reason is not None

    def require_writable(self, action: str = "this change") -> None:
        """Refuse a change of a read-only vault before anything is attempted.

        :param action: what was asked, as a noun phrase ("adding files").
        :raises VaultReadOnly: the vault was opened read-only.
        """
        if self.read_only_reason is not None:
            raise VaultReadOnly(
                f"{self.path}: this vault is read-only: {self.read_only_reason}, so {action} "
                "is not possible; copy the vault folder to a writable place to change it.",
                params={"path": str(self.path), "action": action},
            )

    # --- create / open / close ---------------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path, passphrase: str, *, kdf: KdfParams | None = None
    ) -> tuple[Vault, str]:
        """Create a new vault folder; return it (open) and its printable recovery key.

        Raises:
            UsageError: the folder exists and is not empty.
            InvalidPassphrase: the passphrase is unusable.
        """
        check_new_passphrase(passphrase)
        path = Path(path)
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise UsageError(f"{path}: already exists; choose a new folder name for the vault.")
        params = _kdf_params(kdf)
        master = secrets.token_bytes(keys.MASTER_KEY_SIZE)
        vault_id = secrets.token_bytes(16)
        recovery_secret, recovery_display = keys.generate_recovery_key()
        slots = [
            keys.make_slot(
                "passphrase", keys.passphrase_secret(passphrase), master, vault_id, params
            ),
            keys.make_slot("recovery", recovery_secret, master, vault_id, params),
        ]
        header = VaultHeader.create(vault_id, slots, master)
        try:
            path.mkdir(parents=True, exist_ok=True)
            for sub in ("blobs", "index", "staging"):
                (path / sub).mkdir(exist_ok=True)
            lock = VaultLockFile(path / "lock")
            lock.acquire()
            db = _connect(path / DB_FILE, create=True)
            schema.apply(db)
            with db.atomic():
                db.table("meta").insert_all(
                    [{"key": "vault_id", "value": vault_id.hex()}, {"key": "change", "value": "0"}]
                )
            atomic_write(path / HEADER_FILE, header.to_json())
        except OSError as exc:
            raise StorageError(f"{path}: the vault could not be created ({exc.strerror})") from None
        return cls(path, header, master, lock, db), recovery_display

    @classmethod
    def open(cls, path: Path, secret: str) -> Vault:
        """Unlock a vault with its passphrase or its recovery key.

        A vault on a read-only disk or in a folder this user cannot write to opens
        read-only (:attr:`read_only`): reading works, every change raises VaultReadOnly,
        and nothing is written — no lock file, no WAL, no clean-up of a crash's leftovers.

        Raises:
            NotFound: no vault at ``path``.
            VaultInUse: another program has it open.
            CorruptData: vault.json or the database is damaged or was changed.
            WrongPassphrase: neither the passphrase nor the recovery key matched.
        """
        path = Path(path)
        header_path = path / HEADER_FILE
        if not header_path.is_file():
            if path.is_dir() and (path / DB_FILE).is_file():
                raise CorruptData(f"{header_path}: the vault header is missing.")
            raise NotFound(f"{path}: there is no Letapis vault here.")
        lock = VaultLockFile(path / "lock")
        in_use = VaultInUse(f"{path}: the vault is open elsewhere (another window or program).")
        reason = read_only_reason(path)
        if reason is None:
            try:
                lock.acquire()
            except LockBusy:
                raise in_use from None
            except OSError as exc:
                if exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
                    raise StorageError(f"{path}: cannot open the vault ({exc.strerror})") from None
                reason = (
                    "it is on a read-only disk"
                    if exc.errno == errno.EROFS
                    else "you cannot write to its folder"
                )
        if reason is not None:
            try:
                lock.acquire_shared()
            except LockBusy:
                raise in_use from None
        try:
            header = cls._read_header(header_path)
            master = cls._unlock(header, header_path, secret)
            if reason is None:
                db = _connect(path / DB_FILE, create=False)
            else:
                db = connect_read_only(path / DB_FILE)
            cls._check_db(db, header, path)
            if reason is None:
                schema.apply(db)
            elif schema.pending(db):
                raise VaultReadOnly(
                    f"{path}: this vault is read-only: {reason}, and it was made by an older "
                    "version that needs its database updated; copy the vault folder to a "
                    "writable place and open the copy."
                )
            vault = cls(path, header, master, lock, db, read_only=reason)
            if reason is None:
                vault._clean_after_crash()
            return vault
        except BaseException:
            lock.release()
            raise

    @staticmethod
    def _read_header(header_path: Path) -> VaultHeader:
        try:
            with open(header_path, "rb") as handle:
                data = handle.read(keys.MAX_HEADER_BYTES + 1)
        except OSError as exc:
            raise StorageError(f"{header_path}: cannot be read ({exc.strerror})") from None
        try:
            return VaultHeader.parse(data)
        except HeaderError as exc:
            raise CorruptData(f"{header_path}: the vault header is damaged ({exc}).") from None

    @staticmethod
    def _unlock(header: VaultHeader, header_path: Path, secret: str) -> bytes:
        wrong = WrongPassphrase(
            f"{header_path.parent}: cannot unlock: the passphrase or recovery key is wrong."
        )
        candidates: list[tuple[bytes, tuple[keys.SlotKind, ...]]] = []
        if len(secret) <= MAX_PASSPHRASE_CHARS:
            candidates.append((keys.passphrase_secret(secret), ("passphrase",)))
        typo: RecoveryKeyTypo | None = None
        if keys.looks_like_recovery_key(secret):
            try:
                candidates.append((keys.parse_recovery_key(secret), ("recovery",)))
            except RecoveryKeyTypo as exc:
                typo = exc
        if typo is not None:
            wrong = WrongPassphrase(f"{header_path.parent}: cannot unlock: {typo}.")
        for data, kinds in candidates:
            try:
                return keys.unlock(header, data, kinds)
            except NoMatchingSlot:
                continue
            except HeaderMacError:
                raise CorruptData(
                    f"{header_path}: the vault header was changed or is damaged "
                    "(its MAC does not match)."
                ) from None
            except MemoryError:
                needed = max(s.params.memory_kib for s in header.slots) // 1024
                raise StorageError(
                    f"{header_path.parent}: not enough free memory to unlock "
                    f"(about {needed} MiB are needed); close other programs and try again."
                ) from None
        raise wrong

    @staticmethod
    def _check_db(db: sqlite_utils.Database, header: VaultHeader, path: Path) -> None:
        try:
            if "meta" not in db.table_names():
                raise CorruptData(f"{path / DB_FILE}: the database holds no vault.")
            row = db.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise CorruptData(f"{path / DB_FILE}: the database is damaged ({exc}).") from None
        if row is None or row[0] != header.vault_id.hex():
            raise CorruptData(f"{path / DB_FILE}: the database belongs to another vault.")

    @contextmanager
    def blob_intent(self, names: Iterable[str]) -> Iterator[None]:
        """Note blobs an operation may leave without a row if the process dies inside it.

        Blobs are renamed into place before the row that uses them is committed, and removed
        only after a delete is committed: a kill in between would leave an orphan. The note
        (blob names only, which are public anyway) is made durable in staging/ first and
        removed when the operation ends; the next open removes exactly those blobs if no row
        refers to them — never a blob orphaned some other way, which ``check`` reports.
        """
        self.require_writable()
        wanted = sorted(set(names))
        if not wanted:
            yield
            return
        note = self.staging_dir / f"{secrets.token_hex(8)}{INTENT_SUFFIX}"
        try:
            self.staging_dir.mkdir(exist_ok=True)
            atomic_write(note, "\n".join(wanted).encode("ascii"))
        except OSError as exc:
            raise StorageError(
                f"{self.path}: the vault cannot be written ({exc.strerror}); nothing was changed."
            ) from None
        try:
            yield
        finally:
            note.unlink(missing_ok=True)

    def _drop_intended_orphans(self) -> None:
        for note in self.staging_dir.glob(f"*{INTENT_SUFFIX}"):
            try:
                names = note.read_text(encoding="ascii").split()
            except (OSError, UnicodeDecodeError):
                continue
            for name in names:
                if not _BLOB_NAME.match(name):
                    continue
                row = self.db.execute("SELECT 1 FROM attachments WHERE blob = ? LIMIT 1", [name])
                if row.fetchone() is None:
                    self.blobs.remove(name)

    def _clean_after_crash(self) -> None:
        """Wipe staging and temp files a crash may have left (never a committed record)."""
        if self.staging_dir.is_dir():
            self._drop_intended_orphans()
            for entry in self.staging_dir.iterdir():
                if entry.is_dir():
                    shutil.rmtree(entry, ignore_errors=True)
                else:
                    entry.unlink(missing_ok=True)
        self.blobs.sweep_temp()
        for leftover in (self.path / (HEADER_FILE + ".tmp"),):
            leftover.unlink(missing_ok=True)

    def close(self) -> None:
        """Lock the vault: close the database, clear the master key, release the lock."""
        if self._master is not None:
            for i in range(len(self._master)):
                self._master[i] = 0
            self._master = None
        try:
            self.db.conn.close()
        finally:
            self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- key slots ---------------------------------------------------------------------------

    def _rewrite_header(self, header: VaultHeader) -> None:
        try:
            atomic_write(self.path / HEADER_FILE, header.to_json())
        except OSError as exc:
            raise StorageError(
                f"{self.path / HEADER_FILE}: could not be written ({exc.strerror}); "
                "the old passphrase still works."
            ) from None
        self.header = header

    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        """Rewrap the master key under a new passphrase; replace vault.json atomically."""
        check_new_passphrase(new_passphrase)
        if self._master is None:
            raise VaultLocked("The vault is locked.")
        self.require_writable("changing the passphrase")
        params = _kdf_params(kdf)
        slot = keys.make_slot(
            "passphrase",
            keys.passphrase_secret(new_passphrase),
            self._master,
            self.vault_id,
            params,
        )
        others = [s for s in self.header.slots if s.kind != "passphrase"]
        header = VaultHeader.create(self.vault_id, [slot, *others], self._master)
        header.extra = dict(self.header.extra)
        header.mac = header.compute_mac(self._master)
        self._rewrite_header(header)

    def new_recovery_key(self, *, kdf: KdfParams | None = None) -> str:
        """Replace the recovery slot with a new recovery key; return it for printing once."""
        if self._master is None:
            raise VaultLocked("The vault is locked.")
        self.require_writable("making a new recovery key")
        params = _kdf_params(kdf)
        secret, display = keys.generate_recovery_key()
        slot = keys.make_slot("recovery", secret, self._master, self.vault_id, params)
        others = [s for s in self.header.slots if s.kind != "recovery"]
        header = VaultHeader(self.vault_id, [*others, slot], extra=dict(self.header.extra))
        header.mac = header.compute_mac(self._master)
        self._rewrite_header(header)
        return display


def is_vault(path: Path) -> bool:
    """True if ``path`` looks like a vault folder (has vault.json)."""
    return (Path(path) / HEADER_FILE).is_file()
