"""Word lists used as features by the plain-text cleaner and the metadata readers.

These are general vocabularies (function words, words of web-page furniture), not
strings of particular pages: the cleaner weighs them with other features.
"""

from __future__ import annotations

STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    said says say told according amid since however although though yet still even also than
    may might must shall upon within without whether across toward towards per via
    """.split()
)

# Words of site furniture: navigation, sign-up forms, cookie banners, sharing and comment widgets.
# A line is judged by how dense these are together with other features, never by one word.
INTERFACE_WORDS = frozenset(
    """
    accept advertisement advertise advertising app apps browser click comment comments cookie
    cookies copyright download email facebook follow instagram linkedin login logout menu
    newsletter newsletters notifications opt-out password policy preferences privacy read register
    reserved rights search settings share sign signup skip subscribe subscribed subscription
    subscriptions tap terms twitter unsubscribe whatsapp website youtube telegram print
    """.split()
)

# Second-person words: furniture speaks to the reader, news prose rarely does.
READER_ADDRESS = frozenset("you your you're you'll we'll yours".split())

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

# Labels that introduce page metadata in scraped headers ("Date:", "By", "Published").
DATE_LABELS = ("date", "published", "updated", "posted", "last updated", "first published")
BYLINE_PREFIXES = ("by ", "written by ", "reported by ", "story by ")

# News agencies and outlets that copy credits by name ("(APP)", "told Reuters").
KNOWN_OUTLETS = frozenset(
    """
    Reuters|AFP|AP|Associated Press|Agence France-Presse|APP|Associated Press of Pakistan|PTI|ANI|IANS
    |UNI|Xinhua|Bloomberg|BBC|CNN|Al Jazeera|Dawn|The News|Geo News|Express Tribune|The Express Tribune
    |The Nation|Daily Times|Business Recorder|ARY News|The Hindu|Hindustan Times|The Times of India
    |NDTV|The New York Times|The Washington Post|The Wall Street Journal|Financial Times|The Guardian
    |Voice of America|VOA|Radio Pakistan|PTV|Anadolu|TASS|Sputnik|Kyodo|Yonhap|WAM|SPA|IRNA
    """.replace("\n", "").split("|")
)
OUTLET_NOUNS = ("newspaper", "daily", "news agency", "agency", "channel", "tv", "television", "website", "magazine", "weekly")
