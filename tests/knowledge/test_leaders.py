from __future__ import annotations

import pycountry

from bilateral.actors import known_actors
from bilateral.knowledge.leaders import LEADER_ROWS
from bilateral.knowledge.organizations import organization_for


def test_leader_rows_are_well_formed():
    for person, aliases, country, office, titles, start, end, organization in LEADER_ROWS:
        assert person and office and titles and isinstance(aliases, tuple), person
        assert (country is None) != (organization is None), person  # a state's office or a body's, never both
        assert country is None or country == "XKX" or pycountry.countries.get(alpha_3=country), (person, country)
        assert organization is None or organization_for(organization) is not None, (person, organization)
        assert len(start) == 10 and (end is None or start <= end), (person, start, end)


def test_leaders_resolve_by_name_and_by_date():
    known = known_actors(None)
    annan = known.find("Kofi Annan")
    assert annan is not None and {o.organization for o in annan.offices} == {"United Nations"}
    bush, country = known.by_surname("Bush", None)
    assert bush is None and country == "USA"  # two President Bushes: the country is sure, the person is not
    bush, _ = known.by_surname("Bush", "1990-06-01")
    assert bush is not None and bush.name.startswith("George H")
