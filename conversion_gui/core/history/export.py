"""The History export: every matching attempt to a CSV file that Excel opens right."""

from __future__ import annotations

import os
from collections.abc import Iterator

from ..csvout import write_excel_csv
from .queries import DEFAULT_SORT, AttemptQueries, HistoryFilter

EXPORT_HEADER = (
    "at_utc", "channel", "message_id", "delivered", "timestamp", "status", "outcome",
    "meaning", "elapsed_ms", "attempt", "batch_id", "line", "response", "profile", "base_url",
)


class HistoryExport(AttemptQueries):
    """Export of what the History page shows."""

    def export_csv(
        self,
        flt: HistoryFilter | None,
        path: str | os.PathLike[str],
        sort_column: str = DEFAULT_SORT,
        descending: bool = True,
    ) -> int:
        """Every matching attempt to a CSV Excel opens right; returns the number of rows.

        UTF-8 with BOM, formulas neutralised (``csvout``), the meaning spelled out. No secret
        can be in it: the history holds none.
        """

        def cells() -> Iterator[list[str]]:
            for a in self.iter_attempts(flt, sort_column, descending):
                yield [
                    a.at, a.channel, a.message_id, "true" if a.delivered else "false",
                    a.conv_timestamp, "" if a.status is None else str(a.status), a.kind,
                    a.meaning, f"{a.elapsed_ms:.0f}", str(a.attempt_no),
                    "" if a.batch_id is None else str(a.batch_id),
                    "" if a.line is None else str(a.line), a.response_text,
                    a.profile or "", a.base_url or "",
                ]

        return write_excel_csv(path, EXPORT_HEADER, cells())
