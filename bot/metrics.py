"""What /metrics reports, in the Prometheus text format, with the standard client library.

Each app gets its own registry (tests build many apps in one process; the library's global one would refuse
a second set of the same names).
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

__all__ = ["CONTENT_TYPE_LATEST", "Metrics"]


class Metrics:
    """The bot's counters, histograms and gauges, registered in one registry."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "usrok_http_requests", "HTTP requests, by route and status", ["path", "status"], registry=r
        )
        self.latency = Histogram(
            "usrok_http_request_seconds",
            "Time to answer an HTTP request, by route",
            ["path"],
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
            registry=r,
        )
        self.answers = Counter(
            "usrok_answers", "Questions answered, by outcome (answered, abstained)", ["outcome"], registry=r
        )
        self.digest_posts = Counter(
            "usrok_digest_posts",
            "Digest messages, by outcome (posted, failed, skipped, unconfirmed, lost)",
            ["outcome"],
            registry=r,
        )
        self.scan_seconds = Histogram(
            "usrok_scan_seconds",
            "Time of one scan of the documents folder, ingest included",
            buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0),
            registry=r,
        )
        self.documents = Gauge("usrok_documents", "Documents in the table answering questions", registry=r)
        self.table_version = Gauge("usrok_table_version", "Version of the published table in use", registry=r)

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
