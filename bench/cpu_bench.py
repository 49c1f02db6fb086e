"""Server CPU per answered slash command: usrok against a minimal Bolt app served the same way, in one run.

Each server runs pinned to core 0 and the load generator to core 1 (its own core), so the server's CPU time
(utime + stime from /proc) is what answering costs, not the client's. Each server gets the same signed requests
from the same number of client threads.

    .venv/bin/python -m bench.cpu_bench [--requests 3000] [--clients 4] [--threads 8]
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.load_bench import QUESTIONS, _request, wait_healthy
from tests.fake_slack import FakeSlack
from tests.slack_harness import SECRET

ROOT = Path(__file__).resolve().parent.parent
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process, from /proc/PID/stat."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def _load(port: int, requests: int, clients: int, questions: list[str], done: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    if hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > 1:
        os.sched_setaffinity(0, {1})
    errors = [0]
    lock = threading.Lock()

    def client(n: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        for i in range(n, requests, clients):
            if _request(conn, questions[i % len(questions)]) != 200:
                with lock:
                    errors[0] += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done.put(errors[0])


def measure(command: list[str], env: dict[str, str], port: int, args: argparse.Namespace) -> tuple[float, float, int]:
    """(server CPU seconds per request, wall seconds, errors) for ``args.requests`` signed slash commands."""
    pin = ["taskset", "-c", "0"] if (os.cpu_count() or 1) > 1 and Path("/usr/bin/taskset").exists() else []
    server = subprocess.Popen([*pin, *command], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_healthy(port, timeout=30.0)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        for q in QUESTIONS * 10:  # warm up: imports, caches
            _request(conn, q)
        conn.close()
        done: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
        before, started = cpu_seconds(server.pid), time.perf_counter()
        questions = QUESTIONS if args.questions == "mixed" else ["help"]
        load = multiprocessing.Process(target=_load, args=(port, args.requests, args.clients, questions, done))
        load.start()
        errors = done.get()
        load.join()
        wall = time.perf_counter() - started
        return (cpu_seconds(server.pid) - before) / args.requests, wall, errors
    finally:
        server.terminate()
        server.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--port", type=int, default=38125)
    parser.add_argument(
        "--questions",
        choices=("mixed", "help"),
        default="mixed",
        help="mixed: the load bench's questions; help: only 'help', the Slack layer without the answer engine",
    )
    args = parser.parse_args()
    fake = FakeSlack().start()
    try:
        with tempfile.TemporaryDirectory() as state:
            env = {
                **os.environ,
                "SLACK_SIGNING_SECRET": SECRET,
                "SLACK_BOT_TOKEN": "xoxb-bench",
                "SLACK_API_URL": fake.url,
                "USROK_STATE_DIR": state,
                "USROK_ENV_FILE": os.devnull,
                "USROK_HTTP_THREADS": str(args.threads),
            }
            env.pop("SLACK_APP_TOKEN", None)
            usrok_cmd = [sys.executable, "-m", "bot.cli", "serve", "--http", "--port", str(args.port), "--no-scheduler"]
            minimal_cmd = [sys.executable, "-m", "bench.minimal_bolt", str(args.port + 1), str(args.threads)]
            usrok = measure(usrok_cmd, env, args.port, args)
            minimal = measure(minimal_cmd, env, args.port + 1, args)
    finally:
        fake.stop()
    for name, (cpu, wall, errors) in (("usrok", usrok), ("minimal Bolt app", minimal)):
        print(
            f"{name}: {cpu * 1000:.2f} ms server CPU per slash command "
            f"({args.requests} requests, {args.clients} clients, {args.requests / wall:.0f} requests/s, "
            f"{errors} errors)"
        )
    print(
        f"usrok / minimal Bolt app: {usrok[0] / minimal[0]:.2f}x server CPU per answered command "
        f"(questions: {args.questions})"
    )


if __name__ == "__main__":
    main()
