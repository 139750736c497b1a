"""Each reader on good and malformed files: posts with their lines, problems as file:line."""

from __future__ import annotations

from datetime import datetime
from datetime import timedelta
from datetime import timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from riskcheck.hook.channels import KNOWN_CHANNELS
from riskcheck.hook.model import ReadOptions
from riskcheck.hook.readers import read_file
from riskcheck.types import Post

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CET = timezone(timedelta(hours=1))
OPTIONS = ReadOptions(channels=KNOWN_CHANNELS)
AMS = ReadOptions(channels=KNOWN_CHANNELS, timezone=ZoneInfo("Europe/Amsterdam"))


def _read(tmp_path: Path, name: str, content: str | bytes, options: ReadOptions = OPTIONS
          ) -> tuple[list[tuple[int, str | None, str]], list[str]]:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    result = read_file(str(path), options)
    posts = [(p.line, p.post.id, p.post.text) for p in result.posts]
    problems = [str(p).replace(str(tmp_path) + "/", "") for p in result.problems]
    return posts, problems


GOOD = [
    ("generic.csv",
     "text,scheduled_at,channel,brand\nHello there,2026-11-27T09:00:00+01:00,Twitter,acme\n\n"
     "\"Two\nlines\",2026-11-27T10:00:00Z,instagram,acme\n",
     [(2, None, "Hello there"), (4, None, "Two\nlines")]),
    ("extra-columns.csv", "id,text,notes for team\n1,Hi,ignore me\n", [(2, "1", "Hi")]),
    ("posts.json",
     '[\n  {"id": "a", "text": "One"},\n\n  {"id": "b",\n   "text": "Two"}\n]\n',
     [(2, "a", "One"), (4, "b", "Two")]),
    ("wrapped.json", '{"exported": "2026-11-25", "posts": [\n {"text": "Only"}]}', [(2, None, "Only")]),
    ("empty.json", "[]", []),
    ("posts.jsonl", '{"id": "a", "text": "One"}\n\n{"id": "b", "text": "Two", "x-extra": 1}\n',
     [(1, "a", "One"), (3, "b", "Two")]),
    ("posts.yaml", "- id: a\n  text: One\n- text: |\n    Two\n    lines\n  channel: linkedin\n",
     [(1, "a", "One"), (3, None, "Two\nlines")]),
    ("wrapped.yml", "posts:\n  - text: One\n", [(2, None, "One")]),
    ("post.md", "---\nid: m1\ntitle: ignored\n---\n\nBody line one.\nBody line two.\n\n",
     [(1, "m1", "Body line one.\nBody line two.")]),
]


@pytest.mark.parametrize(("name", "content", "expected"), GOOD, ids=[g[0] for g in GOOD])
def test_good_files(tmp_path: Path, name: str, content: str, expected: list[tuple[int, str | None, str]]) -> None:
    assert _read(tmp_path, name, content) == (expected, [])


