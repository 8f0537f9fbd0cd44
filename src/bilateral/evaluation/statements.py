"""Actors and quotes suites: the seeds' gold people and quotes, and PolNeAR attribution."""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path
from typing import Any

from .common import EvalContext, EvalRow, load_tool, read_jsonl, skipped
from .ingest import no_seeds, run_seeds, run_store

_QUOTES = str.maketrans({c: '"' for c in "“”„‟«»"} | {c: "'" for c in "‘’`´"})
_STOP = {"of", "for", "the", "and", "to"}


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").translate(_QUOTES)).strip().lower()


def seeds_statements_suite(context: EvalContext) -> list[EvalRow]:
    run = run_seeds(context, "seeds-statements")
    if run is None:
        return no_seeds("seeds-statements")
    gold, export = run
    articles = {Path(a["source"]).name: a for a in read_jsonl(export / "articles.jsonl")}
    quotes = read_jsonl(export / "quotes.jsonl")
    actors = read_jsonl(export / "actors.jsonl")
    rows: list[EvalRow] = []
    totals: Counter[str] = Counter()
    for name, expected in gold["articles"].items():
        article = articles.get(name)
        mine = [q for q in quotes if article and q["article_id"] == article["id"]]
        for kind in ("direct", "indirect"):
            wanted = [q for q in expected.get("quotes", []) if q[0] == kind]
            missed = [q for q in wanted if not any(_quote_matches(q, p) for p in mine)]
            totals[f"{kind} found"] += len(wanted) - len(missed)
            totals[f"{kind} gold"] += len(wanted)
            detail = "; ".join(f"{q[1]}: {q[2][:50]}" for q in missed[:4]) or None
            rows.append(EvalRow("seeds-statements", f"{name[:12]} {kind} quotes found", f"{len(wanted) - len(missed)}/{len(wanted)}", None, detail))
        raw = (context.shared / "seeds" / name).read_text(encoding="utf-8")
        region = _norm(raw[raw.find(expected["body_first"]) :])
        outside = [p for p in mine if _norm(p["text"])[:60] not in region]
        direct_gold = [_norm(q[2]) for q in expected.get("quotes", []) if q[0] == "direct"]
        extra = [p for p in mine if p["kind"] == "direct" and not any(g in _norm(p["text"]) for g in direct_gold)]
        totals["outside"] += len(outside)
        totals["extra_direct"] += len(extra)
        people_ok, wrong = 0, []
        for person, facts in expected.get("people", {}).items():
            ok, why = _person_ok(person, facts, article, actors)
            people_ok += ok
            if not ok:
                wrong.append(f"{person}: {why}")
        totals["people found"] += people_ok
        totals["people gold"] += len(expected.get("people", {}))
        rows.append(EvalRow("seeds-statements", f"{name[:12]} people with role and country", f"{people_ok}/{len(expected.get('people', {}))}", None, "; ".join(wrong) or None))
    d = totals["direct found"], totals["direct gold"]
    i = totals["indirect found"], totals["indirect gold"]
    p = totals["people found"], totals["people gold"]
    rows.append(EvalRow("seeds-statements", "direct quotes with right speaker", f"{d[0]}/{d[1]}", f"{d[1]}/{d[1]}"))
    rows.append(EvalRow("seeds-statements", "indirect sample with right speaker", i[0] / max(1, i[1]), "≥ 0.900", f"{i[0]}/{i[1]}"))
    rows.append(EvalRow("seeds-statements", "quotes not from the article text", totals["outside"], "0"))
    rows.append(EvalRow("seeds-statements", "direct quotes not in gold (false)", totals["extra_direct"], "0"))
    rows.append(EvalRow("seeds-statements", "people with right role and country", f"{p[0]}/{p[1]}", f"{p[1]}/{p[1]}"))
    rows += _cross_document(gold.get("cross_document", {}), articles, actors)
    return rows


