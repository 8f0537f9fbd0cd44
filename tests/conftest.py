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
