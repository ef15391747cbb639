"""The progress line: documents done / total, MB/s and the time left; the scheduler setting in the config."""
import pytest

from factcheck.config import ConfigError, _from_mapping
from factcheck.progress import Progress


def test_progress_line_shows_documents_rate_and_time_left():
    bar = Progress(total=1000, label="checking", enabled=False, total_bytes=40_000_000)
    bar.advance(250, 10_000_000)
    assert bar.line(elapsed=5.0) == "checking 250/1,000 documents, 2.0 MB/s, 15 s left"
    bar.advance(1, 2_000_000)
    assert bar.line(elapsed=200.0).endswith("0.1 MB/s, 7 min 47 s left")


def test_progress_line_without_sizes_counts_documents():
    bar = Progress(total=10, label="checking", enabled=False)
    bar.advance(2)
    assert bar.line(elapsed=4.0) == "checking 2/10 documents, 0.0 MB/s, 16 s left"


def test_progress_is_silent_when_disabled(capsys):
    bar = Progress(total=3, label="checking", enabled=False, total_bytes=30)
    for _ in range(3):
        bar.advance(1, 10)
    bar.close()
    assert capsys.readouterr().err == ""


def test_scheduler_in_the_config(tmp_path):
    assert _from_mapping({"scheduler": " tcp://10.0.0.5:8786 "}, "cfg", tmp_path).scheduler == "tcp://10.0.0.5:8786"
    assert _from_mapping({}, "cfg", tmp_path).scheduler is None
    with pytest.raises(ConfigError, match="scheduler: expected an address"):
        _from_mapping({"scheduler": 8786}, "cfg", tmp_path)
