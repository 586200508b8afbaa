"""The standalone build (build_spec/): build it with the script, then run the result.

Slow (a PyInstaller build takes minutes), so marked ``frozen`` and left out of the default
run; ``.ci/run`` runs ``pytest -m frozen`` after the default suite. Set LETAPIS_FROZEN_DIST
to an already built ``dist/letapis`` folder to test that build instead of making one.

Everything runs the way a person without Python would: the executable from the folder, with
no virtual environment, no PYTHONPATH and a working folder outside the checkout.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from archive_app import __version__
from archive_app.crypto.keys import FORMAT_VERSION
from archive_app.exchange.manifest import BUNDLE_VERSION

pytestmark = pytest.mark.frozen

REPO = Path(__file__).resolve().parents[2]
EXE_NAME = "letapis.exe" if sys.platform == "win32" else "letapis"
PASSPHRASE = "frozen build test passphrase"


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-folder build: made by build_spec/build.py, or the one LETAPIS_FROZEN_DIST names."""
    given = os.environ.get("LETAPIS_FROZEN_DIST")
    if given:
        return Path(given).resolve()
    out = tmp_path_factory.mktemp("frozen")
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "build_spec" / "build.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    print(result.stdout.strip().splitlines()[-1])  # build time and size, for the log
    return out / "dist" / "letapis"


@pytest.fixture
def person(tmp_path: Path) -> dict[str, str]:
    """The environment of a person without Python: fresh HOME, nothing of this venv."""
    home = tmp_path / "home"
    home.mkdir()
    keep = ("PATH", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT", "TEMP", "TMP")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        LOCALAPPDATA=str(home / "AppData"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_RUNTIME_DIR=str(home / "run"),
        QT_QPA_PLATFORM="offscreen",
    )
    (home / "run").mkdir(mode=0o700)
    return env


