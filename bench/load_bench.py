"""Load test over loopback: concurrent clients send signed /usrok commands to the real HTTP server.

Starts a fake Slack Web API (for auth.test) and `usrok serve --http` as its own process, then
runs 20 client threads in another process for 30 s. Prints requests/s, p50 and p99, errors,
and the single-client request-to-acknowledgement latency.

    .venv/bin/python -m bench.load_bench [--clients 20] [--seconds 30]
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from tests.fake_slack import FakeSlack
from tests.slack_harness import SECRET, sign, slash_body

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "who Kim Jina",
    "when was the 5th SED",
    "pledges shipbuilding",
    "who is the deputy secretary of commerce",
    "how much is korea investing in us shipbuilding",
    "who is the president of france",
    "help",
]


def _request(conn: http.client.HTTPConnection, text: str) -> int:
    body = slash_body(text, "http://127.0.0.1:9/response")
    ts = int(time.time())
    conn.request(
        "POST",
        "/slack/events",
        body=body,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Slack-Request-Timestamp": str(ts),
            "X-Slack-Signature": sign(body, ts, SECRET),
        },
    )
    response = conn.getresponse()
    response.read()
    return response.status


def _client_process(port: int, clients: int, seconds: float, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    deadline = time.perf_counter() + seconds
    results: list[tuple[float, bool]] = []
    lock = threading.Lock()

    def worker(n: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        local: list[tuple[float, bool]] = []
        i = n
        while time.perf_counter() < deadline:
            start = time.perf_counter()
            try:
                ok = _request(conn, QUESTIONS[i % len(QUESTIONS)]) == 200
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            local.append((time.perf_counter() - start, ok))
            i += 1
        with lock:
            results.extend(local)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    queue.put(results)


def wait_healthy(port: int, timeout: float = 20.0) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the server did not start")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--port", type=int, default=38123)
    parser.add_argument("--threads", type=int, default=8, help="server worker threads")
    args = parser.parse_args()
    fake = FakeSlack().start()
    with tempfile.TemporaryDirectory() as state:
        env = {
            **os.environ,
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_BOT_TOKEN": "xoxb-bench",
            "SLACK_API_URL": fake.url,
            "USROK_STATE_DIR": state,
            "USROK_HTTP_THREADS": str(args.threads),
        }
        env.pop("SLACK_APP_TOKEN", None)
        server = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "serve", "--http", "--port", str(args.port), "--no-scheduler"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_healthy(args.port)
            conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=10)
            for q in QUESTIONS * 5:  # warm up: auth.test, caches
                _request(conn, q)
            single = []
            for i in range(300):
                start = time.perf_counter()
                _request(conn, QUESTIONS[i % len(QUESTIONS)])
                single.append(time.perf_counter() - start)
            queue: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
            load = multiprocessing.Process(target=_client_process, args=(args.port, args.clients, args.seconds, queue))
            started = time.perf_counter()
            load.start()
            results = queue.get()
            load.join()
            elapsed = time.perf_counter() - started
        finally:
            server.terminate()
            server.wait(10)
            fake.stop()
    latencies = sorted(r[0] for r in results)
    errors = sum(1 for r in results if not r[1])
    p99 = latencies[int(len(latencies) * 0.99)] * 1000
    print(
        f"single client, request to acknowledgement: p50 {statistics.median(single) * 1000:.2f} ms, "
        f"p99 {sorted(single)[int(len(single) * 0.99)] * 1000:.2f} ms (seed table)"
    )
    print(
        f"load: {args.clients} clients for {args.seconds:.0f} s: {len(results)} requests, "
        f"{len(results) / elapsed:.0f} requests/s, p50 {statistics.median(latencies) * 1000:.1f} ms, "
        f"p99 {p99:.1f} ms, errors {errors}"
    )


if __name__ == "__main__":
    main()
