"""The ontology: parses, is documented (label and comment on every term), is well-formed OWL 2
(every term declared once, no punning), runs through an OWL-RL closure without inconsistencies,
carries its metadata and a CAMEO code on every event class; the shapes use only its terms; the HTML
documentation covers it, escaped and self-contained."""
import re
from pathlib import Path

import owlrl
import pyoxigraph as ox
import pytest
import rdflib
from owlrl.Namespaces import ERRNS
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH

from newsgraph.iris import NG, NG_ONTOLOGY, SCHEMA, SEM
from newsgraph.ontology.docs import ontology_html
from newsgraph.ontology.validate import ontology_graph, ontology_turtle, shapes_graph, shapes_turtle

ROOT = Path(__file__).resolve().parent.parent
VALID = Path(__file__).parent / "data" / "shapes" / "valid.ttl"
NGNS = rdflib.Namespace(NG)
KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual)
BUILT_IN = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
            "http://www.w3.org/2002/07/owl#", "http://www.w3.org/2001/XMLSchema#")

# The terms the data model (README, team brief) relies on.
EVENT_CLASSES = ["Meeting", "Talks", "Summit", "Visit", "PhoneCall", "AgreementSigning", "Statement",
                 "MilitaryParade", "Conference", "Ceremony"]
CLASSES = ["Event", "Person", "Organization", "Country", "Place", "NewsArticle", "Quotation", "Evidence",
           "Participation", "ParticipantRole", "EventStatus", "IngestRun", *EVENT_CLASSES]
OBJECT_PROPERTIES = ["status", "evidence", "inArticle", "participation", "participant", "role", "reportedBy",
                     "dateline", "citesAgency"]
DATATYPE_PROPERTIES = ["dateMention", "confidence", "sentence", "startOffset", "endOffset", "contentHash",
                       "toolVersion"]
INDIVIDUALS = {"ParticipantRole": ["Host", "Guest", "Speaker", "Signatory", "Attendee", "Caller", "Organizer"],
               "EventStatus": ["Happened", "Planned"]}


@pytest.fixture(scope="module")
def g():
    return ontology_graph()


def own_terms(g):
    return {s for s in g.subjects() if isinstance(s, URIRef) and s.startswith(NG)}


def test_parses_with_rdflib_and_oxigraph(g):
    assert len(g) > 300
    assert len(list(ox.parse(ontology_turtle(), format=ox.RdfFormat.TURTLE))) == len(g)
    # the package data is the file in the repository
    assert ontology_turtle() == (ROOT / "ontology" / "newsgraph.ttl").read_text(encoding="utf-8")
    assert shapes_turtle() == (ROOT / "ontology" / "shapes.ttl").read_text(encoding="utf-8")


def test_ontology_metadata(g):
    onto = URIRef(NG_ONTOLOGY)
    assert (onto, RDF.type, OWL.Ontology) in g
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.license, DCTERMS.created, OWL.versionInfo):
        assert g.value(onto, prop) is not None, prop
    assert str(g.value(onto, OWL.versionIRI)).startswith(NG_ONTOLOGY + "/")
    assert isinstance(g.value(onto, DCTERMS.license), URIRef)
    assert g.value(onto, DCTERMS.created).datatype == rdflib.XSD.date


def test_every_term_has_label_and_comment(g):
    terms = own_terms(g)
    assert len(terms) > 40
    missing = [t for t in terms if not (g.value(t, RDFS.label) and g.value(t, RDFS.comment))]
    assert missing == []
    for t in terms:
        assert g.value(t, RDFS.isDefinedBy) == URIRef(NG_ONTOLOGY), t


def test_expected_terms_exist_with_the_right_kind(g):
    for name in CLASSES:
        assert (NGNS[name], RDF.type, OWL.Class) in g, name
    for name in OBJECT_PROPERTIES:
        assert (NGNS[name], RDF.type, OWL.ObjectProperty) in g, name
    for name in DATATYPE_PROPERTIES:
        assert (NGNS[name], RDF.type, OWL.DatatypeProperty) in g, name
    for cls, names in INDIVIDUALS.items():
        assert set(g.subjects(RDF.type, NGNS[cls])) == {NGNS[n] for n in names}
        for name in names:
            assert (NGNS[name], RDF.type, OWL.NamedIndividual) in g


def test_every_term_is_declared_exactly_once_no_punning(g):
    for t in own_terms(g):
        kinds = {k for k in KINDS if (t, RDF.type, k) in g}
        assert len(kinds) == 1, f"{t}: {kinds}"
    # every property used in the ontology (outside RDF/RDFS/OWL) is declared, with one kind
    for p in set(g.predicates()):
        if not str(p).startswith(BUILT_IN):
            kinds = {k for k in KINDS[1:4] if (p, RDF.type, k) in g}
            assert len(kinds) == 1, f"{p}: {kinds}"
    # annotation properties are the only ones used on classes (OWL 2 DL: no punning)
    for cls in g.subjects(RDF.type, OWL.Class):
        for p in g.predicates(cls, None):
            if not str(p).startswith(BUILT_IN):
                assert (p, RDF.type, OWL.AnnotationProperty) in g, f"{p} on class {cls}"


