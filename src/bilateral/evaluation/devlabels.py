"""Our own right/wrong labels of the coder's cross-border candidates on PolNeAR dev articles.

The labels (``data/polnear_dev_events.jsonl``) name each candidate by its article file, the offset of
its act word in the clean body, the two countries and the CAMEO root: no text of the corpus. The
articles are split into halves by ``half_of`` their file name; the tuning half trains the confidence
model, the check half measures the precision of confident events on real news.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .common import EvalContext, half_of, read_jsonl
from .ingest import run_store

LABELS_FILE = "polnear_dev_events.jsonl"
_NON_STATE = ("IGO", "NGO", "IMG", "MNC")

Key = tuple[str, int, str, str, str]


@cache
def dev_labels() -> dict[Key, bool]:
    """(file, act word offset, source country, target country, root) -> right."""
    text = resources.files(__package__).joinpath("data", LABELS_FILE).read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return {(r["file"], r["trigger_start"], r["source"], r["target"], r["root"]): r["right"] for r in rows}


def dev_candidates(context: EvalContext, half: str | None = None) -> list[tuple[Key, dict[str, Any]]] | None:
    """The coder's asserted cross-border candidates on the PolNeAR dev articles (of one half, if given)
    with their keys; None when the articles are absent."""
    folder = context.shared / "eval" / "polnear" / "dev" / "text"
    if not folder.exists():
        return None
    files = sorted(p for p in folder.glob("*.txt") if half is None or half_of(p.name) == half)
    export, _ = run_store(context, f"polnear-dev-{half or 'all'}", [str(p) for p in files], jobs=2)
    names = {a["id"]: Path(a["source"]).name for a in read_jsonl(export / "articles.jsonl")}
    found = []
    for event in read_jsonl(export / "events.jsonl"):
        source, target = (event["source"]["code"] or "")[:3], (event["target"]["code"] or "")[:3]
        if event["mood"] != "asserted" or not target or (source == target and source not in _NON_STATE):
            continue
        found.append(((names.get(event["article_id"], ""), event["trigger_start"], source, target, event["root"]), event))
    return found
