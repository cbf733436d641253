"""Linked-data pages over HTTP against a real `newsgraph serve`: content negotiation, the HTML view
(labels, types, links by local path, incoming links, evidence, reporting articles), 404 / 406,
escaping of article text, and IRIs minted under another base than the one served."""
import json
import re

import markupsafe
import pytest
import rdflib
from rdflib import RDF, Literal, URIRef

from newsgraph.iris import NG, SCHEMA
from tests.conftest import run_cli
from tests.server.conftest import http, start_server
from tests.server.site_data import BASE, ESCAPED, GRAPH_1, PAGES_WITH_TEXT, XSS, make_site_store

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"
RDF_TYPES = {"text/turtle": "turtle", "application/ld+json": "json-ld",
             "application/n-triples": "nt", "application/rdf+xml": "xml"}
E1 = URIRef(BASE + "event/e1")
S = rdflib.Namespace(SCHEMA)
NGNS = rdflib.Namespace(NG)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A server on port 0 (so its own base is not the ingest base) over the site data."""
    server = start_server(make_site_store(tmp_path_factory.mktemp("pages")), "--workers", "1")
    yield server
    server.stop()


def get(server, path, accept=BROWSER):
    status, headers, body = http(server, path, headers={"Accept": accept} if accept else {})
    return status, headers, body


def page(server, path) -> str:
    status, headers, body = get(server, path)
    assert status == 200, (path, body[:300])
    assert headers["Content-Type"].startswith("text/html")
    return body.decode("utf-8")


def parse(body: bytes, media_type: str) -> rdflib.Graph:
    return rdflib.Graph().parse(data=body, format=RDF_TYPES[media_type])


# ---- content negotiation -----------------------------------------------------------------------

def test_served_base_differs_from_ingest_base(site):
    assert not site.url.startswith(BASE)  # the fallback lookup is what makes the pages below work


@pytest.mark.parametrize("media_type", list(RDF_TYPES))
def test_rdf_by_accept_is_the_concise_bounded_description(site, media_type):
    status, headers, body = get(site, "/event/e1", media_type)
    assert status == 200
    assert headers["Content-Type"].split(";")[0] == media_type
    assert "Accept" in headers["Vary"]
    g = parse(body, media_type)
    assert (E1, RDF.type, S.Event) in g and (E1, RDF.type, NGNS.Meeting) in g
    assert (E1, S.subjectOf, URIRef(BASE + "article/second-article")) in g  # union of both graphs
    evidence = g.value(E1, NGNS.evidence)                                   # blank-node closure
    assert isinstance(evidence, rdflib.BNode)
    assert str(g.value(evidence, NGNS.sentence)).startswith("Xi met")
    participation = g.value(E1, NGNS.participation)                         # participation nodes
    assert g.value(participation, NGNS.role) == NGNS.Host
    assert set(g.subjects()) == {E1, evidence, participation}


def test_no_accept_or_any_gives_turtle(site):
    for accept in (None, "*/*"):
        status, headers, body = get(site, "/person/xi-jinping", accept)
        assert status == 200 and headers["Content-Type"].startswith("text/turtle")
        assert (URIRef(BASE + "person/xi-jinping"), S.name, Literal("Xi Jinping")) in parse(body, "text/turtle")


def test_format_parameter_overrides_accept(site):
    status, headers, body = get(site, "/person/xi-jinping?format=ntriples")
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples")
    status, _, _ = get(site, "/person/xi-jinping?format=nonsense")
    assert status == 400


def test_html_for_browsers(site):
    html = page(site, "/event/e1")
    assert "<h1>Meeting of Xi Jinping and Sergey Lavrov</h1>" in html
    assert 'href="/ontology#Meeting"' in html and "schema:Event" in html          # types
    assert 'href="/person/xi-jinping"' in html and ">Xi Jinping</a>" in html     # labelled local links
    assert 'href="/place/beijing"' in html
    assert "Xi met " + ESCAPED + " Lavrov in Beijing." in html                   # evidence sentence
    assert 'href="/ontology#Host"' in html                                       # nested participation
    assert 'href="/article/second-article"' in html and "Lavrov in China" in html  # reporting articles
    assert 'href="/graph/xss-article"' in html and 'href="/graph/second-article"' in html
    assert 'rel="alternate"' in html and "?format=turtle" in html


def test_incoming_links_and_sources(site):
    html = page(site, "/person/xi-jinping")
    assert "<h1>Xi Jinping</h1>" in html and "President of China" in html
    referenced = html.split("Referenced by", 1)[1]
    assert 'href="/event/e1"' in referenced and "schema:attendee" in referenced
    assert 'href="/quotation/q1"' in referenced and "schema:spokenByCharacter" in referenced
    assert 'href="/participation/p1"' in referenced
    reported = html.split("Reported in", 1)[1]
    assert 'href="/article/xss-article"' in reported and 'href="/article/second-article"' in reported
    assert "Xinhua" in reported


def test_local_iris_link_by_path_and_foreign_ones_to_themselves(site):
    html = page(site, "/place/beijing")
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert not [h for h in hrefs if h.startswith(BASE) or h.startswith(site.url)]
    assert "http://www.wikidata.org/entity/Q956" in hrefs
    assert not [h for h in hrefs if h.lower().startswith(("javascript:", "data:"))]


def test_javascript_iri_in_the_data_is_not_a_link(site):
    html = page(site, "/article/xss-article")
    assert "javascript:alert(2)" in html
    assert 'href="javascript:' not in html.lower()


def test_graph_page_and_graph_data(site):
    html = page(site, "/graph/xss-article")
    assert 'href="/article/xss-article"' in html and "<th>Subject</th>" in html
    status, _, body = get(site, "/graph/xss-article", "application/n-triples")
    assert status == 200
    status, _, counted = http(site, "/sparql?query=" + _quote(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH_1}> {{ ?s ?p ?o }} }}"),
        headers={"Accept": "application/sparql-results+json"})
    n = int(json.loads(counted)["results"]["bindings"][0]["n"]["value"])
    assert len(parse(body, "application/n-triples")) == n > 30


# ---- errors --------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/person/nobody", "/event/0000", "/graph/nothing", "/person/x%3Ey",
                                  "/person/a%20b", "/quotation/q1%22"])
@pytest.mark.parametrize("accept", [BROWSER, "text/turtle"])
def test_unknown_iri_is_404(site, path, accept):
    status, _, _ = get(site, path, accept)
    assert status == 404


def test_nothing_acceptable_is_406(site):
    status, _, body = get(site, "/event/e1", "image/png")
    assert status == 406
    assert b"text/turtle" in body  # says what is offered


# ---- escaping ------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", PAGES_WITH_TEXT)
def test_article_text_is_escaped_in_every_page(site, path):
    html = page(site, path)
    assert XSS not in html
    assert ESCAPED in html
    assert "<b>mutual</b>" not in html


def test_query_page_escapes_a_reflected_query(site):
    html = page(site, "/?query=" + _quote("</textarea>" + XSS))
    assert XSS not in html and "</textarea><script>" not in html
    assert "&lt;/textarea&gt;" + ESCAPED in html


# ---- bases ---------------------------------------------------------------------------------------

def test_iris_minted_under_the_served_base_resolve(tmp_path):
    base = "https://news.example.org/"
    (tmp_path / "own.ttl").write_text(
        f'<{base}person/ada> a <http://schema.org/Person> ; <http://schema.org/name> "Ada" .\n')
    store = make_site_store(tmp_path)
    run_cli("load", tmp_path / "own.ttl", "--store", store, "--graph", base + "graph/own", check=True)
    server = start_server(store, "--base-iri", base, "--workers", "1")
    try:
        assert "<h1>Ada</h1>" in page(server, "/person/ada")
        assert "<h1>Xi Jinping</h1>" in page(server, "/person/xi-jinping")  # the ingest base, still
    finally:
        server.stop()


# ---- the seeds, as ingested ----------------------------------------------------------------------

def test_every_seed_event_and_participant_dereferences(seeds_server):
    query = """PREFIX schema: <http://schema.org/>
    SELECT DISTINCT ?x ?name WHERE {
      { ?x a schema:Event ; schema:name ?name }
      UNION { ?e a schema:Event ; schema:attendee ?x . ?x schema:name ?name }
    } LIMIT 60"""
    status, _, body = http(seeds_server, "/sparql?query=" + _quote(query),
                           headers={"Accept": "application/sparql-results+json"})
    rows = json.loads(body)["results"]["bindings"]
    assert status == 200 and rows
    for row in rows:
        iri = row["x"]["value"]
        assert iri.startswith(BASE), iri
        path = "/" + iri[len(BASE):]
        html = page(seeds_server, path)
        assert _escape(row["name"]["value"]) in html
        status, _, body = get(seeds_server, path, "text/turtle")
        assert status == 200 and (URIRef(iri), None, None) in parse(body, "text/turtle")


def _quote(text: str) -> str:
    from urllib.parse import quote
    return quote(text, safe="")


def _escape(text: str) -> str:
    return str(markupsafe.escape(text))  # as Jinja escapes


# ---- summaries: what a journalist reads first ---------------------------------------------------

def _section(html: str, start: str, end: str | None = None) -> str:
    part = html.split(start, 1)[1]
    return part.split(end, 1)[0] if end else part


def test_person_page_lists_events_with_role_then_quotations_then_other_links(site):
    html = page(site, "/person/xi-jinping")
    events = _section(html, "<h3>Events (1)</h3>", "<h3>Quotations")
    row = events.split("<tr>")[2]                                        # the one event's row
    assert 'href="/event/e1"' in row and "Meeting of Xi Jinping and Sergey Lavrov" in row
    assert "2025-07-15" in row and ">Meeting</a>" in row and 'href="/place/beijing"' in row
    assert ">Host</a>" in row and 'href="/participation/p1"' in row    # role via the participation
    quotations = _section(html, "<h3>Quotations (1)", "Reported in")
    assert "strengthen &lt;b&gt;mutual&lt;/b&gt; support " + ESCAPED in quotations
    assert 'href="/quotation/q1"' in quotations and 'href="/article/xss-article"' in quotations
    assert "<h3>Other links</h3>" not in html                          # event, quotation, participation:
    assert '<table class="incoming">' not in html                      # all folded into the summaries


def test_other_incoming_links_are_labelled(site):
    html = page(site, "/organization/xinhua")
    referenced = _section(html, "<h2>Referenced by</h2>")
    assert 'href="/article/xss-article"' in referenced and "Talks end " + ESCAPED in referenced
    assert ">/article/xss-article<" not in referenced                     # a label, not a bare IRI


def test_place_page_lists_the_events_held_there(site):
    html = page(site, "/place/beijing")
    events = _section(html, "<h3>Events (1)</h3>", "</table>")
    assert 'href="/event/e1"' in events and "schema:location" in events


def test_event_page_summary(site):
    html = page(site, "/event/e1")
    facts = _section(html, '<dl class="facts">', "</dl>")
    assert "2025-07-15" in facts and "(“today”)" in facts and ">Happened</a>" in facts
    assert facts.index('href="/place/beijing"') < facts.index('href="/place/china"')  # the place chain
    attendees = _section(html, "<h2>Attendees</h2>", "</table>")
    xi = [r for r in attendees.split("<tr>") if 'href="/person/xi-jinping"' in r][0]
    assert ">Host</a>" in xi and "President of China" in xi
    assert 'href="/person/sergey-lavrov"' in attendees
    reports = _section(html, "<h2>Evidence, by reporting article</h2>", "<h2>")
    assert 'href="/article/xss-article"' in reports and "Talks end " + ESCAPED in reports
    assert 'href="/organization/xinhua"' in reports and "2025-07-15" in reports
    assert '<blockquote class="trigger">Xi met ' + ESCAPED + " Lavrov in Beijing.</blockquote>" in reports


def test_article_page_summary(site):
    html = page(site, "/article/xss-article")
    facts = _section(html, '<dl class="facts">', "</dl>")
    assert "Talks end " + ESCAPED + " in Beijing" in facts and "xss-article" in facts
    assert 'href="/organization/xinhua"' in facts and "2025-07-15" in facts
    assert _section(facts, "<dt>Dateline</dt>", "</dd>").count('href="/place/beijing"') == 1
    events = _section(html, "<h2>Events reported (1)</h2>", "</table>")
    assert 'href="/event/e1"' in events and ">Happened</a>" in events and ">Meeting</a>" in events
    quotations = _section(html, "<h2>Quotations (1)</h2>", "</ul>")
    assert "strengthen &lt;b&gt;mutual&lt;/b&gt; support" in quotations
    assert 'href="/person/xi-jinping"' in quotations and "reported by" in quotations


def test_seed_pages_show_the_summaries(seeds_server):
    html = page(seeds_server, "/person/xi-jinping")
    events = _section(html, "<h3>Events (", "</table>")
    dates = re.findall(r"<td class=\"date\"><span class=\"literal\"[^>]*>(\d{4}-\d\d-\d\d)<", events)
    assert dates == sorted(dates) and events.count("<tr>") >= 3
    event = re.search(r'href="(/event/[0-9a-f]+)"', events).group(1)
    summary = _section(page(seeds_server, event), '<dl class="facts">', "<h2>All properties</h2>")
    assert "<h2>Attendees</h2>" in summary and "<h2>Evidence, by reporting article</h2>" in summary
    article = re.search(r'href="(/article/[^"]+)"', summary).group(1)
    assert "<h2>Events reported (" in page(seeds_server, article)
