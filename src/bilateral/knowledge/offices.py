"""Who held which office when: public facts used to date articles and, later, to check roles.

Each row is (person, aliases, country ISO3, office, title words, start, end). ``end`` is None
for an office still held. Title words are the lower-case phrases news copy uses before or
after the name ("prime minister", "pm", "premier").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Term:
    person: str
    aliases: tuple[str, ...]
    country: str
    office: str
    titles: tuple[str, ...]
    start: str
    end: str | None


_HEAD_OF_GOV = ("prime minister", "pm", "premier")
_PRESIDENT = ("president",)
_FOREIGN = ("foreign minister", "minister for foreign affairs", "fm")
_SECSTATE = ("secretary of state",)
_DEFENCE = ("defence minister", "defense minister", "minister for defence", "minister of defence")
_SECDEF = ("defense secretary", "secretary of defense", "defence secretary")
_INTERIOR = ("interior minister", "minister for interior", "home minister")
_ARMY_CHIEF = ("army chief", "chief of army staff", "coas", "field marshal")
_SPOKES = ("spokesperson", "spokesman", "spokeswoman")
_VP = ("vice president", "vice-president")

_ROWS: tuple[tuple[str, tuple[str, ...], str, str, tuple[str, ...], str, str | None], ...] = (
    # United States
    ("George W. Bush", ("George Bush",), "USA", "President", _PRESIDENT, "2001-01-20", "2009-01-20"),
    ("Barack Obama", (), "USA", "President", _PRESIDENT, "2009-01-20", "2017-01-20"),
    ("Donald Trump", ("Donald J. Trump",), "USA", "President", _PRESIDENT, "2017-01-20", "2021-01-20"),
    ("Joe Biden", ("Joseph Biden", "Joseph R. Biden"), "USA", "President", _PRESIDENT, "2021-01-20", "2025-01-20"),
    ("Donald Trump", ("Donald J. Trump",), "USA", "President", _PRESIDENT, "2025-01-20", None),
    ("Joe Biden", ("Joseph Biden",), "USA", "Vice President", _VP, "2009-01-20", "2017-01-20"),
    ("Mike Pence", (), "USA", "Vice President", _VP, "2017-01-20", "2021-01-20"),
    ("Kamala Harris", (), "USA", "Vice President", _VP, "2021-01-20", "2025-01-20"),
    ("JD Vance", ("J.D. Vance",), "USA", "Vice President", _VP, "2025-01-20", None),
    ("Hillary Clinton", (), "USA", "Secretary of State", _SECSTATE, "2009-01-21", "2013-02-01"),
    ("John Kerry", (), "USA", "Secretary of State", _SECSTATE, "2013-02-01", "2017-01-20"),
    ("Rex Tillerson", (), "USA", "Secretary of State", _SECSTATE, "2017-02-01", "2018-03-31"),
    ("Mike Pompeo", (), "USA", "Secretary of State", _SECSTATE, "2018-04-26", "2021-01-20"),
    ("Antony Blinken", (), "USA", "Secretary of State", _SECSTATE, "2021-01-26", "2025-01-20"),
    ("Marco Rubio", (), "USA", "Secretary of State", _SECSTATE, "2025-01-21", None),
    ("Lloyd Austin", (), "USA", "Secretary of Defense", _SECDEF, "2021-01-22", "2025-01-20"),
    ("Pete Hegseth", (), "USA", "Secretary of Defense", _SECDEF, "2025-01-25", None),
    ("Ned Price", (), "USA", "State Department Spokesperson", _SPOKES, "2021-01-20", "2023-03-31"),
    ("Matthew Miller", (), "USA", "State Department Spokesperson", _SPOKES, "2023-05-01", "2025-01-20"),
    # Pakistan
    ("Nawaz Sharif", (), "PAK", "Prime Minister", _HEAD_OF_GOV, "2013-06-05", "2017-07-28"),
    ("Shahid Khaqan Abbasi", (), "PAK", "Prime Minister", _HEAD_OF_GOV, "2017-08-01", "2018-05-31"),
    ("Imran Khan", (), "PAK", "Prime Minister", _HEAD_OF_GOV, "2018-08-18", "2022-04-10"),
    ("Shehbaz Sharif", ("Shahbaz Sharif",), "PAK", "Prime Minister", _HEAD_OF_GOV, "2022-04-11", "2023-08-14"),
    ("Anwaar-ul-Haq Kakar", ("Anwaarul Haq Kakar",), "PAK", "Prime Minister", _HEAD_OF_GOV, "2023-08-14", "2024-03-04"),
    ("Shehbaz Sharif", ("Shahbaz Sharif",), "PAK", "Prime Minister", _HEAD_OF_GOV, "2024-03-04", None),
    ("Asif Ali Zardari", (), "PAK", "President", _PRESIDENT, "2008-09-09", "2013-09-08"),
    ("Mamnoon Hussain", (), "PAK", "President", _PRESIDENT, "2013-09-09", "2018-09-09"),
    ("Arif Alvi", (), "PAK", "President", _PRESIDENT, "2018-09-09", "2024-03-10"),
    ("Asif Ali Zardari", (), "PAK", "President", _PRESIDENT, "2024-03-10", None),
    ("Shah Mehmood Qureshi", ("Shah Mahmood Qureshi",), "PAK", "Foreign Minister", _FOREIGN, "2018-08-20", "2022-04-10"),
    ("Bilawal Bhutto Zardari", (), "PAK", "Foreign Minister", _FOREIGN, "2022-04-27", "2023-08-10"),
    ("Jalil Abbas Jilani", (), "PAK", "Foreign Minister", _FOREIGN, "2023-08-17", "2024-03-04"),
    ("Ishaq Dar", (), "PAK", "Foreign Minister", _FOREIGN, "2024-03-11", None),
    ("Khawaja Asif", (), "PAK", "Defence Minister", _DEFENCE, "2013-06-07", "2017-07-28"),
    ("Khawaja Asif", (), "PAK", "Defence Minister", _DEFENCE, "2022-04-19", "2023-08-10"),
    ("Khawaja Asif", (), "PAK", "Defence Minister", _DEFENCE, "2024-03-11", None),
    ("Ahsan Iqbal", (), "PAK", "Interior Minister", _INTERIOR, "2017-08-04", "2018-05-31"),
    ("Rana Sanaullah", (), "PAK", "Interior Minister", _INTERIOR, "2022-04-19", "2023-08-10"),
    ("Mohsin Naqvi", (), "PAK", "Interior Minister", _INTERIOR, "2024-03-11", None),
    ("Qamar Javed Bajwa", (), "PAK", "Chief of Army Staff", _ARMY_CHIEF, "2016-11-29", "2022-11-29"),
    ("Asim Munir", (), "PAK", "Chief of Army Staff", _ARMY_CHIEF, "2022-11-29", None),
    # India, Afghanistan, United Kingdom, China
    ("Manmohan Singh", (), "IND", "Prime Minister", _HEAD_OF_GOV, "2004-05-22", "2014-05-26"),
    ("Narendra Modi", (), "IND", "Prime Minister", _HEAD_OF_GOV, "2014-05-26", None),
    ("Hamid Karzai", (), "AFG", "President", _PRESIDENT, "2004-12-07", "2014-09-29"),
    ("Ashraf Ghani", (), "AFG", "President", _PRESIDENT, "2014-09-29", "2021-08-15"),
    ("Boris Johnson", (), "GBR", "Prime Minister", _HEAD_OF_GOV, "2019-07-24", "2022-09-06"),
    ("Rishi Sunak", (), "GBR", "Prime Minister", _HEAD_OF_GOV, "2022-10-25", "2024-07-05"),
    ("Keir Starmer", (), "GBR", "Prime Minister", _HEAD_OF_GOV, "2024-07-05", None),
    ("Xi Jinping", (), "CHN", "President", _PRESIDENT, "2013-03-14", None),
)

TERMS: tuple[Term, ...] = tuple(Term(*row) for row in _ROWS)
