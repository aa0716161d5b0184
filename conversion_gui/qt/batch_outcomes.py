"""After a batch: what each sent row came to, read from the journal on a worker.

The preview then shows "accepted", "refused" (with the code and its meaning) or "failed after
N attempts" in place of "valid", without reading the file again: the page stays as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject

from ..core.history import BatchInfo, HistoryStore, RowState
from ..core.statuses import meaning_of
from .meanings import meaning as translated_meaning
from .preview_model import RowOutcome

translate = QCoreApplication.translate


class RowWords(QObject):
    """The context of the plural forms below (lupdate finds plural forms in tr() only)."""


@dataclass(frozen=True)
class BatchOutcomes:
    not_accepted: dict[int, RowOutcome]   # file line -> what the row came to
    delivered: int                        # accepted rows marked delivered
    unfinished: BatchInfo | None          # this file's batch with rows left, to resume


def row_outcome(state: RowState, status: int | None, kind: str | None,
                attempts: int) -> RowOutcome:
    """A journalled row that was not accepted, in the words of the preview."""
    meaning = translated_meaning(meaning_of(status, kind))
    code = f"{status} " if status is not None else ""
    if state is RowState.REJECTED:
        return RowOutcome("refused", translate("RowWords", "refused by the API: {reason}")
                          .format(reason=f"{code}{meaning}"))
    if state in (RowState.PENDING, RowState.IN_FLIGHT):
        return RowOutcome("not sent", translate("RowWords",
                                                "not sent yet: Resume batch sends it"))
    tries: str = RowWords.tr("%n attempt(s)", "", attempts)  # type: ignore[arg-type]
    return RowOutcome("failed", translate("RowWords", "failed after {tries}: {reason}")
                      .format(tries=tries, reason=f"{code}{meaning}"))


def read_outcomes(history: HistoryStore, batch_id: int, sha256: str | None) -> BatchOutcomes:
    """On a worker: the rows not accepted (few, as a rule), and the summary's counts."""
    found: dict[int, RowOutcome] = {}
    for row in (*history.failed_rows(batch_id), *history.pending_rows(batch_id)):
        found[row.line] = row_outcome(row.state, row.last_status, row.last_kind, row.attempts)
    unfinished = history.find_unfinished_batch(sha256) if sha256 else None
    return BatchOutcomes(found, history.delivered_count(batch_id), unfinished)
