"""Rule-set generations in the store, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import threading

from riskcheck.store import Store
from riskcheck.store import open_store

FILES_A = {"riskcheck.yaml": "packs: [a.yaml]\n", "a.yaml": "pack: a\nrules: []\n"}
FILES_B = {"riskcheck.yaml": "packs: [b.yaml]\n", "sub/b.yaml": "pack: b  # ünïcode\nrules: []\n"}


def test_an_empty_store_has_no_head(store: Store) -> None:
    assert store.ruleset_head() is None
    assert store.ruleset_generation() is None
    assert store.ruleset_generations() == []


def test_publish_numbers_generations_and_keeps_the_files(store: Store) -> None:
    first = store.publish_ruleset("aaa", FILES_A, "ed", "first")
    second = store.publish_ruleset("bbb", FILES_B, "ed", "second")
    assert (first.generation, second.generation) == (1, 2)
    assert store.ruleset_head() == (2, "bbb")
    assert dict(store.ruleset_generation(1).files or {}) == FILES_A
    assert dict(store.ruleset_generation(version="bbb").files or {}) == FILES_B
    listed = store.ruleset_generations()
    assert [(g.generation, g.version, g.by, g.note, g.files) for g in listed] == [
        (2, "bbb", "ed", "second", None), (1, "aaa", "ed", "first", None)]


def test_publishing_the_newest_version_again_adds_no_generation(store: Store) -> None:
    store.publish_ruleset("aaa", FILES_A, "ed", "first")
    again = store.publish_ruleset("aaa", FILES_A, "someone else", "again")
    assert (again.generation, again.by) == (1, "ed")
    assert len(store.ruleset_generations()) == 1


def test_a_rollback_is_a_new_generation_with_the_old_version(store: Store) -> None:
    store.publish_ruleset("aaa", FILES_A, "ed", "first")
    store.publish_ruleset("bbb", FILES_B, "ed", "second")
    back = store.publish_ruleset("aaa", FILES_A, "ed", "rollback")
    assert (back.generation, back.version) == (3, "aaa")
    assert store.ruleset_generation(version="aaa").generation == 3  # the newest of that version


def test_concurrent_publishers_from_two_connections_never_share_a_generation(store_url: str) -> None:
    stores = [open_store(store_url, crisis_cache_s=0.0) for _ in range(2)]
    try:
        def publish(index: int) -> None:
            for n in range(10):
                stores[index].publish_ruleset(f"v{index}-{n}", FILES_A, f"p{index}", "race")

        threads = [threading.Thread(target=publish, args=(i,)) for i in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        generations = stores[0].ruleset_generations(100)
        assert sorted(g.generation for g in generations) == list(range(1, 21))
        assert len({g.version for g in generations}) == 20
    finally:
        for s in stores:
            s.close()
