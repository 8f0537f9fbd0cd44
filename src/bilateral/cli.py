"""The ``bilateral`` command. Each command parses, builds the config, calls the public
function that Python users call, and prints; only ``BilateralError`` is caught."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .analysis.timeline import build_timeline, month_json, reported_count, write_timeline
from .config import config_from_options
from .errors import BilateralError
from .knowledge.countries import country_code
from .pipeline import RunSummary, analyze
from .store import Store, export_store, views

err = Console(stderr=True)
out = Console(width=None if sys.stdout.isatty() else 160)  # tables in files and pipes keep whole rows

db_option = click.option(
    "--db", "db", type=click.Path(dir_okay=False), default=None, help="DuckDB store (default bilateral.duckdb)."
)
config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="TOML file overlaying the defaults.",
)


@click.group()
@click.option("-v", "--verbose", is_flag=True, help="Log what each stage does.")
@click.version_option(package_name="bilateral")
def cli(verbose: bool) -> None:
    """bilateral: an evidence-linked picture of relations between countries, from news."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@cli.command("analyze")
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option(
    "--out", "out_dir", type=click.Path(file_okay=False), default=None, help="Export the whole store here after the run."
)
@config_option
@click.option("--actors", "actors_file", type=click.Path(dir_okay=False), default=None, help="TOML file of extra actors, aliases and roles.")
@click.option("--nlp/--no-nlp", "nlp", default=None, help="Run the NLP stages (actors, quotes, events, claims); on unless the config says otherwise.")
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True, help="Worker processes.")
def analyze_command(
    inputs: tuple[str, ...], db: str | None, out_dir: str | None, config_file: str | None, actors_file: str | None,
    nlp: bool | None, jobs: int,
) -> None:
    """Read INPUT files, folders, URLs or - (stdin) into the store.

    Example:

        bilateral analyze ~/clips/ https://example.org/story.html --out exported/
    """
    try:
        config = config_from_options(config_file, db, actors_file, nlp)
        with _progress() as bar:
            task = bar.add_task("reading", total=None)
            summary = analyze(
                inputs, config, jobs=jobs, progress=lambda source: bar.update(task, advance=1, description=_short(source))
            )
        for rejection in summary.rejected:
            click.echo(f"rejected {rejection.source}: {rejection.reason} [{rejection.code}]", err=True)
        for failure in summary.failed:
            click.echo(f"not analysed {failure}", err=True)
        _print_summary(summary, config.store.path)
        if out_dir:
            _export(config.store.path, out_dir)
    except BilateralError as exc:
        _fail(exc)


@cli.command("export")
@db_option
@click.option("--out", "out_dir", type=click.Path(file_okay=False), required=True, help="Folder for the JSON Lines files.")
def export_command(db: str | None, out_dir: str) -> None:
    """Write the store's records as JSON Lines (and Parquet) files.

    Example:

        bilateral export --db bilateral.duckdb --out exported/
    """
    try:
        config = config_from_options(None, db)
        if not Path(config.store.path).exists():
            raise click.BadParameter(f"no store at {config.store.path}", param_hint="--db")
        _export(config.store.path, out_dir)
    except BilateralError as exc:
        _fail(exc)


