#!/usr/bin/env bash
# Refresh constraints.txt: install the newest releases of every dependency in a
# brand-new virtual environment, run the test suite there (CI profile), and only
# when it passes write their exact versions to constraints.txt.  CI installs with
# `-c constraints.txt`, so a fresh machine gets what was tested.
# Run it by hand or from the scheduled workflow (.github/workflows/refresh-constraints.yml).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=$(mktemp -d)/venv
python -m venv "$venv"
"$venv/bin/python" -m pip install -q --upgrade pip
"$venv/bin/python" -m pip install -q --upgrade -e '.[test]'
PATH="$venv/bin:$PATH" "$venv/bin/python" -m pytest -q --hypothesis-profile=ci
{
  echo "# Exact versions CI installs with (pip install -c constraints.txt ...)."
  echo "# Written by tools/refresh-constraints.sh after the suite passed with them; do not edit by hand."
  "$venv/bin/python" -m pip freeze --exclude-editable | grep -v -i '^factcheck'
} > constraints.txt.new
mv constraints.txt.new constraints.txt
echo "constraints.txt refreshed; review 'git diff constraints.txt' and commit it"
