"""Fixtures shared by all tests (kept here only, as spaCy's test suite does)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilateral.config import IngestConfig, load_config

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "corpus"


@pytest.fixture
def ingest_cfg() -> IngestConfig:
    return IngestConfig(max_bytes=1_000_000)


@pytest.fixture
def config_in(tmp_path: Path):
    """A configuration whose store lives in the test's temporary folder."""
    return load_config(overrides={"store": {"path": str(tmp_path / "test.duckdb")}})


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "SPEC.md").exists():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture
def examples() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def analyse():
    """Run the NLP stages on one text; returns (article, actors, quotes)."""
    from bilateral.actors import find_actors, known_actors
    from bilateral.nlp import parse
    from bilateral.quotes import find_quotes
    from bilateral.records import Article, PublicationDate

    def run(text: str, published: str | None = "2025-03-01", actors_file: str | None = None):
        article = Article(id="t1", source="test", body=text, published=PublicationDate(date=published))
        doc = next(parse([text]))
        actors = find_actors(doc, article, known_actors(actors_file))
        return article, actors, find_quotes(doc, article, actors)

    return run


@pytest.fixture(scope="session")
def analyse_batch():
    """Parse named texts in one batch and run a later stage on each: {name: (article, records)}.

    ``stage`` takes (doc, article, actors, quotes), like ``find_events`` and ``find_claims``.
    """
    from bilateral.actors import find_actors, known_actors
    from bilateral.nlp import parse
    from bilateral.quotes import find_quotes
    from bilateral.records import Article, PublicationDate

    def run(texts: dict[str, str], stage):
        known = known_actors(None)
        results = {}
        for name, doc in zip(texts, parse(list(texts.values())), strict=True):
            article = Article(id=name, source="test", body=texts[name], published=PublicationDate(date="2025-03-01"))
            actors = find_actors(doc, article, known)
            results[name] = (article, stage(doc, article, actors, find_quotes(doc, article, actors)))
        return results

    return run
