"""Run the pipeline over inputs into the store: the function behind ``bilateral analyze``."""

from __future__ import annotations

import dataclasses
import logging
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from typing import BinaryIO, TypeVar

from spacy.tokens import Doc

from .actors import KnownActors, find_actors, known_actors, merge_actors
from .actors.extract import article_day
from .analysis.disagreements import find_disagreements
from .analysis.search import passages
from .analysis.stories import StoryDoc, cluster_stories
from .analysis.tone import document_tone
from .claims import find_claims
from .config import BilateralConfig, NlpConfig
from .events import find_events
from .ingest import ingest_batch, read_inputs
from .ingest.dedup import DuplicateIndex, signature
from .ingest.fetch import Fetcher
from .nlp import MAX_CHARACTERS, MODEL, is_english, parse
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
    failed: list[str] = field(default_factory=list)
    not_english: int = 0
    quotes: int = 0
    actors: int = 0
    events: int = 0
    claims: int = 0
    disagreements: int = 0


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
    """Read, clean, store and analyse every input; bad inputs are logged as rejected, never fatal.

    One pool of ``jobs`` processes does both stages: each batch's new articles go to the NLP
    stages as soon as the batch is stored, so parsing overlaps reading.
    """
    names = list(inputs)
    summary = RunSummary()
    known_actors(config.nlp.actors_file)  # a bad actors file fails here, once, before any work
    with Store(config.store.path) as store, _executor(jobs) as pool:
        index = DuplicateIndex(config.ingest.near_duplicate_threshold)
        for article_id, values in store.signatures():
            index.add(article_id, values)
        queue = _AnalysisQueue(store, pool, config.nlp, summary, in_flight=2 * jobs)
        stream = read_inputs(names, config.ingest, fetcher=fetcher, stdin=stdin)
        for batch, results in _processed(_batches(stream, config.ingest.batch_size), pool, jobs, today):
            plan = _plan(store, index, batch, results, summary)
            store.write(plan)
            if config.nlp.enabled:
                queue.submit([article for article, _ in plan.articles])
            if progress:
                for item in batch:
                    progress(item.source)
        if config.nlp.enabled:
            queue.submit(list(store.unanalysed(ANALYSIS_METHOD)))  # stored earlier, or by an older method
            queue.finish()
            _merge_actors(store, summary)
    return summary


# Bump a part when its output changes: stored articles analysed by an older method are redone.
ANALYSIS_METHOD = f"{MODEL}/actors.v2/quotes.v2/events.v2/claims.v2/tone.vader"


def analyse_batch(articles: list[Article], config: NlpConfig) -> list[ArticleAnalysis]:
    """Actors and quotes of each article; spaCy runs over the batch in one ``nlp.pipe`` stream."""
    out = {a.id: ArticleAnalysis(a.id, skipped=reason) for a in articles if (reason := _not_for_nlp(a))}
    ready = [a for a in articles if a.id not in out]
    docs: list[Doc | None]
    try:
        docs = list(parse((a.body for a in ready), config.batch_size))
    except Exception:  # one bad document must not cost the batch: parse them one by one
        docs = [_parse_one(a) for a in ready]
    known = known_actors(config.actors_file)
    for article, doc in zip(ready, docs, strict=True):
        out[article.id] = _analyse(article, doc, known) if doc is not None else ArticleAnalysis(
            article.id, error=f"{article.source}: spaCy could not parse it"
        )
    return [out[a.id] for a in articles]


def _not_for_nlp(article: Article) -> str | None:
    if len(article.body) > MAX_CHARACTERS:
        return f"{article.source}: body too long for the NLP stage ({len(article.body):,} characters)"
    if not is_english(article.body):
        return "not English"
    return None


def _parse_one(article: Article) -> Doc | None:
    try:
        return next(parse([article.body]))
    except Exception as exc:  # reported in the summary; the run goes on
        LOGGER.warning("spaCy failed on article %s (%s): %r", article.id, article.source, exc)
        return None


def _analyse(article: Article, doc: Doc, known: KnownActors) -> ArticleAnalysis:
    try:
        actors = find_actors(doc, article, known)
        quotes = find_quotes(doc, article, actors)
        events = find_events(doc, article, actors, quotes)
        claims = find_claims(doc, article, actors, quotes)
        tone = document_tone([s.text for s in doc.sents])
        return ArticleAnalysis(article.id, actors, quotes, events, claims, tone)
    except Exception as exc:  # one article's failure must not stop the run; it is reported and kept
        LOGGER.warning("NLP stages failed on article %s (%s): %r", article.id, article.source, exc)
        return ArticleAnalysis(article.id, error=f"{article.source}: {type(exc).__name__}: {exc}")