def run(
    dist: Path, *args: str, env: dict[str, str], cwd: Path, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(dist / EXE_NAME), *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_the_folder_holds_the_program_and_its_resources(dist: Path) -> None:
    assert (dist / EXE_NAME).is_file()
    # What a person opens first, offline: a short README and the guides with their pictures.
    assert "letapis demo" in (dist / "README.txt").read_text(encoding="utf-8")
    for name in ("USER_GUIDE.md", "USER_GUIDE.be.md", "USER_GUIDE.ru.md", "THREAT_MODEL.md"):
        assert (dist / "docs" / name).is_file()
    assert (dist / "docs" / "images" / "en" / "01_welcome.png").is_file()
    internal = dist / "_internal"
    for name in ("letapis_be.qm", "letapis_ru.qm", "letapis_en.qm"):
        assert (internal / "resources" / "translations" / name).is_file()
    assert (internal / "resources" / "demo" / "manifest.json").is_file()
    assert not (internal / "resources" / "demo" / "make_demo_files.py").exists()
    assert (internal / "resources" / "icons" / "letapis.png").is_file()
    assert (internal / "archive_app" / "search" / "data" / "variants.tsv").is_file()
    # Licenses: ours, Python's and every runtime dependency's (Qt's LGPL among them).
    assert (internal / "licenses" / "letapis" / "LICENSE").is_file()
    assert (internal / "licenses" / "python").is_dir()
    assert (internal / "licenses" / "PySide6_Essentials").is_dir()
    files = {p.name for p in internal.rglob("*")}
    # Qt plugins for PDF pages, SVG icons and audio/video previews came along.
    assert any(n.startswith("libQt6Pdf") for n in files), "QtPdf missing"
    assert any(n.startswith("libQt6Multimedia") for n in files), "QtMultimedia missing"
    assert any("ffmpegmediaplugin" in n for n in files), "multimedia backend missing"
    assert any(n.startswith("libqsvg") for n in files), "SVG image plugin missing"
    assert any(n.startswith("libqoffscreen") for n in files)
    if sys.platform.startswith("linux"):
        # Qt's X11 plugin starts on desktops that lack these (.ci/run installs them to bundle).
        spec = importlib.util.spec_from_file_location("build", REPO / "build_spec" / "build.py")
        assert spec is not None and spec.loader is not None
        build = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(build)
        assert build.missing_x11_libraries(dist) == []
    # Development tools and unused Qt modules stayed out.
    assert not any(n.startswith("libQt6WebEngine") for n in files)
    assert not (internal / "pytest").exists() and not (internal / "PyInstaller").exists()


def test_version_names_the_program_and_the_formats(
    dist: Path, person: dict[str, str], tmp_path: Path
) -> None:
    result = run(dist, "--version", env=person, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        f"letapis {__version__} (reads and writes vault format {FORMAT_VERSION}, "
        f"bundle format {BUNDLE_VERSION})\n"
    )
    result = run(dist, "--help", env=person, cwd=tmp_path)
    assert result.returncode == 0 and "demo" in result.stdout and "receive" in result.stdout


def test_demo_opens_unlocks_and_lists_the_collection(
    dist: Path, person: dict[str, str], tmp_path: Path
) -> None:
    # Building the demo vault imports every sample file through the ingest sandbox: each
    # worker is this executable started again with --letapis-ingest-worker.
    env = dict(person, LETAPIS_SMOKE_EXIT="1")
    vault = tmp_path / "demo.letapis"
    result = run(dist, "demo", "--path", str(vault), env=env, cwd=tmp_path, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    match = re.search(r"smoke ok: window shown, .* unlocked, (\d+) documents listed", result.stdout)
    assert match, result.stdout + result.stderr
    assert int(match.group(1)) >= 30
    assert "Traceback" not in result.stderr
    # A second start opens the vault built before.
    result = run(dist, "demo", "--smoke", "--path", str(vault), env=person, cwd=tmp_path)
    assert result.returncode == 0 and "smoke ok" in result.stdout, result.stderr


def test_add_reads_real_files_in_frozen_workers(
    dist: Path, person: dict[str, str], tmp_path: Path, corpus_dir: Path
) -> None:
    env = dict(person, LETAPIS_PASSPHRASE=PASSPHRASE)
    vault = tmp_path / "v.letapis"
    result = run(dist, "init", str(vault), env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    # An iPhone-style HEIC of the corpus's geotagged photo: pillow-heif's native libheif
    # must be in the folder, or the photo fails in the frozen worker.
    from tests.ingest.test_legacy_office_and_heif import _heic_from

    photo = tmp_path / "IMG_0001.HEIC"
    photo.write_bytes(_heic_from(corpus_dir / "files" / "jpeg" / "tika_testJPEG_GEO.jpg"))
    files = [
        corpus_dir / "files" / "docx" / "poi_stress001_ru-anticorruption-report.docx",
        corpus_dir / "files" / "pdf" / "pypdf_multilang.pdf",
    ]
    result = run(
        dist, "add", str(vault), *map(str, files), str(photo), "--json", env=env, cwd=tmp_path
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert len(report["added"]) == 3, report
    assert report["failed"] == [] and report["kept_without_text"] == [], report
    shown_docs = []
    for doc_id in report["added"]:
        shown = run(dist, "show", str(vault), doc_id, "--json", env=env, cwd=tmp_path)
        assert shown.returncode == 0, shown.stderr
        doc = json.loads(shown.stdout)
        assert doc["attachments"] and doc["attachments"][0]["sha256"]
        shown_docs.append(doc)
    photos = [d for d in shown_docs if d["metadata"].get("format") == "heif"]
    assert len(photos) == 1, [d["metadata"] for d in shown_docs]
    assert photos[0]["metadata"]["gps"] == {"lat": 12.54321, "lon": -54.1234}
    for doc in shown_docs:
        if doc is not photos[0]:
            assert len(doc["text"]) > 100  # the text was read by a worker
    # The index (Whoosh, stemming, sealed storage) works frozen too.
    found = run(dist, "search", str(vault), "коррупция", "--json", env=env, cwd=tmp_path)
    assert found.returncode == 0, found.stderr
    assert set(report["added"]) & {hit["id"] for hit in json.loads(found.stdout)}
    result = run(dist, "check", str(vault), "--deep", env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_bundle_travels_between_two_frozen_vaults(
    dist: Path, person: dict[str, str], tmp_path: Path, corpus_dir: Path
) -> None:
    # age (pyrage), Ed25519 signatures, the tar stream and the staged receive, all frozen.
    env = dict(person, LETAPIS_PASSPHRASE=PASSPHRASE)

    def ok(*args: str) -> str:
        result = run(dist, *args, env=env, cwd=tmp_path)
        assert result.returncode == 0, f"{args}: {result.stdout}{result.stderr}"
        return result.stdout

    ala, bahdan = tmp_path / "ala.letapis", tmp_path / "bahdan.letapis"
    for vault, name in ((ala, "Ala"), (bahdan, "Bahdan")):
        ok("init", str(vault))
        ok("identity", str(vault), "--set-name", name)
        ok("card", str(vault), str(tmp_path / f"{name}.letapis-card"))
    ok("contacts", "add", str(ala), str(tmp_path / "Bahdan.letapis-card"), "--verified")
    ok("contacts", "add", str(bahdan), str(tmp_path / "Ala.letapis-card"), "--verified")
    ok("add", str(ala), str(corpus_dir / "files" / "txt" / "uchardet_be_windows-1251.txt"))
    ok("export", str(ala), str(tmp_path / "weekly"), "--to", "Bahdan", "--all")
    bundle = tmp_path / "weekly.letapis-bundle"
    assert bundle.is_file()
    report = json.loads(ok("receive", str(bahdan), str(bundle), "--json"))
    assert report["new"] == 1, report
    listed = json.loads(ok("list", str(bahdan), "--json"))
    assert len(listed) == 1
    found = json.loads(ok("search", str(bahdan), "Суркі", "--json"))
    assert [hit["id"] for hit in found] == [listed[0]["id"]]
    # After the search built the index: a vault that has only ever received a bundle has no
    # index before its first search, and `check --deep` counts that as a problem.
    ok("check", str(bahdan), "--deep")
