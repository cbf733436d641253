// The query page: run the editor's query against /sparql, show the results, offer downloads.
// Plain DOM code, no framework; every value from the data is put in the page with textContent.
"use strict";

(function () {
  const app = document.getElementById("query-app");
  if (!app) return;
  const $ = (id) => document.getElementById(id);
  const endpoint = app.dataset.endpoint;
  const bases = app.dataset.bases.split(" ").filter(Boolean);
  const kinds = new Set(app.dataset.kinds.split(" "));
  const ngNamespace = app.dataset.ng;
  const prefixes = JSON.parse(app.dataset.prefixes);
  const MAX_SHOWN = 2000;

  // What the endpoint is asked for when running, and what each download asks for.
  const RUN_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9";
  const DOWNLOADS = {
    results: [["JSON", "application/sparql-results+json", "json"], ["XML", "application/sparql-results+xml", "srx"],
              ["CSV", "text/csv", "csv"], ["TSV", "text/tab-separated-values", "tsv"]],
    graph: [["Turtle", "text/turtle", "ttl"], ["N-Triples", "application/n-triples", "nt"],
            ["JSON-LD", "application/ld+json", "jsonld"], ["RDF/XML", "application/rdf+xml", "rdf"]],
  };

  // ---- talking to the endpoint ----------------------------------------------------------------

  function post(query, accept) {
    return fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query", "Accept": accept },
      body: query,
    });
  }

  async function errorText(response) {
    const text = await response.text();
    try {
      const body = JSON.parse(text);
      return body.message || body.error || body.description || text;
    } catch (e) {
      return text || response.statusText;
    }
  }

  async function run() {
    const query = $("query").value;
    const started = performance.now();
    $("permalink").href = "/?query=" + encodeURIComponent(query);
    $("permalink").hidden = false;
    setBusy(true);
    clearOutput();
    try {
      const response = await post(query, RUN_ACCEPT);
      if (!response.ok) {
        showError(`Error ${response.status}: ${await errorText(response)}`);
        return;
      }
      const type = (response.headers.get("Content-Type") || "").split(";")[0].trim();
      const ms = Math.round(performance.now() - started);
      if (type === "application/sparql-results+json") {
        showSparqlJson(await response.json(), ms);
      } else if (type === "application/n-triples") {
        showGraph(parseNTriples(await response.text()), ms);
      } else {
        showError(`Unexpected response type ${type || "(none)"}`);
      }
      if (response.headers.get("X-NewsGraph-Truncated") === "true") {
        const cap = response.headers.get("X-NewsGraph-Max-Rows");
        $("status").textContent += ` · capped at the server's limit of ${cap || "its maximum"} rows`;
      }
    } catch (e) {
      showError(`The request failed: ${e.message}`);
    } finally {
      setBusy(false);
    }
  }

  async function download(accept, extension) {
    const response = await post($("query").value, accept);
    if (!response.ok) {
      showError(`Error ${response.status}: ${await errorText(response)}`);
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement("a");
    link.href = url;
    link.download = `results.${extension}`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  // ---- showing results ------------------------------------------------------------------------

  function showSparqlJson(body, ms) {
    if (typeof body.boolean === "boolean") {
      const answer = document.createElement("p");
      answer.className = "boolean";
      answer.textContent = body.boolean ? "true" : "false";
      $("results").appendChild(answer);
      $("status").textContent = `ASK answered in ${ms} ms`;
      showDownloads("results");
      return;
    }
    const vars = body.head.vars || [];
    const rows = body.results.bindings.map((b) => vars.map((v) => b[v]));
    showTable(vars, rows, ms);
    showDownloads("results");
  }

  function showGraph(triples, ms) {
    showTable(["subject", "predicate", "object"], triples, ms, ["triple", "triples"]);
    showDownloads("graph");
  }

  function showTable(vars, rows, ms, nouns = ["row", "rows"]) {
    const table = document.createElement("table");
    table.className = "results-table";
    const headRow = table.createTHead().insertRow();
    for (const v of vars) {
      const th = document.createElement("th");
      th.textContent = v;
      headRow.appendChild(th);
    }
    const body = table.createTBody();
    for (const row of rows.slice(0, MAX_SHOWN)) {
      const tr = body.insertRow();
      for (const term of row) tr.appendChild(cell(term));
    }
    $("results").appendChild(table);
    const count = `${rows.length} ${nouns[rows.length === 1 ? 0 : 1]}`;
    const shown = rows.length > MAX_SHOWN ? ` (the first ${MAX_SHOWN} shown; download for all)` : "";
    $("status").textContent = `${count} in ${ms} ms${shown}`;
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") {
      const href = linkFor(term.value);
      const el = document.createElement(href ? "a" : "span");
      if (href) el.href = href;
      el.className = "iri";
      el.title = term.value;
      el.textContent = shorten(term.value);
      td.appendChild(el);
    } else if (term.type === "bnode") {
      td.textContent = `_:${term.value}`;
      td.className = "bnode";
    } else {
      td.textContent = term.value;
      td.className = "literal";
      if (term["xml:lang"]) td.title = `@${term["xml:lang"]}`;
      else if (term.datatype) td.title = shorten(term.datatype);
    }
    return td;
  }

  // Local IRIs link to this server by path (whatever port it runs on); ng: terms to the ontology
  // page; other http(s) IRIs to themselves; anything else (javascript:, data:, …) is not a link.
  function linkFor(iri) {
    for (const base of bases) {
      if (iri.startsWith(base) && kinds.has(iri.slice(base.length).split("/")[0])) {
        return "/" + iri.slice(base.length);
      }
    }
    if (iri.startsWith(ngNamespace)) return "/ontology#" + iri.slice(ngNamespace.length);
    return /^https?:\/\//i.test(iri) ? iri : null;
  }

  function shorten(iri) {
    for (const [prefix, ns] of Object.entries(prefixes)) {
      if (iri.startsWith(ns) && iri.length > ns.length) return `${prefix}:${iri.slice(ns.length)}`;
    }
    for (const base of bases) {
      if (iri.startsWith(base)) return "/" + iri.slice(base.length);
    }
    return iri;
  }

  // ---- N-Triples, as CONSTRUCT / DESCRIBE results arrive --------------------------------------

  const TERM = /\s*(?:<([^>]*)>|_:([^\s.]+(?:\.[^\s.]+)*)|"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<([^>]*)>)?)/y;
  const ESCAPES = { t: "\t", b: "\b", n: "\n", r: "\r", f: "\f", '"': '"', "'": "'", "\\": "\\" };

  function unescape(text) {
    return text.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/g, (m, u4, u8, c) =>
      u4 || u8 ? String.fromCodePoint(parseInt(u4 || u8, 16)) : (ESCAPES[c] ?? c));
  }

  function parseNTriples(text) {
    const triples = [];
    for (const line of text.split("\n")) {
      if (!line.trim() || line.trim().startsWith("#")) continue;
      TERM.lastIndex = 0;
      const terms = [];
      for (let i = 0; i < 3; i++) {
        const m = TERM.exec(line);
        if (!m) break;
        if (m[1] !== undefined) terms.push({ type: "uri", value: unescape(m[1]) });
        else if (m[2] !== undefined) terms.push({ type: "bnode", value: m[2] });
        else terms.push({ type: "literal", value: unescape(m[3]), "xml:lang": m[4], datatype: m[5] });
      }
      if (terms.length === 3) triples.push(terms);
    }
    return triples;
  }

  // ---- page state -----------------------------------------------------------------------------

  function showDownloads(kind) {
    const buttons = $("download-buttons");
    buttons.replaceChildren();
    for (const [label, accept, extension] of DOWNLOADS[kind]) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "download";
      button.dataset.accept = accept;
      button.textContent = label;
      button.addEventListener("click", () => download(accept, extension));
      buttons.appendChild(button);
    }
    $("downloads").hidden = false;
  }

  function showError(message) {
    $("error").textContent = message;
    $("error").hidden = false;
    $("status").textContent = "";
  }

  function clearOutput() {
    $("results").replaceChildren();
    $("error").hidden = true;
    $("downloads").hidden = true;
    $("status").textContent = "Running…";
  }

  function setBusy(busy) {
    $("run").disabled = busy;
    app.classList.toggle("busy", busy);
  }

  // ---- wiring ---------------------------------------------------------------------------------

  $("run").addEventListener("click", run);
  $("query").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  for (const button of document.querySelectorAll("button.example")) {
    button.addEventListener("click", () => {
      $("query").value = button.dataset.query;
      for (const b of document.querySelectorAll("button.example")) b.classList.toggle("selected", b === button);
      run();
    });
  }
})();