class _AnalysisQueue:
    """Articles waiting for the NLP stages; results are written as they come back, in order."""

    def __init__(self, store: Store, pool: Executor, config: NlpConfig, summary: RunSummary, in_flight: int) -> None:
        self.store, self.pool, self.config, self.summary = store, pool, config, summary
        self.in_flight = in_flight
        self.pending: deque[Future[list[ArticleAnalysis]]] = deque()
        self.submitted: set[str] = set()

    def submit(self, articles: list[Article]) -> None:
        fresh = [a for a in articles if a.id not in self.submitted]
        self.submitted.update(a.id for a in fresh)
        for batch in _batches(iter(fresh), self.config.batch_size):
            self.pending.append(self.pool.submit(analyse_batch, batch, self.config))
            self._collect(block=len(self.pending) > self.in_flight)

    def finish(self) -> None:
        while self.pending:
            self._collect(block=True)

    def _collect(self, block: bool) -> None:
        while self.pending and (block or self.pending[0].done()):
            analyses = self.pending.popleft().result()
            self.store.write_analyses(analyses, ANALYSIS_METHOD)
            self.summary.analysed += len(analyses)
            self.summary.failed += [a.error for a in analyses if a.error]
            self.summary.not_english += sum(1 for a in analyses if a.skipped == "not English")
            self.summary.failed += [a.skipped for a in analyses if a.skipped and a.skipped != "not English"]
            self.summary.quotes += sum(len(a.quotes) for a in analyses)
            block = False


def _merge_actors(store: Store, summary: RunSummary) -> None:
    """Rebuild the corpus-wide views when articles were analysed: actors, stories, disagreements, passages."""
    if summary.analysed or not store.count("actors"):
        actors, links = merge_actors(store.actor_mentions())
        store.replace_actors(actors, links)
        articles = {a.id: a for a in store.articles()}
        store.replace_stories(_with_duplicates(cluster_stories(_story_docs(store, articles)), articles))
        story_of = store.stories()
        sources = {a.id: (story_of.get(a.id), a.outlet) for a in articles.values()}
        store.replace_disagreements(find_disagreements(store.claims(), sources))
        store.replace_passages(passages(articles, store.quotes(), store.events(), store.claims(), store.speaker_codes()))
    summary.actors = store.count("actors")
    summary.events = store.count("events")
    summary.claims = store.count("claims")
    summary.disagreements = store.count("disagreements")


def _with_duplicates(stories: dict[str, str], articles: dict[str, Article]) -> dict[str, str]:
    """A near-duplicate (a syndicated copy) belongs to the story of the article it copies."""
    for article in articles.values():
        if article.duplicate_of:
            stories[article.id] = stories.get(article.duplicate_of, article.duplicate_of)
    return stories


_STORY_CHARACTERS = 1500  # the title and lead carry what a story is about; the rest adds noise


def _story_docs(store: Store, articles: dict[str, Article]) -> list[StoryDoc]:
    keys: dict[str, set[str]] = defaultdict(set)
    for event in store.events():
        if event.target is not None:
            keys[event.article_id].add(f"{event.source.code[:3]}>{event.target.code[:3]}:{event.root}")
    docs = []
    for article in articles.values():
        if article.duplicate_of:
            continue
        day = article_day(article)
        text = f"{article.title or ''}\n{article.body[:_STORY_CHARACTERS]}"
        docs.append(StoryDoc(article.id, date.fromisoformat(day) if day else None, text, frozenset(keys[article.id])))
    return docs


Batch = list[RawDocument | Rejection]
T = TypeVar("T")


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


def _processed(
    batches: Iterator[Batch], pool: Executor, jobs: int, today: date | None
) -> Iterator[tuple[Batch, list[Article | Rejection]]]:
    # A few batches in flight keep every core busy while results are written in input order.
    pending: deque[tuple[Batch, Future[list[Article | Rejection]]]] = deque()
    for batch in batches:
        pending.append((batch, pool.submit(process_batch, batch, today)))
        if len(pending) > 2 * jobs - 1:
            done, future = pending.popleft()
            yield done, future.result()
    while pending:
        done, future = pending.popleft()
        yield done, future.result()


class _InlineExecutor(Executor):
    """Runs each task at once in this process: ``jobs=1`` without a pool."""

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        future: Future = Future()  # type: ignore[type-arg]
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # handed to the caller through the future, as a pool would
            future.set_exception(exc)
        return future


def _executor(jobs: int) -> Executor:
    return _InlineExecutor() if jobs <= 1 else ProcessPoolExecutor(max_workers=jobs)


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
