"""A dry run of a 200,000-row .xlsx through the command line, against a bare python-calamine pass.

Writes a workbook shaped like a campaign export (typed cells: text ids, booleans, date-times,
a name; a title row; a few ids a spreadsheet turned into numbers), then in the same run times

  (a) a bare python-calamine pass over the sheet (open, load, iterate every row), in a fresh
      interpreter, in-process time and the subprocess's wall time;
  (b) ``conversion-gui batch FILE.xlsx --dry-run`` as a subprocess, wall time.

Peak memory of each is the child's ``ru_maxrss`` (``resource.getrusage(RUSAGE_CHILDREN)`` in a
wrapper that runs only that child), and its CPU time (user + sys) is printed beside the wall
time: on a shared, loaded machine it is the steadier figure. Targets from issue 11: (b) at
most 2.5x (a), under 400 MB. Figures only, no assertions.

    python bench/xlsx_dry_run.py [--rows 200000] [--file PATH] [--keep] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import json, resource, sys, time
t = time.perf_counter()
import python_calamine
book = python_calamine.CalamineWorkbook.from_path(sys.argv[1])
sheet = book.get_sheet_by_index(0)
n = 0
for row in sheet.iter_rows():
    n += 1
print(json.dumps({"seconds": time.perf_counter() - t, "rows": n}))
"""

# Runs one command, then reports its wall time and its peak RSS alone.
WRAPPER = """
import json, resource, subprocess, sys, time
t = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
wall = time.perf_counter() - t
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "rss_kb": usage.ru_maxrss, "code": done.returncode,
                  "cpu": usage.ru_utime + usage.ru_stime,
                  "stdout": done.stdout[-2000:], "stderr": done.stderr[-2000:]}))
"""


def generate(path: Path, rows: int) -> None:
    """openpyxl's write-only mode: typed cells as Excel stores them."""
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Conversions")
    ws.append(["November campaign"])
    ws.append(["Message ID", "Delivered", "Timestamp", "Name"])
    names = ["Ana", "Bjørn", "Chloé", "Dev", "Eve", "Farah", "Gus"]
    moment = datetime(2026, 11, 1, 8, 0, 0)
    for i in range(rows):
        moment += timedelta(seconds=i % 3)
        mid: str | float = f"0A{i:015X}"
        if i % 10007 == 5:
            mid = 1.23456789012345e17  # a spreadsheet made a number of it
        ws.append([mid, i % 5 != 0, moment, names[i % 7]])
    wb.save(path)


def wrapped(command: list[str], env: dict[str, str]) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-c", WRAPPER, *command], capture_output=True,
                         text=True, check=True, env=env)
    return dict(json.loads(out.stdout))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--file", type=Path, help="an existing workbook (else one is written)")
    parser.add_argument("--keep", action="store_true", help="keep the generated workbook")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="xlsx-bench-"))
    path = args.file or tmp / f"campaign-{args.rows}.xlsx"
    if not path.exists():
        started = time.perf_counter()
        generate(path, args.rows)
        print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB) "
              f"in {time.perf_counter() - started:.1f} s")
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    bare_in, bare_wall, bare_rss, cli_wall, cli_rss = [], [], [], [], []
    bare_cpu, cli_cpu = [], []
    for _ in range(args.repeat):
        bare = wrapped([sys.executable, "-c", BARE, str(path)], env)
        inner = json.loads(str(bare["stdout"]).strip().splitlines()[-1])
        bare_in.append(float(inner["seconds"]))
        bare_wall.append(float(bare["wall"]))  # type: ignore[arg-type]
        bare_rss.append(int(bare["rss_kb"]))  # type: ignore[call-overload]
        bare_cpu.append(float(bare["cpu"]))  # type: ignore[arg-type]
        cli = wrapped([sys.executable, "-m", "conversion_gui", "batch", str(path),
                       "--channel", "sms", "--dry-run", "--json",
                       "--data-dir", str(tmp / "data")], env)
        if cli["code"] not in (0, 1):
            print(cli["stderr"])
            raise SystemExit("the dry run failed")
        cli_wall.append(float(cli["wall"]))  # type: ignore[arg-type]
        cli_rss.append(int(cli["rss_kb"]))  # type: ignore[call-overload]
        cli_cpu.append(float(cli["cpu"]))  # type: ignore[arg-type]
    summary = json.loads(str(cli["stdout"]).strip().splitlines()[-1])
    b_in, b_wall, c_wall = (statistics.median(v) for v in (bare_in, bare_wall, cli_wall))
    print(f"rows: {inner['rows']:,} read by calamine; dry run: {summary['valid']:,} valid, "
          f"{summary['rejected']:,} rejected")
    print(f"bare calamine pass: {b_in:.2f} s in process, {b_wall:.2f} s as a subprocess, "
          f"peak {max(bare_rss) / 1024:.0f} MB")
    print(f"CLI dry run:        {c_wall:.2f} s as a subprocess, peak {max(cli_rss) / 1024:.0f} MB")
    print(f"ratio (CLI / bare subprocess): {c_wall / b_wall:.2f}x  (target <= 2.5x, < 400 MB); "
          f"CLI / bare in-process: {c_wall / b_in:.2f}x")
    b_cpu, c_cpu = statistics.median(bare_cpu), statistics.median(cli_cpu)
    print(f"CPU time (user+sys, less swayed by other load): bare {b_cpu:.2f} s, "
          f"CLI {c_cpu:.2f} s, ratio {c_cpu / b_cpu:.2f}x")
    print(f"best runs: bare {min(bare_wall):.2f} s, CLI {min(cli_wall):.2f} s, "
          f"ratio {min(cli_wall) / min(bare_wall):.2f}x")
    print(f"medians of {args.repeat} runs; load average {os.getloadavg()[0]:.2f} "
          f"on {os.cpu_count()} cores")
    if not args.keep and args.file is None:
        path.unlink()


if __name__ == "__main__":
    main()
