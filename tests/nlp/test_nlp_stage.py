from bilateral.nlp import is_english, load_pipeline, parse


def test_pipeline_is_loaded_once_and_lean():
    nlp = load_pipeline()
    assert nlp is load_pipeline()
    assert "lemmatizer" not in nlp.pipe_names and {"tagger", "parser", "ner"} <= set(nlp.pipe_names)


def test_sentences_never_cross_paragraph_breaks():
    doc = next(parse(["The minister said talks would resume\n\nthe next round opens in May"]))
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["The minister said talks would resume", "the next round opens in May"]


def test_is_english():
    assert is_english("If you’ve followed the talks, you know the two sides don't agree on much.")
    assert not is_english("Die Regierung hat am Montag neue Gespräche mit Washington angekündigt.")
    assert not is_english("엘제이의 리벤지인가, 류화영의 코스프레인가")
    assert not is_english("")


def test_is_english_on_short_texts_full_of_names():
    # a one-line wire item: few stop words beside the names, but English function words
    assert is_english("Arab League envoy Halim Sadr undertook a mediation mission between Kostrava and Arvenia.")
    assert is_english("Qatar's emir launched a mediation effort on Saturday.")
    assert not is_english("El presidente de Pakistán se reunió con el secretario de Estado en Washington.")
    assert not is_english("Le Premier ministre pakistanais a rencontré mardi à Washington le secrétaire d'État.")
