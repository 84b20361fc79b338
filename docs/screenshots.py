#!/usr/bin/env python3
"""Take the README's screenshots: the seed corpus built and served, photographed by headless Chromium.

    .venv/bin/python docs/screenshots.py

Writes docs/screenshot-*.png (the browser the tests use; Debian's chromium package).
"""

import base64
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.test_browser import Chromium  # noqa: E402
from tests.test_plugin_setup import CORPUS, SEED, Server, build_db  # noqa: E402

SHOTS = [
    ("screenshot-home.png", "/", (900, 750)),
    ("screenshot-notices.png", "/ncnd/notices", (1200, 750)),
    ("screenshot-notice.png", f"/ncnd/notices/{SEED['kent_ico']}", (900, 750)),
    ("screenshot-canned-query-chart.png", "/ncnd/forces_by_ncnd", (900, 750)),
    ("screenshot-chart-embed.png", "/-/charts/technology-outcomes/embed", (375, 700)),
]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        server = Server(build_db(CORPUS, Path(tmp)))
        browser = Chromium(Path(tmp) / "profile")
        try:
            for name, path, (width, height) in SHOTS:
                browser.call("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 500}, session=True)
                browser.open(server.url + path)
                browser.poll("document.readyState", lambda state: state == "complete")
                browser.poll("[...document.images].every(i => i.complete)", bool)
                shot = browser.call("Page.captureScreenshot", {"format": "png"}, session=True)
                (ROOT / "docs" / name).write_bytes(base64.b64decode(shot["data"]))
                print(f"docs/{name}  {server.url}{path}  {width}x{height}")
        finally:
            browser.close()
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
