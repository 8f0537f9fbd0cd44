"""Our own labels on PolNeAR articles: right/wrong labels of the coder's cross-border candidates, and
an exhaustive coding of more sentences (``exhaustive_gold``).

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


EXHAUSTIVE_FILE = "polnear_events_exhaustive.jsonl"


def exhaustive_gold(polnear: Path) -> list[dict[str, Any]]:
    """Our exhaustive coding of more PolNeAR sentences, as gold records in the events_polnear shape
    (the sentence text is read from the corpus at run time); empty when the texts are absent."""
    text = resources.files(__package__).joinpath("data", EXHAUSTIVE_FILE).read_text(encoding="utf-8")
    records = []
    for row in (json.loads(line) for line in text.splitlines() if line.strip()):
        path = polnear / row["split"] / "text" / row["article"]
        if not path.exists():
            return []
        body = path.read_text(encoding="utf-8")
        records.append({"id": row["id"], "article": row["article"], "text": body[row["start"]:row["end"]],
                        "expected_events": row["expected_events"], "noevents": row["noevents"], "half": half_of(row["id"])})
    return records