@cli.command("timeline")
@click.argument("country_a", metavar="A")
@click.argument("country_b", metavar="B")
@db_option
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=None, help="Also write timeline_A_B.jsonl and .csv here.")
@click.option("--top", type=click.IntRange(0, 20), default=3, show_default=True, help="Most significant events listed per month.")
@click.option("--all-events", "all_events", is_flag=True, help="Also count the less certain events (left out by default).")
def timeline_command(country_a: str, country_b: str, db: str | None, out_dir: str | None, top: int, all_events: bool) -> None:
    """The relationship between two countries (ISO3 codes) month by month.

    Per month: events in each direction (each story counted once), mean Goldstein score, counts
    per quad class, document tone (VADER) and the most significant events (|Goldstein| x
    confidence x sources) with their sentences. Confident events only, unless --all-events.

    Example:

        bilateral timeline PAK USA --db bilateral.duckdb --out exported/
    """
    a, b = (_iso3(code, hint) for code, hint in ((country_a, "A"), (country_b, "B")))
    try:
        config = config_from_options(None, db)
        if not Path(config.store.path).exists():
            raise click.BadParameter(f"no store at {config.store.path}", param_hint="--db")
        with Store(config.store.path, read_only=True) as store:
            events = views.dyad_events(store, a, b, include_unsure=True)
            ids = sorted({e.article_id for e in events})
            stories, tones = views.stories_of(store, ids), views.tones_of(store, ids)
        every, confident = (build_timeline(events, a, b, stories, tones, include_unsure=flag) for flag in (True, False))
        months = every if all_events else confident
        unsure = reported_count(every) - reported_count(confident)
        rows = [month_json(m, a, b, top, all_events) for m in months]
        _print_timeline(rows, a, b)
        if all_events:
            out.print(f"All events, including {unsure} less certain (marked unsure).")
        else:
            out.print(f"Confident events only; {unsure} less certain left out (--all-events includes them).")
        if out_dir:
            for path in write_timeline(rows, Path(out_dir), a, b):
                err.print(f"wrote {path}")
    except BilateralError as exc:
        _fail(exc)


@cli.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind; the default is this machine only.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
def serve_command(db: str | None, host: str, port: int) -> None:
    """Browse the store in a web browser: overview of a dyad, actors, quotes, figures, articles, questions.

    Read-only; charts are drawn on the server, so the pages need no network.

    Example:

        bilateral serve --db bilateral.duckdb --port 8000
    """
    import uvicorn

    from .web.app import create_app

    try:
        app = create_app(_existing_store(db))
    except BilateralError as exc:
        _fail(exc)
    err.print(f"serving {db or 'bilateral.duckdb'} on http://{host}:{port}/ (Ctrl-C stops)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


@cli.command("report")
@click.argument("country_a", metavar="A")
@click.argument("country_b", metavar="B")
@db_option
@click.option("--out", "out_file", type=click.Path(dir_okay=False), default="report.html", show_default=True)
@click.option("--all-events", "all_events", is_flag=True, help="Also show the less certain events (left out by default), marked unsure.")
def report_command(country_a: str, country_b: str, db: str | None, out_file: str, all_events: bool) -> None:
    """One self-contained HTML report on two countries: charts, key statements, disagreements, sources.

    It opens offline in any browser: nothing is loaded from elsewhere. Confident events only,
    unless --all-events; the report says which.

    Example:

        bilateral report PAK USA --db bilateral.duckdb --out pak-usa.html
    """
    from datetime import UTC, datetime

    from .web.report import write_report

    a, b = (_iso3(code, hint) for code, hint in ((country_a, "A"), (country_b, "B")))
    try:
        with Store(_existing_store(db), read_only=True) as store:
            path = write_report(store, a, b, Path(out_file), datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), all_events)
    except BilateralError as exc:
        _fail(exc)
    err.print(f"wrote {path} ({'all events' if all_events else 'confident events only'})")


@cli.command("bench-web")
@click.option("--db", "db", type=click.Path(dir_okay=False), default=None,
              help="Time pages on this store; without it a synthetic store is built in a temporary folder.")
