"""Server CPU per answered slash command: usrok against two minimal Bolt apps served the same way, in one run.

The two references (bench/minimal_bolt.py) separate what the Slack layer costs from what answering costs: a
Bolt app acknowledging with a fixed text (what any Bolt app pays), and one answering with the same knowledge
engine and fact table as plain text (what answering adds). usrok minus the second is what usrok's own Slack
layer adds: the gate, Block Kit, metrics, logging, state.

Each server runs pinned to core 0 and the load generator to core 1 (its own core), so the server's CPU time
(utime + stime from /proc) is what answering costs, not the client's. Each server gets the same signed requests
from the same number of client threads. With ``--rounds`` above 1 the three are measured in turn that many
times and each figure is the median, so a burst of other work on a shared machine moves one sample, not all.

    .venv/bin/python -m bench.cpu_bench [--requests 3000] [--clients 4] [--threads 8] [--rounds 3]
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


def measure(
    command: list[str], env: dict[str, str], port: int, args: argparse.Namespace, root: Path = ROOT
) -> tuple[float, float, int]:
    """(server CPU seconds per request, wall seconds, errors) for ``args.requests`` signed slash commands, the
    server started in the checkout ``root`` (its code first on the path)."""
    pin = ["taskset", "-c", "0"] if (os.cpu_count() or 1) > 1 and Path("/usr/bin/taskset").exists() else []
    env = {**env, "PYTHONPATH": str(root)}
    server = subprocess.Popen([*pin, *command], cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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
    parser.add_argument("--rounds", type=int, default=1, help="measure the servers in turn N times")
    parser.add_argument(
        "--compare-with",
        type=Path,
        metavar="DIR",
        help="also measure the usrok of another checkout (e.g. `git worktree add DIR main`) in the same run",
    )
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
            port, python = args.port, sys.executable
            serve = ["-m", "bot.cli", "serve", "--http", "--no-scheduler", "--port"]
            commands: dict[str, tuple[list[str], Path]] = {
                "usrok": ([python, *serve, str(port)], ROOT),
                "minimal Bolt app, answering with the knowledge engine": (
                    [python, "-m", "bench.minimal_bolt", str(port + 1), str(args.threads), "answer"],
                    ROOT,
                ),
                "minimal Bolt app, fixed text": (
                    [python, "-m", "bench.minimal_bolt", str(port + 2), str(args.threads), "fixed"],
                    ROOT,
                ),
            }
            if args.compare_with:  # another checkout's usrok, e.g. the code before a change, in the same run
                commands[f"usrok at {args.compare_with}"] = ([python, *serve, str(port + 3)], args.compare_with)
            samples: dict[str, list[tuple[float, float, int]]] = {name: [] for name in commands}
            for _ in range(args.rounds):
                for offset, (name, (command, root)) in enumerate(commands.items()):
                    samples[name].append(measure(command, env, port + offset, args, root))
    finally:
        fake.stop()
    cpu = {name: statistics.median(s[0] for s in runs) for name, runs in samples.items()}
    for name, runs in samples.items():
        wall = statistics.median(s[1] for s in runs)
        errors = sum(s[2] for s in runs)
        spread = ", ".join(f"{s[0] * 1000:.2f}" for s in runs)
        print(
            f"{name}: {cpu[name] * 1000:.2f} ms server CPU per slash command "
            f"(rounds: {spread}; {args.requests} requests, {args.clients} clients, "
            f"{args.requests / wall:.0f} requests/s, {errors} errors)"
        )
    usrok, engine, fixed = (cpu[name] for name in list(commands)[:3])
    print(
        f"usrok / minimal Bolt app answering: {usrok / engine:.2f}x; usrok / minimal Bolt app fixed text: "
        f"{usrok / fixed:.2f}x (questions: {args.questions})"
    )
    print(
        f"per request: Bolt and waitress {fixed * 1000:.2f} ms, answering {(engine - fixed) * 1000:.2f} ms, "
        f"usrok's own Slack layer {(usrok - engine) * 1000:.2f} ms"
    )


if __name__ == "__main__":
    main()
