"""Run the pipeline over inputs into the store: the function behind ``bilateral analyze``."""

from __future__ import annotations

import dataclasses
import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from typing import BinaryIO, TypeVar

from .actors import find_actors, known_actors, merge_actors
from .config import BilateralConfig, NlpConfig
from .ingest import ingest_batch, read_inputs
from .ingest.dedup import DuplicateIndex, signature
from .ingest.fetch import Fetcher
from .nlp import MODEL, parse
from .quotes import find_quotes
from .records import Article, ArticleAnalysis, RawDocument, Rejection
from .store import InputLogRow, Store, WriteBatch

LOGGER = logging.getLogger(__name__)


@dataclass
class RunSummary:
    """What one run did, for the summary table."""

    inputs: int = 0
    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    analysed: int = 0
    quotes: int = 0
    actors: int = 0


Progress = Callable[[str], None]


def analyze(
    inputs: Iterable[str],
    config: BilateralConfig,
    *,
    fetcher: Fetcher | None = None,
    stdin: BinaryIO | None = None,
    jobs: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> RunSummary:
    """Read, clean and store every input; bad inputs are logged as rejected, never fatal."""
    names = list(inputs)
    summary = RunSummary()
    with Store(config.store.path) as store:
        index = DuplicateIndex(config.ingest.near_duplicate_threshold)
        for article_id, values in store.signatures():
            index.add(article_id, values)
        stream = read_inputs(names, config.ingest, fetcher=fetcher, stdin=stdin)
        for batch, results in _processed(_batches(stream, config.ingest.batch_size), jobs, today):
            store.write(_plan(store, index, batch, results, summary))
            if progress:
                for item in batch:
                    progress(item.source)
        analyse_store(store, config.nlp, jobs, summary)
    return summary


# Bump a part when its output changes: stored articles analysed by an older method are redone.
ANALYSIS_METHOD = f"{MODEL}/actors.v1/quotes.v1"


def analyse_store(store: Store, config: NlpConfig, jobs: int = 1, summary: RunSummary | None = None) -> RunSummary:
    """Run the NLP stages over every stored article not yet analysed, then merge actors corpus-wide."""
    summary = summary or RunSummary()
    known_actors(config.actors_file)  # a bad actors file fails here, once, before any work
    pending = _batches(iter(store.unanalysed(ANALYSIS_METHOD)), config.batch_size)
    for analyses in _mapped(analyse_batch, pending, jobs, config):
        store.write_analyses(analyses, ANALYSIS_METHOD)
        summary.analysed += len(analyses)
        summary.quotes += sum(len(a.quotes) for a in analyses)
    if summary.analysed or not store.count("actors"):
        actors, links = merge_actors(store.actor_mentions())
        store.replace_actors(actors, links)
    summary.actors = store.count("actors")
    return summary


def analyse_batch(articles: list[Article], config: NlpConfig) -> list[ArticleAnalysis]:
    """Actors and quotes of each article; spaCy runs over the batch in one ``nlp.pipe`` stream."""
    known = known_actors(config.actors_file)
    out = []
    for article, doc in zip(articles, parse((a.body for a in articles), config.batch_size), strict=True):
        actors = find_actors(doc, article, known)
        out.append(ArticleAnalysis(article.id, actors, find_quotes(doc, article, actors)))
    return out


Batch = list[RawDocument | Rejection]
T = TypeVar("T")
R = TypeVar("R")


def _batches(stream: Iterator[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in stream:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def process_batch(batch: Batch, today: date | None = None) -> list[Article | Rejection]:
    """Ingest the raw documents of a batch; rejections from reading pass through in place."""
    done = iter(ingest_batch([item for item in batch if isinstance(item, RawDocument)], today))
    return [next(done) if isinstance(item, RawDocument) else item for item in batch]


def _processed(batches: Iterator[Batch], jobs: int, today: date | None) -> Iterator[tuple[Batch, list[Article | Rejection]]]:
    if jobs <= 1:
        for batch in batches:
            yield batch, process_batch(batch, today)
        return
    # A few batches in flight keep every core busy while results are written in input order.
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[tuple[Batch, Future[list[Article | Rejection]]]] = deque()
        for batch in batches:
            pending.append((batch, pool.submit(process_batch, batch, today)))
            if len(pending) > 2 * jobs:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()


def _mapped(work: Callable[[list[T], NlpConfig], R], batches: Iterator[list[T]], jobs: int, config: NlpConfig) -> Iterator[R]:
    """``work`` over each batch, in order, in ``jobs`` processes (each loads spaCy once)."""
    if jobs <= 1:
        for batch in batches:
            yield work(batch, config)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[R]] = deque()
        for batch in batches:
            pending.append(pool.submit(work, batch, config))
            if len(pending) > 2 * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _plan(
    store: Store, index: DuplicateIndex, batch: Batch, results: list[Article | Rejection], summary: RunSummary
) -> WriteBatch:
    """Decide what each result adds: a new article, a duplicate, an unchanged input or a rejection."""
    plan = WriteBatch()
    articles = [r for r in results if isinstance(r, Article)]
    stored = store.stored_ids([a.id for a in articles])
    logged = store.logged_inputs([(a.source, a.raw_sha256) for a in articles])
    for item, result in zip(batch, results, strict=True):
        summary.inputs += 1
        if isinstance(item, RawDocument) and result.raw_sha256:
            plan.raws.setdefault(result.raw_sha256, item)  # hashed once, by the ingest stage
        if isinstance(result, Rejection):
            LOGGER.info("rejected %s: %s", result.source, result.reason)
            plan.inputs.append(InputLogRow(result.source, result.raw_sha256 or "", "rejected", result.code, result.reason, None))
            summary.rejected.append(result)
        elif result.id in stored:
            unchanged = logged.get((result.source, result.raw_sha256)) == result.id
            summary.unchanged += unchanged
            summary.duplicates += not unchanged
            status, reason = ("stored", None) if unchanged else ("duplicate", "same text as an article already stored")
            plan.inputs.append(InputLogRow(result.source, result.raw_sha256, status, None, reason, result.id))
        else:
            values = signature(result.body)
            earlier = index.find(result.id, values)
            if earlier is not None:
                result = dataclasses.replace(result, duplicate_of=earlier)
                summary.near_duplicates += 1
            index.add(result.id, values)
            stored.add(result.id)
            plan.articles.append((result, values))
            plan.inputs.append(InputLogRow(result.source, result.raw_sha256, "stored", None, None, result.id))
            logged[(result.source, result.raw_sha256)] = result.id  # the same input again in this run is unchanged
            summary.stored += 1
    return plan