@click.option("--articles", type=click.IntRange(50, 1_000_000), default=10_000, show_default=True, help="Size of the synthetic store.")
@click.option("--requests", "requests_per_page", type=click.IntRange(5, 10_000), default=40, show_default=True, help="Timed requests per page.")
def bench_web_command(db: str | None, articles: int, requests_per_page: int) -> None:
    """Time every page of the web app (p50, p95, max) on a real or synthetic store.

    Example:

        bilateral bench-web --articles 10000 --requests 100
    """
    from .web.bench import run_web_bench

    rows = run_web_bench(db, articles, requests_per_page, progress=lambda text: err.print(text, style="dim"))
    table = Table(title="bilateral bench-web (ms per request)")
    for name in ("page", "requests", "p50", "p95", "max", "statuses"):
        table.add_column(name)
    for r in rows:
        table.add_row(r.page, str(r.requests), f"{r.p50_ms:.1f}", f"{r.p95_ms:.1f}", f"{r.max_ms:.1f}", ",".join(map(str, r.statuses)))
    out.print(table)


def _existing_store(db: str | None) -> str:
    path = config_from_options(None, db).store.path
    if not Path(path).exists():
        raise click.BadParameter(f"no store at {path}", param_hint="--db")
    return path


def _iso3(code: str, hint: str) -> str:
    # Any three-letter code is accepted as is: user actor files may define countries ISO has no code for.
    found = code.upper() if len(code) == 3 and code.isalpha() else country_code(code)
    if found is None:
        raise click.BadParameter(f"{code!r} is not a country we know; give an ISO3 code such as PAK or USA", param_hint=hint)
    return found


def _print_timeline(rows: list[dict[str, Any]], a: str, b: str) -> None:
    if not rows:
        out.print(f"No events between {a} and {b} in the store.")
        return
    table = Table(title=f"{a}–{b}: events per month (each story once), Goldstein, quad classes, tone")
    for name in ("month", f"{a}→{b}", f"{b}→{a}", "Goldstein", "VC", "MC", "VK", "MK", "tone", "most significant"):
        table.add_column(name, overflow="fold")
    for row in rows:
        top = "\n".join(
            f"[{e['cameo']} {e['goldstein']:+g}] {e['source']}→{e['target']} ({e['sources']} src, {e['confidence']:.0%}"
            f"{'' if e['confident'] else ' unsure'}): {e['sentence'][:160]}"
            for e in row["top_events"]
        )
        table.add_row(
            row["month"], str(row[f"events_{a}_to_{b}"]), str(row[f"events_{b}_to_{a}"]),
            "-" if row["mean_goldstein"] is None else f"{row['mean_goldstein']:+.2f}",
            str(row["verbal_cooperation"]), str(row["material_cooperation"]), str(row["verbal_conflict"]), str(row["material_conflict"]),
            "-" if row["tone"] is None else f"{row['tone']:+.2f}", top,
        )
    out.print(table)
    out.print(f"VC/MC/VK/MK: verbal and material cooperation, verbal and material conflict. Tone: {rows[0]['tone_lexicon']}.")


@cli.command("eval")
@click.option(
    "--shared",
    "shared_dir",
    type=click.Path(file_okay=False),
    default=None,
    help="The shared data folder (default ../shared beside the checkout).",
)
@click.option("--work", "work_dir", type=click.Path(file_okay=False), default=None, help="Keep the stores and exports here.")
@click.option("--suite", "suites", multiple=True, help="Run only these suites (default: all that have data).")
def eval_command(shared_dir: str | None, work_dir: str | None, suites: tuple[str, ...]) -> None:
    """Score the pipeline on the gold data and benchmarks in the shared folder.

    Example:

        bilateral eval --shared ../shared
    """
    from .evaluation import run_evaluation

    try:
        rows = run_evaluation(shared_dir, work_dir, suites, progress=lambda text: err.print(text, style="dim"))
    except BilateralError as exc:
        _fail(exc)
    table = Table(title="bilateral eval")
    for column in ("suite", "metric", "value", "target", "detail"):
        table.add_column(column)
    for row in rows:
        table.add_row(row.suite, row.metric, row.shown, row.target or "", row.detail or "")
    out.print(table)


@cli.command("train-events")
@click.option(
    "--shared", "shared_dir", type=click.Path(file_okay=False), default=None, help="The shared data folder (default ../shared)."
)
@click.option("--model", "model_file", type=click.Path(dir_okay=False), default=None,
              help="Where to write the model (default: the package's events/confidence.json).")
