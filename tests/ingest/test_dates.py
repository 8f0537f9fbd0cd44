from __future__ import annotations

from datetime import date

import pytest

from bilateral.ingest.dates import infer_date

TODAY = date(2026, 1, 1)


def test_dates_label_in_header_pins_the_day() -> None:
    found = infer_date("Some body text.", ["Published: 14 March 2024"], TODAY)
    assert found.date == "2024-03-14" and found.evidence == "Published: 14 March 2024"


def test_dates_weekday_with_day_number_within_office_terms() -> None:
    body = (
        "Prime minister Imran Khan said on Friday (25) that Pakistan wanted better ties. "
        "US President Joe Biden met the leaders in Washington."
    )
    found = infer_date(body, today=TODAY)
    # Khan (2018-08 to 2022-04) and Biden (from 2021-01) leave Fridays the 25th in 2021 and 2022
    assert found.date is None and found.earliest == "2021-06-25" and found.latest == "2022-04-01"


def test_dates_former_title_and_month_day_span() -> None:
    body = (
        "Former prime minister Imran Khan criticised the visit. Foreign Minister Ishaq Dar said "
        "the envoy will be in Islamabad from March 3 to March 5 for talks."
    )
    found = infer_date(body, today=TODAY)
    assert found.range is not None
    start, end = found.range
    assert start.endswith("-03-01") and end.endswith("-03-05")


def test_dates_contradicting_evidence_is_set_aside() -> None:
    body = "President Barack Obama met Prime Minister Narendra Modi. The summit was held on May 3, 2016."
    found = infer_date(body, today=TODAY)
    assert found.earliest == "2016-05-03" and found.latest == "2017-01-20"


@pytest.mark.parametrize("body", ["No dates or office holders here at all.", "Talks were held on Monday."])
def test_dates_without_evidence_give_nothing(body: str) -> None:
    found = infer_date(body, today=TODAY)
    assert found.date is None and found.range is None and found.evidence is None