def _quote_matches(gold: list[str], predicted: dict[str, Any]) -> bool:
    kind, speaker, snippet = gold
    if _norm(snippet) not in _norm(predicted["text"]):
        return False
    if kind == "direct" and predicted["kind"] == "indirect":
        return False
    said = predicted["speaker"]
    if speaker.startswith("UNNAMED:"):
        return said["resolved_by"] == "anonymous" and _norm(speaker.split(":", 1)[1]) in _norm(said["name"])
    return _norm(said["name"]) == _norm(speaker)


def _actor_for(person: str, actors: list[dict[str, Any]]) -> dict[str, Any] | None:
    return next((a for a in actors if a["kind"] == "person" and (a["name"] == person or person in a["aliases"])), None)


def _person_ok(person: str, facts: dict[str, str], article: dict[str, Any] | None, actors: list[dict[str, Any]]) -> tuple[bool, str]:
    actor = _actor_for(person, actors)
    if actor is None or article is None:
        return False, "not found"
    roles = [r for r in actor["roles"] if r["article_id"] == article["id"]]
    role = next((r for r in roles if role_matches(facts["role"], r["title"])), None)
    if role is None:
        return False, f"roles {[r['title'] for r in roles]}"
    country = role["country"] or actor["country"]
    return (country == facts["country"], f"country {country}")


def role_matches(gold_title: str, title: str) -> bool:
    """Same head word, same former-ness, and most of the gold title's words."""
    g = _norm(gold_title).replace("-", " ").split()
    t = _norm(title).replace("-", " ").split()
    if (g[:1] == ["former"]) != (t[:1] == ["former"]) or not g or not t:
        return False
    content = [w for w in g if w not in _STOP and w != "former"]
    head = g[-1] if "to" not in g else g[g.index("to") - 1]
    return head in t and sum(w in t for w in content) / len(content) >= 0.6


def _cross_document(cross: dict[str, Any], articles: dict[str, Any], actors: list[dict[str, Any]]) -> list[EvalRow]:
    rows = []
    for person, file_a, _, file_b in cross.get("same_person", []):
        actor = _actor_for(person, actors)
        ids = {r["article_id"] for r in actor["roles"]} if actor else set()
        ok = actor is not None and all(articles.get(f, {}).get("id") in ids for f in (file_a, file_b))
        rows.append(EvalRow("seeds-statements", f"one actor for {person} in both articles", "ok" if ok else "WRONG", "ok"))
    for person, before, _, after, _ in cross.get("role_changes", []):
        actor = _actor_for(person, actors)
        titles = [r["title"] for r in actor["roles"]] if actor else []
        ok = any(role_matches(before, t) for t in titles) and any(role_matches(after, t) for t in titles)
        rows.append(EvalRow("seeds-statements", f"{person}: {before} then {after}", "ok" if ok else "WRONG", "ok", ", ".join(titles)))
    return rows


def polnear_suite(context: EvalContext) -> list[EvalRow]:
    split = context.shared / "eval" / "polnear" / "dev"
    scorer = load_tool(context.shared, "score_polnear")
    if not (split / "text").exists() or scorer is None:
        return skipped("polnear", f"no {split} or score_polnear.py")
    jobs = min(2, os.cpu_count() or 1)
    export, seconds = run_store(context, "polnear-dev", [str(split / "text")], jobs=jobs)
    result, _ = scorer.run(split, export)
    scores = result["scores"]
    rows = []
    for subset, label in (("all", "all"), ("quote", "with quote marks")):
        target = "≥ 0.750" if subset == "all" else "≥ 0.850"
        for field in ("content", "source", "cue"):
            o, e = scores["overlap"][subset][field], scores["exact"][subset][field]
            rows.append(
                EvalRow("polnear", f"{field} overlap F1 ({label})", o["f1"], target if field != "cue" else None,
                        f"P {o['precision']:.3f} R {o['recall']:.3f}; exact F1 {e['f1']:.3f} (P {e['precision']:.3f} R {e['recall']:.3f})")
            )
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in (split / "text").glob("*.txt"))
    rows.append(EvalRow("polnear", f"end to end, {jobs} processes", f"{result['gold_articles'] / seconds:.1f} articles/s", None, f"{words / seconds:.0f} words/s"))
    return rows
