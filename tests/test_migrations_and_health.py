"""Schema changes go through Alembic and keep the data; /healthz tells the table, its size and the last scan."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import insert, inspect, text

from bot.app import create_app
from bot.http import make_http_server
from bot.migrate import HEAD_REVISION, alembic_config, current_revision, upgrade_schema
from bot.outbox import DigestOutbox
from bot.runtime import health
from bot.schema import digest_outbox, make_engine, subscriptions, writer
from bot.slack_client import make_web_client
from bot.state import StateStore, metadata
from bot.wiring import build_services
from tests.databases import DATABASES, fresh_database
from tests.digest_world import World
from tests.slack_harness import SECRET, ServerThread


@pytest.mark.parametrize("kind", DATABASES)
def test_a_database_made_before_migrations_is_upgraded_and_keeps_its_data(kind: str, tmp_path: Path) -> None:
    url = fresh_database(kind, tmp_path)
    engine = make_engine(url)
    upgrade_schema(writer(engine), "0001")  # the schema the bot used to create by itself, without a version table
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
        conn.execute(insert(subscriptions).values(channel="C7", added_by="U1", added_at=1.0))
        conn.execute(
            insert(digest_outbox).values(
                scan_id="s", channel="C7", payload="{}", status="pending", attempts=0, created_at=1.0
            )
        )
    engine.dispose()
    store = StateStore(url)
    assert store.subscribed_channels() == ["C7"]
    claimed = DigestOutbox(store, "me", 60).claim_next()
    assert claimed is not None and claimed.channel == "C7"
    assert {"leases", "feedback", "alembic_version"} <= set(inspect(store.engine).get_table_names())


@pytest.mark.parametrize("kind", DATABASES)
def test_the_migrations_build_exactly_the_tables_the_code_declares(kind: str, tmp_path: Path) -> None:
    store = StateStore(fresh_database(kind, tmp_path))
    with store.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    assert differences == []


def test_health_reports_the_table_version_its_documents_and_the_last_scan(world: World) -> None:
    services = build_services(world.settings, watch_live_table=True)
    assert health(services)["last_scan"] is None
    services.digests.run_once()
    assert services.digests.tables.wait(60)  # the worker builds the new table in the background
    report = health(services)
    assert report["documents"] == 2 and isinstance(report["table_version"], int) and report["last_scan"] > 0
    app = create_app(
        world.settings, client=make_web_client(world.settings), knowledge=services.knowledge, store=services.store
    )
    server = ServerThread(
        make_http_server(app, host="127.0.0.1", port=0, signing_secret=SECRET, health=lambda: health(services))
    )
    try:
        with urllib.request.urlopen(f"{server.url}/healthz", timeout=5) as response:
            assert json.loads(response.read()) == {"ok": True, **report}
    finally:
        server.close()


def test_the_head_revision_the_store_checks_is_the_newest_migration(tmp_path: Path) -> None:
    assert ScriptDirectory.from_config(alembic_config()).get_heads() == [HEAD_REVISION]
    store = StateStore(f"sqlite:///{tmp_path / 's.db'}")
    assert current_revision(store.engine) == HEAD_REVISION
