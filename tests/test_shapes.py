"""The SHACL shapes: a hand-written valid article graph conforms; breaking one rule at a time gives
exactly that rule's message; every message in shapes.ttl is exercised here; `newsgraph validate`
prints the messages and exits 1 (0 when the store conforms)."""
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH

from newsgraph.errors import NotConforming
from newsgraph.iris import NG, NG_SHAPES, SCHEMA, sparql_prefixes
from newsgraph.ontology.validate import (
    shapes_graph, to_rdflib, validate_graph, validate_store, validate_triples,
)
from newsgraph.store import Store

DATA = Path(__file__).parent / "data" / "shapes"
VALID = DATA / "valid.ttl"
INVALID = DATA / "invalid.ttl"
PREFIXES = sparql_prefixes() + "PREFIX ex: <http://127.0.0.1:5000/>\n"

MEETING = "<http://127.0.0.1:5000/event/3f1a9c0d2b7e4a61>"
PARADE = "<http://127.0.0.1:5000/event/7c2e5d10a9b84f33>"
ARTICLE = "<http://127.0.0.1:5000/article/000>"
QUOTE = "<http://127.0.0.1:5000/quotation/5b0e>"
XI = "<http://127.0.0.1:5000/person/xi-jinping>"
PUTIN = "<http://127.0.0.1:5000/person/vladimir-putin>"
BEIJING = "<http://127.0.0.1:5000/place/beijing>"
CHINA = "<http://127.0.0.1:5000/country/china>"
S2 = "<http://127.0.0.1:5000/article/000#s2>"
S5 = "<http://127.0.0.1:5000/article/000#s5>"
P1 = "<http://127.0.0.1:5000/participation/a1>"
P2 = "<http://127.0.0.1:5000/participation/a2>"
RUN = "<http://127.0.0.1:5000/run/0-1-0>"
NEW_EVIDENCE = (f"ex:ev9 ng:sentence \"Xi said so.\" ; ng:startOffset 10 ; ng:endOffset 21 ; "
                f"ng:inArticle {ARTICLE} .")


def delete(s, p, o="?o"):
    return f"DELETE WHERE {{ {s} {p} {o} }}"


def insert(*triples):
    return "INSERT DATA { " + " ".join(triples) + " }"


def replace(s, p, new):
    return f"DELETE {{ {s} {p} ?o }} INSERT {{ {s} {p} {new} }} WHERE {{ {s} {p} ?o }}"


