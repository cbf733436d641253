"""Issue 3's acceptance, bullet by bullet: after `newsgraph ingest seeds/` into a fresh store, SPARQL over
schema.org terms finds the events, quotations, articles and entities the seeds report.

Every query reads the store's default graph (the union of the article graphs) through the real Store;
the store itself was written by the real CLI (conftest.seeds_store)."""
import re
import shutil

import pytest

from newsgraph.iris import sparql_prefixes
from newsgraph.store import open_store
from tests.conftest import SEEDS, run_cli

PREFIXES = sparql_prefixes()


@pytest.fixture(scope="module", params=["embedded", "virtuoso"])
def store_spec(request):
    """The seeds ingested by the real CLI into each store: the embedded one and a Virtuoso server."""
    fixture = "seeds_store" if request.param == "embedded" else "virtuoso_seeds"
    return str(request.getfixturevalue(fixture))


@pytest.fixture(scope="module")
def store(store_spec):
    return open_store(store_spec, read_only=True)


def _solutions(result):
    variables = result.variables
    for s in result:
        yield {v.value: (s[v] if s[v] is not None else None) for v in variables}


def select(store, query: str) -> list[dict]:
    return [{k: (v.value if v is not None else None) for k, v in row.items()}
            for row in _solutions(store.query(PREFIXES + query))]


def ask(store, query: str) -> bool:
    return bool(store.query(PREFIXES + query))


# An event of `type` with attendees named (schema:name) as given, reported by the given articles.
def event_query(type_: str, attendees: list[str], reporters: list[str] = (), place: str | None = None,
                date: str | None = None, extra: str = "") -> str:
    lines = [f"?e a schema:Event , ng:{type_} ."]
    for i, name in enumerate(attendees):
        lines.append(f'?e schema:attendee ?a{i} . ?a{i} schema:name "{name}" .')
    for i, prefix in enumerate(reporters):
        lines.append(f'?e schema:subjectOf ?r{i} . ?r{i} a schema:NewsArticle ; schema:identifier ?id{i} . '
                     f'FILTER(STRSTARTS(?id{i}, "{prefix}_"))')
    if place:
        lines.append(f'?e schema:location/schema:containedInPlace* ?p . ?p schema:name "{place}" .')
    if date:
        lines.append(f'?e schema:startDate "{date}"^^xsd:date .')
    return "ASK { " + "\n".join(lines) + extra + " }"


def events_of(store, type_: str, attendees: list[str]) -> set[str]:
    q = "SELECT DISTINCT ?e WHERE { ?e a schema:Event , ng:%s . %s }" % (
        type_, " ".join(f'?e schema:attendee/schema:name "{n}" .' for n in attendees))
    return {r["e"] for r in select(store, q)}


# ---- events -------------------------------------------------------------------------------------------

def test_xi_lavrov_meeting_reported_by_000_and_001_is_one_node(store):
    assert ask(store, event_query("Meeting", ["Xi Jinping", "Sergey Lavrov"], ["000", "001"],
                                  place="Beijing", date="2025-07-15"))
    assert len(events_of(store, "Meeting", ["Xi Jinping", "Sergey Lavrov"]) &
               {r["e"] for r in select(store, 'SELECT ?e WHERE { ?e schema:startDate "2025-07-15"^^xsd:date }')}) == 1


def test_wang_lavrov_meeting_reported_by_002_and_000_is_one_node(store):
    assert ask(store, event_query("Meeting", ["Wang Yi", "Sergey Lavrov"], ["002", "000"],
                                  place="Beijing", date="2025-07-13"))
    assert len(events_of(store, "Meeting", ["Wang Yi", "Sergey Lavrov"])) == 1


def test_xi_meeting_with_sco_foreign_ministers_is_a_separate_event(store):
    assert ask(store, event_query("Meeting", ["Xi Jinping", "Shanghai Cooperation Organisation"], ["004"],
                                  place="Beijing", date="2025-07-15"))
    sco = events_of(store, "Meeting", ["Xi Jinping", "Shanghai Cooperation Organisation"])
    assert sco and not sco & events_of(store, "Meeting", ["Xi Jinping", "Sergey Lavrov"])


def test_xi_putin_meeting_in_zhongnanhai_beijing(store):
    assert ask(store, event_query("Meeting", ["Xi Jinping", "Vladimir Putin"], ["003"], place="Beijing"))
    assert ask(store, event_query("Meeting", ["Xi Jinping", "Vladimir Putin"], ["003"], place="Zhongnanhai"))


def test_sco_summit_in_tianjin_with_modi(store):
    assert ask(store, event_query("Summit", ["Narendra Modi"], ["003"], place="Tianjin"))


def test_putin_trump_summit_in_alaska(store):
    assert ask(store, event_query("Summit", ["Vladimir Putin", "Donald Trump"], ["003"], place="Alaska"))


