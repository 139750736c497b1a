"""Buffer- and Hootsuite-shaped post objects, read as they are sent.

A scheduler should not have to translate its own post object into ours, so
``POST /v1/check/buffer`` and ``POST /v1/check/hootsuite`` take those objects: the fields
riskcheck needs are read, the scheduler's other fields (``schedulingType``, ``webhookUrls``,
``targeting``, ...) are accepted and ignored. What the objects cannot say (brand,
language, the zone of a naive time) comes as query parameters.

Field mapping (documented in api/README.md):

* Buffer: ``text``; ``channelId`` (or ``channelService`` when sent) -> channel; ``dueAt`` ->
  scheduled time; ``assets.images[].metadata.altText`` -> alt_text; ``assets.link.url`` and
  ``assets.link`` title/description -> link_urls and media; ``assets.videos[].metadata.title``
  -> media; ``id`` -> id.
* Hootsuite: ``text``; ``socialProfileIds`` -> one check per profile (channels);
  ``scheduledSendTime`` -> scheduled time; ``media[].altText`` -> alt_text;
  ``media[].videoTitle`` -> media; ``id`` -> id. ``mediaUrls`` are the uploaded files, not
  links readers follow, so they are not checked as links.

Channel ids (Buffer channel ids, Hootsuite social profile ids) are mapped to channel names
with the service setting ``channel_names`` (``{"115185509": "instagram"}``) so channel-scoped
rules apply; an unmapped id is used as the channel name as is.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic import ConfigDict
from pydantic import Field

from riskcheck.api.schemas import PostIn
from riskcheck.api.schemas import Text


class _Lenient(BaseModel):
    """The scheduler's own object: its fields we do not use are accepted and ignored."""

    model_config = ConfigDict(extra="ignore")


class _BufferMeta(_Lenient):
    altText: Text | None = Field(default=None, max_length=5000)
    title: Text | None = Field(default=None, max_length=5000)


class _BufferImage(_Lenient):
    url: Text | None = None
    metadata: _BufferMeta | None = None
    altText: Text | None = Field(default=None, max_length=5000)


class _BufferLink(_Lenient):
    url: Text | None = Field(default=None, max_length=4000)
    title: Text | None = Field(default=None, max_length=5000)
    description: Text | None = Field(default=None, max_length=5000)


class _BufferAssets(_Lenient):
    images: list[_BufferImage] = Field(default_factory=list, max_length=50)
    videos: list[_BufferImage] = Field(default_factory=list, max_length=50)
    link: _BufferLink | None = None


class BufferPostIn(_Lenient):
    """A Buffer post (``createPost`` input / ``Post`` object). Other Buffer fields are ignored."""

    text: Text = Field(description="The post text.")
    id: Text | None = Field(default=None, max_length=256)
    channelId: Text | None = Field(default=None, max_length=256, description="Mapped through channel_names.")
    channelService: Text | None = Field(default=None, max_length=64,
                                       description="e.g. instagram; used as the channel when present.")
    dueAt: Text | None = Field(default=None, max_length=64,
                              description="ISO 8601; a time without offset needs ?timezone=.")
    assets: _BufferAssets | None = None

    def to_native(self, channel_names: dict[str, str]) -> dict[str, Any]:
        assets = self.assets or _BufferAssets()
        alts = [a for image in assets.images
                for a in (image.altText, image.metadata.altText if image.metadata else None) if a]
        media = [v.metadata.title for v in assets.videos if v.metadata and v.metadata.title]
        links: list[str] = []
        if assets.link is not None:
            links += [assets.link.url] if assets.link.url else []
            media += [t for t in (assets.link.title, assets.link.description) if t]
        channel = self.channelService or (channel_names.get(self.channelId, self.channelId) if self.channelId else None)
        return _native(self.text, self.id, [channel] if channel else [], self.dueAt, alts, media, links)


class _HootsuiteMedia(_Lenient):
    id: Text | None = None
    altText: Text | None = Field(default=None, max_length=5000)
    videoTitle: Text | None = Field(default=None, max_length=5000)


class HootsuitePostIn(_Lenient):
    """A Hootsuite message (``POST /v1/messages`` body). Other Hootsuite fields are ignored."""

    text: Text = Field(description="The message text.")
    id: Text | None = Field(default=None, max_length=256)
    socialProfileIds: list[Text] = Field(default_factory=list, max_length=50,
                                        description="Checked once per profile, each mapped through channel_names.")
    scheduledSendTime: Text | None = Field(default=None, max_length=64,
                                          description="ISO 8601 (Hootsuite sends UTC, 'Z').")
    media: list[_HootsuiteMedia] = Field(default_factory=list, max_length=50)

    def to_native(self, channel_names: dict[str, str]) -> dict[str, Any]:
        alts = [m.altText for m in self.media if m.altText]
        media = [m.videoTitle for m in self.media if m.videoTitle]
        channels = [channel_names.get(p, p) for p in self.socialProfileIds]
        return _native(self.text, self.id, channels, self.scheduledSendTime, alts, media, [])


def _native(text: str, post_id: str | None, channels: list[str], at: str | None, alts: list[str],
            media: list[str], links: list[str]) -> dict[str, Any]:
    body: dict[str, Any] = {"text": text}
    if post_id is not None:
        body["id"] = post_id
    if channels:
        body["channels"] = list(dict.fromkeys(channels))
    if at is not None:
        body["scheduled_at"] = at  # read by PostIn with the one date parser (and ?timezone=)
    if alts:
        body["alt_text"] = "\n".join(alts)
    if media:
        body["media"] = "\n".join(media)
    if links:
        body["link_urls"] = links
    return body


def native_post(body: BufferPostIn | HootsuitePostIn, channel_names: dict[str, str], *, brand: str | None,
                language: str | None, timezone: str | None) -> PostIn:
    """The native body the adapter's object amounts to (validated like ``/v1/check``)."""
    data = body.to_native(channel_names)
    for key, value in (("brand", brand), ("language", language), ("timezone", timezone)):
        if value is not None:
            data[key] = value
    return PostIn.model_validate(data)
