"""Configuration: one frozen dataclass per stage, composed into ``BilateralConfig``.

Defaults come from the packaged ``default_config.toml``; a user's TOML file overlays them.
Command-line flags become configuration in ``config_from_options`` and nowhere else.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True, slots=True)
class IngestConfig:
    max_bytes: int = 20_000_000
    fetch_timeout_s: float = 15.0
    max_redirects: int = 5
    user_agent: str = "bilateral/0.1"
    allow_private_addresses: bool = False
    near_duplicate_threshold: float = 0.8
    batch_size: int = 32


@dataclass(frozen=True, slots=True)
class StoreConfig:
    path: str = "bilateral.duckdb"


@dataclass(frozen=True, slots=True)
class NlpConfig:
    enabled: bool = True  # False: read and store only; a later run with it on analyses what is stored
    batch_size: int = 32
    actors_file: str | None = None  # the user's TOML of extra actors, aliases and roles


@dataclass(frozen=True, slots=True)
class BilateralConfig:
    ingest: IngestConfig = IngestConfig()
    nlp: NlpConfig = NlpConfig()
    store: StoreConfig = StoreConfig()


def _section(cls: type, values: dict[str, Any], origin: str) -> Any:
    known = {f.name: f for f in dataclasses.fields(cls)}
    for key in values:
        if key not in known:
            raise ConfigError("B101", key=key, path=origin)
    return cls(**values)


def _merge(base: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    merged = {name: dict(section) for name, section in base.items()}
    for name, section in overlay.items():
        if not isinstance(section, dict):
            raise ConfigError("B101", key=name, path="configuration")
        merged.setdefault(name, {}).update(section)
    return merged


def load_config(user_file: str | Path | None = None, overrides: dict[str, dict[str, Any]] | None = None) -> BilateralConfig:
    """Build the configuration: packaged defaults, then ``user_file``, then ``overrides``."""
    text = resources.files("bilateral").joinpath("default_config.toml").read_text(encoding="utf-8")
    values = tomllib.loads(text)
    if user_file is not None:
        try:
            values = _merge(values, tomllib.loads(Path(user_file).read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError("B102", path=str(user_file), reason=str(exc)) from exc
    values = _merge(values, overrides or {})
    sections = {f.name: f.type for f in dataclasses.fields(BilateralConfig)}
    for name in values:
        if name not in sections:
            raise ConfigError("B101", key=name, path=str(user_file or "defaults"))
    try:
        return BilateralConfig(
            ingest=_section(IngestConfig, values.get("ingest", {}), "ingest"),
            nlp=_section(NlpConfig, values.get("nlp", {}), "nlp"),
            store=_section(StoreConfig, values.get("store", {}), "store"),
        )
    except TypeError as exc:
        raise ConfigError("B103", key="configuration", reason=str(exc)) from exc


def config_from_options(
    config_file: str | None, db: str | None, actors_file: str | None = None, nlp: bool | None = None
) -> BilateralConfig:
    """The one place where command-line flags become configuration."""
    overrides: dict[str, dict[str, Any]] = {}
    if db is not None:
        overrides["store"] = {"path": db}
    if actors_file is not None:
        overrides.setdefault("nlp", {})["actors_file"] = actors_file
    if nlp is not None:
        overrides.setdefault("nlp", {})["enabled"] = nlp
    return load_config(config_file, overrides)
