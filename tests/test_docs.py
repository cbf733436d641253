"""The README and the help texts document every setting and every command (as Datasette's
tests/test_docs.py does for its settings)."""
import json
import re

import pytest

from newsgraph.cli import cli as click_group
from newsgraph.config import SETTINGS
from tests.conftest import ROOT, run_cli

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(click_group.commands)


def test_there_are_commands_and_settings():
    assert {"ingest", "validate", "query", "export", "serve", "load", "stats"} <= set(COMMANDS)
    assert SETTINGS


@pytest.mark.parametrize("setting", sorted(SETTINGS))
def test_readme_mentions_every_setting(setting):
    env = SETTINGS[setting].env
    assert re.search(rf"\b{env}\b", README), f"README does not mention {env}"


@pytest.mark.parametrize("setting", sorted(SETTINGS))
def test_every_setting_has_help(setting):
    assert SETTINGS[setting].help.strip()


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_mentions_every_command(command):
    assert re.search(rf"newsgraph {command}\b", README), f"README does not mention `newsgraph {command}`"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_has_an_example(command):
    done = run_cli(command, "--help", check=True)
    example = done.stdout.split("Example", 1)
    assert len(example) == 2, f"`newsgraph {command} --help` has no example"
    assert f"newsgraph {command}" in example[1], "the example runs the command it documents"


def test_readme_quick_start_is_two_commands():
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = quick.split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#", 1)[0].strip() for line in block.splitlines() if line.split("#", 1)[0].strip()]
    assert commands == ["make serve", "make test"]


README_QUERIES = re.findall(r"```sparql\n(.*?)```", README, re.S)


def test_readme_has_five_example_queries():
    assert len(README_QUERIES) >= 5


@pytest.mark.parametrize("query", README_QUERIES, ids=[f"query{i + 1}" for i in range(len(README_QUERIES))])
def test_readme_query_answers_on_the_seeds(query, seeds_store):
    done = run_cli("query", query, "--store", seeds_store, "--format", "json", check=True)
    assert json.loads(done.stdout)["results"]["bindings"], "the README query found nothing on the seeds"
