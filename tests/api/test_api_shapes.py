"""Request shapes: Buffer and Hootsuite objects as they are sent, channels, timezone, post parts."""

from __future__ import annotations

from datetime import datetime
from datetime import timezone
from pathlib import Path

import pytest

from api_fakes import auth
from riskcheck.api.schemas import PostIn

BUFFER = {
    "id": "buf-1", "text": "New blog post", "channelId": "5f1a", "dueAt": "2026-11-24T10:00:00+01:00",
    "schedulingType": "automatic", "mode": "customScheduled", "tagIds": ["t1"],
    "assets": {"images": [{"url": "https://cdn.example.com/a.png", "metadata": {"altText": "Storm Bram over the coast"}}],
               "link": {"url": "https://bit.ly/abc", "title": "Our big sale"}},
}
HOOTSUITE = {
    "text": "Storm Bram is coming", "socialProfileIds": ["115185509", "998877"],
    "scheduledSendTime": "2026-11-24T09:00:00Z", "webhookUrls": ["https://hooks.example.com/x"],
    "tags": ["winter"], "emailNotification": False,
    "media": [{"id": "m1", "altText": "A big sale banner"}],
}


def test_buffer_post_is_checked_as_sent_with_its_parts(client):
    r = client.post("/v1/check/buffer", json=BUFFER, headers=auth("check"))
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["id"] == "buf-1"
    parts = {(f["rule_id"], f["part"]) for f in body["findings"]}
    assert ("events/storm", "alt_text") in parts    # alt text seen by word rules
    assert ("promo/sale", "media") in parts         # the link card's title is the media description
    alt = next(f for f in body["findings"] if f["part"] == "alt_text")
    assert alt["spans"][0]["text"] == "Storm Bram"


def test_hootsuite_post_is_checked_once_per_profile(make_client):
    c = make_client(channel_names={"115185509": "instagram"})
    r = c.post("/v1/check/hootsuite", json=HOOTSUITE, headers=auth("check"))
    assert r.status_code == 200, r.text
    body = r.json()
    assert [ch["channel"] for ch in body["channels"]] == ["instagram", "998877"]
    assert body["decision"] == "block"
    assert all(ch["decision"] == "block" for ch in body["channels"])
    assert {f["part"] for f in body["findings"]} == {"text", "alt_text"}


def test_adapter_query_parameters_and_validation(client):
    r = client.post("/v1/check/hootsuite?timezone=Mars/Olympus", json=HOOTSUITE, headers=auth("check"))
    assert r.status_code == 422 and "timezone" in r.text
    r = client.post("/v1/check/buffer", json={"channelId": "x"}, headers=auth("check"))
    assert r.status_code == 422 and "text" in r.text
    r = client.post("/v1/check/buffer?language=nl&brand=acme", json={"text": "Hallo"}, headers=auth("check"))
    assert (r.status_code, r.json()["language"]) == (200, "nl")


def test_channels_list_answers_the_worst_with_per_channel_detail(client):
    r = client.post("/v1/check", json={"text": "big sale", "channels": ["x", "Twitter", "linkedin"]},
                    headers=auth("check"))
    body = r.json()
    assert r.status_code == 200
    assert [ch["channel"] for ch in body["channels"]] == ["x", "linkedin"]  # Twitter is x
    assert {ch["decision"] for ch in body["channels"]} == {"review"}
    r = client.post("/v1/check", json={"text": "hi", "channel": "x", "channels": ["x"]}, headers=auth("check"))
    assert r.status_code == 422 and "channels" in r.text


def test_naive_time_with_a_timezone():
    post = PostIn.model_validate({"text": "hi", "scheduled_at": "2026-07-01T10:00:00",
                                  "timezone": "Europe/Amsterdam"}).to_post()
    assert post.scheduled_at == datetime(2026, 7, 1, 8, 0, tzinfo=timezone.utc)
    aware = PostIn.model_validate({"text": "hi", "scheduled_at": "2026-07-01T10:00:00+00:00",
                                   "timezone": "Europe/Amsterdam"}).to_post()
    assert aware.scheduled_at == datetime(2026, 7, 1, 10, 0, tzinfo=timezone.utc)  # an offset wins


@pytest.mark.parametrize(("body", "needle"), [
    ({"text": "hi", "scheduled_at": "2026-07-01T10:00:00"}, "timezone"),
    ({"text": "hi", "scheduled_at": "2026-07-01T10:00:00", "timezone": "Nowhere/City"}, "Nowhere/City"),
])
def test_naive_time_without_a_usable_zone_is_422(client, body, needle):
    r = client.post("/v1/check", json=body, headers=auth("check"))
    assert r.status_code == 422 and needle in r.json()["detail"]


def test_shortener_only_in_link_urls_is_flagged_naming_the_part(make_client):
    c = make_client(real_engine=True, rules_dir=Path(__file__).resolve().parents[2] / "rules")
    r = c.post("/v1/check", json={"text": "New blog post", "link_urls": ["https://bit.ly/abc"]},
               headers=auth("check"))
    body = r.json()
    shortener = [f for f in body["findings"] if f["rule_id"] == "links/shortener"]
    assert [(f["part"], f["spans"][0]["text"]) for f in shortener] == [("link_urls[0]", "https://bit.ly/")]
    assert body["decision"] == "review"


def test_openapi_documents_the_adapters(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/v1/check/buffer", "/v1/check/hootsuite"} <= set(paths)
    assert "channelId" in str(client.get("/openapi.json").json()["components"])
