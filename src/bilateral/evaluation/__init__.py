"""``bilateral eval``: score the pipeline on the gold data in the shared folder.

Each suite is a function ``(EvalContext) -> list[EvalRow]`` registered in ``SUITES``; a suite
whose data is absent returns one "skipped" row. Later stages add their suites to the table.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from .ask import seeds_ask_suite
from .claims import claims_suite
from .common import EvalContext, EvalRow, default_shared
from .events import events_exhaustive_suite, events_labelled_suite, events_polnear_suite, plover_suite, seeds_events_suite
from .ingest import scrapinghub_suite, scrapinghub_text_suite, seeds_ingest_suite
from .statements import polnear_suite, seeds_statements_suite

SUITES: dict[str, Callable[[EvalContext], list[EvalRow]]] = {
    "seeds-ingest": seeds_ingest_suite,
    "scrapinghub": scrapinghub_suite,
    "scrapinghub-text": scrapinghub_text_suite,
    "seeds-statements": seeds_statements_suite,
    "polnear": polnear_suite,
    "seeds-events": seeds_events_suite,
    "plover": plover_suite,
    "events-polnear": events_polnear_suite,
    "events-labelled": events_labelled_suite,
    "events-exhaustive": events_exhaustive_suite,
    "seeds-ask": seeds_ask_suite,
    "claims": claims_suite,
}


def run_evaluation(
    shared_dir: str | None, work_dir: str | None, suites: Iterable[str] = (), progress: Callable[[str], None] | None = None
) -> list[EvalRow]:
    """Run the chosen suites (all by default) and return their rows."""
    shared = Path(shared_dir) if shared_dir else default_shared()
    chosen = list(suites) or list(SUITES)
    unknown = [name for name in chosen if name not in SUITES]
    if unknown:
        from ..errors import ConfigError

        raise ConfigError("B103", key="--suite", reason=f"unknown suite(s) {', '.join(unknown)}; known: {', '.join(SUITES)}")
    with tempfile.TemporaryDirectory(prefix="bilateral-eval-") as scratch:
        work = Path(work_dir) if work_dir else Path(scratch)
        context = EvalContext(shared=shared, work=work, progress=progress or (lambda _text: None))
        rows: list[EvalRow] = []
        for name in chosen:
            context.progress(f"suite {name}")
            rows += SUITES[name](context)
        return rows


__all__ = ["SUITES", "EvalRow", "run_evaluation"]
