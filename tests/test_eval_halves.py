"""The fixed tune/check split of gold items without a half of their own (no shared data needed)."""

from __future__ import annotations

from bilateral.evaluation.common import half_of

IDS = ["PLOVER-GSR01-AGREE-0001", "PLOVER-GSR01-ASSAULT-0007", "x", "gold-42", "sentence 3", "PN999", "été-1", "abc12_3"]


def test_half_of_is_deterministic() -> None:
    assert [half_of(i) for i in IDS] == [half_of(i) for i in IDS]
    assert all(half_of(i) in ("tune", "check") for i in IDS)
    # pinned: SHA-1, not Python's per-process salted hash(), so the split is the same in every run
    assert half_of("x") == "check" and half_of("gold-42") == "tune"


def test_half_of_gives_both_halves() -> None:
    assert {half_of(i) for i in IDS} == {"tune", "check"}


def test_half_of_splits_roughly_in_half() -> None:
    halves = [half_of(f"made-up-{n:04d}") for n in range(1000)]
    assert 400 <= halves.count("tune") <= 600
    assert 400 <= halves.count("check") <= 600


def test_our_exhaustive_event_coding_reads_its_sentences_from_the_corpus(shared) -> None:
    from bilateral.evaluation.labelled import exhaustive_gold

    records = exhaustive_gold(shared / "eval" / "polnear")
    assert len(records) == 240
    assert {r["half"] for r in records} == {"tune", "check"}
    assert all(r["text"].strip() and r["noevents"] == (not r["expected_events"]) for r in records)
    assert sum(len(r["expected_events"]) for r in records) == 58
    assert exhaustive_gold(shared / "no-such-folder") == []