# (shape local name in shapes.ttl, SPARQL update that breaks exactly that rule of the valid example)
CASES = [
    ("EventSchemaType", delete(MEETING, "a", "schema:Event")),
    ("EventType", delete(MEETING, "a", "ng:Meeting")),
    ("EventNameCount", delete(MEETING, "schema:name")),
    ("EventNameCount", insert(f'{MEETING} schema:name "Xi-Lavrov talks" .')),
    ("EventNameForm", replace(MEETING, "schema:name", '""')),
    ("EventNameForm", replace(MEETING, "schema:name", '"Meeting in Beijing"@en')),
    ("EventAttendeeCount", delete(PARADE, "schema:attendee")),
    ("EventAttendeeClass", insert(f"{PARADE} schema:attendee ex:someone .")),
    ("EventAttendeeClass", insert(f"{PARADE} schema:attendee {BEIJING} .")),
    ("EventArticleCount", delete(PARADE, "schema:subjectOf")),
    ("EventArticleClass", insert(f"{PARADE} schema:subjectOf ex:article\\/999 .")),
    ("EventStartDateCount", insert(f'{MEETING} schema:startDate "2025-07-16"^^xsd:date .')),
    ("EventStartDateForm", replace(MEETING, "schema:startDate", '"2025-13-45"^^xsd:date')),
    ("EventStartDateForm", replace(MEETING, "schema:startDate", '"15 July 2025"')),
    ("EventStartDateForm", replace(MEETING, "schema:startDate", '"2025-07-15T10:00:00"^^xsd:dateTime')),
    ("EventLocation", replace(MEETING, "schema:location", XI)),
    ("EventStatus", replace(MEETING, "ng:status", "ng:Cancelled")),
    ("EventStatus", replace(MEETING, "ng:status", '"happened"')),
    ("EventStatus", insert(f"{MEETING} ng:status ng:Planned .")),
    ("EventConfidence", replace(MEETING, "ng:confidence", "1.5")),
    ("EventConfidence", replace(MEETING, "ng:confidence", '"-0.1"^^xsd:decimal')),
    ("EventConfidence", replace(MEETING, "ng:confidence", '"0.9"')),
    ("EventDateMention", replace(MEETING, "ng:dateMention", '""')),
    ("EventEvidence", delete(S5, "a", "ng:Evidence")),
    ("EventParticipation", delete(P2, "a", "ng:Participation")),
    ("ArticleIdentifierCount", delete(ARTICLE, "schema:identifier")),
    ("ArticleIdentifierCount", insert(f'{ARTICLE} schema:identifier "000" .')),
    ("ArticleIdentifierForm", replace(ARTICLE, "schema:identifier", '""')),
    ("ArticleIdentifierForm", replace(ARTICLE, "schema:identifier", "42")),
    ("ArticleDateCount", insert(f'{ARTICLE} schema:datePublished "2025-07-14"^^xsd:date .')),
    ("ArticleDateForm", replace(ARTICLE, "schema:datePublished", '"2025-02-30"^^xsd:date')),
    ("ArticleDateForm", replace(ARTICLE, "schema:datePublished", '"July 15, 2025"')),
    ("ArticleHeadline", insert(f'{ARTICLE} schema:headline "Another headline" .')),
    ("ArticleHeadline", replace(ARTICLE, "schema:headline", '""')),
    ("ArticleHeadlineLength", replace(ARTICLE, "schema:headline", '"' + "Lavrov met Wang Yi. " * 16 + '"')),
    ("ArticlePublisher", replace(ARTICLE, "schema:publisher", '"South China Morning Post"')),
    ("ArticleDateline", replace(ARTICLE, "ng:dateline", '"BEIJING"')),
    ("ArticleCitesAgency", insert(f"{ARTICLE} ng:citesAgency {XI} .")),
    ("ArticleContentHash", insert(f'{ARTICLE} ng:contentHash "abc123" .')),
    ("ArticleContentHash", replace(ARTICLE, "ng:contentHash", '""')),
    ("ArticleGeneratedBy", delete(RUN, "a", "ng:IngestRun")),
    ("QuotationTextCount", delete(QUOTE, "schema:text")),
    ("QuotationTextCount", insert(f'{QUOTE} schema:text "another text" .')),
    ("QuotationTextForm", replace(QUOTE, "schema:text", '""')),
    ("QuotationSpeakerCount", delete(QUOTE, "schema:spokenByCharacter")),
    ("QuotationSpeakerClass", replace(QUOTE, "schema:spokenByCharacter", BEIJING)),
    ("QuotationArticleCount", delete(QUOTE, "schema:isPartOf")),
    ("QuotationArticleClass", replace(QUOTE, "schema:isPartOf", "ex:article\\/999")),
    ("QuotationReportedBy", replace(QUOTE, "ng:reportedBy", '"Xinhua"')),
    ("QuotationEvidence", insert(f"{QUOTE} ng:evidence ex:ev9 .", NEW_EVIDENCE)),
    ("NameCount", delete(PUTIN, "schema:name")),
    ("NameCount", insert(f'{CHINA} schema:name "PRC" .')),
    ("NameForm", replace(XI, "schema:name", '""')),
    ("NameForm", replace(XI, "schema:name", '"习近平"@zh')),
    ("AlternateName", insert(f'{XI} schema:alternateName "" .')),
    ("JobTitle", replace(XI, "schema:jobTitle", '""')),
    ("SameAs", insert(f"{BEIJING} owl:sameAs <http://dbpedia.org/resource/Beijing> .")),
    ("SameAs", insert(f"{CHINA} owl:sameAs <https://www.wikidata.org/wiki/Q148> .")),
    ("SameAs", insert(f'{XI} owl:sameAs "Q15031" .')),
    ("ContainedInPlace", replace(BEIJING, "schema:containedInPlace", "ex:place\\/asia")),
    ("EvidenceSentence", delete(S5, "ng:sentence")),
    ("EvidenceSentence", replace(S5, "ng:sentence", '""')),
    ("EvidenceStart", delete(S5, "ng:startOffset")),
    ("EvidenceStart", replace(S5, "ng:startOffset", "-1")),
    ("EvidenceStart", replace(S5, "ng:startOffset", "803.5")),
    ("EvidenceEnd", delete(S5, "ng:endOffset")),
    ("EvidenceEnd", insert(f"{S5} ng:endOffset 975 .")),
    ("EvidenceOrder", replace(S5, "ng:startOffset", "1000")),
    ("EvidenceInHeadline", insert(f'{S5} ng:inHeadline "yes" .')),
    ("EvidenceInHeadline", insert(f"{S5} ng:inHeadline true, false .")),
    ("EvidenceArticleCount", delete(S5, "ng:inArticle")),
    ("EvidenceArticleClass", replace(S5, "ng:inArticle", "ex:article\\/999")),
    ("ParticipantCount", delete(P2, "ng:participant")),
    ("ParticipantCount", insert(f"{P2} ng:participant {XI} .")),
    ("ParticipantClass", replace(P2, "ng:participant", BEIJING)),
    ("ParticipationRole", delete(P2, "ng:role")),
    ("ParticipationRole", replace(P2, "ng:role", "ng:Chair")),
    ("ParticipationRole", insert(f"{P2} ng:role ng:Speaker .")),
    ("ParticipationEvidence", insert(f"{P2} ng:evidence ex:ev9 .", NEW_EVIDENCE)),
    ("RunStarted", replace(RUN, "prov:startedAtTime", '"yesterday"')),
    ("RunStarted", insert(f'{RUN} prov:startedAtTime "2025-07-16T10:00:00Z"^^xsd:dateTime .')),
    ("RunToolVersion", delete(RUN, "ng:toolVersion")),
    ("RunToolVersion", replace(RUN, "ng:toolVersion", '""')),
]


