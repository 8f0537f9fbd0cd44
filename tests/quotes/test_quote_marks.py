from bilateral.quotes import quote_spans


def quoted(text: str) -> list[str]:
    return [text[s.inner_start : s.inner_end] for s in quote_spans(text)]


def test_straight_and_curly_quotes():
    assert quoted('He said "we will talk" today.') == ["we will talk"]
    assert quoted("“A deal is near,” she said. “We are close.”") == ["A deal is near,", "We are close."]


def test_mismatched_pair_opening_straight_closing_curly():
    assert quoted('Pakistan, he said, was "watching the scenario unfold”.') == ["watching the scenario unfold"]


def test_quote_continued_over_paragraphs_reopens_without_closing():
    text = '"The first part runs on\n\n"and the second part ends here," he said.'
    assert quoted(text) == ['The first part runs on\n\n"and the second part ends here,']
    assert [s.closed for s in quote_spans(text)] == [True]


def test_apostrophes_are_not_quotes():
    assert quoted("Pakistan’s army and the Khans' house aren't news.") == []


def test_single_quotes_outside_double_quotes():
    assert quoted("Pakistan seeks ‘even-handed’ ties with the US") == ["even-handed"]
    assert quoted('He said "the so-called \'deal\' is off" today') == ["the so-called 'deal' is off"]


def test_latex_style_quotes():
    assert quoted("He called it ``a misguided approach'' in May.") == ["a misguided approach"]


def test_closing_mark_without_opener_quotes_its_sentence():
    text = "He spoke at length. We must have good ties with all countries,” he remarked."
    assert quoted(text) == ["We must have good ties with all countries,"]
