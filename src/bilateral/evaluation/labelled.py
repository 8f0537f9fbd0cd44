"""Our own right/wrong labels of the coder's cross-border candidates on PolNeAR articles.

The labels (``data/polnear_events.jsonl``) name each candidate by its split (``dev`` or ``train``),
article file, the offset of its act word in the clean body, the two countries and the CAMEO root:
no text of the corpus. Train articles holding an ``events_polnear`` gold sentence are never labelled.
The articles are split into halves by ``half_of`` their file name: the tuning half trains the
confidence model, the check half measures the precision of confident events on real news.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .common import NON_STATE, EvalContext, half_of, read_jsonl
from .ingest import run_store

LABELS_FILE = "polnear_events.jsonl"

Key = tuple[str, str, int, str, str, str]  # split, file, act word offset, source country, target country, root


@cache
def labels() -> dict[Key, bool]:
    """Every labelled candidate: key -> right."""
    text = resources.files(__package__).joinpath("data", LABELS_FILE).read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return {(r["split"], r["file"], r["trigger_start"], r["source"], r["target"], r["root"]): r["right"] for r in rows}


def labelled_candidates(context: EvalContext, half: str) -> list[tuple[Key, dict[str, Any]]] | None:
    """The coder's asserted cross-border candidates on the labelled articles of one half, with their
    keys; None when the PolNeAR texts are absent."""
    root = context.shared / "eval" / "polnear"
    if not root.exists():
        return None
    files = sorted({(split, name) for split, name, *_ in labels() if half_of(name) == half})
    paths = [root / split / "text" / name for split, name in files if (root / split / "text" / name).exists()]
    if not paths:
        return None
    export, _ = run_store(context, f"polnear-labelled-{half}", [str(p) for p in paths], jobs=2)
    where = {a["id"]: Path(a["source"]) for a in read_jsonl(export / "articles.jsonl")}
    found = []
    for event in read_jsonl(export / "events.jsonl"):
        source, target = (event["source"]["code"] or "")[:3], (event["target"]["code"] or "")[:3]
        if event["mood"] != "asserted" or not target or (source == target and source not in NON_STATE):
            continue
        path = where.get(event["article_id"])
        if path is not None:
            found.append(((path.parent.parent.name, path.name, event["trigger_start"], source, target, event["root"]), event))
    return found