def test_lavrov_visit_to_north_korea(store):
    assert ask(store, event_query("Visit", ["Sergey Lavrov"], ["000"], place="North Korea"))


def test_china_russia_agreements_signed(store):
    people = event_query("AgreementSigning", ["Xi Jinping", "Vladimir Putin"], ["003"])
    countries = event_query("AgreementSigning", ["China", "Russia"], ["003"])
    assert ask(store, people) or ask(store, countries)


def test_putin_xi_phone_call(store):
    assert ask(store, event_query("PhoneCall", ["Vladimir Putin", "Xi Jinping"], ["003"]))


def test_military_parade_at_tiananmen_is_planned(store):
    assert ask(store, """ASK { ?e a schema:Event , ng:MilitaryParade ; ng:status ng:Planned ;
        schema:subjectOf/schema:identifier ?id ; schema:location/schema:name ?place .
        FILTER(STRSTARTS(?id, "003_") && CONTAINS(?place, "Tiananmen")) }""")


def test_every_event_is_typed_named_attended_and_reported(store):
    bad = select(store, """SELECT ?e WHERE { ?e a schema:Event .
        FILTER NOT EXISTS { ?e a ?t . FILTER(STRSTARTS(STR(?t), STR(ng:)) && ?t != ng:Event) }
      } LIMIT 5""")
    assert not bad
    assert not select(store, "SELECT ?e WHERE { ?e a schema:Event . FILTER NOT EXISTS { ?e schema:attendee ?a } }")
    assert not select(store, "SELECT ?e WHERE { ?e a schema:Event . FILTER NOT EXISTS { ?e schema:subjectOf ?a } }")


def test_events_carry_evidence_with_offsets(store):
    assert not select(store, """SELECT ?e WHERE { ?e a schema:Event .
        FILTER NOT EXISTS { ?e ng:evidence [ ng:sentence ?s ; ng:startOffset ?a ; ng:endOffset ?b ; ng:inArticle ?art ] } }""")


# ---- quotations ---------------------------------------------------------------------------------------

def test_wang_yi_quotation(store):
    assert ask(store, """ASK { ?q a schema:Quotation ; schema:text ?t ; schema:spokenByCharacter/schema:name "Wang Yi" ;
        schema:isPartOf/schema:identifier ?id .
        FILTER(CONTAINS(?t, "the most stable, mature, and strategically significant major-country relationship")
               && STRSTARTS(?id, "002_")) }""")


def test_xi_strengthen_mutual_support_quotation(store):
    assert ask(store, """ASK { ?q a schema:Quotation ; schema:text ?t ; schema:spokenByCharacter/schema:name "Xi Jinping" ;
        schema:isPartOf/schema:identifier ?id .
        FILTER(CONTAINS(?t, "strengthen mutual support") && STRSTARTS(?id, "000_")) }""")


def test_at_least_eight_quotations_with_speakers(store):
    n = select(store, """SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE { ?q a schema:Quotation ; schema:text ?t ;
        schema:spokenByCharacter ?who ; schema:isPartOf ?a }""")[0]["n"]
    assert int(n) >= 8


def test_quotation_source_agency(store):
    assert ask(store, """ASK { ?q a schema:Quotation ; schema:text ?t ; ng:reportedBy/schema:name ?agency .
        FILTER(CONTAINS(?t, "strengthen mutual support on multilateral forums") && CONTAINS(?agency, "Xinhua")) }""")


# ---- articles -----------------------------------------------------------------------------------------

def test_publishers_dates_and_headline(store):
    def article(prefix):
        found = select(store, f"""SELECT ?date ?publisher ?headline WHERE {{ ?a a schema:NewsArticle ;
            schema:identifier ?id . FILTER(STRSTARTS(?id, "{prefix}_"))
            OPTIONAL {{ ?a schema:datePublished ?date }} OPTIONAL {{ ?a schema:publisher/schema:name ?publisher }}
            OPTIONAL {{ ?a schema:headline ?headline }} }}""")
        assert len(found) == 1, found
        return found[0]
    assert article("003")["publisher"] == "South China Morning Post"
    assert article("004")["publisher"] == "AZERTAC" and article("004")["date"] == "2025-07-16"
    assert article("001")["headline"] == "China, Russia should bolster mutual support: Xi"
    assert article("000")["date"] == "2025-07-15" and article("002")["date"] == "2025-07-14"


def test_article_provenance(store):
    assert not select(store, """SELECT ?a WHERE { ?a a schema:NewsArticle .
        FILTER NOT EXISTS { ?a ng:contentHash ?h ; prov:wasGeneratedBy [ a ng:IngestRun , prov:Activity ;
            prov:startedAtTime ?t ; ng:toolVersion ?v ] } }""")
    assert ask(store, """ASK { ?a schema:identifier ?id ; ng:dateline/schema:name "Beijing" . FILTER(STRSTARTS(?id, "000_")) }""")
    assert ask(store, """ASK { ?a schema:identifier ?id ; ng:citesAgency/schema:name ?n .
        FILTER(STRSTARTS(?id, "000_") && CONTAINS(?n, "Xinhua")) }""")


