"""The README, the changelog and the user guides stay true to the tree they describe."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from archive_app import __version__

REPO = Path(__file__).resolve().parents[2]
GUIDES = sorted((REPO / "docs").glob("USER_GUIDE*.md"))
LINKED = [REPO / "README.md", REPO / "CHANGELOG.md", *GUIDES]
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


def test_readme_starts_with_the_two_commands() -> None:
    lines = (REPO / "README.md").read_text(encoding="utf-8").splitlines()
    assert lines[4] == (
        "    python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/letapis demo"
    )
    assert lines[8] == (
        "    python3 -m venv .venv && .venv/bin/pip install -e '.[test]' "
        "&& .venv/bin/python -m pytest"
    )


def test_readme_maps_every_doc_and_bench_result() -> None:
    """The README's documentation map names every doc and every benchmark result."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    linked = {
        (REPO / target.split("#", 1)[0]).resolve()
        for target in LINK.findall(text)
        if not re.match(r"[a-z]+:", target) and not target.startswith("#")
    }
    wanted = [
        *(REPO / "docs").glob("*.md"),
        *(REPO / "bench").glob("*/RESULTS.md"),
        *(REPO / "bench").glob("*/results*.json"),
        REPO / "CHANGELOG.md",
        REPO / "LICENSE",
    ]
    missing = sorted(str(p.relative_to(REPO)) for p in wanted if p.resolve() not in linked)
    assert not missing, f"README.md does not link {missing}"


def test_there_are_three_guides() -> None:
    assert [p.name for p in GUIDES] == ["USER_GUIDE.be.md", "USER_GUIDE.md", "USER_GUIDE.ru.md"]


@pytest.mark.parametrize("doc", LINKED, ids=lambda p: p.name)
def test_every_local_link_and_image_exists(doc: Path) -> None:
    for target in LINK.findall(doc.read_text(encoding="utf-8")):
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue
        path = (doc.parent / target.split("#", 1)[0]).resolve()
        assert path.exists(), f"{doc.name} links to missing {target}"


def test_guide_images_are_small_and_all_used() -> None:
    used = set()
    for guide in GUIDES:
        for target in LINK.findall(guide.read_text(encoding="utf-8")):
            if target.startswith("images/"):
                used.add((guide.parent / target).resolve())
    images = set((REPO / "docs" / "images").rglob("*.png"))
    assert images, "docs/make_images.py has not been run"
    assert {p.resolve() for p in images} == used
    for image in images:
        assert image.stat().st_size < 200_000, f"{image.name}: shrink it (docs/make_images.py)"
    # The Belarusian and Russian guides show screens in their own language.
    for lang in ("be", "ru"):
        text = (REPO / "docs" / f"USER_GUIDE.{lang}.md").read_text(encoding="utf-8")
        assert all(t.startswith(f"images/{lang}/") for t in re.findall(r"\((images/[^)]+)\)", text))


def test_make_images_copies_exactly_the_pictures_the_guides_show() -> None:
    """docs/make_images.py's list matches the guides, so a re-run redraws every picture."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_images", REPO / "docs" / "make_images.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    chosen = {
        f"images/{lang}/{name}.png" for lang, names in module.CHOSEN.items() for name in names
    }
    shown = {
        target
        for guide in GUIDES
        for target in LINK.findall(guide.read_text(encoding="utf-8"))
        if target.startswith("images/")
    }
    assert chosen == shown


def test_the_changelog_has_this_version() -> None:
    text = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## \[{re.escape(__version__)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", text, re.M)
