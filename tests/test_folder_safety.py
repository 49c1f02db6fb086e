"""A hostile or busy documents folder: links out of it, pipes, files that vanish, pauses, copies.

UTF-16 documents are in test_document_encodings.py.
"""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest

from bot import digest as digest_module
from bot.cli import main
from knowledge import build as build_module
from knowledge.build import LINK_OUTSIDE, NOT_REGULAR, Listing, build_table, list_folder, read_listed
from knowledge.extract.documents import UnreadableDocument
from tests.conftest import WRITTEN_DOCS
from tests.digest_world import World, settle

SED = WRITTEN_DOCS / "fact_sheet_seventh_sed.txt"
SECRET_LINE = "SLACK_BOT_TOKEN=xoxb-1111-2222-secretsecret"


@pytest.fixture()
def outside(tmp_path: Path) -> Path:
    """A file outside the documents folder that must never be read: an .env with a token in it."""
    secret = tmp_path / "elsewhere" / ".env"
    secret.parent.mkdir()
    secret.write_text(f"{SECRET_LINE}\nSecond line that would become a title\n", encoding="utf-8")
    return secret


def test_links_out_of_the_folder_are_refused_and_named_once_each(tmp_path: Path, outside: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(SED, folder / "real.txt")
    (folder / "env.txt").symlink_to(outside)
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "environ.txt").symlink_to("/proc/self/environ")
    (folder / "inside.txt").symlink_to(folder / "real.txt")  # a link that stays inside is a document
    os.mkfifo(folder / "pipe.txt")  # reading it would block the scan for ever
    table = build_table(folder, root=tmp_path)
    assert [d.path for d in table.documents] == ["docs/real.txt"]  # the inside link is the same document
    assert sorted((s.path, s.reason) for s in table.skipped) == [
        ("docs/env.txt", LINK_OUTSIDE),
        ("docs/environ.txt", LINK_OUTSIDE),
        ("docs/passwd.txt", LINK_OUTSIDE),
        ("docs/pipe.txt", NOT_REGULAR),
    ]
    assert "xoxb" not in table.model_dump_json() and "root:" not in table.model_dump_json()


def test_a_link_to_a_secret_is_never_posted_to_slack(world: World, outside: Path) -> None:
    world.service().run_once()
    (world.folder / "notes.txt").symlink_to(outside)
    world.add(SED)
    report = world.service().run_once()
    assert [s.path for s in report.unreadable] == ["docs/notes.txt"]
    posted = json.dumps([m for m in world.digests()])
    assert "secretsecret" not in posted and "Second line" not in posted and str(outside) not in posted
    assert LINK_OUTSIDE in posted
    assert world.service().run_once().unreadable == []  # reported once, not on every scan


def test_a_file_deleted_between_the_listing_and_its_stat_is_not_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        shutil.copy(SED, folder / name)
    real_scandir = os.scandir

    class Vanishing:
        """os.scandir whose entries are deleted right after they are listed (another process removes them)."""

        def __init__(self, path: Path) -> None:
            self.inner = real_scandir(path)

        def __enter__(self) -> Vanishing:
            return self

        def __exit__(self, *exc: object) -> None:
            self.inner.close()

        def __iter__(self):  # type: ignore[no-untyped-def]
            for entry in self.inner:
                if entry.name == "a.txt":
                    os.unlink(entry.path)
                yield entry

    monkeypatch.setattr(build_module.os, "scandir", Vanishing)
    assert [p.name for p, _ in list_folder(folder).documents] == ["b.txt"]


