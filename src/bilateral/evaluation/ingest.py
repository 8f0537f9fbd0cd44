"""Ingest suites: clean bodies, titles and dates of the seed scrapes; ScrapingHub body F1."""

from __future__ import annotations

import gzip
import json
import re
import statistics
import time
from pathlib import Path
from typing import Any

from ..config import load_config
from ..ingest.decode import decode
from ..ingest.html import page_text
from ..ingest.textclean import clean_text
from ..pipeline import analyze
from ..store import Store, export_store
from .common import EvalContext, EvalRow, load_tool, skipped, token_prf


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def run_store(context: EvalContext, name: str, inputs: list[str], jobs: int = 1, nlp: bool = True) -> tuple[Path, float]:
    """Analyze ``inputs`` into a fresh store under the work folder; returns (export dir, seconds)."""
    db = context.work / f"{name}.duckdb"
    db.unlink(missing_ok=True)
    config = load_config(overrides={"store": {"path": str(db)}, "nlp": {"enabled": nlp}})
    started = time.perf_counter()
    analyze(inputs, config, jobs=jobs)
    seconds = time.perf_counter() - started
    out = context.work / f"{name}-export"
    with Store(db, read_only=True) as store:
        export_store(store, out, parquet=False)
    return out, seconds


def run_seeds(context: EvalContext, name: str) -> tuple[dict[str, Any], Path] | None:
    """The seeds gold and the export of the seed articles analysed into store ``name``; None when
    ../shared has no seeds or gold."""
    gold_path = context.shared / "eval" / "seeds" / "gold.json"
    seeds = context.shared / "seeds"
    if not gold_path.exists() or not seeds.exists():
        return None
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    export, _ = run_store(context, name, [str(seeds)])
    return gold, export


def no_seeds(suite: str) -> list[EvalRow]:
    return skipped(suite, "no seeds or eval/seeds/gold.json in the shared folder")


def seeds_ingest_suite(context: EvalContext) -> list[EvalRow]:
    run = run_seeds(context, "seeds")
    if run is None:
        return no_seeds("seeds-ingest")
    gold, export = run[0]["articles"], run[1]
    articles = {Path(a["source"]).name: a for a in map(json.loads, (export / "articles.jsonl").read_text().splitlines())}
    rows: list[EvalRow] = []
    totals = {"f1_min": 1.0, "clutter": 0, "titles": 0, "dates": 0}
    for name, expected in gold.items():
        article = articles.get(name)
        raw = (context.shared / "seeds" / name).read_text(encoding="utf-8")
        start = raw.find(expected["body_first"])
        end = raw.find(expected["body_last"], start) + len(expected["body_last"])
        body = article["body"] if article else ""
        p, r, f1 = token_prf(raw[start:end], body)
        clutter = [s for s in expected.get("boilerplate_must_drop", []) if s in body]
        title_ok = article is not None and _norm(article["title"]) == _norm(expected["title"])
        date_ok, shown = _date_ok(article, expected)
        totals["f1_min"] = min(totals["f1_min"], f1)
        totals["clutter"] += len(clutter)
        totals["titles"] += title_ok
        totals["dates"] += date_ok
        rows.append(EvalRow("seeds-ingest", f"{name[:12]} body P/R/F1", f1, "≥ 0.990", f"P {p:.3f} R {r:.3f}"))
        rows.append(EvalRow("seeds-ingest", f"{name[:12]} clutter left", len(clutter), "0", ", ".join(clutter) or None))
        rows.append(
            EvalRow(
                "seeds-ingest",
                f"{name[:12]} title / date",
                f"{'ok' if title_ok else 'WRONG'} / {'ok' if date_ok else 'WRONG'}",
                "ok / ok",
                shown,
            )
        )
    n = len(gold)
    rows.append(EvalRow("seeds-ingest", "body F1 (lowest article)", totals["f1_min"], "≥ 0.990"))
    rows.append(EvalRow("seeds-ingest", "clutter strings left (all)", totals["clutter"], "0"))
    rows.append(EvalRow("seeds-ingest", "titles right", f"{totals['titles']}/{n}", f"{n}/{n}"))
    rows.append(EvalRow("seeds-ingest", "dates within gold range", f"{totals['dates']}/{n}", f"{n}/{n}"))
    return rows


def _date_ok(article: dict | None, expected: dict) -> tuple[bool, str]:
    if not article:
        return False, "no article"
    lo, hi = expected["published_between"]
    if article.get("published"):
        day = article["published"]
        return lo <= day <= hi, f"{day} in [{lo}, {hi}]"
    if article.get("published_range"):
        a, b = article["published_range"]
        return lo <= a and b <= hi, f"[{a}, {b}] in [{lo}, {hi}]"
    return False, "no date"


def scrapinghub_text_suite(context: EvalContext) -> list[EvalRow]:
    """The plain-text cleaner on unseen pages: each benchmark page flattened to its visible text.

    Harder than real scrapes (every menu and footer link becomes a line, some pages are not in
    English), it shows how the line classifier generalises beyond the seeds.
    """
    bench = context.shared / "eval" / "scrapinghub"
    if not (bench / "ground-truth.json").exists():
        return skipped("scrapinghub-text", f"no {bench}")
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    scores = []
    for page in sorted((bench / "html").glob("*.html.gz")):
        html = decode(gzip.decompress(page.read_bytes()), True)
        cleaned = clean_text(page_text(html))
        scores.append(token_prf(truth[page.name.split(".html")[0]]["articleBody"], "\n\n".join(cleaned.body)))
    p, r, f1 = (statistics.mean(s[i] for s in scores) for i in range(3))
    median = statistics.median(s[2] for s in scores)
    return [
        EvalRow(
            "scrapinghub-text",
            "text cleaner on flattened pages, token F1",
            f1,
            None,
            f"P {p:.3f} R {r:.3f}, median F1 {median:.3f}",
        )
    ]


def scrapinghub_suite(context: EvalContext) -> list[EvalRow]:
    bench = context.shared / "eval" / "scrapinghub"
    scorer = load_tool(context.shared, "score_extraction")
    if not (bench / "ground-truth.json").exists() or scorer is None:
        return skipped("scrapinghub", f"no {bench} or scorer")
    pages = sorted(str(p) for p in (bench / "html").glob("*.html.gz"))
    export, seconds = run_store(context, "scrapinghub", pages, nlp=False)  # the ingest target: reading and storing
    result = scorer.score_scrapinghub(str(bench), str(export))
    rate = len(pages) / seconds
    detail = f"P {result['precision']:.3f} R {result['recall']:.3f}, {result['extracted']}/{result['pages']} pages"
    return [
        EvalRow("scrapinghub", "body F1 (benchmark metric)", result["f1"], "≥ 0.965", detail),
        EvalRow("scrapinghub", "pages/s, one process, ingest and store", rate, "≥ 25", f"{len(pages)} pages in {seconds:.1f} s"),
    ]


__all__ = ["scrapinghub_suite", "scrapinghub_text_suite", "seeds_ingest_suite"]
