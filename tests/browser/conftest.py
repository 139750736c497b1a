"""A live service on loopback and a real headless Chromium (Debian's chromium + chromedriver).

Skipped with the reason when Chromium, chromedriver or Selenium is missing; CI installs
them (.ci/run). Nothing here reaches beyond 127.0.0.1.
"""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from browser_rules import write_rules

KEYS = {"admin": "browser-admin-key", "review": "browser-review-key", "check": "browser-check-key"}
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage", "--window-size=1280,1000")


def _binary(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name) or (name if Path(name).is_file() else None)
        if found:
            return found
    return None


def chromium_and_driver() -> tuple[str, str]:
    """Paths of chromium and chromedriver, or skip with why."""
    pytest.importorskip("selenium", reason="selenium is not installed (pip install -e '.[test]')")
    browser = _binary("chromium", "/usr/bin/chromium", "chromium-browser")
    driver = _binary("chromedriver", "/usr/bin/chromedriver")
    if not browser or not driver:
        pytest.skip("Chromium or chromedriver not installed (apt-get install chromium chromium-driver); "
                    "browser tests skipped")
    return browser, driver


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Live:
    url: str
    rules_dir: Path
    app: Any


@contextmanager
def live_console(base: Path) -> Iterator[Live]:
    """The real app (real rule loader and Checker, rules-only) under uvicorn on 127.0.0.1."""
    import uvicorn

    from riskcheck.api.app import create_app
    from riskcheck.api.settings import Settings
    from riskcheck.api.settings import parse_env_keys

    rules = write_rules(base / "rules")
    keys = parse_env_keys(",".join(f"{scope}={key}:{scope}" for scope, key in KEYS.items()))
    settings = Settings(rules_dir=rules, db_url=str(base / "state.db"), api_keys=keys, ml=False,
                        warm_up=False, crisis_cache_s=0.0)
    app = create_app(settings)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url + "/readyz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("console server did not start")
            time.sleep(0.1)
        yield Live(url, rules, app)
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    chromium_and_driver()  # skip before starting a server when there is no browser
    with live_console(tmp_path_factory.mktemp("console")) as server:
        yield server


def make_driver(window: str = "1280,1000") -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service as DriverService

    browser, driver = chromium_and_driver()
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag if not flag.startswith("--window-size") else f"--window-size={window}")
    profile = tempfile.mkdtemp(prefix="riskcheck-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    try:
        chrome = webdriver.Chrome(service=DriverService(executable_path=driver), options=options)
    except Exception as exc:  # a broken install is a skip with the reason, not an error in our code
        shutil.rmtree(profile, ignore_errors=True)
        pytest.skip(f"Chromium could not start here: {type(exc).__name__}: {str(exc).splitlines()[0]}")
    chrome.set_page_load_timeout(30)
    chrome._riskcheck_profile = profile  # type: ignore[attr-defined]
    return chrome


@pytest.fixture()
def browser() -> Iterator[Any]:
    chrome = make_driver()
    try:
        yield chrome
    finally:
        chrome.quit()
        shutil.rmtree(chrome._riskcheck_profile, ignore_errors=True)
