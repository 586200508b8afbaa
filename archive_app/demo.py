"""The demo vault: the sample collection of ``resources/demo/`` imported into a new vault.

``letapis demo`` calls :func:`build_demo_vault` and opens the result; the unlock screen shows
:data:`DEMO_PASSPHRASE`. The collection is original fiction written for Letapis (CC0); its
``manifest.json`` gives every file the metadata it is imported with (type, collection, tags,
source, and a date where the content carries none), so the vault looks curated.

Example::

    from archive_app.demo import DEMO_PASSPHRASE, build_demo_vault
    from archive_app.archive import Archive

    path, passphrase = build_demo_vault(temporary=True)
    with Archive.open(path, passphrase) as archive:
        print(len(archive.list_documents()), "documents")

The resources are found in a source checkout (``resources/`` beside ``archive_app/``) and in
an installed package (``archive_app/resources/``, shipped as package data).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import archive_app
from archive_app.archive import Archive
from archive_app.crypto.keys import KdfParams
from archive_app.errors import CorruptData, UsageError
from archive_app.ingest.model import (
    DOC_TYPES,
    IntakeDefaults,
    IntakeProgress,
    IntakeReport,
    NewDocument,
)

__all__ = [
    "DEMO_PASSPHRASE",
    "DEMO_VAULT_NAME",
    "DemoBuild",
    "DemoItem",
    "build_demo",
    "build_demo_vault",
    "default_demo_path",
    "demo_items",
    "demo_resources",
    "user_data_dir",
]

#: The passphrase of every demo vault (shown on the unlock screen; the demo holds no secrets).
DEMO_PASSPHRASE = "demo letapis 2026"  # noqa: S105 - public by design
#: The folder name of the demo vault inside the user's data folder.
DEMO_VAULT_NAME = "demo.letapis"
MANIFEST_NAME = "manifest.json"
_APP_FOLDER = "Letapis"

#: ``progress(files_done, files_total, current_file)`` — called after each file.
DemoProgress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class DemoItem:
    """One file (or one Telegram export folder) of the demo collection and its defaults."""

    path: Path
    relative: str
    defaults: IntakeDefaults


@dataclass
class DemoBuild:
    """What :func:`build_demo` made: the vault, its secrets and the intake report."""

    path: Path
    passphrase: str
    recovery_key: str
    report: IntakeReport = field(default_factory=IntakeReport)
    #: Manifest items no document was made from (empty when the build is complete).
    missing: list[str] = field(default_factory=list)

    @property
    def cancelled(self) -> bool:
        return self.report.cancelled

    @property
    def problems(self) -> list[tuple[str, str]]:
        """(file, reason) for every file that failed, was kept without text or read damaged."""
        r = self.report
        return [(p.path, p.reason) for p in r.failed + r.kept_without_text + r.warnings]

    @property
    def document_count(self) -> int:
        return len(self.report.added) + len(self.report.kept_without_text)


# --- where things are ------------------------------------------------------------------------


def user_data_dir() -> Path:
    """The per-user folder for the program's data (no Qt needed).

    Windows: ``%LOCALAPPDATA%\\Letapis``; macOS: ``~/Library/Application Support/Letapis``;
    elsewhere: ``$XDG_DATA_HOME/letapis`` (default ``~/.local/share/letapis``).
    """
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.environ.get("APPDATA")
        return Path(base) / _APP_FOLDER if base else Path.home() / _APP_FOLDER
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / _APP_FOLDER
    xdg = os.environ.get("XDG_DATA_HOME", "").strip()
    base_dir = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
    return base_dir / _APP_FOLDER.lower()


def default_demo_path() -> Path:
    """Where ``letapis demo`` keeps its vault: ``<user data folder>/demo.letapis``."""
    return user_data_dir() / DEMO_VAULT_NAME


def _packaged_demo() -> Traversable | None:
    try:
        node = importlib_resources.files("archive_app").joinpath("resources", "demo")
    except (ModuleNotFoundError, TypeError):
        return None
    return node if node.joinpath(MANIFEST_NAME).is_file() else None


def demo_resources() -> Path:
    """The folder of the demo collection on disk.

    Looks in the source checkout first (``resources/demo`` beside the package), then in the
    installed package data (``archive_app/resources/demo``).

    Raises:
        CorruptData: the demo collection is not installed with this copy of the program.
    """
    checkout = Path(archive_app.__file__).resolve().parent.parent / "resources" / "demo"
    if (checkout / MANIFEST_NAME).is_file():
        return checkout
    packaged = _packaged_demo()
    if isinstance(packaged, Path):
        return packaged
    if packaged is not None:
        # Installed inside a zip or another loader: only reachable through _materialise().
        raise CorruptData("The demo collection is packed; it is unpacked when the demo is built.")
    raise CorruptData("The demo collection is missing from this installation of Letapis.")


@contextmanager
def _demo_folder() -> Iterator[Path]:
    """The demo collection as a real folder, unpacked to a temp folder if it must be."""
    packaged: Traversable | None = None
    try:
        folder = demo_resources()
    except CorruptData:
        packaged = _packaged_demo()
        if packaged is None:
            raise
    if packaged is None:
        yield folder
        return
    with tempfile.TemporaryDirectory(prefix="letapis-demo-src-") as tmp:
        _copy_tree(packaged, Path(tmp))
        yield Path(tmp)


def _copy_tree(node: Traversable, dest: Path) -> None:
    for child in node.iterdir():
        if child.is_dir():
            (dest / child.name).mkdir()
            _copy_tree(child, dest / child.name)
        else:
            (dest / child.name).write_bytes(child.read_bytes())


# --- the manifest -----------------------------------------------------------------------------


def _defaults(relative: str, entry: dict[str, Any]) -> IntakeDefaults:
    doc_type = entry.get("type")
    if doc_type is not None and doc_type not in DOC_TYPES:
        raise CorruptData(f"demo manifest: {relative}: unknown type {doc_type!r}")
    tags = entry.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise CorruptData(f"demo manifest: {relative}: tags must be a list of strings")
    values: dict[str, str | None] = {}
    for key in ("collection", "source", "date", "language"):
        value = entry.get(key)
        if value is not None and not isinstance(value, str):
            raise CorruptData(f"demo manifest: {relative}: {key} must be a string")
        values[key] = value
    return IntakeDefaults(
        type=doc_type,
        collection=values["collection"],
        tags=list(tags),
        source=values["source"],
        date=values["date"],
        language=values["language"],
    )


def demo_items(root: Path | None = None) -> list[DemoItem]:
    """Every item of the demo collection with its import defaults, in manifest order.

    :param root: the demo folder (default: :func:`demo_resources`).
    Raises:
        CorruptData: the manifest is unreadable or names a file that is not there.
    """
    root = root or demo_resources()
    try:
        manifest = json.loads((root / MANIFEST_NAME).read_text(encoding="utf-8"))
        files = manifest["files"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CorruptData(f"The demo manifest cannot be read: {exc}") from None
    if not isinstance(files, dict):
        raise CorruptData("The demo manifest has no list of files.")
    items: list[DemoItem] = []
    for relative, entry in files.items():
        path = root.joinpath(*relative.split("/"))
        if not path.exists() or not isinstance(entry, dict):
            raise CorruptData(f"The demo collection is incomplete: {relative} is missing.")
        items.append(DemoItem(path, relative, _defaults(relative, entry)))
    return items


# --- building ---------------------------------------------------------------------------------


def _prepare_target(path: Path, replace: bool) -> None:
    if not path.exists():
        return
    if path.is_dir() and not any(path.iterdir()):
        return
    if not replace:
        raise UsageError(f"{path}: a demo vault is already there; open it or pass replace=True.")
    if not (path / "vault.json").is_file():
        # Only a vault folder is ever removed: never a folder of the person's own files.
        raise UsageError(f"{path}: exists and is not a vault; choose another folder.")
    shutil.rmtree(path)


class _CuratingArchive(Archive):
    """The archive facade, giving each incoming document its file's manifest defaults.

    The whole collection goes through one :meth:`Archive.add_paths` call — one set of
    worker processes instead of one per file, about three times faster — and each document
    gets the defaults of the file it came from (``provenance["file"]``), with the same rules
    as import defaults: set fields replace what was read, tags are added.
    """

    per_file: dict[str, IntakeDefaults]
    seen: set[str]

    def add_document(self, doc: NewDocument) -> str:
        name = str(doc.provenance.get("file") or "")
        defaults = self.per_file.get(name)
        if defaults is not None:
            self.seen.add(name)
            _apply_defaults(doc, defaults)
        return super().add_document(doc)


def _apply_defaults(doc: NewDocument, defaults: IntakeDefaults) -> None:
    if defaults.type is not None:
        doc.type = defaults.type
    for name in ("collection", "source", "date", "language"):
        value = getattr(defaults, name)
        if value is not None:
            setattr(doc, name, value)
    doc.tags += [t for t in defaults.tags if t not in doc.tags]


def _per_file_defaults(items: list[DemoItem]) -> dict[str, IntakeDefaults]:
    """File name -> defaults; a folder item (the Telegram export) covers every file in it."""
    table: dict[str, IntakeDefaults] = {}
    for item in items:
        files = (
            sorted(p for p in item.path.rglob("*") if p.is_file())
            if item.path.is_dir()
            else [item.path]
        )
        for file in files:
            if file.name in table:
                raise CorruptData(f"The demo collection has two files named {file.name}.")
            table[file.name] = item.defaults
    return table


def _item_name(item: DemoItem) -> str:
    return "result.json" if item.path.is_dir() else item.path.name


def build_demo(
    path: Path | None = None,
    *,
    kdf: KdfParams | None = None,
    temporary: bool = False,
    replace: bool = False,
    progress: DemoProgress | None = None,
    cancel: threading.Event | None = None,
) -> DemoBuild:
    """Create a vault and import the whole demo collection into it; the vault is left closed.

    :param path: the new vault folder (default: :func:`default_demo_path`, or a fresh temp
        folder when ``temporary``).
    :param kdf: Argon2id parameters (default: calibrated as for any new vault; tests pass
        cheap ones).
    :param temporary: build in a new folder under the system temp folder.
    :param replace: delete an existing demo vault at ``path`` first (only a folder holding a
        ``vault.json`` is ever deleted).
    :param progress: ``progress(files_done, files_total, current_file)`` for a progress bar.
    :param cancel: set it to stop; what was imported stays.
    :returns: the vault's path, passphrase, recovery key and the intake report.
    Raises:
        UsageError: ``path`` exists (and ``replace`` is off, or it is not a vault).
        CorruptData: the demo collection is missing or incomplete.
    """
    if path is None:
        if temporary:
            path = Path(tempfile.mkdtemp(prefix="letapis-demo-")) / DEMO_VAULT_NAME
        else:
            path = default_demo_path()
    path = Path(path)
    _prepare_target(path, replace)

    def on_progress(p: IntakeProgress) -> None:
        if progress is not None:
            progress(p.files_done, p.files_total, p.current)

    with _demo_folder() as root:
        items = demo_items(root)
        per_file = _per_file_defaults(items)
        path.parent.mkdir(parents=True, exist_ok=True)
        archive, recovery = _CuratingArchive.create(path, DEMO_PASSPHRASE, kdf=kdf)
        assert isinstance(archive, _CuratingArchive)  # create() builds the calling class
        archive.per_file, archive.seen = per_file, set()
        with archive:
            report = archive.add_paths(
                [item.path for item in items], IntakeDefaults(), progress=on_progress, cancel=cancel
            )
        missing = [i.relative for i in items if _item_name(i) not in archive.seen]
    return DemoBuild(path, DEMO_PASSPHRASE, recovery, report, missing)


def build_demo_vault(
    path: Path | None = None,
    *,
    kdf: KdfParams | None = None,
    temporary: bool = False,
    replace: bool = False,
    progress: DemoProgress | None = None,
) -> tuple[Path, str]:
    """Build the demo vault and return its path and passphrase (:data:`DEMO_PASSPHRASE`).

    See :func:`build_demo` for the parameters; use it to get the intake report too.
    """
    build = build_demo(path, kdf=kdf, temporary=temporary, replace=replace, progress=progress)
    return build.path, build.passphrase
