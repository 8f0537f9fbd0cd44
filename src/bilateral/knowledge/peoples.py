"""Peoples without a state of their own, and the countries they live in.

``people_countries("Baloch")`` gives ``("PAK", "IRN")``: the countries where the people mostly
lives, the first the likeliest. A people named in news copy ("Baloch separatists", "Karen
guerrillas", "Yoruba leaders") belongs to the one of these countries its sentence names, or to the
only one there is. Nations whose name is a state's demonym ("Afghans", "Tajiks") are not here: the
country table has them.
"""

from __future__ import annotations

_PEOPLES: dict[str, tuple[str, ...]] = {
    # South and Central Asia
    "baloch": ("PAK", "IRN"), "baluch": ("PAK", "IRN"), "balochi": ("PAK", "IRN"), "pashtun": ("AFG", "PAK"),
    "pakhtun": ("PAK", "AFG"), "pukhtun": ("PAK", "AFG"), "pathan": ("PAK", "AFG"), "sindhi": ("PAK",), "mohajir": ("PAK",),
    "muhajir": ("PAK",), "hazara": ("AFG", "PAK"), "kashmiri": ("IND", "PAK"), "punjabi": ("PAK", "IND"), "tamil": ("LKA", "IND"),
    "sinhalese": ("LKA",), "sinhala": ("LKA",), "bengali": ("BGD", "IND"), "uighur": ("CHN",), "uyghur": ("CHN",), "tibetan": ("CHN",),
    "rohingya": ("MMR", "BGD"), "karen": ("MMR",), "kachin": ("MMR",), "shan": ("MMR",),
    # Middle East and the Caucasus
    "kurd": ("IRQ", "TUR", "SYR", "IRN"), "kurdish": ("IRQ", "TUR", "SYR", "IRN"), "druze": ("LBN", "SYR", "ISR"),
    "maronite": ("LBN",), "copt": ("EGY",), "coptic": ("EGY",), "yazidi": ("IRQ",), "chechen": ("RUS",), "ingush": ("RUS",),
    "dagestani": ("RUS",), "abkhaz": ("GEO",), "ossetian": ("GEO", "RUS"),
    # Africa
    "yoruba": ("NGA",), "igbo": ("NGA",), "ibo": ("NGA",), "hausa": ("NGA", "NER"), "ogoni": ("NGA",), "ijaw": ("NGA",),
    "hutu": ("RWA", "BDI"), "tutsi": ("RWA", "BDI"), "zulu": ("ZAF",), "xhosa": ("ZAF",), "tuareg": ("MLI", "NER"),
    "berber": ("DZA", "MAR"), "kabyle": ("DZA",), "dinka": ("SSD",), "nuer": ("SSD",), "oromo": ("ETH",), "amhara": ("ETH",),
    "tigrayan": ("ETH",), "somali": ("SOM", "ETH", "KEN"), "kikuyu": ("KEN",), "luo": ("KEN",),
    # Europe and elsewhere
    "basque": ("ESP", "FRA"), "catalan": ("ESP",), "corsican": ("FRA",), "moro": ("PHL",), "acehnese": ("IDN",),
    "papuan": ("IDN", "PNG"), "mapuche": ("CHL", "ARG"), "zapatista": ("MEX",),
}


def people_countries(word: str) -> tuple[str, ...]:
    """Where a people lives, likeliest first; () for a word that names no people in our table.
    Plurals are read as their singular ("Kurds", "Tamils")."""
    low = word.lower()
    found = _PEOPLES.get(low)
    if found is None and low.endswith("s"):
        found = _PEOPLES.get(low[:-1])
    return found or ()
