"""The long-running processes: HTTP (web), Socket Mode with the scheduler (worker), and one digest run.

At start each process asks Slack who it is (auth.test): a token Slack refuses ends the command with one line;
an unreachable Slack does not, since answers need no Slack call — the web process serves at once, and the
worker keeps scanning and retries its Socket Mode connection until Slack answers.
"""

from __future__ import annotations

import logging
import signal
import threading
from datetime import datetime
from typing import Any, TextIO

from apscheduler.schedulers.background import BackgroundScheduler
from prometheus_client import start_http_server
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_sdk.errors import SlackApiError

from bot.app import create_app
from bot.digest import DigestService
from bot.http import make_http_server
from bot.settings import Settings, StartupError
from bot.slack_client import make_web_client
from bot.slack_identity import REFUSED_TOKEN_ERRORS, SlackIdentity
from bot.wiring import Services, build_services

log = logging.getLogger("usrok.runtime")


def start_scheduler(digests: DigestService, interval: float) -> BackgroundScheduler:
    """Scan the documents folder every ``interval`` seconds; one scan at a time, missed runs coalesced."""

    def job() -> None:
        try:
            report = digests.run_once()
            if report.ingested or report.posted or report.unreadable or report.unconfirmed:
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


def connect_socket_mode(handler: SocketModeHandler, stop: threading.Event, first_wait: float = 1.0) -> bool:
    """Connect, retrying with a growing wait (up to a minute) while Slack cannot be reached; False if stopped."""
    wait = first_wait
    while not stop.is_set():
        try:
            handler.connect()  # type: ignore[no-untyped-call]
            return True
        except SlackApiError as exc:
            error = str(exc.response.get("error") or exc.response.status_code)
            if error in REFUSED_TOKEN_ERRORS or error == "invalid_auth":
                raise StartupError(f"Slack refused SLACK_APP_TOKEN ({error})") from None
            log.warning("Socket Mode connection refused (%s); retrying in %.0f s", error, wait)
        except OSError as exc:
            log.warning("Socket Mode cannot reach Slack (%s); retrying in %.0f s", exc, wait)
        stop.wait(wait)
        wait = min(wait * 2, 60.0)
    return False


def _app(settings: Settings, services: Services, *, behind_gate: bool) -> App:
    client = make_web_client(settings)
    identity = SlackIdentity(client)
    identity.check()  # a refused token stops here, in one line; an unreachable Slack does not
    return create_app(
        settings,
        client=client,
        knowledge=services.knowledge,
        store=services.store,
        digests=services.digests,
        identity=identity,
        signatures_checked_upstream=behind_gate,
    )


def health(services: Services) -> dict[str, Any]:
    """What /healthz adds to ``ok``: the table in use, its size, and when the folder was last scanned."""
    knowledge = services.knowledge.get()
    return {
        "table_version": services.knowledge.version,
        "documents": len(knowledge.table.documents),
        "last_scan": services.store.last_scan_at(),
    }


def serve(settings: Settings, *, http: bool, scheduler: bool, err: TextIO, stop: threading.Event | None = None) -> int:
    """Run the bot in Slack: over HTTP (the web process) or Socket Mode with the scanner (the worker)."""
    stop = stop or threading.Event()
    if http:
        if settings.slack_signing_secret is None:
            err.write("usrok serve --http: SLACK_SIGNING_SECRET is not set\n")
            return 2
        services = build_services(settings, watch_live_table=True)
        server = make_http_server(
            _app(settings, services, behind_gate=True),
            port=settings.port,
            threads=settings.http_threads,
            signing_secret=settings.slack_signing_secret.get_secret_value(),
            metrics=services.metrics,
            health=lambda: health(services),
            connection_limit=settings.http_connection_limit,
            idle_timeout=settings.http_idle_timeout,
        )
        log.info("usrok listening on port %s (POST /slack/events, GET /healthz, GET /metrics)", server.effective_port)
        server.run()
        return 0
    if settings.slack_app_token is None:
        err.write("usrok serve: set SLACK_APP_TOKEN for Socket Mode, or use --http with SLACK_SIGNING_SECRET\n")
        return 2
    services = build_services(settings, watch_live_table=True)
    services.digests.load_current()
    app = _app(settings, services, behind_gate=False)
    if settings.metrics_port is not None:
        start_http_server(settings.metrics_port, registry=services.metrics.registry)
    if threading.current_thread() is threading.main_thread():
        # A deploy's SIGTERM is a clean exit: the table in hand is published and the scanner lease let go at
        # once, so the next worker scans without waiting for the lease to expire.
        signal.signal(signal.SIGTERM, lambda _signum, _frame: stop.set())
    running = start_scheduler(services.digests, settings.scan_interval_seconds) if scheduler else None
    try:
        handler = socket_mode_handler(app, settings)
        if connect_socket_mode(handler, stop):
            stop.wait()
    finally:
        if running:
            running.shutdown(wait=True)
        services.digests.release()
        log.info("worker stopped; scanner lease released")
    return 0


def digest_once(settings: Settings, out: TextIO, err: TextIO) -> int:
    """One scan and post; exit 0 when it did its job (an unreadable file is reported, not a failure).

    It lets go of the scanner lease at the end, so an overlapping run or a worker scans next without waiting.
    """
    if not settings.has_slack_credentials:
        err.write("usrok digest: SLACK_BOT_TOKEN is not set, so the digest cannot be posted\n")
        return 2
    digests = build_services(settings, watch_live_table=False).digests
    try:
        digests.load_current()
        report = digests.run_once()
    finally:
        digests.release()
    for skipped in report.unreadable:
        err.write(f"could not read {skipped.path}: {skipped.reason}\n")
    for channel in report.unconfirmed:
        err.write(
            f"digest to {channel} not re-posted: it may be there already and the history cannot be read "
            "(usrok digest pending lists it; usrok digest resend sends it once)\n"
        )
    out.write(f"usrok digest: {report.summary()}\n")
    return 1 if report.pending or report.unconfirmed else 0