def valid_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(VALID, format="turtle")


def broken(update: str) -> rdflib.Graph:
    graph = valid_graph()
    before = len(graph)
    graph.update(PREFIXES + update)
    assert len(graph) != before or "DELETE" in update and "INSERT" in update, "the update changed nothing"
    return graph


def message(shape: str) -> str:
    value = shapes_graph().value(rdflib.URIRef(NG_SHAPES + shape), SH.message)
    assert value is not None, f"no sh:message on ngsh:{shape}"
    return str(value)


def shapes_with_messages() -> set[str]:
    return {str(s)[len(NG_SHAPES):] for s in shapes_graph().subjects(SH.message, None)}


# The helpers: qualified value shapes of the rules on rdf:type; pyshacl never reports their messages.
HELPERS = {"AgentClass", "EventClass"}


def test_valid_example_conforms():
    report = validate_graph(valid_graph())
    assert report.conforms, report.text
    assert report.results == []
    assert report.text.startswith("Conforms: ")


@pytest.mark.parametrize("shape, update", CASES, ids=[f"{s}-{i}" for i, (s, _) in enumerate(CASES)])
def test_breaking_one_rule_reports_its_message(shape, update):
    report = validate_graph(broken(update))
    assert not report.conforms
    assert message(shape) in report.text
    assert {m for _, _, m in report.results} == {message(shape)}, report.text  # that rule, no other


def test_shapes_are_well_formed_shacl():
    from pyshacl.entrypoints import meta_validate
    copy = rdflib.Graph()
    copy += shapes_graph()
    conforms, _, text = meta_validate(copy)
    assert conforms, text


def test_every_message_is_exercised():
    assert shapes_with_messages() - HELPERS == {shape for shape, _ in CASES}


def test_every_rule_has_its_own_message():
    messages = [str(m) for m in shapes_graph().objects(None, SH.message)]
    assert len(messages) == len(set(messages))
    assert all(m.endswith(".") and len(m) > 20 for m in messages)


def test_every_shape_with_constraints_has_a_message():
    g = shapes_graph()
    targeted = {s for p in (SH.targetClass, SH.targetObjectsOf) for s in g.subjects(p, None)}
    assert targeted and all(g.value(s, SH.message) for s in targeted)


