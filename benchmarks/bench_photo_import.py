"""Import 50 phone-sized flipchart photos (4000×3000, ~5 MB each) into an event file.

The pictures are generated once into a temp folder by a child process, so the peak
memory printed is the import's own (resource.ru_maxrss of this process).

    PYTHONPATH=src .venv/bin/python benchmarks/bench_photo_import.py [--count 50]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FOLDER = Path(tempfile.gettempdir()) / "cafedesk-bench-photos"
SIZE = (4000, 3000)


def generate(count: int) -> None:
    from PIL import Image, ImageDraw

    FOLDER.mkdir(exist_ok=True)
    rng = random.Random(7)
    for index in range(count):
        path = FOLDER / f"IMG_{index:04d}.jpg"
        if path.exists():
            continue
        # Sensor noise on a warm paper tone makes JPEGs as big as real phone photos.
        noise = [Image.effect_noise(SIZE, 40 + index % 10) for _ in range(3)]
        image = Image.merge("RGB", noise)
        paper = Image.new("RGB", SIZE, (235, 228, 214))
        image = Image.blend(paper, image, 0.35)
        draw = ImageDraw.Draw(image)
        for _ in range(25):
            x, y = rng.randint(0, 3600), rng.randint(0, 2800)
            draw.line(
                (x, y, x + rng.randint(100, 900), y + rng.randint(-80, 80)), (30, 60, 180), 14
            )
        exif = Image.Exif()
        exif[0x0112] = 6 if index % 3 == 0 else 1  # some were taken with the phone upright
        image.save(path, "JPEG", quality=93, exif=exif.tobytes())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--generate-only", action="store_true")
    args = parser.parse_args()
    if args.generate_only:
        generate(args.count)
        return
    subprocess.run(
        [sys.executable, __file__, "--generate-only", "--count", str(args.count)], check=True
    )
    paths = sorted(FOLDER.glob("IMG_*.jpg"))[: args.count]
    megabytes = sum(p.stat().st_size for p in paths) / 1e6

    from cafedesk.services import photos, topics
    from cafedesk.store.eventfile import create_event_file

    with tempfile.TemporaryDirectory() as tmp:
        ef = create_event_file(Path(tmp) / "bench.cafedesk")
        topic = topics.add_topic(ef, "Benchmark").value
        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        start = time.perf_counter()
        result = photos.import_photos(ef, topic.id, paths).value
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        file_mb = (Path(tmp) / "bench.cafedesk").stat().st_size / 1e6
        ef.close()
    figures = {
        "photos": len(result.photos),
        "failures": len(result.failures),
        "input_mb": round(megabytes, 1),
        "seconds": round(seconds, 2),
        "per_photo_s": round(seconds / max(1, len(paths)), 3),
        "peak_rss_mb": round(peak, 1),
        "rss_before_import_mb": round(baseline, 1),
        "event_file_mb": round(file_mb, 1),
    }
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
