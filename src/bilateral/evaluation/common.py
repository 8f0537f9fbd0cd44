"""Shared pieces of the evaluation suites."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class EvalRow:
    suite: str
    metric: str
    value: float | str | None
    target: str | None = None
    detail: str | None = None

    @property
    def shown(self) -> str:
        if self.value is None:
            return "skipped"
        return f"{self.value:.3f}" if isinstance(self.value, float) else str(self.value)


@dataclass(frozen=True, slots=True)
class EvalContext:
    shared: Path
    work: Path
    progress: Callable[[str], None]


def default_shared() -> Path:
    """``../shared`` beside the checkout (or beside the working folder)."""
    here = Path(__file__).resolve()
    for base in (*here.parents, Path.cwd()):
        candidate = base.parent / "shared"
        if (candidate / "SPEC.md").exists():
            return candidate
    return Path.cwd().parent / "shared"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The records of an exported JSON Lines file; none when it was not written."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# Codes of no country: an event between two of them, or one of them and itself, is still cross-border.
NON_STATE = ("IGO", "NGO", "IMG", "MNC")


def half_of(item_id: str) -> str:
    """``tune`` or ``check``, fixed by the first byte of the id's SHA-1 (even: tune). Read errors on
    the tune half only; the check half measures the coder honestly."""
    return "tune" if hashlib.sha1(item_id.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def skipped(suite: str, why: str) -> list[EvalRow]:
    return [EvalRow(suite, "skipped", None, detail=why)]


def token_prf(gold: str, predicted: str) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1 over ``\\w+`` tokens."""
    a, b = Counter(_TOKEN.findall(gold)), Counter(_TOKEN.findall(predicted))
    overlap = sum((a & b).values())
    p = overlap / max(1, sum(b.values()))
    r = overlap / max(1, sum(a.values()))
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_tool(shared: Path, name: str) -> ModuleType | None:
    """Import a scorer from ``shared/tools`` at run time (it is never copied into the project)."""
    path = shared / "tools" / f"{name}.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location(f"shared_{name}", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