def test_every_referenced_term_is_declared(g):
    for prop, kinds in ((RDFS.subClassOf, {OWL.Class}), (OWL.equivalentClass, {OWL.Class}),
                        (RDFS.domain, {OWL.Class}), (RDFS.subPropertyOf, set(KINDS[1:4]))):
        for s, o in g.subject_objects(prop):
            if isinstance(o, URIRef):
                assert any((o, RDF.type, k) in g for k in kinds), f"{s} {prop} {o}: {o} not declared"
    for p, o in g.subject_objects(RDFS.range):
        if isinstance(o, URIRef) and (p, RDF.type, OWL.ObjectProperty) in g:
            assert (o, RDF.type, OWL.Class) in g, f"range of {p}"
        if (p, RDF.type, OWL.DatatypeProperty) in g:
            assert o.startswith(str(rdflib.XSD)), f"range of {p}"


def test_event_classes_are_under_event_with_cameo_codes(g):
    event_classes = set(g.transitive_subjects(RDFS.subClassOf, NGNS.Event)) - {NGNS.Event}
    assert event_classes == {NGNS[c] for c in EVENT_CLASSES}
    for cls in event_classes:
        code, root = str(g.value(cls, NGNS.cameoCode)), str(g.value(cls, NGNS.cameoRootCode))
        assert re.fullmatch(r"\d{3}", code) and re.fullmatch(r"\d{2}", root), cls
        assert code.startswith(root), cls
    assert str(g.value(NGNS.AgreementSigning, NGNS.cameoCode)) == "057"
    assert str(g.value(NGNS.PhoneCall, NGNS.cameoCode)) == "041"
    assert str(g.value(NGNS.Meeting, NGNS.cameoRootCode)) == "04"
    assert (NGNS.Event, RDFS.subClassOf, URIRef(SCHEMA + "Event")) in g
    assert (NGNS.Event, RDFS.subClassOf, URIRef(SEM + "Event")) in g


def test_aligned_with_schema_org(g):
    for name in ("Person", "Organization", "Country", "Place", "NewsArticle", "Quotation"):
        assert (NGNS[name], OWL.equivalentClass, URIRef(SCHEMA + name)) in g


def closure(graph: rdflib.Graph) -> rdflib.Graph:
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(graph)
    return graph


def test_owl_rl_closure_runs_without_errors(g):
    copy = rdflib.Graph()
    copy += g
    closed = closure(copy)
    assert len(closed) > len(g)
    assert list(closed.objects(None, ERRNS.error)) == []
    assert (NGNS.Summit, RDFS.subClassOf, URIRef(SEM + "Event")) in closed


def test_ontology_and_example_data_reason_into_sem_and_prov(g):
    data = rdflib.Graph().parse(VALID, format="turtle")
    data += g
    closed = closure(data)
    assert list(closed.objects(None, ERRNS.error)) == []
    meeting = URIRef("http://127.0.0.1:5000/event/3f1a9c0d2b7e4a61")
    xi = URIRef("http://127.0.0.1:5000/person/xi-jinping")
    assert (meeting, RDF.type, URIRef(SEM + "Event")) in closed
    assert (meeting, URIRef(SEM + "hasActor"), xi) in closed
    assert (xi, RDF.type, URIRef(SEM + "Actor")) in closed
    assert (xi, RDF.type, URIRef("http://www.w3.org/ns/prov#Agent")) in closed


def test_shapes_use_only_declared_terms(g):
    s = shapes_graph()
    used = set(s.objects(None, SH.path)) | set(s.objects(None, SH.targetClass)) | set(s.objects(None, SH["class"]))
    used |= set(s.objects(None, SH.targetObjectsOf))
    for term in used:
        if term != RDF.type and not str(term).startswith(BUILT_IN):
            assert any((term, RDF.type, k) in g for k in KINDS[:4]), f"{term} is not in the ontology"


def test_html_documentation(g):
    html = ontology_html()
    assert html.startswith("<!DOCTYPE html>")
    for t in own_terms(g):
        local = t[len(NG):]
        assert f'id="{local}"' in html, local
        label = str(g.value(t, RDFS.label))
        assert label.replace("'", "&#x27;") in html
    assert "057" in html and "Sign formal agreement" in html
    assert "<script" not in html and "<link" not in html and "@import" not in html  # self-contained


def test_html_documentation_escapes_text():
    from newsgraph.ontology import docs
    evil = rdflib.Graph()
    evil += ontology_graph()
    evil.set((NGNS.Meeting, RDFS.comment, Literal("<script>alert(1)</script> & more")))
    evil.set((NGNS.Meeting, RDFS.label, Literal('Meeting "<b>"')))
    html = docs.render(evil)
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html
    assert "Meeting &quot;&lt;b&gt;&quot;" in html
