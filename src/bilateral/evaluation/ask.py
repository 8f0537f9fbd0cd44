"""Known-item search on the seeds: does a question on a gold quote's topic bring that quote first?

For each gold quote of five words or more, two questions are asked: the quote's two rarest index
terms (a pointed question), and its three commonest terms that other passages share too (a vague
one: "relationship Pakistan US"). An answer is right when the passage is a statement by the gold
speaker that overlaps the gold words. Reported as the share right at rank 1 and as mean
reciprocal rank over the top ten.
"""

from __future__ import annotations

from ..analysis.search import terms
from ..store import Store, views
from .common import EvalContext, EvalRow
from .ingest import no_seeds, run_seeds


def seeds_ask_suite(context: EvalContext) -> list[EvalRow]:
    run = run_seeds(context, "seeds-ask")
    if run is None:
        return no_seeds("seeds-ask")
    gold = run[0]["articles"]
    cases = [(speaker, words) for article in gold.values() for _, speaker, words in article.get("quotes", []) if len(words.split()) >= 5]
    rows: list[EvalRow] = []
    with Store(context.work / "seeds-ask.duckdb", read_only=True) as store:
        for label, rare in (("pointed question (two rarest words)", True), ("vague question (three commonest shared words)", False)):
            ranks = [_rank(store, _topic(store, words, rare), speaker, words) for speaker, words in cases]
            first = sum(1 for r in ranks if r == 1)
            mrr = sum(1 / r for r in ranks if r) / (len(ranks) or 1)
            rows.append(EvalRow("seeds-ask", f"{label}: gold statement ranked first", f"{first}/{len(ranks)}", None, f"MRR@10 {mrr:.3f}"))
    return rows


def _rank(store: Store, question: list[str], speaker: str, words: str) -> int | None:
    ranked = views.search(store, question, 10)
    return next((i for i, r in enumerate(ranked, 1) if _answers(r, speaker, words)), None)


def _topic(store: Store, words: str, rare: bool) -> list[str]:
    found = list(dict.fromkeys(terms(words)))
    counts = views.term_document_counts(store, found)
    if rare:
        return sorted(found, key=lambda t: (counts.get(t, 0) or 10**9, t))[:2]
    shared = [t for t in found if counts.get(t, 0) >= 2]
    return sorted(shared, key=lambda t: (-counts[t], t))[:3]


def _answers(row: dict[str, object], speaker: str, words: str) -> bool:
    text = str(row["text"]).lower()
    said = set(terms(words))
    overlap = len(said & set(terms(text))) / max(len(said), 1)
    return row["kind"] == "quote" and speaker.lower().split()[-1] in str(row["speaker"] or "").lower() and overlap >= 0.5