# ---- entities -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name,kind", [("Xi Jinping", "Person"), ("Vladimir Putin", "Person"), ("Beijing", "Place"),
                                       ("China", "Country"), ("Russia", "Country")])
def test_same_as_links(store, name, kind):
    assert ask(store, f"""ASK {{ ?x a schema:{kind} ; schema:name "{name}" ; owl:sameAs ?s .
        FILTER(STRSTARTS(STR(?s), "http://www.wikidata.org/entity/Q") || STRSTARTS(STR(?s), "https://sws.geonames.org/")) }}""")


@pytest.mark.parametrize("pattern", ["Lavrov", "Xi Jinping", "Shanghai Cooperation Organi"])
def test_one_node_each(store, pattern):
    nodes = select(store, f"""SELECT DISTINCT ?x WHERE {{ ?x a ?t ; schema:name|schema:alternateName ?n .
        FILTER(?t IN (schema:Person, schema:Organization) && CONTAINS(?n, "{pattern}")) }}""")
    assert len(nodes) == 1, nodes


def test_sco_is_known_by_its_acronym(store):
    assert ask(store, """ASK { ?x a schema:Organization ; schema:name "Shanghai Cooperation Organisation" ;
        schema:alternateName "SCO" }""")


def test_nobody_named_anthony_albanese(store):
    assert not ask(store, 'ASK { ?x schema:name|schema:alternateName ?n . FILTER(CONTAINS(?n, "Albanese")) }')


VERBS = ["Meeting", "Meet", "Meets", "Met", "Said", "Says", "Told", "Visiting", "Visit", "Hold", "Held", "Sign",
         "Signed", "Welcome", "Welcomed", "Urged", "Added", "Noted", "Stressed", "Join", "Joined", "Attend"]


def test_no_person_name_starts_with_a_verb(store):
    names = [r["n"] for r in select(store, "SELECT ?n WHERE { ?x a schema:Person ; schema:name ?n }")]
    assert names
    assert not [n for n in names if n.split()[0] in VERBS], names


def test_countries_used_as_places_are_places(store):
    assert not select(store, """SELECT ?c WHERE { { ?e schema:location ?c } UNION { ?p schema:containedInPlace ?c }
        ?c a schema:Country . FILTER NOT EXISTS { ?c a schema:Place } }""")


def test_zhongnanhai_is_in_beijing_in_china(store):
    assert ask(store, """ASK { ?z schema:name "Zhongnanhai" ; schema:containedInPlace ?b . ?b schema:name "Beijing" ;
        schema:containedInPlace ?c . ?c schema:name "China" }""")


# ---- the store as a whole -------------------------------------------------------------------------------

def test_validate_conforms(store_spec):
    done = run_cli("validate", "--store", store_spec)
    assert done.returncode == 0, done.stdout + done.stderr


def test_ingesting_the_seeds_again_changes_nothing(store_spec, tmp_path, request):
    if store_spec.startswith("sparql+"):  # again into the same server: it must stay as it is
        target, env = store_spec, request.getfixturevalue("virtuoso").env
    else:
        target, env = tmp_path / "store", None
        shutil.copytree(store_spec, target)
    before = run_cli("export", "--store", target, "--format", "nquads", check=True).stdout
    again = run_cli("ingest", SEEDS, "--store", target, env=env)
    assert again.returncode == 0, again.stderr
    assert "5 unchanged" in again.stderr
    after = run_cli("export", "--store", target, "--format", "nquads", check=True).stdout
    assert before == after


def test_both_stores_hold_the_same_quads(seeds_store, virtuoso_seeds):
    """The export of each store, the same quads (only the ingest run's IRI and time differ)."""
    embedded, remote = (run_cli("export", "--store", s, "--format", "nquads", check=True).stdout
                        for s in (seeds_store, virtuoso_seeds))
    assert without_run(remote) == without_run(embedded)
    stats = [run_cli("stats", "--store", s, check=True).stdout for s in (seeds_store, virtuoso_seeds)]
    assert stats[0] == stats[1]


def without_run(nquads: str) -> list[str]:
    """Sorted N-Quads lines with the ingest run's IRI and start time made the same."""
    lines = (re.sub(r"<[^>]*/run/[^>]*>", "<run>", line) for line in nquads.splitlines())
    return sorted(re.sub(r'"[^"]*"\^\^<http://www.w3.org/2001/XMLSchema#dateTime>', '"time"', line)
                  for line in lines)
