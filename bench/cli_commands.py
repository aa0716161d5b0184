"""The commands users type, timed as they run them: each a subprocess, beside a bare baseline.

Figures (each run ``--repeat`` times, alternating with its baseline; best and median reported):

* ``batch FILE --dry-run --channel sms`` on a 1,000,000-row file of which 20,000 ids the
  history already holds as accepted (it also holds 30,000 other sms ids and 10,000 voice
  ids), against a bare ``csv.reader`` pass over the same file. Target: at most 5x the bare
  pass, under 200 MB peak RSS, and it reports 980,000 valid and 20,000 already accepted.
* ``batch FILE --rate 0 --concurrency 8`` (fresh data folder each run) against the simulator
  in its own process, beside a plain ``requests`` loop over the same rows (one thread, and
  eight threads).
* ``send`` of one conversion, beside a bare ``requests.post`` in a fresh interpreter.
* Component figures, labelled so: ``scan()`` alone and the history question alone, in-process.

Wall time is the parent's clock around the child; peak memory is
``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` of a small wrapper that starts only that
child (so it is that child's own peak). The machine's load average is printed with each part.

    python bench/cli_commands.py [--rows N] [--batch-rows N] [--repeat N] [--only dry,batch,send]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SimulatorProcess, load_average, print_table, verdict

from conversion_gui.core.history import AttemptRecord, HistoryStore
from conversion_gui.simulator import DEMO_ACCOUNT

PY = sys.executable
TS = "2026-11-26 10:00:00"

# Runs one child and reports its wall time and its own peak RSS (the wrapper has no other).
WRAP = """
import json, resource, subprocess, sys, time
t = time.perf_counter()
p = subprocess.run(sys.argv[1:], capture_output=True, text=True)
wall = time.perf_counter() - t
print(json.dumps({"wall": wall, "rc": p.returncode, "stdout": p.stdout[-4000:],
                  "stderr": p.stderr[-4000:],
                  "rss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""

BARE_CSV = """
import csv, sys
n = 0
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    for row in csv.reader(f):
        n += 1
print(n)
"""

# The same requests the app sends (form body, Basic auth), from the same CSV, nothing recorded.
REQUESTS_LOOP = """
import csv, sys, threading, requests
base, path, threads, key, secret = sys.argv[1], sys.argv[2], int(sys.argv[3]), *sys.argv[4:6]
with open(path, encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))[1:]
ok = [0] * threads
def work(k):
    with requests.Session() as s:
        for mid, delivered, ts in rows[k::threads]:
            r = s.post(f"{base}/conversions/sms", data={"message-id": mid,
                       "delivered": delivered, "timestamp": ts}, auth=(key, secret),
                       timeout=(5, 15), allow_redirects=False)
            ok[k] += r.status_code == 200
ts = [threading.Thread(target=work, args=(k,)) for k in range(threads)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(ok))
"""

BARE_SEND = """
import sys, requests
r = requests.post(f"{sys.argv[1]}/conversions/sms", data={"message-id": sys.argv[2],
                  "delivered": "true", "timestamp": "2026-11-26 10:00:00"},
                  auth=(sys.argv[3], sys.argv[4]), timeout=(5, 15), allow_redirects=False)
print(r.status_code)
"""

COMPONENTS = """
import json, sys, time
from conversion_gui.core.conversion import Channel
from conversion_gui.core.history import HistoryStore
from conversion_gui.core.intake import IntakeOptions, scan
t = time.perf_counter()
s = scan(sys.argv[1], IntakeOptions(channel=Channel.SMS))
scan_s = time.perf_counter() - t
ids = {f"0A{i:015X}" for i in range(s.total)}
with HistoryStore(sys.argv[2]) as h:
    t = time.perf_counter()
    hits = h.accepted_ids().among("sms", ids)
    among_s = time.perf_counter() - t
    t = time.perf_counter()
    for i in range(20_000):
        h.is_accepted("sms", f"0A{i:015X}")
    one_s = (time.perf_counter() - t) / 20_000 * s.total
print(json.dumps({"scan": scan_s, "among": among_s, "hits": len(hits), "per_row": one_s}))
"""


@dataclass
class Run:
    wall: float
    rss_mb: float
    rc: int
    stdout: str
    stderr: str

    def json(self) -> dict[str, object]:
        lines = [line for line in self.stdout.splitlines() if line.strip()]
        return json.loads(lines[-1]) if lines else {}


# A user's install has its bytecode compiled once; a checkout run with
# PYTHONDONTWRITEBYTECODE would compile every module on every start (0.1 s here). The children
# keep their bytecode in a folder of their own instead, never beside the sources.
PYCACHE = Path(tempfile.gettempdir()) / "conversion-gui-bench-pycache"


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env.update(extra or {})
    return env


def measure(cmd: Sequence[str], env: dict[str, str] | None = None,
            cwd: Path | None = None) -> Run:
    out = subprocess.run([PY, "-c", WRAP, *cmd], capture_output=True, text=True, check=True,
                         env=child_env(env), cwd=cwd)
    got = json.loads(out.stdout)
    return Run(got["wall"], got["rss_kb"] / 1024, got["rc"], got["stdout"], got["stderr"])


def app(*args: str) -> list[str]:
    return [PY, "-m", "conversion_gui", *args]


def summary(runs: Sequence[Run]) -> tuple[float, float, float]:
    walls = sorted(r.wall for r in runs)
    return walls[0], statistics.median(walls), max(r.rss_mb for r in runs)


def write_campaign(path: Path, rows: int, seed: int = 7) -> None:
    """A clean export: every id distinct and valid, times rising, a name column."""
    rng = random.Random(seed)
    moment = datetime(2026, 11, 1, 8, 0, 0)
    spellings = ["true", "false", "true", "1", "0", "yes", "TRUE"]
    names = ["Ana", "Bjørn", "Chloé", "Dev", "Eve", "Farah", "Gus"]
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("message-id,delivered,timestamp,name\r\n")
        for i in range(rows):
            moment += timedelta(seconds=rng.randint(0, 2))
            f.write(f"0A{i:015X},{spellings[i % 7]},{moment:%Y-%m-%d %H:%M:%S},"
                    f"{names[i % 7]}\r\n")


def write_history(path: Path, rows: int) -> None:
    """20,000 of the file's ids accepted on sms, plus ids the file does not have."""
    step = rows // 20_000
    record = AttemptRecord
    records = [record("sms", f"0A{i * step:015X}", True, TS, 200, "accepted", "accepted")
               for i in range(20_000)]
    records += [record("sms", f"ZZ{i:015X}", True, TS, 200, "accepted", "accepted")
                for i in range(30_000)]
    records += [record("voice", f"0A{i * 7:015X}", True, TS, 200, "accepted", "accepted")
                for i in range(10_000)]
    with HistoryStore(path) as store, store.transaction() as tx:
        tx.record_attempts(records)


def dry_run_part(tmp: Path, rows: int, repeat: int) -> bool:
    print(f"\n== batch --dry-run, {rows:,} rows, 20,000 already accepted "
          f"(load average {load_average()})")
    file, data = tmp / "campaign.csv", tmp / "dry-data"
    t = time.perf_counter()
    write_campaign(file, rows)
    write_history(data / "history.sqlite3", rows)
    print(f"  file {file.stat().st_size / 1e6:.1f} MB and history written in "
          f"{time.perf_counter() - t:.1f} s")
    bares: list[Run] = []
    dries: list[Run] = []
    measure(app("batch", str(file), "--dry-run", "--channel", "sms", "--data-dir", str(data)))
    for _ in range(repeat):  # after one run that warms the bytecode and the file cache
        bares.append(measure([PY, "-c", BARE_CSV, str(file)]))
        dries.append(measure(app("batch", str(file), "--dry-run", "--channel", "sms", "--json",
                                 "--data-dir", str(data))))
    counts = dries[0].json()
    b_best, b_med, b_rss = summary(bares)
    d_best, d_med, d_rss = summary(dries)
    print_table(["command", "best s", "median s", "peak MB", "runs (s)"], [
        ["bare csv.reader pass (python -c)", f"{b_best:.2f}", f"{b_med:.2f}", f"{b_rss:.0f}",
         " ".join(f"{r.wall:.2f}" for r in bares)],
        ["conversion-gui batch --dry-run", f"{d_best:.2f}", f"{d_med:.2f}", f"{d_rss:.0f}",
         " ".join(f"{r.wall:.2f}" for r in dries)],
    ])
    ratio_best, ratio_med = d_best / b_best, d_med / b_med
    print(f"  dry run / bare pass: {ratio_best:.1f}x (best runs), {ratio_med:.1f}x (medians)")
    print(f"  it reported: valid {counts.get('valid')}, already_accepted "
          f"{counts.get('already_accepted')}, rejected {counts.get('rejected')}, "
          f"duplicates {counts.get('duplicates')} (exit {dries[0].rc})")
    right = (counts.get("valid") == rows - 20_000 and counts.get("already_accepted") == 20_000)
    ok = ratio_med <= 5.0 and d_rss < 200 and right
    print(f"  target (median <= 5x the bare pass, < 200 MB, 980,000 valid and 20,000 already "
          f"accepted): {verdict(ok)}  (load average {load_average()})")
    comp = measure([PY, "-c", COMPONENTS, str(file), str(data / "history.sqlite3")]).json()
    print("  component figures (parts, in-process; not what users run):")
    print(f"    intake scan() alone, no history: {comp['scan']:.2f} s")
    print(f"    the history asked about all {rows:,} ids at once (AcceptedIds.among): "
          f"{comp['among']:.3f} s, {comp['hits']:,} found")
    print(f"    the old way, one query per row (is_accepted), extrapolated to {rows:,} rows: "
          f"{comp['per_row']:.1f} s")
    return ok


def warm_up(tmp: Path, file: Path) -> None:
    """One unmeasured run: the bytecode compiled and cached, the file in the page cache."""
    measure(app("batch", str(file), "--dry-run", "--channel", "sms",
                "--data-dir", str(tmp / "warm-up")))


def account() -> dict[str, str]:
    return {"VONAGE_API_KEY": DEMO_ACCOUNT.api_key, "VONAGE_API_SECRET": DEMO_ACCOUNT.api_secret}


def batch_part(tmp: Path, rows: int, repeat: int, latency_ms: float,
               threads: Sequence[int]) -> None:
    print(f"\n== batch --rate 0 --concurrency 8, {rows:,} rows, simulator in its own process, "
          f"{latency_ms:g} ms latency (load average {load_average()})")
    file = tmp / f"batch-{rows}.csv"
    with file.open("w", encoding="utf-8", newline="") as f:
        f.write("message-id,delivered,timestamp\n")
        f.writelines(f"B{i:08d},true,{TS}\n" for i in range(rows))
    loops: dict[int, list[Run]] = {n: [] for n in threads}
    batches: list[Run] = []
    warm_up(tmp, file)
    with SimulatorProcess(latency_ms=latency_ms) as sim:
        base = f"http://127.0.0.1:{sim.port}"
        for k in range(repeat):
            for n in threads:
                loops[n].append(measure([PY, "-c", REQUESTS_LOOP, base, str(file), str(n),
                                         DEMO_ACCOUNT.api_key, DEMO_ACCOUNT.api_secret]))
            batches.append(measure(app(
                "batch", str(file), "--channel", "sms", "--rate", "0", "--concurrency", "8",
                "--json", "--base-url", base, "--data-dir", str(tmp / f"b{latency_ms}-{k}")),
                env=account()))
    table = []
    for n, runs in loops.items():
        best, med, rss = summary(runs)
        table.append([f"plain requests loop, {n} thread{'s' if n > 1 else ''}", f"{best:.2f}",
                      f"{med:.2f}", f"{rows / med:.0f}", f"{rss:.0f}",
                      " ".join(r.stdout.strip() for r in runs)])
    best, med, rss = summary(batches)
    table.append(["conversion-gui batch", f"{best:.2f}", f"{med:.2f}", f"{rows / med:.0f}",
                  f"{rss:.0f}", " ".join(str(r.json().get("accepted")) for r in batches)])
    print_table(["command", "best s", "median s", "rows/s (median)", "peak MB", "accepted"],
                table)
    print("  (wall time of the whole process: start-up, reading and journalling the file, "
          f"sending, the summary) (load average {load_average()})")


def send_part(tmp: Path, repeat: int) -> None:
    print(f"\n== send, one conversion (load average {load_average()})")
    bares: list[Run] = []
    sends: list[Run] = []
    file = tmp / "warm.csv"
    file.write_text(f"message-id,delivered,timestamp\nW1,true,{TS}\n", encoding="utf-8")
    warm_up(tmp, file)
    with SimulatorProcess() as sim:
        base = f"http://127.0.0.1:{sim.port}"
        for k in range(repeat):
            bares.append(measure([PY, "-c", BARE_SEND, base, f"P{k}", DEMO_ACCOUNT.api_key,
                                  DEMO_ACCOUNT.api_secret]))
            sends.append(measure(app("send", "--channel", "sms", "--message-id", f"S{k}",
                                     "--delivered", "--timestamp", TS, "--json",
                                     "--base-url", base, "--data-dir", str(tmp / "send-data")),
                                 env=account()))
    b_best, b_med, b_rss = summary(bares)
    s_best, s_med, s_rss = summary(sends)
    print_table(["command", "best s", "median s", "peak MB", "answers"], [
        ["bare requests.post (python -c)", f"{b_best:.2f}", f"{b_med:.2f}", f"{b_rss:.0f}",
         " ".join(r.stdout.strip() for r in bares)],
        ["conversion-gui send", f"{s_best:.2f}", f"{s_med:.2f}", f"{s_rss:.0f}",
         " ".join(str(r.json().get("status")) for r in sends)],
    ])
    print(f"  send / bare: {s_med / b_med:.1f}x (medians) (load average {load_average()})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--batch-rows", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", default="dry,batch,send")
    args = parser.parse_args()
    parts = set(args.only.split(","))
    ok = True
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, "
          f"load average {load_average()}")
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as name:
        tmp = Path(name)
        if "dry" in parts:
            ok = dry_run_part(tmp, args.rows, args.repeat)
        if "batch" in parts:
            batch_part(tmp, args.batch_rows, args.repeat, 0, (1, 8))
            batch_part(tmp, args.batch_rows, args.repeat, 20, (8,))
        if "send" in parts:
            send_part(tmp, max(args.repeat, 5))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
