"""Hand-written article graphs for the linked-data and site tests, in the shape ingest writes
(minted under the default ingest base http://127.0.0.1:5000/), loaded with the real `newsgraph load`.

The first article's headline, evidence sentence and quotation carry `<script>alert(1)</script>`:
every HTML page that shows them must show them escaped. The second article reports the same
meeting, so the union default graph holds shared triples once.
"""
from pathlib import Path

from tests.conftest import run_cli

BASE = "http://127.0.0.1:5000/"
XSS = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"
GRAPH_1 = BASE + "graph/xss-article"
GRAPH_2 = BASE + "graph/second-article"

PREFIXES = """\
@prefix schema: <http://schema.org/> .
@prefix ng: <https://w3id.org/newsgraph/ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix b: <http://127.0.0.1:5000/> .
"""

ARTICLE_1 = PREFIXES + """
b:article\\/xss-article a schema:NewsArticle ;
  schema:identifier "xss-article" ;
  schema:headline "Talks end <script>alert(1)</script> in Beijing" ;
  schema:datePublished "2025-07-15"^^xsd:date ;
  schema:publisher b:organization\\/xinhua ;
  schema:url <javascript:alert(2)> ;
  ng:dateline b:place\\/beijing ;
  prov:wasGeneratedBy b:run\\/r1 .
b:run\\/r1 a ng:IngestRun, prov:Activity ; ng:toolVersion "0.1.0" ;
  prov:startedAtTime "2025-07-15T10:00:00Z"^^xsd:dateTime .
b:organization\\/xinhua a schema:Organization ; schema:name "Xinhua" .
b:place\\/beijing a schema:Place ; schema:name "Beijing" ; owl:sameAs <http://www.wikidata.org/entity/Q956> ;
  schema:containedInPlace b:place\\/china .
b:place\\/china a schema:Place, schema:Country ; schema:name "China" .
b:person\\/xi-jinping a schema:Person ; schema:name "Xi Jinping" ; schema:alternateName "Xi" ;
  schema:jobTitle "President of China" ; owl:sameAs <http://www.wikidata.org/entity/Q15031> .
b:person\\/sergey-lavrov a schema:Person ; schema:name "Sergey Lavrov" ; schema:alternateName "Sergei Lavrov" .
b:event\\/e1 a schema:Event, ng:Meeting ; schema:name "Meeting of Xi Jinping and Sergey Lavrov" ;
  schema:startDate "2025-07-15"^^xsd:date ; ng:dateMention "today" ; ng:status ng:Happened ;
  ng:confidence 0.9 ;
  schema:location b:place\\/beijing ; schema:attendee b:person\\/xi-jinping, b:person\\/sergey-lavrov ;
  schema:subjectOf b:article\\/xss-article ;
  ng:participation b:participation\\/p1 ;
  ng:evidence [ a ng:Evidence ; ng:sentence "Xi met <script>alert(1)</script> Lavrov in Beijing." ;
      ng:startOffset 0 ; ng:endOffset 48 ; ng:inArticle b:article\\/xss-article ] .
b:participation\\/p1 a ng:Participation ; ng:participant b:person\\/xi-jinping ; ng:role ng:Host .
b:quotation\\/q1 a schema:Quotation ; schema:text "strengthen <b>mutual</b> support <script>alert(1)</script>" ;
  schema:spokenByCharacter b:person\\/xi-jinping ; schema:isPartOf b:article\\/xss-article ;
  ng:reportedBy b:organization\\/xinhua .
"""

ARTICLE_2 = PREFIXES + """
b:article\\/second-article a schema:NewsArticle ;
  schema:identifier "second-article" ;
  schema:headline "Lavrov in China" ;
  schema:datePublished "2025-07-16"^^xsd:date .
b:person\\/xi-jinping a schema:Person ; schema:name "Xi Jinping" .
b:person\\/sergey-lavrov a schema:Person ; schema:name "Sergey Lavrov" .
b:place\\/beijing a schema:Place ; schema:name "Beijing" .
b:event\\/e1 a schema:Event, ng:Meeting ; schema:name "Meeting of Xi Jinping and Sergey Lavrov" ;
  schema:attendee b:person\\/xi-jinping, b:person\\/sergey-lavrov ; schema:location b:place\\/beijing ;
  schema:subjectOf b:article\\/second-article .
"""

# Pages that show the article's text (headline, sentence or quotation): all must escape it.
PAGES_WITH_TEXT = ["/article/xss-article", "/event/e1", "/quotation/q1", "/graph/xss-article",
                   "/person/xi-jinping", "/organization/xinhua", "/place/beijing", "/run/r1"]


def make_site_store(folder: Path) -> Path:
    """A fresh on-disk store holding the two article graphs, loaded by the real CLI."""
    store = folder / "store"
    for name, text, graph in (("xss.ttl", ARTICLE_1, GRAPH_1), ("second.ttl", ARTICLE_2, GRAPH_2)):
        (folder / name).write_text(text, encoding="utf-8")
        run_cli("load", folder / name, "--store", store, "--graph", graph, check=True)
    return store
