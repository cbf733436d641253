"""`newsgraph`: one function call per command. Errors become one line on stderr and an exit code:
0 success, 1 something was rejected or does not conform, 2 bad usage."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import config, output
from .errors import InputError, NewsGraphError, UsageError
from .store import iri, open_store, rdf_format

STORE_HELP = "the store: a folder, 'memory:' or 'sparql+http(s)://…' [env NEWSGRAPH_STORE; default ./newsgraph-data]"
store_option = click.option("--store", "store_spec", envvar="NEWSGRAPH_STORE", default=None, help=STORE_HELP)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsgraph")
def cli():
    """NewsGraph: news reports of diplomatic events as a linked-data knowledge graph.

    \b
    Example:
      newsgraph ingest seeds/ && newsgraph serve
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@store_option
@click.option("--date", help="publication date YYYY-MM-DD for articles that carry none (overrides)")
@click.option("--publisher", help="publisher name for the articles")
@click.option("--url", help="URL of the article (one article)")
@click.option("--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="worker processes for the language analysis and the SHACL gate")
@click.option("--base-iri", envvar="NEWSGRAPH_BASE_IRI", default=None, help="base under which IRIs are minted")
@click.option("--report", "report_file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              help="write a Markdown report: per article its events, people, places, quotations and rejects "
                   "('-' for stdout)")
def ingest(paths, store_spec, date, publisher, url, jobs, base_iri, report_file):
    """Read news articles (.txt, .html, .json, .jsonl; folders recursively) into the graph.

    Each article becomes its own named graph, checked by the SHACL shapes before it is stored;
    a rejected article leaves the store untouched and makes the exit code 1.

    \b
    Example:
      newsgraph ingest seeds/ --store ./newsgraph-data
      newsgraph ingest report.txt --date 2025-07-15 --publisher Reuters
      newsgraph ingest articles/ --report ingest-report.md
    """
    from .pipeline import ingest_paths
    reports = [] if report_file is not None else None
    summary = ingest_paths(list(paths), open_store(store_spec), date=date, publisher=publisher,
                           url=url, jobs=jobs, base_iri=base_iri or config.get("base_iri"), report=reports)
    if report_file is not None:
        from .report import markdown
        text = markdown(reports)
        if str(report_file) == "-":
            click.echo(text, nl=False)
        else:
            report_file.write_text(text, encoding="utf-8")
    sys.exit(1 if summary.rejected else 0)


@cli.command()
@store_option
def validate(store_spec):
    """Check the whole store against the SHACL shapes; exit 1 when it does not conform.

    \b
    Example:
      newsgraph validate --store ./newsgraph-data
    """
    from .ontology.validate import validate_store
    report = validate_store(open_store(store_spec, read_only=True))
    click.echo(report.text)
    sys.exit(0 if report.conforms else 1)


@cli.command()
@click.argument("query")
@store_option
@click.option("--format", "fmt", type=click.Choice(output.QUERY_FORMATS),
              help="output format [default: table for SELECT/ASK, turtle for CONSTRUCT/DESCRIBE]")
def query(query, store_spec, fmt):
    """Run a SPARQL query (text, or @FILE) over the store and print the results.

    Without FROM the default graph is the union of all graphs; every graph is available to GRAPH.
    SELECT and ASK print as table, json, csv, tsv or xml; CONSTRUCT and DESCRIBE as turtle,
    ntriples or jsonld.

    \b
    Example:
      newsgraph query 'SELECT ?name WHERE { ?p a <http://schema.org/Person> ; <http://schema.org/name> ?name }'
      newsgraph query @events.rq --format csv
    """
    text = _read_query(query)
    result = open_store(store_spec, read_only=True).query(text)
    output.write_result(result, fmt, sys.stdout.buffer)


@cli.command()
@store_option
@click.option("--format", "fmt", default="turtle", show_default=True,
              type=click.Choice(output.EXPORT_FORMATS), help="RDF format; trig, nquads and jsonld keep the graphs")
@click.option("--graph", help="export only this named graph")
@click.option("-o", "--output", "out", type=click.Path(dir_okay=False, path_type=Path), help="file (default stdout)")
def export(store_spec, fmt, graph, out):
    """Write the dataset (or one graph) as RDF, streaming.

    \b
    Example:
      newsgraph export --format trig -o newsgraph.trig
    """
    store = open_store(store_spec, read_only=True)
    if graph and not store.has_graph(graph):
        raise UsageError(f"no graph <{graph}> in the store (`newsgraph stats` counts the graphs)")
    if out is None:
        store.dump(sys.stdout.buffer, rdf_format(fmt), graph=graph, prefixes=output.PREFIXES)
        sys.stdout.buffer.flush()
        return
    partial = out.with_name(f".{out.name}.partial")  # the file appears whole or not at all
    try:
        with open(partial, "wb") as stream:
            store.dump(stream, rdf_format(fmt), graph=graph, prefixes=output.PREFIXES)
        partial.replace(out)
    except OSError as e:
        raise InputError(f"cannot write {out}: {e.strerror or e}") from e
    finally:
        partial.unlink(missing_ok=True)


@cli.command()
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, readable=False, path_type=Path))
@store_option
@click.option("--graph", help="named graph IRI to load into (default: the default graph)")
@click.option("--format", "fmt", type=click.Choice(output.EXPORT_FORMATS),
              help="RDF format, when the file extension does not tell")
