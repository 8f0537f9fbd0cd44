from bilateral.actors import merge_actors
from bilateral.records import ActorMention, Role


def mention(article, key, name, country=None, known_as=None, roles=()):
    return ActorMention(key=key, article_id=article, kind="person", name=name, aliases=(name,), country=country, known_as=known_as, roles=roles)


def test_same_person_across_articles_keeps_roles_per_article():
    pm = Role("Prime Minister", "PAK", article_id="a1")
    former = Role("former Prime Minister", "PAK", article_id="a2", former=True)
    actors, links = merge_actors(
        [
            mention("a1", 0, "Imran Khan", "PAK", "Imran Khan", (pm,)),
            mention("a2", 3, "Imran Khan", "PAK", "Imran Khan", (former,)),
            mention("a3", 1, "Khan", "PAK"),
        ]
    )
    assert len(actors) == 1
    assert {links[("a1", 0)], links[("a2", 3)], links[("a3", 1)]} == {actors[0].id}
    assert [r.title for r in actors[0].roles] == ["Prime Minister", "former Prime Minister"]


def test_spelling_variants_merge_but_namesakes_do_not():
    actors, _ = merge_actors(
        [
            mention("a1", 0, "Aizaz Chaudhary", "PAK"),
            mention("a2", 0, "Aizaz Chaudhry", "PAK"),
            mention("a1", 1, "Nawaz Sharif", "PAK"),
            mention("a2", 1, "Shehbaz Sharif", "PAK"),
            mention("a3", 0, "Sharif", "PAK"),  # ambiguous: stays on its own
        ]
    )
    names = sorted(a.name for a in actors)
    assert names[1:] == ["Nawaz Sharif", "Sharif", "Shehbaz Sharif"]
    aizaz = actors[[a.name for a in actors].index(names[0])]
    assert {aizaz.name, *aizaz.aliases} == {"Aizaz Chaudhary", "Aizaz Chaudhry"}


def test_incompatible_countries_stay_apart():
    actors, _ = merge_actors([mention("a1", 0, "John Smith", "USA"), mention("a2", 0, "John Smith", "GBR")])
    assert len(actors) == 2 and len({a.id for a in actors}) == 2