def test_shape_lists_match_the_ontology(ontology):
    g = shapes_graph()
    event = rdflib.URIRef(NG + "Event")
    subclasses = set(ontology.transitive_subjects(rdflib.RDFS.subClassOf, event)) - {event}
    assert accepted("EventClass", ontology) == subclasses
    agents = {rdflib.URIRef(SCHEMA + c) for c in ("Person", "Organization", "Country")}
    assert accepted("AgentClass", ontology) == agents
    roles = set(Collection(g, g.value(rdflib.URIRef(NG_SHAPES + "ParticipationRole"), SH["in"])))
    assert roles == set(ontology.subjects(RDF.type, rdflib.URIRef(NG + "ParticipantRole")))
    statuses = set(Collection(g, g.value(rdflib.URIRef(NG_SHAPES + "EventStatus"), SH["in"])))
    assert statuses == set(ontology.subjects(RDF.type, rdflib.URIRef(NG + "EventStatus")))


def accepted(helper: str, ontology: rdflib.Graph) -> set:
    """The IRIs of the ontology and the shapes whose spelling a helper's sh:pattern accepts."""
    pattern = str(shapes_graph().value(rdflib.URIRef(NG_SHAPES + helper), SH.pattern))
    iris = {t for graph in (ontology, shapes_graph()) for triple in graph for t in triple
            if isinstance(t, rdflib.URIRef)}
    return {iri for iri in iris if re.search(pattern, iri)}


def test_ill_typed_date_survives_the_store_and_is_reported():
    store = Store()
    store.load(VALID, ox.RdfFormat.TURTLE)
    assert validate_store(store).conforms
    store.replace_graph("urn:x-test:bad", ox.parse(
        b'<http://127.0.0.1:5000/event/3f1a9c0d2b7e4a61> <http://schema.org/startDate> '
        b'"2025-13-45"^^<http://www.w3.org/2001/XMLSchema#date> .', format=ox.RdfFormat.N_TRIPLES))
    report = validate_store(store)
    assert not report.conforms
    assert '"2025-13-45"^^xsd:date' in report.text
    assert message("EventStartDateForm") in report.text and message("EventStartDateCount") in report.text


def test_validate_triples_agrees_with_validate_graph():
    triples = list(ox.parse(path=INVALID, format=ox.RdfFormat.TURTLE))
    by_triples = validate_triples(triples)
    by_graph = validate_graph(rdflib.Graph().parse(INVALID, format="turtle"))
    assert not by_triples.conforms
    assert by_triples.text == by_graph.text
    assert len(to_rdflib(triples)) == len(triples)


def test_report_text_is_one_sorted_line_per_problem():
    report = validate_graph(rdflib.Graph().parse(INVALID, format="turtle"))
    *lines, summary = report.text.splitlines()
    assert lines == sorted(set(lines)) and len(lines) >= 4
    assert all(" — " in line or ": " in line for line in lines)
    assert summary.startswith(f"Does not conform: {len(lines)} problems")
    # the report graph is a SHACL validation report that serialises (the server's 422 body)
    assert (None, RDF.type, SH.ValidationReport) in report.graph
    assert "sh:ValidationReport" in report.graph.serialize(format="turtle")


def test_report_as_an_error_for_ingest_and_the_server():
    report = validate_graph(rdflib.Graph().parse(INVALID, format="turtle"))
    error = report.error("002.txt")
    assert isinstance(error, NotConforming) and error.status == 422 and error.exit_code == 1
    assert str(error).startswith("002.txt does not conform") and message("SameAs") in str(error)
    parsed = rdflib.Graph().parse(data=error.report, format="turtle")
    assert len(list(parsed.objects(None, SH.result))) == len(report.results)


def test_report_of_the_valid_example_counts_nodes():
    report = validate_graph(valid_graph())
    assert report.text == "Conforms: 17 nodes checked (96 triples)."


INVALID_MESSAGES = ["EventAttendeeCount", "EventStartDateForm", "NameCount", "QuotationTextCount", "SameAs"]


def test_cli_validate_reports_and_exits_1(tmp_path, cli):
    store = tmp_path / "store"
    assert cli("load", INVALID, "--store", store).returncode == 0
    done = cli("validate", "--store", store)
    assert done.returncode == 1, done.stdout + done.stderr
    for shape in INVALID_MESSAGES:
        assert message(shape) in done.stdout
    assert "Traceback" not in done.stderr


def test_cli_validate_conforms_exits_0(tmp_path, cli):
    store = tmp_path / "store"
    assert cli("load", VALID, "--store", store).returncode == 0
    done = cli("validate", "--store", store)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("Conforms:")


@pytest.fixture(scope="module")
def ontology():
    from newsgraph.ontology.validate import ontology_graph
    return ontology_graph()
