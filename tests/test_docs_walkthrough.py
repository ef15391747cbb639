"""The walk-through in docs/rules.md works when followed literally."""
from __future__ import annotations

import re
import shlex
import subprocess
import sys

from conftest import ROOT

DOC = ROOT / "docs" / "rules.md"
FENCE = re.compile(r"```(\w+)\n(.*?)```", re.S)


def _steps():
    text = DOC.read_text(encoding="utf-8")
    walkthrough = text.split("## Five-minute walk-through", 1)[1].split("\n## ", 1)[0]
    for lang, body in FENCE.findall(walkthrough):
        first, _, rest = body.partition("\n")
        if first.startswith("# file: "):
            yield "file", first[len("# file: "):].strip(), (body if lang == "yaml" else rest)
        elif lang == "sh":
            yield "sh", None, body


def test_walkthrough(tmp_path):
    ran = 0
    for kind, name, body in _steps():
        if kind == "file":
            target = tmp_path / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(body, encoding="utf-8")
            continue
        commands = []
        for line in body.splitlines():
            if line.startswith("$ "):
                commands.append((line[2:], []))
            elif line.strip() and commands:
                commands[-1][1].append(line.strip())
        for command, expected in commands:
            argv = shlex.split(command)
            assert argv[0] == "factcheck"
            proc = subprocess.run([sys.executable, "-m", "factcheck", *argv[1:]], cwd=tmp_path,
                                  capture_output=True, text=True, timeout=120)
            assert proc.returncode == 0, f"{command}\n{proc.stdout}\n{proc.stderr}"
            out = [line.strip() for line in proc.stdout.splitlines()]
            for want in expected:
                assert want in out, f"{command}: expected line {want!r} in\n{proc.stdout}"
            ran += 1
    assert ran >= 5
