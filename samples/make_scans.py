"""Make simulated scans of PDFs: each page rendered, given scan noise, kept as an image only.

Run from the repository root::

    python samples/make_scans.py                 # the sample magazines -> bench/out/scans/
    python samples/make_scans.py --out DIR A.pdf B.pdf
    python samples/make_scans.py --real          # ../shared/real-pdfs and real-magazines -> a
                                                 # temporary folder (those files are not ours)

A scan is what an archive gets from a flatbed or a copier: the page printed, laid slightly
askew, read at 300 dpi in grey with a little blur and sensor noise on paper that is not white,
and stored as JPEG in a PDF without any text layer. The truth for OCR is the source's own text.
The output is the same on every run (seeded by the file name).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import random
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageFilter

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from magazine_index.render import open_document, render_from  # noqa: E402 (path set above)

SCAN_DPI = 300
REAL_FOLDERS = (ROOT.parent / "shared" / "real-pdfs", ROOT.parent / "shared" / "real-magazines")


@dataclass(frozen=True)
class ScanNoise:
    """How far a simulated scan is from the clean page; the defaults are an ordinary office
    scanner on recycled paper."""

    max_rotation_degrees: float = 0.8
    """A page laid by hand is askew by up to about a degree."""
    paper_grey: int = 228
    """Recycled or yellowed paper reads as light grey, not white (255)."""
    ink_grey: int = 30
    """Printed black reads as dark grey."""
    noise_sigma: float = 9.0
    """Sensor and paper-grain noise, standard deviation in grey levels."""
    blur_radius: float = 0.7
    """Optics and slight defocus, in pixels at 300 dpi."""
    jpeg_quality: int = 70
    """What scanners and copiers store by default."""


def scan_page(image: Image.Image, rng: random.Random, noise: ScanNoise) -> Image.Image:
    """One rendered page (greyscale) with scan noise; JPEG comes when it is written."""
    span = noise.paper_grey - noise.ink_grey
    page = image.convert("L").point(lambda v: noise.ink_grey + v * span // 255)
    angle = rng.uniform(-noise.max_rotation_degrees, noise.max_rotation_degrees)
    page = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=noise.paper_grey)
    page = page.filter(ImageFilter.GaussianBlur(noise.blur_radius))
    grain = Image.effect_noise(page.size, noise.noise_sigma)  # centred on 128
    return ImageChops.add(page, grain, scale=1.0, offset=-128)


def simulate_scan(
    source: Path,
    target: Path,
    *,
    pages: Sequence[int] | None = None,
    noise: ScanNoise = ScanNoise(),
    dpi: int = SCAN_DPI,
) -> Path:
    """Write `target`: an image-only PDF of `source`'s pages (1-based; default all)."""
    rng = random.Random(hashlib.sha256(source.name.encode()).hexdigest())
    scanned: list[Image.Image] = []
    with open_document(source) as document:
        numbers = list(pages) if pages is not None else list(range(1, len(document) + 1))
        for number in numbers:
            scanned.append(scan_page(render_from(document, number, dpi), rng, noise))
    target.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    # Pillow stores greyscale pages in a PDF as JPEG (DCTDecode) at this quality.
    scanned[0].save(
        buffer,
        "PDF",
        resolution=float(dpi),
        save_all=True,
        append_images=scanned[1:],
        quality=noise.jpeg_quality,
    )
    target.write_bytes(buffer.getvalue())
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path, help="PDFs to scan (default: samples/*.pdf)")
    parser.add_argument("--out", type=Path, help="output folder")
    parser.add_argument(
        "--real", action="store_true", help="scan ../shared/real-pdfs and real-magazines"
    )
    args = parser.parse_args(argv)
    sources: list[Path] = list(args.pdfs)
    if args.real:
        sources += [p for folder in REAL_FOLDERS for p in sorted(folder.glob("*.pdf"))]
        out = args.out or Path(tempfile.mkdtemp(prefix="real-scans-"))
    else:
        sources = sources or sorted(HERE.glob("*.pdf"))
        out = args.out or ROOT / "bench" / "out" / "scans"
    for source in sources:
        target = out / f"{source.stem}.scan.pdf"
        try:
            simulate_scan(source, target)
        except Exception as exc:  # noqa: BLE001 - a real PDF PDFium cannot open is skipped
            print(f"skipped {source}: {exc}", file=sys.stderr)
            continue
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