BAD = [
    ("latin1.csv", "text\nok\n".encode() + "caf\xe9\n".encode("latin-1"),
     ["latin1.csv:3: error undecodable byte 0xe9 at column 4: the file is not UTF-8 (save or export it as UTF-8)"]),
    ("nocol.csv", "copy,channel\nHi,x\n",
     ["nocol.csv:1: error missing column 'text' (header has: copy, channel; map yours with --columns "
      "text=NAME, or use --csv-layout hootsuite)"]),
    ("typo.csv", "text,sheduled_at\nHi,2026-11-27T09:00:00Z\n",
     ["typo.csv:1: error unknown column 'sheduled_at' (did you mean 'scheduled_at'?)"]),
    ("date.csv", "text,scheduled_at\nFine,2026-11-27T09:00:00Z\nBad,next tuesday\n",
     ["date.csv:3: error malformed date 'next tuesday' (use ISO 8601 like 2026-11-21T09:00:00+01:00, "
      "or DD/MM/YYYY HH:MM)"]),
    ("naive.csv", "text,scheduled_at\nHi,2026-11-27 09:00\n",
     ["naive.csv:2: error scheduled_at '2026-11-27 09:00' has no time zone offset (write e.g. +01:00, "
      "or pass --timezone Europe/Amsterdam)"]),
    ("channel.csv", "text,channel\nHi,myspace\n",
     ["channel.csv:2: error unknown channel 'myspace' (known: " + ", ".join(sorted(KNOWN_CHANNELS))
      + "; add yours with --channels +myspace or $RISKCHECK_CHANNELS)"]),
    ("cells.csv", "text,channel\nHi,x,extra\n", ["cells.csv:2: error row has 3 cells, the header has 2"]),
    ("emptytext.csv", "text,channel\n,x\n", ["emptytext.csv:2: error field 'text' is empty"]),
    ("quote.csv", 'text\n"never closed\n', ["quote.csv:2: error malformed CSV: unexpected end of data"]),
    ("empty.csv", "", ["empty.csv:1: error empty file: no header row and no posts"]),
    ("syntax.json", '[\n {"text": "a"},\n {"text": }\n]',
     ["syntax.json:3: error invalid JSON: Expecting value (column 11)"]),
    ("notlist.json", '"hello"', ['notlist.json:1: error invalid JSON: expected a list of posts (\'[\')']),
    ("unknown.json", '[\n {"text": "a", "sheduled_at": "2026-11-27T09:00:00Z"}\n]',
     ["unknown.json:2: error unknown field 'sheduled_at' (did you mean 'scheduled_at'?)"]),
    ("notext.jsonl", '{"text": "ok"}\n{"channel": "x"}\n[1]\n',
     ["notext.jsonl:2: error missing field 'text'", "notext.jsonl:3: error a post must be an object, got list"]),
    ("date.yaml", "- text: a\n- text: b\n  scheduled_at: 2026-11-27\n",
     ["date.yaml:3: error scheduled_at '2026-11-27' has a date but no time of day"]),
    ("dup.yaml", "- text: a\n  channel: x\n  channel: instagram\n",
     ["dup.yaml:3: error duplicate field 'channel' (first on line 2)"]),
    ("scalar.yaml", "- just a string\n", ["scalar.yaml:1: error a post must be a mapping of fields (text: ..., ...)"]),
    ("nofront.md", "Just text\n", ["nofront.md:1: error no YAML front matter: a post file starts with a '---' "
                                   "line, its fields, and another '---' line"]),
    ("open.md", "---\nid: a\nBody\n", ["open.md:1: error front matter is not closed by a '---' line"]),
    ("channel.md", "---\nid: a\nchannel: orkut\n---\nBody\n",
     ["channel.md:3: error unknown channel 'orkut' (known: " + ", ".join(sorted(KNOWN_CHANNELS))
      + "; add yours with --channels +orkut or $RISKCHECK_CHANNELS)"]),
    ("nobody.md", "---\nid: a\n---\n\n", ["nobody.md:3: error the post has no text (nothing after the front matter)"]),
    ("lang.csv", "text,language\nHi,English\n",
     ["lang.csv:2: error field 'language': 'English' is not a language code: use ISO 639-1 such as en or nl"]),
    ("dupid.csv", "id,text\n1,a\n2,b\n1,c\n",
     ["dupid.csv:4: error duplicate id '1' (first on line 2); give each post its own id"]),
    ("dupid.yaml", "- {id: a, text: x}\n- {id: a, text: y}\n",
     ["dupid.yaml:2: error duplicate id 'a' (first on line 1); give each post its own id"]),
    ("surrogate.json", '[\n {"id": "a",\n  "text": "Storm \\ud800 Bram"}\n]',
     ["surrogate.json:2: error field 'text' holds a lone surrogate \\ud800 at character 7, which is not text"]),
    ("surrogate.jsonl", '{"text": "ok", "id": "\\udcff"}\n',
     ["surrogate.jsonl:1: error field 'id' holds a lone surrogate \\udcff at character 1, which is not text"]),
    ("posts.txt", "hello", ["posts.txt:1: error unsupported file type (riskcheck reads .csv, .json, .jsonl, "
                            ".markdown, .md, .ndjson, .yaml, .yml; or pass --input-format)"]),
]


@pytest.mark.parametrize(("name", "content", "problems"), BAD, ids=[b[0] for b in BAD])
def test_malformed_files(tmp_path: Path, name: str, content: str | bytes, problems: list[str]) -> None:
    assert _read(tmp_path, name, content)[1] == problems


def test_yaml_syntax_error_names_its_line(tmp_path: Path) -> None:
    _, problems = _read(tmp_path, "syntax.yaml", "- text: a\n  channel: [x\n")
    assert len(problems) == 1 and problems[0].startswith("syntax.yaml:3: error invalid YAML: ")


def test_bad_record_does_not_hide_the_good_ones(tmp_path: Path) -> None:
    posts, problems = _read(tmp_path, "mixed.csv", "text,channel\nOne,x\nTwo,myspace\nThree,instagram\n")
    assert [p[2] for p in posts] == ["One", "Three"]
    assert len(problems) == 1 and problems[0].startswith("mixed.csv:3: error unknown channel")


def test_post_fields_are_read_and_normalised(tmp_path: Path) -> None:
    path = tmp_path / "full.json"
    path.write_text('[{"id": 7, "text": "Hi", "scheduled_at": "2026-11-27T09:00:00+01:00", "channel": " Twitter ",'
                    ' "brand": "acme", "language": "nl", "author": "ann", "link": "https://a.example",'
                    ' "alt_text": "a cat"}]', encoding="utf-8")
    result = read_file(str(path), OPTIONS)
    assert result.posts[0].post == Post(text="Hi", scheduled_at=datetime(2026, 11, 27, 9, tzinfo=CET), channel="x",
                                        brand="acme", language="nl", author="ann",
                                        link_urls=("https://a.example",), alt_text="a cat", id="7")


