from __future__ import annotations

import threading
import time

from api_fakes import auth


def _wait_for(predicate, timeout=10.0):
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached")
        time.sleep(0.01)


def _post_in_thread(client, text, out, key):
    def run():
        r = client.post("/v1/check", json={"text": text, "id": key}, headers=auth("check"))
        out[key] = (r.status_code, r.json().get("decision"))
    t = threading.Thread(target=run)
    t.start()
    return t


def test_concurrent_single_checks_are_coalesced_and_bad_posts_isolated(make_client, gate):
    c = make_client(checker_kwargs={"gate": gate}, inline_checks=False, ml_threads=1)
    service = c.app.state.service
    out: dict[str, tuple[int, str | None]] = {}
    threads = [_post_in_thread(c, "first", out, "p0")]
    _wait_for(lambda: service.in_flight == 1)  # p0 holds the only slot, blocked on the gate
    texts = {"p1": "big sale", "p2": "explode", "p3": "hello", "p4": "storm bram"}
    threads += [_post_in_thread(c, text, out, key) for key, text in texts.items()]
    _wait_for(lambda: service.in_flight == 5)
    gate.set()
    for t in threads:
        t.join()
    checker = service.current.checker
    # p0 alone; then the four queued ones together, which fail on p2 and are retried one by one
    assert checker.batch_sizes == [1, 4, 1, 1, 1, 1]
    assert out == {"p0": (200, "pass"), "p1": (200, "review"), "p2": (500, None), "p3": (200, "pass"),
                   "p4": (200, "block")}