def load(files, store_spec, graph, fmt):
    """Import existing RDF (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML); each file all or nothing.

    Triples go to --graph, or to the default graph; TriG, N-Quads and JSON-LD keep their named
    graphs. A file that cannot be read is reported and left out (exit 1); the others are loaded.

    \b
    Example:
      newsgraph load extra.ttl --graph https://example.org/graph/extra
      newsgraph load dump.trig --store ./newsgraph-data
    """
    formats = [rdf_format(fmt or path.suffix, source=path) for path in files]  # bad usage before any write
    if graph:
        iri(graph)
    store = open_store(store_spec)
    failed = 0
    for path, rdf in zip(files, formats, strict=True):
        try:
            n = store.load(path, rdf, graph=graph, name=str(path))
        except InputError as e:
            click.echo(f"newsgraph: {e}", err=True)
            failed += 1
            continue
        click.echo(f"{path}: {n} triples loaded", err=True)
    store.flush()
    sys.exit(1 if failed else 0)


@cli.command()
@store_option
def stats(store_spec):
    """Count what the store holds: triples, graphs, articles, events by type, people, places, quotations.

    \b
    Example:
      newsgraph stats
    """
    for label, value in output.stats(open_store(store_spec, read_only=True)):
        click.echo(f"{label:<28} {value}")


@cli.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--base-iri", help="base of the IRIs served here [default: http://HOST:PORT/]")
@click.option("--query-timeout", type=click.FloatRange(min=0.1), default=float(config.get("query_timeout")),
              show_default=True, help="seconds before a query is stopped")
@click.option("--max-rows", type=click.IntRange(min=1), default=int(config.get("max_rows")), show_default=True,
              help="most rows a query returns")
@click.option("--workers", type=click.IntRange(min=1), default=int(config.get("workers")), show_default=True,
              help="query worker processes")
def serve(store_spec, host, port, base_iri, query_timeout, max_rows, workers):
    """Serve the SPARQL 1.1 endpoint, linked-data pages and the query page.

    With no --store and an empty default store, the seed articles are ingested first.
    `POST /articles` is enabled when NEWSGRAPH_TOKEN is set.

    \b
    Example:
      newsgraph serve --port 5000 --query-timeout 10
    """
    from .server.run import serve as run_server
    run_server(store_spec=store_spec, host=host, port=port, base_iri=base_iri,
               query_timeout=query_timeout, max_rows=max_rows, workers=workers)


def _read_query(query: str) -> str:
    if not query.startswith("@"):
        return query
    try:
        return Path(query[1:]).read_text(encoding="utf-8")
    except OSError as e:
        raise UsageError(f"cannot read query file {query[1:]}: {e.strerror}") from None


def main(argv: list[str] | None = None) -> None:
    try:
        cli.main(args=argv, prog_name="newsgraph", standalone_mode=False)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.exceptions.Abort:
        sys.exit(130)
    except click.exceptions.NoArgsIsHelpError as e:  # `newsgraph` alone: the overview
        click.echo(e.ctx.get_help(), err=True)
        sys.exit(2)
    except click.ClickException as e:  # bad usage: one clear line
        ctx = getattr(e, "ctx", None)
        hint = f" Try '{ctx.command_path} --help'." if ctx is not None else ""
        click.echo(f"newsgraph: {_one_line(e.format_message())}{hint}", err=True)
        sys.exit(2)
    except NewsGraphError as e:
        click.echo(f"newsgraph: {_one_line(str(e))}", err=True)
        sys.exit(e.exit_code)
    except BrokenPipeError:  # `newsgraph export | head`: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
    except OSError as e:  # the store or a file failed under us (also a SERVICE call that failed)
        click.echo(f"newsgraph: {_one_line(str(e))}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)


def _one_line(message: str) -> str:
    return " ".join(message.split()) if "\n" in message.strip() else message.strip()
