"""A stop-gap entity resolver used only while ingest/entities.py (EntityResolver) is not there:
spaCy NER spans as mentions, countries and places from places.py, everything else keyed by its name.
It has the EntityResolver interface the pipeline uses: load(), mentions(doc, article), place(name),
place_chain(entity)."""
from __future__ import annotations

from newsgraph.ingest.knowledge import countries, fold
from newsgraph.ingest.model import Entity, Mention, Span
from newsgraph.ingest.places import Places
from newsgraph.iris import digest, slug

KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place",
         "NORP": "country"}


class FallbackResolver:
    def __init__(self):
        self.places = Places.load()
        self.adjectives = {fold(a): c.entity() for c in countries().values() for a in c.adjectives}

    @classmethod
    def load(cls) -> "FallbackResolver":
        return cls()

    def mentions(self, doc, article) -> list[Mention]:
        out = []
        for ent in doc.ents:
            entity = self._entity(ent.text, ent.label_)
            if entity is not None:
                s = ent.sent
                out.append(Mention(entity, Span(ent.start_char, ent.end_char, s.text, s.start_char, s.end_char),
                                   ent.text))
        return out

    def _entity(self, text: str, label: str) -> Entity | None:
        kind = KINDS.get(label)
        name = text.removeprefix("the ").removeprefix("The ").strip()
        if kind is None or not name:
            return None
        if kind == "country":
            return self.adjectives.get(fold(name))
        if kind == "place":
            return self.places.lookup(name)
        return Entity(key=f"{kind}/{slug(name)}-{digest(name, length=6)}", kind=kind, name=name)

    def place(self, name: str) -> Entity | None:
        return self.places.lookup(name)

    def place_chain(self, entity: Entity) -> list[Entity]:
        return self.places.chain(entity)
