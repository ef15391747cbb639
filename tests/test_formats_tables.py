"""CSV and Excel tables of figures: rows are exact claims cited by row, columns configurable, bounds kept."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from docmakers import make_xlsx
from factcheck.config import ConfigError, load_config
from factcheck.extractor import extract_document
from factcheck.formats import table
from factcheck.formats.table import TableColumns
from factcheck.intervals import comparison_interval
from factcheck.load import LoadError, load_document
from factcheck.model import Interval

FIGURES = """label,value,unit,as_of,source
Countries with diplomatic relations with China,181,countries,2022-09-29,Foreign ministry
Deaths,1198,,2021-12-31,Statistics office
Length of the China-Laos railway,1035,km,,Operator
Population,"1,412,600,000",people,2021-12-31,Statistics office
"""


def load(tmp_path, vocab, name, content, **kw):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return load_document(path, vocab, **kw)


def by_value(doc, vocab):
    return {c.value: c for c in extract_document(doc, vocab) if c.kind != "date"}


def test_csv_rows_are_exact_claims_cited_by_row(tmp_path, vocab):
    doc = load(tmp_path, vocab, "figures.csv", FIGURES)
    claims = by_value(doc, vocab)
    relations = claims[181]
    assert relations.counted == "country" and doc.place(relations.start) == "row 2"
    assert comparison_interval(relations) == Interval(181, 181)  # exact: no [180.5, 181.5)
    assert claims[1198].counted == "death" and doc.place(claims[1198].start) == "row 3"
    assert claims[1035].unit == "kilometer"
    assert comparison_interval(claims[1412600000]) == Interval(1412600000, 1412600000)
    assert doc.meta["table"] == "figures"


def test_precision_column_widens_a_row(tmp_path, vocab):
    doc = load(tmp_path, vocab, "rounded.csv", "label,value,unit,precision\nVisitors,2300000,people,100000\n")
    visitors = by_value(doc, vocab)[2300000]
    assert comparison_interval(visitors) == Interval(2250000, 2350000, True, False)


def test_bom_and_semicolons_are_read(tmp_path, vocab):
    doc = load(tmp_path, vocab, "semi.csv", b"\xef\xbb\xbfLabel;Value;Unit\nMedical teams sent abroad;38;teams\n")
    assert doc.meta["delimiter"] == ";"
    assert by_value(doc, vocab)[38].counted == "team"


def test_undecidable_delimiter_is_one_line(tmp_path, vocab):
    with pytest.raises(LoadError, match="delimiter could not be told"):
        load(tmp_path, vocab, "odd.csv", "label:value\nDeaths:1198\n")


def test_configured_column_names(tmp_path, vocab):
    csv_text = "Indicator name,Observation\nDeaths,1198\n"
    plain = load(tmp_path, vocab, "plain.csv", csv_text)
    assert plain.meta["table"] == "rows"  # not a figures table under the default names
    columns = TableColumns.from_mapping({"label": "Indicator name", "value": ["Observation"]})
    doc = load(tmp_path, vocab, "named.csv", csv_text, columns=columns)
    assert doc.meta["table"] == "figures"
    assert comparison_interval(by_value(doc, vocab)[1198]) == Interval(1198, 1198)


def test_config_key_table_columns(tmp_path):
    (tmp_path / ".factcheck.yaml").write_text("table-columns:\n  label: Indicator\n  value: [Obs, Observation]\n")
    config = load_config(folder=tmp_path)
    assert config.columns().value == ("Obs", "Observation")
    (tmp_path / ".factcheck.yaml").write_text("table-columns:\n  labels: Indicator\n")
    with pytest.raises(ConfigError, match="table-columns: unknown role 'labels'"):
        load_config(folder=tmp_path)


def test_generic_csv_uses_the_header_as_context(tmp_path, vocab):
    doc = load(tmp_path, vocab, "regions.csv", "Region,Deaths,Injured\nNorth,12,30\n")
    twelve = by_value(doc, vocab)[12]
    assert twelve.counted == "death" and doc.place(twelve.start) == "row 2"
    assert twelve.step == 1  # not a figures table: figures keep their written rounding


def test_xlsx_rows_with_dates_and_numbers(tmp_path, vocab):
    rows = [["Label", "Value", "Unit", "As of"],
            ["Countries with diplomatic relations with China", 181, "countries", dt.date(2022, 9, 29)],
            ["Length of the railway", 1035.0, "km", None],
            ["Share of trade", 12.5, "%", None]]
    doc = load(tmp_path, vocab, "figures.xlsx", make_xlsx(rows))
    claims = by_value(doc, vocab)
    assert doc.place(claims[181].start) == "row 2" and claims[181].counted == "country"
    assert comparison_interval(claims[1035]) == Interval(1035, 1035)
    assert claims[12.5].kind == "percent"
    assert "(as of 2022-09-29)" in doc.text


def test_too_many_rows_is_one_line(tmp_path, vocab, monkeypatch):
    monkeypatch.setattr(table, "MAX_TABLE_ROWS", 50)
    rows = [["label", "value"]] + [[f"Item {i}", i] for i in range(60)]
    with pytest.raises(LoadError, match="more than 50 rows; split it"):
        load(tmp_path, vocab, "big.xlsx", make_xlsx(rows))
    with pytest.raises(LoadError, match="more than 50 rows"):
        load(tmp_path, vocab, "big.csv", "\n".join(",".join(map(str, r)) for r in rows))


def test_xlsx_named_csv_is_read_as_excel(tmp_path, vocab):
    doc = load(tmp_path, vocab, "figures.csv", make_xlsx([["label", "value"], ["Deaths", 1198]]))
    assert doc.meta["format"] == "xlsx"


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.integers(min_value=0, max_value=10**12))
@example(value=2021)  # a bare year-like figure in a value cell is still the row's figure
@example(value=0)
def test_any_whole_value_is_read_exactly(tmp_path, vocab, value):
    doc = load(tmp_path, vocab, "prop.csv", f"label,value\nDeaths,{value}\n")
    figures = [c for c in extract_document(doc, vocab) if c.kind == "count"]
    assert [c.value for c in figures] == [value]
    assert comparison_interval(figures[0]) == Interval(value, value)
