"""Actors: who is named in the article, linked to the actor dictionary."""

from dateline.link.actors.dictionary import ActorDictionary, load_actors
from dateline.link.actors.linker import link_actors, sovereign

__all__ = ["ActorDictionary", "link_actors", "load_actors", "sovereign"]