def test_hootsuite_headerless_layout_uses_timezone_and_day_first() -> None:
    result = read_file(str(EXAMPLES / "hootsuite-bulk.csv"), AMS)
    assert result.problems == ()
    assert [(p.line, p.post.scheduled_at, p.post.link_urls) for p in result.posts] == [
        (1, datetime(2026, 11, 27, 9, tzinfo=ZoneInfo("Europe/Amsterdam")), ("https://example.com/winter",)),
        (2, datetime(2026, 11, 27, 14, tzinfo=ZoneInfo("Europe/Amsterdam")), ()),
        (3, datetime(2026, 11, 28, 10, 30, tzinfo=ZoneInfo("Europe/Amsterdam")), ("https://example.com/books",)),
    ]


@pytest.mark.parametrize(("day_first", "expected"), [(True, (2026, 2, 1)), (False, (2026, 1, 2))])
def test_hootsuite_header_and_month_first(tmp_path: Path, day_first: bool, expected: tuple[int, int, int]) -> None:
    path = tmp_path / "hs.csv"
    path.write_text("Date,Message,Link\n01/02/2026 9:05 PM,Hello,\n", encoding="utf-8")
    options = ReadOptions(channels=KNOWN_CHANNELS, timezone=timezone.utc, csv_layout="hootsuite",
                           date_order="dmy" if day_first else "mdy")
    result = read_file(str(path), options)
    assert result.problems == ()
    assert result.posts[0].post.scheduled_at == datetime(*expected, 21, 5, tzinfo=timezone.utc)
    assert result.posts[0].line == 2


def test_columns_mapping_renames_headers_and_keys(tmp_path: Path) -> None:
    options = ReadOptions(channels=KNOWN_CHANNELS, columns={"text": "Post copy", "channel": "Network"})
    (tmp_path / "buffer.csv").write_text("Post copy,Network\nHi,LinkedIn\n", encoding="utf-8")
    (tmp_path / "buffer.json").write_text('[{"Post copy": "Hi", "Network": "LinkedIn"}]', encoding="utf-8")
    for name in ("buffer.csv", "buffer.json"):
        result = read_file(str(tmp_path / name), options)
        assert (result.problems, [(p.post.text, p.post.channel) for p in result.posts]) == ((), [("Hi", "linkedin")])


def test_columns_mapping_names_a_missing_column(tmp_path: Path) -> None:
    options = ReadOptions(channels=KNOWN_CHANNELS, columns={"text": "Copy"})
    _, problems = _read(tmp_path, "m.csv", "text,channel\nHi,x\n", options)
    assert problems == ["m.csv:1: error missing column 'Copy' for field 'text' (header has: text, channel)"]


def test_any_channel_with_star_and_markdown_text_line(tmp_path: Path) -> None:
    options = ReadOptions(channels=None)
    path = tmp_path / "p.md"
    path.write_text("---\nchannel: intranet\n---\n\n\nHello\n", encoding="utf-8")
    result = read_file(str(path), options)
    assert [(p.post.channel, p.line, p.text_line) for p in result.posts] == [("intranet", 1, 6)]


@pytest.mark.parametrize("name", ["posts.csv", "posts.json", "posts.jsonl", "posts.yaml",
                                  "markdown/2026-11-27-winter-range.md", "markdown/2026-11-29-storm-offer.md"])
def test_shipped_examples_read_cleanly(name: str) -> None:
    result = read_file(str(EXAMPLES / name), OPTIONS)
    assert result.problems == () and result.posts


def test_json_text_line_is_the_line_of_the_text_key(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text('[\n  {"id": "a",\n   "x-note\\"text\\"": 1,\n   "x-text": "no",\n   "text": "Hi"}\n]',
                    encoding="utf-8")
    result = read_file(str(path), ReadOptions(channels=None))
    assert result.problems == ()
    assert [(p.line, p.text_line) for p in result.posts] == [(2, 5)]


def test_duplicate_ids_are_still_checked(tmp_path: Path) -> None:
    posts, _ = _read(tmp_path, "dup.csv", "id,text\n1,a\n1,b\n")
    assert posts == [(2, "1", "a"), (3, "1", "b")]


@pytest.mark.parametrize(("content", "expected"), [
    ('text;scheduled_at;channel\n"Storm; Bram";2026-11-27T09:00:00+01:00;x\n', [(2, None, "Storm; Bram")]),
    ("text\tchannel\nHallo, wereld\tx\n", [(2, None, "Hallo, wereld")]),
    ('"a;b",channel\n"x;y",x\n', []),  # a comma outside quotes keeps the comma
])
def test_csv_from_a_dutch_excel_uses_its_delimiter(tmp_path: Path, content: str, expected: list[tuple[int, str | None, str]]) -> None:
    posts, problems = _read(tmp_path, "excel.csv", content)
    assert posts == expected
    assert problems == ([] if expected else ["excel.csv:1: error missing column 'text' (header has: a;b, channel; "
                                             "map yours with --columns text=NAME, or use --csv-layout hootsuite)"])
