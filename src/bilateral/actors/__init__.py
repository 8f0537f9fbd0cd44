"""The actors stage: people, organisations and countries, with roles, merged across articles."""

from .extract import article_day, find_actors
from .known import KnownActors
from .merge import merge_actors
from .userfile import known_actors, read_actors_file

__all__ = ["KnownActors", "article_day", "find_actors", "known_actors", "merge_actors", "read_actors_file"]