def test_a_file_deleted_mid_scan_is_removed_not_unreadable(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    world.service().run_once()
    target = world.add(SED)
    listed = list_folder(world.folder)
    target.unlink()  # gone after the listing, before it is read
    monkeypatch.setattr(
        digest_module, "list_folder", lambda _folder: Listing(listed.folder, listed.named, listed.refused)
    )
    report = world.service().run_once()
    assert report.unreadable == [] and report.ingested == [] and world.digests() == []


def test_a_file_written_with_long_pauses_is_announced_once(world: World) -> None:
    world.service().run_once()
    text = SED.read_text(encoding="utf-8")
    target = world.folder / "slow.txt"
    for end in (len(text) // 3, 2 * len(text) // 3, len(text)):
        target.write_text(text[:end], encoding="utf-8")
        settle(target, world.clock.now - 60)  # each pause longer than the settle time
        world.clock.now += 60
        world.service().run_once()
    assert len(world.digests("C1")) == 1 and len(world.digests("C2")) == 1
    table = world.holder.get().table
    assert [d.path for d in table.documents if d.path.endswith("slow.txt")] == ["docs/slow.txt"]
    assert "$15 million" in json.dumps([p.model_dump() for p in table.pledges])  # the complete version


def test_the_same_content_under_two_names_is_announced_once(world: World) -> None:
    world.service().run_once()
    world.add(SED, "copy-one.txt")
    world.add(SED, "copy-two.txt")
    report = world.service().run_once()
    assert len(report.ingested) == 1
    blocks = json.dumps(world.digests("C1")[0]["blocks"])
    # One document listed: one 'Ask about this document' button (the digest names a document in its section and
    # again in that button's value, so the title itself appears twice).
    assert blocks.count('"usrok_ask_document"') == 1 and "1 new document" in world.digests("C1")[0]["text"]


def test_a_file_swapped_for_a_link_after_the_listing_is_not_followed(tmp_path: Path, outside: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(SED, folder / "swapped.txt")
    listing = list_folder(folder)
    (folder / "swapped.txt").unlink()
    (folder / "swapped.txt").symlink_to(outside)  # between the listing and the read
    with pytest.raises(UnreadableDocument) as refused:
        read_listed(listing.documents[0][0])
    assert str(refused.value) == LINK_OUTSIDE


def test_a_sidecar_url_that_is_a_link_is_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(SED, folder / "doc.txt")
    (tmp_path / "private.url").write_text("https://intranet.example/secret-path\n", encoding="utf-8")
    (folder / "doc.txt.url").symlink_to(tmp_path / "private.url")
    assert read_listed(folder / "doc.txt").url is None
    (folder / "doc.txt.url").unlink()
    (folder / "doc.txt.url").write_text("https://www.state.gov/seventh-sed\n", encoding="utf-8")
    assert read_listed(folder / "doc.txt").url == "https://www.state.gov/seventh-sed"


def test_usrok_build_names_each_refused_entry_on_one_line(
    tmp_path: Path, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("USROK_ENV_FILE", os.devnull)  # a developer's .env must not reach this run
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(SED, folder / "real.txt")
    (folder / "env.txt").symlink_to(outside)
    os.mkfifo(folder / "pipe.md")
    out, err = io.StringIO(), io.StringIO()
    code = main(["build", "--seeds", str(folder), "--out", str(tmp_path / "table.json")], out=out, err=err)
    assert code == 1
    assert sorted(line.split(": ", 1)[1] for line in err.getvalue().splitlines()) == [LINK_OUTSIDE, NOT_REGULAR]
    assert "secretsecret" not in err.getvalue() + out.getvalue() + (tmp_path / "table.json").read_text()


def test_a_recent_file_is_taken_only_once_a_scan_finds_it_unchanged(world: World) -> None:
    service = world.service()
    service.run_once()
    text = SED.read_text(encoding="utf-8")
    target = world.folder / "paused.txt"
    target.write_text(text[: len(text) // 2], encoding="utf-8")
    settle(target, world.clock.now - 10)  # past the settle time, yet recent: the writer may be pausing
    assert service.run_once().waiting == ["docs/paused.txt"]
    target.write_text(text, encoding="utf-8")  # the writer goes on
    settle(target, world.clock.now - 5)
    world.clock.now += 5
    assert service.run_once().waiting == ["docs/paused.txt"] and world.digests() == []
    world.clock.now += 5  # one scan later, unchanged: taken, whole
    report = service.run_once()
    assert report.ingested == ["docs/paused.txt"] and "$15 million" in json.dumps(world.digests("C1")[0]["blocks"])
