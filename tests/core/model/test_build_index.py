"""The shipped index is what scripts/build_index.py makes from the O*NET and SOC files."""

import gzip
import importlib.util
import json
import tomllib

import pytest

from tests.shared import DATA, IN_CI, ROOT

SHIPPED = ROOT / "api" / "data" / "occupations.json.gz"

needs_data = pytest.mark.skipif(
    not (DATA / "onet-30.1").is_dir() and not IN_CI,
    reason="the O*NET/SOC files are not beside the project (../shared/data)",
)


def load_script():
    spec = importlib.util.spec_from_file_location(
        "build_index", ROOT / "scripts" / "build_index.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory):
    out = tmp_path_factory.mktemp("index") / "occupations.json.gz"
    assert load_script().main([str(DATA), "--out", str(out)]) == 0
    return out


@needs_data
def test_rebuilding_gives_the_shipped_index(rebuilt):
    # the JSON text, not the gzip bytes, which another zlib may compress differently
    assert gzip.decompress(rebuilt.read_bytes()) == gzip.decompress(SHIPPED.read_bytes()), (
        "the shipped index is stale: run scripts/build_index.py"
    )


@needs_data
def test_rebuilt_index_holds_no_task_sentence(rebuilt):
    import csv

    text = gzip.decompress(rebuilt.read_bytes()).decode("utf-8")
    with (DATA / "onet-30.1" / "Task Statements.txt").open(encoding="utf-8", newline="") as fh:
        tasks = [r["Task"] for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]
    # no task statement, nor any run of six of its words, is in the index
    for task in tasks[::50]:
        words = task.split()
        for k in range(0, max(1, len(words) - 5), 3):
            assert " ".join(words[k : k + 6]) not in text, task


@needs_data
def test_rebuilt_index_holds_facts_not_prose(rebuilt):
    text = gzip.decompress(rebuilt.read_bytes()).decode("utf-8")
    # a sentence from O*NET's description of Software Developers, and one of its tasks
    assert "Research, design, and develop computer and network software" not in text
    assert "Modify existing software to correct errors" not in text
    index = json.loads(text)
    occupations = index["occupations"]
    i = occupations["codes"].index("15-1252.00")
    assert occupations["titles"][i] == "Software Developers"
    assert occupations["job_zone"][i] == 4
    assert index["soc_names"]["15-0000"] == "Computer and Mathematical"
    assert index["soc_names"]["15-1250"] == "Software and Web Developers, Programmers, and Testers"


def test_shipped_index_is_small_and_attributed():
    assert SHIPPED.stat().st_size < 3_000_000
    readme = (ROOT / "api" / "data" / "README.md").read_text(encoding="utf-8")
    assert "O*NET 30.1 Database by the U.S." in readme
    assert "O*NET 29.3 Database" in readme  # skills and knowledge ratings
    assert "CC BY 4.0" in readme
    index = json.loads(gzip.decompress(SHIPPED.read_bytes()))
    assert "29.3" in index["source"] and "30.1" in index["source"]


def test_build_refuses_a_folder_without_the_data(tmp_path):
    with pytest.raises(SystemExit):
        load_script().main([str(tmp_path), "--out", str(tmp_path / "x.json.gz")])
    assert not (tmp_path / "x.json.gz").exists()


def test_curated_skill_terms_name_skills_the_index_knows():
    terms = tomllib.loads((ROOT / "scripts" / "skill_terms.toml").read_text(encoding="utf-8"))
    names = set(json.loads(gzip.decompress(SHIPPED.read_bytes()))["skills"]["names"])
    for entry in terms["skill"]:
        assert entry["name"] in names
        for near in entry.get("near", []):
            assert near in names, (entry["name"], near)
    assert set(terms["canonical"].values()) <= names
    assert set(terms["aliases"]) <= names


def test_the_index_is_written_whole_or_not_at_all(tmp_path, monkeypatch):
    script = load_script()
    out = tmp_path / "occupations.json.gz"
    script.write_atomically(out, b'{"version": 1}')
    assert gzip.decompress(out.read_bytes()) == b'{"version": 1}'

    def fail(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(script.os, "replace", fail)
    with pytest.raises(OSError):
        script.write_atomically(out, b'{"version": 2}')
    # the old index stays as it was, and no temporary file is left beside it
    assert gzip.decompress(out.read_bytes()) == b'{"version": 1}'
    assert [p.name for p in tmp_path.iterdir()] == ["occupations.json.gz"]
