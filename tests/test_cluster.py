"""Running on a Dask cluster: the same report as a local run, a dead worker, bad addresses, changed sources."""
from __future__ import annotations

import os
import signal
import socket
import time
from pathlib import Path

import pytest

from conftest import SEEDS
from factcheck.cli import main

distributed = pytest.importorskip("distributed")

from factcheck.batch import check_all  # noqa: E402
from factcheck.cluster import MEMORY_FACTOR, DaskEngine  # noqa: E402
from factcheck.load import load_document  # noqa: E402
from factcheck.pipeline import Checker  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seeds plus twelve documents made of their paragraphs in rotated order (enough for --jobs 2)."""
    folder = tmp_path_factory.mktemp("corpus")
    paragraphs = []
    for path in sorted(SEEDS.glob("*.txt")):
        (folder / path.name).write_bytes(path.read_bytes())
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n") if len(p.strip()) > 40]
    for i in range(12):
        chosen = paragraphs[i % len(paragraphs)::7][:6]
        (folder / f"mix_{i:02d}.txt").write_text("\n\n".join(chosen) + "\n", encoding="utf-8")
    return folder


def _report(corpus: Path, out: Path, *options: str) -> dict:
    code = main(["report", str(corpus), "-o", str(out), "--no-cache", "-q", *options])
    assert code == 0
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.mark.timeout(180)
def test_same_report_from_one_process_two_processes_and_a_local_cluster(corpus, tmp_path):
    one = _report(corpus, tmp_path / "one", "--jobs", "1")
    assert set(one) == {"discrepancies.md", "discrepancies.json", "discrepancies.html"}
    assert b"agree" in one["discrepancies.md"]
    assert _report(corpus, tmp_path / "two", "--jobs", "2") == one
    assert _report(corpus, tmp_path / "cluster", "--scheduler", "local:2") == one


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.timeout(10)
def test_a_scheduler_that_does_not_answer_is_one_line_and_exit_2(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    code = main(["report", str(corpus), "-o", str(out), "--no-cache", "--scheduler", f"tcp://127.0.0.1:{_free_port()}"])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert len(err.splitlines()) == 1
    assert "does not answer" in err and "no report was written" in err
    assert not out.exists() or not any(out.iterdir())


@pytest.mark.timeout(10)
def test_an_address_that_is_not_a_dask_scheduler_is_one_line(corpus, tmp_path, capsys):
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        code = main(["report", str(corpus), "-o", str(tmp_path / "out"), "--no-cache", "--scheduler", f"127.0.0.1:{port}"])
    err = capsys.readouterr().err.strip()
    assert code == 2 and len(err.splitlines()) == 1 and "does not answer" in err


def test_a_bad_local_worker_count_is_one_line(corpus, tmp_path, capsys):
    assert main(["report", str(corpus), "-o", str(tmp_path / "out"), "--scheduler", "local:none"]) == 2
    assert "local:N" in capsys.readouterr().err


def _docs(corpus: Path, vocab) -> list:
    return [load_document(str(p), vocab) for p in sorted(corpus.glob("*.txt"))]


@pytest.mark.timeout(180)
def test_a_worker_killed_mid_run_is_replaced_and_the_result_is_complete(corpus, ruleset):
    docs = _docs(corpus, ruleset.vocab)
    expected = check_all(docs, Checker(ruleset), jobs=1, progress=False)
    engine = DaskEngine(Checker(ruleset), "local:2")
    killed = []
    plain_run = engine.run

    def run_and_kill(tasks):
        for n, item in enumerate(plain_run(tasks)):
            if n == 0:  # a result came back: the other tasks are queued or running; kill a busy worker
                pids = engine.client.run(os.getpid)
                victim = sorted(pids.values())[0]
                os.kill(victim, signal.SIGKILL)
                killed.append(victim)
            yield item

    engine.run = run_and_kill
    try:
        got = check_all(docs, Checker(ruleset), progress=False, engine=engine)
        deadline = time.monotonic() + 30
        while len(engine.client.scheduler_info()["workers"]) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert killed and killed[0] not in engine.client.run(os.getpid).values()
    finally:
        engine.close()
    assert got == expected


@pytest.mark.timeout(120)
def test_a_document_too_large_for_the_workers_is_checked_by_the_client(corpus, ruleset, capsys):
    docs = _docs(corpus, ruleset.vocab)
    expected = check_all(docs, Checker(ruleset), jobs=1, progress=False)
    engine = DaskEngine(Checker(ruleset), "local:1")
    engine.memory_limit = lambda: 4 * len(docs[0].text)  # as if the workers had a few KB
    try:
        got = check_all(docs, Checker(ruleset), progress=False, engine=engine)
    finally:
        engine.close()
    assert got == expected
    notes = [line for line in capsys.readouterr().err.splitlines() if "too large" in line]
    too_large = [d for d in docs if len(d.text) * MEMORY_FACTOR > 4 * len(docs[0].text)]
    assert 0 < len(too_large) < len(docs)
    assert len(notes) == len(too_large)
    assert all("checked on this machine" in line for line in notes)


def test_a_source_changed_between_listing_and_reading_is_reported_as_read_and_not_filed_under_the_old_key(
        corpus, tmp_path, monkeypatch, capsys):
    import factcheck.cli.report as report_cli

    folder = tmp_path / "sources"
    folder.mkdir()
    for p in sorted(corpus.glob("*.txt")):
        (folder / p.name).write_bytes(p.read_bytes())
    edited = folder / "mix_00.txt"
    before = edited.read_text(encoding="utf-8")
    after = before.replace("\n\n", "\n\nThe museum sold 123,457 tickets in 2019.\n\n", 1)
    cache = str(tmp_path / "cache.sqlite")
    plain_read = report_cli.read_sources

    def edit_then_read(files, vocab, errors, *dates, **options):
        edited.write_text(after, encoding="utf-8")  # after the listing and the run key, before reading
        return plain_read(files, vocab, errors, *dates, **options)

    monkeypatch.setattr(report_cli, "read_sources", edit_then_read)
    assert main(["report", str(folder), "-o", str(tmp_path / "a"), "--cache", cache, "-q"]) == 0
    assert "a source changed during the run" in capsys.readouterr().err
    monkeypatch.setattr(report_cli, "read_sources", plain_read)
    edited.write_text(before, encoding="utf-8")  # back to the listed contents: no stale replay
    assert main(["report", str(folder), "-o", str(tmp_path / "b"), "--cache", cache, "-q"]) == 0
    assert "unchanged sources" not in capsys.readouterr().out
    assert main(["report", str(folder), "-o", str(tmp_path / "c"), "--no-cache", "-q"]) == 0
    assert (tmp_path / "b" / "discrepancies.json").read_bytes() == (tmp_path / "c" / "discrepancies.json").read_bytes()
