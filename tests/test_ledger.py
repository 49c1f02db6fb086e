"""The ledger a scanner keeps in memory between scans (``bot.ledger``): the database's, read again only when needed."""

from __future__ import annotations

from bot.state import KnownFile
from tests.conftest import WRITTEN_DOCS
from tests.digest_world import World, settle

SED = WRITTEN_DOCS / "fact_sheet_seventh_sed.txt"
SEMICONDUCTORS = WRITTEN_DOCS / "joint_statement_semiconductors.md"


def _counting_reads(world: World, service_holder: str) -> tuple[object, list[int]]:
    service = world.service(holder=service_holder)
    reads: list[int] = []
    original = service.store.known_files

    def counted() -> dict[str, KnownFile]:
        reads.append(1)
        return original()

    service.store.known_files = counted  # type: ignore[method-assign]
    return service, reads


def test_the_ledger_kept_in_memory_is_the_database_s_after_new_changed_removed_and_unreadable_files(
    world: World,
) -> None:
    service, reads = _counting_reads(world, "worker")
    service.run_once()
    world.add(SED)
    service.run_once()
    seeds = sorted(world.folder.glob("*.txt"))
    seeds[0].unlink()  # removed
    changed = seeds[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    settle(changed, world.clock.now - 3600)
    (world.folder / "broken.txt").write_bytes(b"\x00\x01\x02 binary")
    settle(world.folder / "broken.txt", world.clock.now - 3600)
    world.add(SEMICONDUCTORS)
    report = service.run_once()
    assert report.ingested == ["docs/joint_statement_semiconductors.md"] and len(report.unreadable) == 1
    assert len(reads) == 1  # read once, at the first scan; every later scan changed the rows it held
    _, version = service.store.ledger_state()
    assert service.ledger.files(version) == service.store.known_files()


def test_a_scanner_reads_the_ledger_again_after_another_process_recorded_a_scan(world: World) -> None:
    first, reads = _counting_reads(world, "first")
    second = world.service(holder="second")
    assert first.run_once().baseline
    world.clock.now += world.settings.scanner_lease + 1  # the first one's lease lapsed between its scans
    world.add(SED)
    assert second.run_once().ingested == ["docs/fact_sheet_seventh_sed.txt"]
    world.clock.now += world.settings.scanner_lease + 1
    report = first.run_once()
    assert report.scanned and report.ingested == [] and report.unchanged == 3
    assert len(world.digests("C1")) == 1 and len(world.digests("C2")) == 1  # not announced a second time
    assert len(reads) == 2


def test_a_recording_that_raised_after_it_committed_makes_the_scanner_read_the_ledger_again(world: World) -> None:
    service, reads = _counting_reads(world, "worker")
    service.run_once()
    world.add(SED)
    original = service.store.record_scan

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        original(*args, **kwargs)
        raise ConnectionError("the connection dropped as the commit was confirmed")

    service.store.record_scan = failing  # type: ignore[method-assign]
    try:
        service.scan()
    except ConnectionError:
        pass
    service.store.record_scan = original  # type: ignore[method-assign]
    report = service.run_once()
    assert report.ingested == [] and report.unchanged == 3  # the commit went through: known, not new again
    assert len(world.digests("C1")) == 1 and len(reads) == 2