@click.option("--work", "work_dir", type=click.Path(file_okay=False), default=None, help="Keep the stores and exports here.")
def train_events_command(shared_dir: str | None, model_file: str | None, work_dir: str | None) -> None:
    """Fit the event confidence model on the tuning halves of the event gold (never the check halves).

    Example:

        bilateral train-events --shared ../shared
    """
    import tempfile

    from .evaluation.common import EvalContext, default_shared
    from .evaluation.train import train_events
    from .events.confidence import MODEL_FILE

    shared = Path(shared_dir) if shared_dir else default_shared()
    target = Path(model_file) if model_file else Path(__file__).parent / "events" / MODEL_FILE
    with tempfile.TemporaryDirectory(prefix="bilateral-train-") as scratch:
        context = EvalContext(shared=shared, work=Path(work_dir or scratch), progress=lambda text: err.print(text, style="dim"))
        context.work.mkdir(parents=True, exist_ok=True)
        try:
            model = train_events(context, target)
        except FileNotFoundError as exc:
            raise click.ClickException(str(exc)) from exc
    out.print(f"wrote {target}: threshold {model['threshold']}, {model['trained_on']}")


@cli.command("bench")
@click.option(
    "--shared", "shared_dir", type=click.Path(file_okay=False), default=None, help="The shared data folder (default ../shared)."
)
@click.option("--pages", type=click.IntRange(1), default=181, show_default=True, help="How many HTML pages to time.")
def bench_command(shared_dir: str | None, pages: int) -> None:
    """Measure each stage's throughput (docs/s, words/s, peak memory), one process and all cores.

    Example:

        bilateral bench --pages 100
    """
    from .bench import run_bench

    rows = run_bench(shared_dir, pages, progress=lambda text: err.print(text, style="dim"))
    table = Table(title="bilateral bench")
    for column in ("input", "processes", "documents", "seconds", "docs/s", "words/s", "peak MiB", "note"):
        table.add_column(column)
    for row in rows:
        words = f"{row.words / row.seconds:.0f}" if row.words and row.seconds else ""
        table.add_row(
            row.input, str(row.processes), str(row.documents), f"{row.seconds:.2f}", f"{row.rate:.1f}", words,
            f"{row.peak_mib:.0f}", row.note,
        )
    out.print(table)


def _export(db: str, out_dir: str) -> None:
    with Store(db, read_only=True) as store:
        counts = export_store(store, out_dir)
    for name, count in counts.items():
        click.echo(f"wrote {count} records to {Path(out_dir) / name}", err=True)


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True
    )


def _short(source: str, width: int = 40) -> str:
    return source if len(source) <= width else "…" + source[-(width - 1) :]


def _print_summary(summary: RunSummary, db: str) -> None:
    table = Table(title=f"analyze → {db}", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("inputs read", str(summary.inputs))
    table.add_row("articles stored", str(summary.stored))
    table.add_row("already stored (unchanged)", str(summary.unchanged))
    table.add_row("exact duplicates", str(summary.duplicates))
    table.add_row("near-duplicates (stored, marked)", str(summary.near_duplicates))
    table.add_row("rejected", str(len(summary.rejected)))
    table.add_row("articles analysed (actors, quotes, events, claims)", str(summary.analysed))
    table.add_row("not analysed: not English", str(summary.not_english))
    table.add_row("quotes found", str(summary.quotes))
    table.add_row("actors in the store", str(summary.actors))
    table.add_row("events in the store", str(summary.events))
    table.add_row("claims in the store", str(summary.claims))
    table.add_row("disagreements between sources", str(summary.disagreements))
    err.print(table)


def _fail(exc: BilateralError) -> None:
    click.echo(f"{type(exc).__name__}: {exc}", err=True)
    sys.exit(1)


def main() -> None:
    cli()
