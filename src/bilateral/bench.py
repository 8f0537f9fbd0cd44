"""``bilateral bench``: ingest throughput, one process and all cores, with peak memory.

Documents are read into memory first, so the figures time extraction, cleaning, metadata
and dating, not the disk. The store is timed separately, end to end through ``analyze``.
"""

from __future__ import annotations

import os
import resource
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .config import load_config
from .evaluation.common import default_shared
from .ingest import ingest_batch, read_inputs
from .pipeline import analyze
from .records import RawDocument

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@dataclass(frozen=True, slots=True)
class BenchRow:
    input: str
    processes: int
    documents: int
    seconds: float
    peak_mib: float

    @property
    def rate(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


def _raw_documents(folder: Path, suffix: str, limit: int) -> list[RawDocument]:
    cfg = load_config().ingest
    found = [d for d in read_inputs([str(folder)], cfg) if isinstance(d, RawDocument) and d.media_type == suffix]
    if not found:
        return []
    return [found[i % len(found)] for i in range(limit)]  # repeat small sets up to ``limit``


def _peak_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _time(docs: list[RawDocument], processes: int) -> float:
    started = time.perf_counter()
    if processes == 1:
        ingest_batch(docs)
    else:
        chunks = [docs[i : i + 16] for i in range(0, len(docs), 16)]
        with ProcessPoolExecutor(max_workers=processes) as pool:
            list(pool.map(ingest_batch, chunks))
    return time.perf_counter() - started


def run_bench(shared_dir: str | None, pages: int, progress: Callable[[str], None] | None = None) -> list[BenchRow]:
    shared = Path(shared_dir) if shared_dir else default_shared()
    say = progress or (lambda _text: None)
    html_folder = shared / "eval" / "scrapinghub" / "html"
    text_folder = shared / "seeds"
    sets = {
        "HTML pages" + ("" if html_folder.exists() else " (examples)"): _raw_documents(
            html_folder if html_folder.exists() else EXAMPLES, "html", pages
        ),
        "text scrapes" + ("" if text_folder.exists() else " (examples)"): _raw_documents(
            text_folder if text_folder.exists() else EXAMPLES, "text", pages
        ),
    }
    cores = os.cpu_count() or 1
    rows: list[BenchRow] = []
    for name, docs in sets.items():
        if not docs:
            continue
        ingest_batch(docs[:2])  # warm imports and caches outside the timed runs
        for processes in sorted({1, cores}):
            say(f"timing {name}, {processes} process(es)")
            seconds = _time(docs, processes)
            rows.append(BenchRow(name, processes, len(docs), seconds, _peak_mib()))
    rows.append(_end_to_end(html_folder if html_folder.exists() else EXAMPLES, pages, say))
    return rows


def _end_to_end(folder: Path, pages: int, say: Callable[[str], None]) -> BenchRow:
    say("timing analyze end to end (store included)")
    names = sorted(str(p) for p in folder.iterdir())[:pages]
    with tempfile.TemporaryDirectory() as scratch:
        config = load_config(overrides={"store": {"path": str(Path(scratch) / "bench.duckdb")}})
        started = time.perf_counter()
        summary = analyze(names, config)
        seconds = time.perf_counter() - started
    return BenchRow(f"analyze → store ({folder.name})", 1, summary.inputs, seconds, _peak_mib())
