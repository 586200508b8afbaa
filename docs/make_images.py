"""Copy the screenshots the user guides show from the GUI tests' output into docs/images/.

The GUI tests draw every screen in English, Belarusian and Russian from the demo collection
(tests/gui/test_screenshots.py, tests/gui/test_exchange_screens.py) into
tests/_artifacts/screens/<language>/. This script picks the ones the guides use, scales them
down and stores them as small palette PNGs in docs/images/<language>/::

    .venv/bin/python docs/make_images.py --run   # run those tests first, then copy
    .venv/bin/python docs/make_images.py         # copy what the last test run drew

Commit the result; tests/packaging/test_docs.py checks that every image a guide names exists.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
SCREENS = ROOT / "tests" / "_artifacts" / "screens"
OUT = ROOT / "docs" / "images"
SCREEN_TESTS = ["tests/gui/test_screenshots.py", "tests/gui/test_exchange_screens.py"]

#: The screens each guide shows (the English guide is the long one).
CHOSEN = {
    "en": [
        "01_welcome",
        "02_create",
        "04_recovery_key",
        "07_main_search_reader",
        "08_main_details",
        "09_attachment_pdf",
        "11_import",
        "12_import_report",
        "13_settings",
        "17_locked",
        "18_name_spellings",
        "exchange_01_identity",
        "exchange_03_contact_compare_fingerprints",
        "exchange_04_contacts",
        "exchange_06_send_what",
        "exchange_07_send_to_whom",
        "exchange_08_send_where",
        "exchange_10_send_done",
        "exchange_13_receive_review",
        "exchange_14_receive_report",
        "exchange_15_receive_refused_tampered",
        "exchange_16_receive_unknown_signer",
        "exchange_17_conflicts",
        "exchange_20_menu",
    ],
    "be": [
        "02_create",
        "07_main_search_reader",
        "11_import",
        "18_name_spellings",
        "exchange_03_contact_compare_fingerprints",
        "exchange_07_send_to_whom",
        "exchange_08_send_where",
        "exchange_13_receive_review",
        "exchange_15_receive_refused_tampered",
        "exchange_16_receive_unknown_signer",
        "exchange_17_conflicts",
    ],
    "ru": [
        "02_create",
        "07_main_search_reader",
        "11_import",
        "18_name_spellings",
        "exchange_03_contact_compare_fingerprints",
        "exchange_07_send_to_whom",
        "exchange_08_send_where",
        "exchange_13_receive_review",
        "exchange_15_receive_refused_tampered",
        "exchange_16_receive_unknown_signer",
        "exchange_17_conflicts",
    ],
}
#: Wider screenshots are scaled down to this width (text stays legible).
MAX_WIDTH = 960


def shrink(src: Path, dest: Path) -> int:
    """Scale ``src`` to at most MAX_WIDTH pixels wide, store it as a 256-colour PNG."""
    with Image.open(src) as image:
        picture = image.convert("RGB")
    if picture.width > MAX_WIDTH:
        height = round(picture.height * MAX_WIDTH / picture.width)
        picture = picture.resize((MAX_WIDTH, height), Image.Resampling.LANCZOS)
    palette = picture.quantize(
        colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
    )
    dest.parent.mkdir(parents=True, exist_ok=True)
    palette.save(dest, optimize=True)
    return dest.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--run", action="store_true", help="run the screenshot tests first")
    args = parser.parse_args(argv)
    if args.run:
        subprocess.run([sys.executable, "-m", "pytest", "-q", *SCREEN_TESTS], cwd=ROOT, check=True)
    missing = []
    total = 0
    for lang, names in CHOSEN.items():
        for name in names:
            src = SCREENS / lang / f"{name}.png"
            if not src.is_file():
                missing.append(str(src.relative_to(ROOT)))
                continue
            total += shrink(src, OUT / lang / f"{name}.png")
    for path in missing:
        print(f"make_images: missing {path} (run with --run)", file=sys.stderr)
    print(
        f"make_images: {sum(map(len, CHOSEN.values())) - len(missing)} images, {total // 1024} KiB"
    )
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
