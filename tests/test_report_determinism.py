"""The same sources give the same report bytes in every process, whatever Python's hash seed."""
from __future__ import annotations

import os
import random
import subprocess
import sys

TOWNS = ["Harbourton", "Oakridge", "Lindenfield", "Kestrel Bay", "Millbrook", "Greywater", "Ashford", "Port Elmsley"]


def test_large_fact_with_many_parts_is_reported_the_same_under_any_hash_seed(tmp_path):
    """A fact of more than 25 distinct statements split by place ("jobs in Oakridge") takes the large-group
    path, which once visited its parts in set order: the pairs shown changed from run to run."""
    rng = random.Random(5)
    src, rules = tmp_path / "src", tmp_path / "rules"
    src.mkdir()
    rules.mkdir()
    (rules / "jobs.yaml").write_text("facts:\n  - id: plant-jobs\n    label: Jobs the plant created\n"
                                     "    counted: [job]\n", encoding="utf-8")
    for i in range(40):
        (src / f"doc{i:02d}.txt").write_text(
            f"The plant created {rng.randrange(200, 900):,} jobs in {rng.choice(TOWNS)}.\n\n"
            f"The plant created more than {rng.randrange(100, 990)} jobs in {rng.choice(TOWNS)}.\n", encoding="utf-8")
    reports = []
    for seed in ("1", "2", "3"):
        out = tmp_path / f"out{seed}"
        subprocess.run([sys.executable, "-m", "factcheck", "report", str(src), "--rules", str(rules), "-o", str(out),
                        "--no-cache", "--format", "json"], check=True, capture_output=True, cwd=tmp_path,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        reports.append((out / "discrepancies.json").read_bytes())
    assert b'"plant-jobs"' in reports[0]
    assert reports[0] == reports[1] == reports[2]
