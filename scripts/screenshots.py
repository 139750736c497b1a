"""Screenshots of the review console's main pages for the README, from the same headless
Chromium the browser tests use, against a live server on 127.0.0.1 with a small rule set.

    python scripts/screenshots.py            # writes docs/screenshots/*.png
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))

import conftest as browser_env  # noqa: E402  (the browser tests' server and driver set-up)

OUT = ROOT / "docs" / "screenshots"
POSTS = (
    ("spring-07", "Our cheap spring plans are here: big sale this weekend only!", "acme", "x", "2026-04-07T09:00:00Z"),
    ("storm-02", "Storm Bram deals: 20% off umbrellas today", "acme", "instagram", "2026-04-02T12:00:00Z"),
    ("recruit-11", "We're hiring! Join our friendly team <3", "acme", "linkedin", "2026-04-11T08:00:00Z"),
)


def main() -> int:
    import tempfile

    from selenium.webdriver.common.by import By

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="riskcheck-shots-") as base:
        with browser_env.live_console(Path(base)) as live:
            shoot(live, By)
    print("\n".join(str(p.relative_to(ROOT)) for p in sorted(OUT.glob("*.png"))))
    return 0


def shoot(live: browser_env.Live, By: type) -> None:
    auth = {"Authorization": f"Bearer {browser_env.KEYS['admin']}"}
    for post_id, text, brand, channel, at in POSTS:
        httpx.post(live.url + "/v1/check", json={"text": text, "id": post_id, "brand": brand, "channel": channel,
                                                 "scheduled_at": at}, headers=auth, timeout=10)
    driver = browser_env.make_driver("1280,900")
    try:
        driver.get(live.url + "/console/login")
        driver.find_element(By.ID, "api_key").send_keys(browser_env.KEYS["admin"])
        driver.find_element(By.ID, "sign-in").click()
        driver.find_element(By.ID, "text").send_keys(POSTS[0][1])
        driver.find_element(By.ID, "channel").send_keys("x")
        driver.find_element(By.ID, "brand").send_keys("acme")
        driver.find_element(By.ID, "check").click()
        driver.save_screenshot(str(OUT / "check.png"))
        driver.get(live.url + "/console/queue?decision=&state=pending")
        driver.save_screenshot(str(OUT / "queue.png"))
        driver.get(live.url + "/console/crisis")
        driver.find_element(By.ID, "crisis-reason").send_keys("Storm Bram: severe weather warning")
        driver.find_element(By.ID, "crisis-on").click()
        httpx.post(live.url + "/v1/check", json={"text": "Big sale today on rain boots", "id": "promo-03",
                                                 "brand": "acme", "channel": "x"}, headers=auth, timeout=10)
        driver.get(live.url + "/console/crisis")
        driver.save_screenshot(str(OUT / "crisis.png"))
        voice = live.rules_dir / "voice.yaml"
        good = voice.read_text()
        voice.write_text(good.replace("severity: review", "severity: loud"))
        driver.get(live.url + "/console/rules")
        driver.find_element(By.ID, "reload").click()
        driver.save_screenshot(str(OUT / "rules.png"))
        voice.write_text(good)
        driver.get(live.url + "/console/audit")
        driver.save_screenshot(str(OUT / "audit.png"))
    finally:
        driver.quit()
        shutil.rmtree(driver._riskcheck_profile, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
