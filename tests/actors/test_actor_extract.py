"""Actors and roles on short texts written for these tests."""

import pytest

from bilateral.errors import StageError


def person(actors, name):
    found = [a for a in actors if a.kind == "person" and (a.name == name or a.known_as == name)]
    assert found, f"no {name} in {[a.name for a in actors]}"
    return found[0]


def test_title_before_name_gives_role_country_and_term(analyse):
    _, actors, _ = analyse("Pakistan's Defence Minister Khawaja Asif spoke in Islamabad.", published="2025-03-01")
    asif = person(actors, "Khawaja Asif")
    role = asif.roles[0]
    assert (role.title, role.country, role.former) == ("Defence Minister", "PAK", False)
    assert role.valid_from is not None  # the term, from the office-holder table
    assert asif.country == "PAK" and asif.sector == "GOV"


def test_former_role_and_the_table_for_the_date(analyse):
    _, actors, _ = analyse("Former prime minister Imran Khan addressed a rally.", published="2025-02-10")
    khan = person(actors, "Imran Khan")
    assert any(r.former and r.title.lower() == "former prime minister" for r in khan.roles)
    _, actors, _ = analyse("Imran Khan addressed a rally in Lahore.", published="2021-06-30")
    assert [r.title for r in person(actors, "Imran Khan").roles] == ["Prime Minister"]


def test_apposition_and_possessive_roles(analyse):
    text = (
        "Donald Trump met reporters. Trump's aide Richard Grenell posted on social media. "
        "Sardar Malik, Pakistan's ambassador to the United Nations, declined to comment."
    )
    _, actors, _ = analyse(text)
    grenell = person(actors, "Richard Grenell")
    assert grenell.roles[0].title == "aide to Trump" and grenell.roles[0].country == "USA"
    malik = person(actors, "Sardar Malik")
    assert malik.roles[0].country == "PAK" and "ambassador" in malik.roles[0].title


def test_an_office_of_a_us_state_makes_an_american(analyse):
    _, actors, _ = analyse("Carla Dunn, the former Nebraska governor, spoke on Monday.")
    assert person(actors, "Carla Dunn").roles[0].country == "USA"
    assert person(actors, "Carla Dunn").country == "USA"


def test_surname_mentions_join_the_full_name_and_namesakes_stay_apart(analyse):
    text = "Nawaz Sharif and his brother Shehbaz Sharif met in Lahore. Later Shehbaz Sharif left. Sharif said nothing."
    _, actors, _ = analyse(text)
    people = [a for a in actors if a.kind == "person"]
    assert sorted(a.name for a in people) == ["Nawaz Sharif", "Shehbaz Sharif"]
    assert "Sharif" in person(actors, "Shehbaz Sharif").aliases  # the most recent Sharif


def test_newspaper_and_capital_are_not_people(analyse):
    _, actors, _ = analyse("Dawn reported that Washington and Islamabad had agreed to resume talks.")
    kinds = {a.name: (a.kind, a.country, a.sector) for a in actors}
    assert kinds["Dawn"][0] == "organization" and kinds["Dawn"][2] == "MED"
    assert kinds["United States"] == ("country", "USA", "GOV")
    assert kinds["Pakistan"] == ("country", "PAK", "GOV")


def test_spelling_variant_matches_the_table(analyse):
    _, actors, _ = analyse("Former Foreign Secretary Aizaz Chaudhary said ties were good.", published="2022-07-01")
    assert person(actors, "Aizaz Ahmad Chaudhry").name == "Aizaz Chaudhary"


def test_user_actors_file_adds_people(analyse, tmp_path):
    path = tmp_path / "actors.toml"
    path.write_text(
        '[[actor]]\nname = "Zara Qadir"\ncountry = "PAK"\naliases = ["Z. Qadir"]\n'
        'roles = [{ title = "Trade Envoy", from = "2024-01-01" }]\n',
        encoding="utf-8",
    )
    _, actors, _ = analyse("Zara Qadir visited Washington.", actors_file=str(path))
    qadir = person(actors, "Zara Qadir")
    assert qadir.country == "PAK" and [r.title for r in qadir.roles] == ["Trade Envoy"]


def test_bad_actors_file_names_the_file(tmp_path):
    from bilateral.actors import read_actors_file

    path = tmp_path / "bad.toml"
    path.write_text('[[actor]]\nname = "X"\nkind = "planet"\n', encoding="utf-8")
    with pytest.raises(StageError, match="bad.toml.*kind must be one of"):
        read_actors_file(path)


def test_roles_carry_the_article_date_they_were_stated_on(analyse):
    _, actors, _ = analyse("Interior Minister Mohsin Naqvi visited Washington.", published="2025-02-20")
    role = person(actors, "Mohsin Naqvi").roles[0]
    assert role.as_of == "2025-02-20" and role.evidence == "Interior Minister" and role.article_id == "t1"


def test_abbreviated_titles_and_ranks(analyse):
    _, actors, quotes = analyse("DG ISPR Lt Gen Ahmed Sharif Chaudhry told reporters that the army would respond to any aggression.")
    dg = person(actors, "Ahmed Sharif Chaudhry")
    assert dg.country == "PAK" and dg.sector == "MIL"
    assert [r.title for r in dg.roles] == ["Director General of ISPR"]  # "DG ISPR", spelled as the table does
    assert quotes[0].speaker.name == "Ahmed Sharif Chaudhry"
