from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from bilateral.cli import cli


def test_cli_analyze_exports_and_reports_rejections(examples: Path, tmp_path: Path) -> None:
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"%PDF-1.4 ...")
    db, out = tmp_path / "s.duckdb", tmp_path / "out"
    result = CliRunner().invoke(cli, ["analyze", str(examples), str(bad), "--db", str(db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"rejected {bad}: binary content (PDF)" in result.stderr
    assert "articles stored" in result.stderr
    assert len((out / "articles.jsonl").read_text().splitlines()) == 5
    again = CliRunner().invoke(cli, ["export", "--db", str(db), "--out", str(tmp_path / "again")])
    assert again.exit_code == 0
    first = [json.loads(line)["id"] for line in (out / "articles.jsonl").read_text().splitlines()]
    second = [json.loads(line)["id"] for line in (tmp_path / "again" / "articles.jsonl").read_text().splitlines()]
    assert first == second


def test_cli_reads_stdin(tmp_path: Path) -> None:
    text = (
        "Arvenia and Kostrava agree to reopen border crossings\n\n"
        "VELMORA – Arvenia and Kostrava agreed on Friday to reopen two border crossings closed since the spring.\n\n"
        "The decision was announced by the two foreign ministries in a joint statement issued in Velmora.\n"
    )
    result = CliRunner().invoke(cli, ["analyze", "-", "--db", str(tmp_path / "s.duckdb"), "--out", str(tmp_path)], input=text)
    assert result.exit_code == 0, result.output
    record = json.loads((tmp_path / "articles.jsonl").read_text())
    assert record["source"] == "-" and record["title"].startswith("Arvenia and Kostrava agree")


def test_cli_unusable_store_fails_with_one_line(examples: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = CliRunner().invoke(cli, ["analyze", str(examples), "--db", str(blocker / "s.duckdb")])
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("StoreError: [B401]") and len(result.stderr.strip().splitlines()) == 1


def test_cli_bad_arguments_exit_2(tmp_path: Path) -> None:
    assert CliRunner().invoke(cli, ["analyze"]).exit_code == 2
    assert CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "none.duckdb"), "--out", str(tmp_path)]).exit_code == 2


def test_cli_actors_file_names_fictional_people(examples: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["analyze", str(examples), "--db", str(tmp_path / "x.duckdb"), "--out", str(out), "--actors", str(examples.parent / "actors.toml")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    actors = {a["name"]: a for a in map(json.loads, (out / "actors.jsonl").read_text(encoding="utf-8").splitlines())}
    assert actors["Kostrava"]["kind"] == "country" and actors["Kostrava"]["country"] == "XKO"
    assert actors["Teodor Halk"]["country"] == "XKO"
    quotes = [json.loads(line) for line in (out / "quotes.jsonl").read_text(encoding="utf-8").splitlines()]
    montrey = [q for q in quotes if q["speaker"]["name"] == "Sela Montrey"]
    assert montrey and montrey[0]["kind"] == "direct" and montrey[0]["speaker"]["actor_id"] == actors["Sela Montrey"]["id"]


def test_cli_bad_actors_file_fails_with_one_line(examples: Path, tmp_path: Path) -> None:
    bad = tmp_path / "actors.toml"
    bad.write_text("[[actor]]\nkind = 'person'\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", str(examples), "--db", str(tmp_path / "x.duckdb"), "--actors", str(bad)])
    assert result.exit_code != 0
    assert "actors.toml" in result.output and "needs a name" in result.output
