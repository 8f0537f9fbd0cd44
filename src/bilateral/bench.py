"""``bilateral bench``: throughput of each stage, one process and all cores, with peak memory.

Documents are read into memory first, so the ingest figures time extraction, cleaning,
metadata and dating, not the disk. The NLP stages are timed against spaCy's bare
``nlp.pipe`` (the full small pipeline) on the same texts: the ratio says what our pipeline
costs on top of, or saves from, spaCy's own time. ``analyze`` is then timed end to end.
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
from typing import Any

from spacy.tokens import Doc

from .actors import find_actors, known_actors
from .analysis.tone import document_tone
from .claims import find_claims
from .config import NlpConfig, load_config
from .evaluation.common import default_shared
from .events import find_events
from .ingest import ingest_batch, read_inputs
from .nlp import MAX_CHARACTERS, MODEL, parse
from .pipeline import analyse_batch, analyze
from .quotes import find_quotes
from .records import Article, RawDocument

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@dataclass(frozen=True, slots=True)
class BenchRow:
    input: str
    processes: int
    documents: int
    seconds: float
    peak_mib: float
    words: int = 0
    note: str = ""

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
    # US political news of about 800 words an article, the size the NLP targets are set for
    news = next((f for f in (shared / "eval" / "polnear" / s / "text" for s in ("train", "dev")) if f.exists()), EXAMPLES)
    articles = [a for a in ingest_batch(_raw_documents(news, "text", pages)) if isinstance(a, Article)]
    if articles:
        rows += _nlp_rows(articles, news.name, cores, say)
        rows += _stage_rows(articles, news.name, say)
    rows.append(_end_to_end(news, pages, cores, say))
    return rows


def _nlp_rows(articles: list[Article], label: str, cores: int, say: Callable[[str], None]) -> list[BenchRow]:
    """spaCy's bare pipeline, then our NLP stages, on the same article bodies."""
    import spacy

    texts = [a.body for a in articles]
    words = sum(len(t.split()) for t in texts)
    bare = spacy.load(MODEL)
    bare.max_length = MAX_CHARACTERS
    list(bare.pipe(texts[:2]))
    analyse_batch(articles[:2], NlpConfig())  # warm: model, tables
    rows = []
    for processes in sorted({1, cores}):
        say(f"timing spaCy's bare nlp.pipe, {processes} process(es)")
        started = time.perf_counter()
        list(bare.pipe(texts, batch_size=32, n_process=processes))
        spacy_seconds = time.perf_counter() - started
        rows.append(BenchRow(f"spaCy nlp.pipe, full pipeline ({label})", processes, len(texts), spacy_seconds, _peak_mib(), words))
        say(f"timing NLP stages (parse to tone), {processes} process(es)")
        started = time.perf_counter()
        batches = [articles[i : i + 32] for i in range(0, len(articles), 32)]
        if processes == 1:
            for batch in batches:
                analyse_batch(batch, NlpConfig())
        else:
            with ProcessPoolExecutor(max_workers=processes) as pool:
                list(pool.map(analyse_batch, batches, [NlpConfig()] * len(batches)))
        seconds = time.perf_counter() - started
        note = f"{seconds / spacy_seconds:.2f}× spaCy's bare time"
        rows.append(BenchRow(f"NLP stages: parse, actors, quotes, events, claims, tone ({label})", processes, len(texts), seconds, _peak_mib(), words, note))
    return rows


def _stage_rows(articles: list[Article], label: str, say: Callable[[str], None]) -> list[BenchRow]:
    """Each stage on its own, one process, on documents parsed once by our pipeline.

    The note puts each stage against parse + actors + quotes (the NLP run before events,
    claims and tone existed), so what the later stages add to the NLP run shows directly.
    """
    say("timing each NLP stage, one process")
    texts = [a.body for a in articles]
    words = sum(len(t.split()) for t in texts)
    known = known_actors(None)
    started = time.perf_counter()
    docs = list(parse(texts, 32))
    seconds = {"parse (our spaCy pipeline)": time.perf_counter() - started}
    found: dict[str, list[Any]] = {}
    stages: dict[str, Callable[[Article, Doc, int], Any]] = {
        "actors": lambda a, d, i: find_actors(d, a, known),
        "quotes": lambda a, d, i: find_quotes(d, a, found["actors"][i]),
        "events": lambda a, d, i: find_events(d, a, found["actors"][i], found["quotes"][i]),
        "claims": lambda a, d, i: find_claims(d, a, found["actors"][i], found["quotes"][i]),
        "tone": lambda a, d, i: document_tone([s.text for s in d.sents]),
    }
    for name, stage in stages.items():
        started = time.perf_counter()
        found[name] = [stage(a, d, i) for i, (a, d) in enumerate(zip(articles, docs, strict=True))]
        seconds[name] = time.perf_counter() - started
    base = seconds["parse (our spaCy pipeline)"] + seconds["actors"] + seconds["quotes"]
    return [
        BenchRow(f"stage: {name} ({label})", 1, len(articles), spent, _peak_mib(), words, f"{spent / base:.1%} of parse+actors+quotes")
        for name, spent in seconds.items()
    ]


def _end_to_end(folder: Path, pages: int, jobs: int, say: Callable[[str], None]) -> BenchRow:
    say(f"timing analyze end to end (store and NLP included), {jobs} process(es)")
    names = sorted(str(p) for p in folder.iterdir() if p.is_file())[:pages]
    words = sum(len(Path(n).read_text(encoding="utf-8", errors="replace").split()) for n in names if Path(n).is_file())
    with tempfile.TemporaryDirectory() as scratch:
        config = load_config(overrides={"store": {"path": str(Path(scratch) / "bench.duckdb")}})
        started = time.perf_counter()
        summary = analyze(names, config, jobs=jobs)
        seconds = time.perf_counter() - started
    note = f"{summary.quotes} quotes, {summary.actors} actors"
    return BenchRow(f"analyze → store, end to end ({folder.name})", jobs, summary.inputs, seconds, _peak_mib(), words, note)
