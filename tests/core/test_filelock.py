"""The batch lock: one holder at a time, released when the holder goes, however it goes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conversion_gui.core.filelock import FileLock


def test_one_holder_at_a_time_even_inside_one_process(tmp_path: Path) -> None:
    first, second = FileLock(tmp_path / "b.lock"), FileLock(tmp_path / "b.lock")
    assert first.try_acquire()
    assert not second.try_acquire()
    assert not first.is_free()
    first.release()
    assert second.try_acquire() and first.is_free() is False
    second.release()
    assert first.is_free()


def test_a_killed_holder_leaves_it_free(tmp_path: Path) -> None:
    path = tmp_path / "locks" / "b.lock"
    code = (f"import os, sys; sys.path.insert(0, {str(Path.cwd())!r});"
            "from pathlib import Path; from conversion_gui.core.filelock import FileLock;"
            f"lock = FileLock(Path({str(path)!r})); assert lock.try_acquire();"
            "print('held', flush=True);"
            "sys.stdin.read()")
    holder = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    assert not FileLock(path).is_free()
    holder.kill()
    holder.wait(10)
    assert FileLock(path).is_free()
