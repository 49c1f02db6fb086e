"""The long-running processes: HTTP (web), Socket Mode with the scheduler (worker), and one digest run."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TextIO

from apscheduler.schedulers.background import BackgroundScheduler
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

from bot.app import create_app
from bot.digest import DigestService
from bot.http import make_http_server
from bot.settings import Settings
from bot.slack_client import make_web_client
from bot.wiring import build_services

log = logging.getLogger("usrok.runtime")


def start_scheduler(digests: DigestService, interval: float) -> BackgroundScheduler:
    """Scan the documents folder every ``interval`` seconds; one scan at a time, missed runs coalesced."""

    def job() -> None:
        try:
            report = digests.run_once()
            if report.ingested or report.posted or report.unreadable:
                log.info("scan: %s", report.summary())
        except Exception:
            log.exception("scan failed; the next one will try again")

    scheduler = BackgroundScheduler(daemon=True)
    scheduler.add_job(
        job, "interval", seconds=interval, max_instances=1, coalesce=True, id="scan", next_run_time=datetime.now()
    )
    scheduler.start()
    return scheduler


def socket_mode_handler(app: App, settings: Settings) -> SocketModeHandler:
    """Socket Mode over the app's own Web API client (so SLACK_API_URL applies to apps.connections.open too)."""
    assert settings.slack_app_token is not None
    return SocketModeHandler(app, settings.slack_app_token.get_secret_value())


def serve(settings: Settings, *, http: bool, scheduler: bool, err: TextIO) -> int:
    """Run the bot in Slack: over HTTP (the web process) or Socket Mode with the scanner (the worker)."""
    if http:
        if settings.slack_signing_secret is None:
            err.write("usrok serve --http: SLACK_SIGNING_SECRET is not set\n")
            return 2
        services = build_services(settings, watch_live_table=True)
        app = create_app(
            settings,
            client=make_web_client(settings),
            knowledge=services.knowledge,
            store=services.store,
            digests=services.digests,
        )
        server = make_http_server(app, port=settings.port, threads=settings.http_threads)
        log.info("usrok listening on port %s (POST /slack/events, GET /healthz)", server.effective_port)
        server.run()
        return 0
    if settings.slack_app_token is None:
        err.write("usrok serve: set SLACK_APP_TOKEN for Socket Mode, or use --http with SLACK_SIGNING_SECRET\n")
        return 2
    services = build_services(settings, watch_live_table=False)
    services.digests.load_current()
    app = create_app(
        settings,
        client=make_web_client(settings),
        knowledge=services.knowledge,
        store=services.store,
        digests=services.digests,
    )
    running = start_scheduler(services.digests, settings.scan_interval_seconds) if scheduler else None
    try:
        socket_mode_handler(app, settings).start()  # type: ignore[no-untyped-call]
    finally:
        if running:
            running.shutdown(wait=False)
    return 0


def digest_once(settings: Settings, out: TextIO, err: TextIO) -> int:
    """One scan and post; exit 0 when it did its job (an unreadable file is reported, not a failure)."""
    if not settings.has_slack_credentials:
        err.write("usrok digest: SLACK_BOT_TOKEN is not set, so the digest cannot be posted\n")
        return 2
    digests = build_services(settings, watch_live_table=False).digests
    digests.load_current()
    report = digests.run_once()
    for skipped in report.unreadable:
        err.write(f"could not read {skipped.path}: {skipped.reason}\n")
    out.write(f"usrok digest: {report.summary()}\n")
    return 1 if report.pending else 0
