"""Chinese sources: figures, hedges, measure words, dates (tests/cases/zh_extract.yaml), and the
Chinese restatements of the seeds (tests/corpora/zh) joining the English facts."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import ROOT, find
from factcheck.extractor import extract

CASE_FILES = ("zh_extract.yaml", "zh_blind.yaml", "zh_blind2.yaml", "zh_blind3.yaml")  # zh_blind*.yaml: written blind to the reader
CASES = {"cases": [], "no_claims": []}
for _name in CASE_FILES:
    _data = yaml.safe_load((Path(__file__).parent / "cases" / _name).read_text(encoding="utf-8"))
    CASES["cases"] += _data.get("cases") or []
    CASES["no_claims"] += _data.get("no_claims") or []
FIELDS = ("kind", "value", "low", "high", "low_inclusive", "high_inclusive", "hedge", "unit", "counted", "date",
          "season", "precision", "role")


def _param(case):
    """A case as a pytest param: its quote (or the spans that must stay empty) names it; ``xfail: reason``
    marks a known gap (strict: a case that starts passing must lose its mark)."""
    name = case.get("quote") or "none:" + ",".join(case.get("none") or [])
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
    return pytest.param(case, id=name, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES["cases"]])
def test_chinese_case(case, vocab):
    claims = extract(case["text"], vocab)
    for span in case.get("none") or []:  # no figure (any claim but an identifier) may overlap the span
        start = case["text"].index(span)
        over = [c.text for c in claims if c.kind != "identifier" and c.start < start + len(span) and start < c.end]
        assert over == [], f"{span!r} must yield no figure; got {over}"
    if "quote" not in case:
        return
    claim = find(claims, case["quote"])
    assert case["text"][claim.start:claim.end] == case["quote"]
    for name in FIELDS:
        if name in case:
            got, want = getattr(claim.frame if name == "role" else claim, name), case[name]
            if isinstance(want, float) and got is not None:
                assert got == pytest.approx(want), name
            else:
                assert got == want, f"{name}: {got!r} != {want!r} in {claim}"


@pytest.mark.parametrize("text", CASES["no_claims"])
def test_no_claim(text, vocab):
    assert [c.text for c in extract(text, vocab)] == []


# --- the Chinese restatements of the seeds join the seeds' facts -------------------------------------
ZH = ROOT / "tests" / "corpora" / "zh"

JOINS = [  # fact id, the Chinese quotes that must join it, allowed verdicts
    ("diplomatic-relations", {"181个国家", "181個國家"}, {"agree"}),
    ("vaccine-doses", {"超过22亿剂新冠疫苗", "逾22億劑新冠疫苗"}, {"agree"}),
    ("vaccine-recipient-countries", {"120多个国家", "120多個國家"}, {"agree"}),
    ("bri-partner-countries", {"149个国家"}, {"rounded"}),
    ("bri-partner-organizations", {"32个国际组织"}, {"rounded"}),
    ("xi-overseas-trips", {"42次出访", "42次"}, {"rounded"}),
    ("un-peacekeepers", {"5万余人次"}, {"agree"}),
    ("ukraine-evacuees", {"5200多名中国公民"}, {"agree"}),
    ("china-laos-railway-length", {"1035公里"}, {"agree"}),
    ("china-laos-railway-opening", {"2021年12月3日"}, {"agree"}),
    ("belt-and-road-proposed", {"2013年秋天"}, {"agree"}),
    ("g20-hangzhou-summit", {"2016年9月"}, {"agree"}),
]


@pytest.fixture(scope="module")
def bilingual(ruleset):
    from conftest import SEEDS
    from factcheck.load import load_document
    from factcheck.pipeline import Checker

    paths = sorted(SEEDS.glob("*.txt")) + sorted(ZH.glob("*.txt"))
    docs = [load_document(str(p.relative_to(ROOT)), ruleset.vocab, data=p.read_bytes()) for p in paths]
    return Checker(ruleset).analyse(docs)


@pytest.mark.parametrize("fact_id,quotes,verdicts", JOINS, ids=[j[0] for j in JOINS])
def test_chinese_restatements_join_english_facts(bilingual, fact_id, quotes, verdicts):
    fact = next(f for f in bilingual.facts if f.fact_id == fact_id)
    chinese = {loc.claim.text for loc in fact.claims if "/zh/" in loc.doc.path}
    english = [loc for loc in fact.claims if "seeds/" in loc.doc.path]
    assert chinese == quotes and english, [loc.claim.text for loc in fact.claims]
    assert fact.verdict in verdicts, fact.reason


def test_no_contradiction_between_the_languages(bilingual):
    assert [f.fact_id for f in bilingual.facts + bilingual.candidates if f.verdict == "differ"] == []


# --- lint: a Chinese draft with a changed figure fails like its English twin ---------------------------
TWINS = [
    ("二十国集团领导人杭州峰会于2017年9月举行。", "The G20 Hangzhou Summit was held in September 2017.",
     "g20-hangzhou-summit"),
    ("中国已同180个国家建立外交关系。", "China has established diplomatic relations with 180 countries.",
     "diplomatic-relations"),
    ("中老铁路全长1053公里。", "The China-Laos Railway is 1,053 kilometers long.", "china-laos-railway-length"),
]


def _lint_json(tmp_path, capsys, text, *against):
    import json

    from conftest import SEEDS
    from factcheck.cli import main

    draft = tmp_path / "draft.md"
    draft.write_text(text + "\n", encoding="utf-8")
    code = main(["lint", str(draft), "--against", *(str(a) for a in (against or (SEEDS,))), "--format", "json"])
    return code, json.loads(capsys.readouterr().out)["findings"]


@pytest.mark.parametrize("chinese,english,fact_id", TWINS, ids=[t[2] for t in TWINS])
def test_chinese_draft_gets_the_english_twins_error(tmp_path, capsys, chinese, english, fact_id):
    zh_code, zh = _lint_json(tmp_path, capsys, chinese)
    en_code, en = _lint_json(tmp_path, capsys, english)
    assert zh_code == en_code == 1
    assert [(f["rule"], f["verdict"], f["level"]) for f in zh] == [(f["rule"], f["verdict"], f["level"]) for f in en]
    assert zh[0]["rule"] == fact_id and zh[0]["verdict"] == "differ"


def test_english_draft_against_chinese_sources(tmp_path, capsys):
    code, found = _lint_json(tmp_path, capsys, "China has diplomatic relations with 180 countries.", ZH)
    assert code == 1 and [(f["rule"], f["verdict"]) for f in found] == [("diplomatic-relations", "differ")]
    code, found = _lint_json(tmp_path, capsys, "China has diplomatic relations with 181 countries.", ZH)
    assert code == 0 and found == []


def test_chinese_draft_restating_the_seeds_passes(tmp_path, capsys):
    code, found = _lint_json(tmp_path, capsys, "中国已同181个国家建立外交关系，向120多个国家提供了超过22亿剂疫苗。")
    assert code == 0 and [f for f in found if f["verdict"] == "differ"] == []


# --- Traditional characters, encodings, datelines -------------------------------------------------------
PAIRS = [  # Simplified, Traditional: the same claims at the same offsets
    ("中国已同181个国家建立外交关系，向120多个国家提供超过22亿剂疫苗。", "中國已同181個國家建立外交關係，向120多個國家提供超過22億劑疫苗。"),
    ("数十万人参加，约三千万人受益，维和人员5万余人次。", "數十萬人參加，約三千萬人受益，維和人員5萬餘人次。"),
    ("中老铁路全长1035公里，于2021年12月3日通车。", "中老鐵路全長1035公里，於2021年12月3日通車。"),
]


def _readings(claims):
    return [(c.start, c.end, c.kind, c.value, c.low, c.high, c.hedge, c.unit, c.counted, c.date) for c in claims]


@pytest.mark.parametrize("simplified,traditional", PAIRS)
def test_traditional_reads_like_simplified(vocab, simplified, traditional):
    s, t = extract(simplified, vocab), extract(traditional, vocab)
    assert _readings(s) == _readings(t) and len(s) >= 2
    assert all(c.text == traditional[c.start:c.end] for c in t)  # quotes come from the original text


@pytest.mark.parametrize("codec", ["gb18030", "big5"])
def test_legacy_chinese_encodings_are_read(tmp_path, codec):
    import json

    from factcheck.cli import main

    text = "中國已與181個國家建立外交關係。\n" if codec == "big5" else "中国已同181个国家建立外交关系。\n"
    (tmp_path / "src.txt").write_bytes(text.encode(codec))
    assert main(["report", str(tmp_path / "src.txt"), "-o", str(tmp_path / "out"), "--no-cache", "-q"]) == 0
    data = json.loads((tmp_path / "out" / "discrepancies.json").read_text(encoding="utf-8"))
    claim = next(f for f in data["facts"] if f["id"] == "diplomatic-relations")["claims"][0]
    assert (claim["quote"], claim["value"], claim["counted"], claim["column"]) == (text[4:10], 181, "country", 5)


def test_undecodable_bytes_are_one_clear_line(tmp_path, capsys):
    from factcheck.cli import main

    (tmp_path / "ru.txt").write_bytes("Россия: 181 страна".encode("cp1251"))
    assert main(["report", str(tmp_path / "ru.txt"), "-o", str(tmp_path / "out"), "--no-cache", "-q"]) == 2
    err = [line for line in capsys.readouterr().err.splitlines() if "ru.txt" in line]
    assert len(err) == 1 and "ru.txt: not UTF-8" in err[0] and "not GB18030 or Big5" in err[0]
    assert not (tmp_path / "out").exists()  # nothing half-written


@pytest.mark.parametrize("text,iso", [
    ("新华社北京10月20日电 记者从外交部获悉", "--10-20"),
    ("人民网 2022-10-20\n新华社北京10月20日电（记者王芳）", "2022-10-20"),
    ("2022年10月20日 星期四\n正文", "2022-10-20"),
    ("新華社北京2022年10月20日電", "2022-10-20"),
    ("正文没有日期。", None),
    ("新华社北京2月30日电", None),
])
def test_chinese_dateline(text, iso):
    from factcheck.extractor.chinese import chinese_dateline

    assert chinese_dateline(text) == iso


def test_dateline_takes_a_given_year():
    from factcheck.extractor.chinese import chinese_dateline

    assert chinese_dateline("新华社北京10月20日电", year=2022) == "2022-10-20"


# --- alignment glosses, scopes, explain, rules validate -------------------------------------------------
def test_gloss_gives_english_context(vocab):
    from factcheck.extractor.chinese import gloss

    words = gloss("中國已同181個國家建立外交關係", vocab)
    assert "diplomatic relations" in words and "country" in words
    assert gloss("China has relations with 181 countries.", vocab) == ""


@pytest.mark.parametrize("text,kind,start,end,length", [
    ("近十年来，中国与149个国家签署合作文件。", "relative", None, None, 10),
    ("党的十八大以来，中国与149个国家签署合作文件。", "absolute", 2012, None, None),
    ("2012年至2017年，中国与149个国家签署合作文件。", "absolute", 2012, 2017, None),
    ("截至2022年底，中国与149个国家签署合作文件。", "absolute", None, 2022, None),
])
def test_chinese_scopes(vocab, text, kind, start, end, length):
    from factcheck.extractor.scopes import scope_period

    claim = find(extract(text, vocab), "149个国家")
    period = scope_period(claim.scope, vocab)
    assert (period.kind, period.start, period.end, period.length) == (kind, start, end, length)


def test_explain_on_chinese_text(capsys):
    from factcheck.cli import main

    assert main(["explain", "中国已同181个国家建立外交关系。"]) == 0
    out = capsys.readouterr().out
    assert "'181个国家' (line 1) — count" in out and "counted      country" in out
    assert "fact         diplomatic-relations" in out


@pytest.mark.parametrize("old,new,problem", [
    ("  above_suffixes:", "  above_sufixes:", "unknown key 'above_sufixes' (did you mean 'above_suffixes'?)"),
    ("    kilometer: [公里, 千米]", "    kilometres_x: [公里, 千米]", "chinese.units.kilometres_x: not a unit of units.yaml"),
    ("    数十: [20, 100]", "    数十: [100, 20]", "expected [low, high] with low < high"),
])
def test_rules_validate_checks_the_chinese_section(tmp_path, capsys, old, new, problem):
    import shutil

    from conftest import RULES
    from factcheck.cli import main

    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    zh = rules / "vocab" / "zh.yaml"
    text = zh.read_text(encoding="utf-8")
    assert old in text
    zh.write_text(text.replace(old, new), encoding="utf-8")
    assert main(["rules", "validate", "--alone", str(rules)]) == 1
    out = capsys.readouterr()
    assert problem in out.out + out.err


# --- report and lint formats ---------------------------------------------------------------------------
def test_html_marks_chinese_quotes(tmp_path):
    from factcheck.cli import main

    assert main(["report", str(ZH), "-o", str(tmp_path), "--no-cache", "-q"]) == 0
    html = (tmp_path / "discrepancies.html").read_text(encoding="utf-8")
    assert '<td lang="zh">' in html and "<mark>181个国家</mark>" in html


def test_sarif_columns_count_utf16_code_units(tmp_path, capsys):
    import json

    from conftest import SEEDS
    from factcheck.cli import main

    draft = tmp_path / "d.md"
    draft.write_text("𠀀中国已同180个国家建立外交关系。\n", encoding="utf-8")  # U+20000 is two UTF-16 units
    assert main(["lint", str(draft), "--against", str(SEEDS), "--format", "sarif"]) == 1
    run = json.loads(capsys.readouterr().out)["runs"][0]
    region = run["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert run["columnKind"] == "utf16CodeUnits" and (region["startColumn"], region["endColumn"]) == (7, 13)
    assert main(["lint", str(draft), "--against", str(SEEDS), "--format", "github"]) == 1
    assert ",col=6,endLine=1,endColumn=12," in capsys.readouterr().out  # annotations count characters


def test_a_region_before_the_figure_is_a_part_not_a_contradiction(tmp_path, capsys):
    code, found = _lint_json(tmp_path, capsys, "中国向非洲12个国家派出医疗专家组。")
    assert code == 0 and [f for f in found if f["verdict"] == "differ"] == []
    code, found = _lint_json(tmp_path, capsys, "中国向12个国家派出医疗专家组。")
    assert code == 1 and [(f["rule"], f["verdict"]) for f in found] == [("medical-team-countries", "differ")]


@pytest.mark.parametrize("text,quote,qualifiers", [
    ("中国向非洲12个国家派出医疗队。", "12个国家", ("in africa",)),
    ("中国向50个国家派出医疗队，其中拉美12个国家。", "12个国家", ("of which", "in latin america")),
    ("中国向50个国家派出医疗队，其中拉美12个国家。", "50个国家", ()),
])
def test_chinese_qualifiers_in_frames(vocab, text, quote, qualifiers):
    assert find(extract(text, vocab), quote).frame.qualifiers == qualifiers


@pytest.mark.parametrize("text,quote,measure,predicate", [
    ("事故共造成35人死亡、100余人受伤。", "35人", "deaths", "die"),
    ("事故共造成35人死亡、100余人受伤。", "100余人", "injured", "injure"),  # the verb after it, not 死亡 before
    ("大桥全长55公里，于2018年正式通车。", "55公里", "length", ""),
    ("这座塔高632米，共有128层。", "632米", "height", ""),
    ("这座塔高632米，共有128层。", "128层", "floor", ""),
    ("该项目总投资约1.2万亿元人民币。", "约1.2万亿元人民币", "investment", ""),
    ("公司去年营收突破5000亿元，净利润为1000多万元。", "突破5000亿元", "revenue", ""),
    ("公司去年营收突破5000亿元，净利润为1000多万元。", "1000多万元", "profit", ""),
    ("全市常住人口达2189.3万人。", "2189.3万人", "population", ""),
    ("全国共有高校3013所，在校生约4430万人。", "3013所", "university", ""),
    ("全国共有高校3013所，在校生约4430万人。", "约4430万人", "student", ""),
    ("地震震级为8.0级。", "8.0", "magnitude", ""),
    ("这条高铁设计时速350公里。", "时速350公里", "speed", ""),  # the measure word inside the quote
    ("全省实现地区生产总值4.2万亿元。", "4.2万亿元", "gdp", ""),
    ("珠穆朗玛峰最新高程为8848.86米。", "8848.86米", "elevation", ""),
    ("出口额较去年同期翻了一番，达到2.4万亿美元。", "2.4万亿美元", "exports", ""),  # the clause before names it
])
def test_chinese_measures_in_frames(vocab, text, quote, measure, predicate):
    frame = find(extract(text, vocab), quote).frame
    assert (frame.measure, frame.predicate) == (measure, predicate)


@pytest.mark.parametrize("text,quote", [
    ("增速较上年提高5个百分点。", "5个百分点"),  # 高 of 提高 names no height of a percent
    ("人口2189万，比上年增加1.1万人。", "1.1万人"),  # 人口 does not reach over another figure
    ("水位提高1.5米。", "1.5米"),  # a rise, not a height
    ("线路延长5公里。", "5公里"),
])
def test_chinese_measure_words_that_name_nothing_here(vocab, text, quote):
    assert find(extract(text, vocab), quote).frame.measure in ("", "person")


def _facts(tmp_path, texts: dict) -> list:
    """The facts of a report on one document per (name, text), as the JSON report gives them."""
    import json

    from factcheck.cli import main
    for name, text in texts.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    assert main(["report", *(str(tmp_path / n) for n in texts), "-o", str(tmp_path / "out"), "-q", "--no-cache"]) == 0
    return json.loads((tmp_path / "out" / "discrepancies.json").read_text())["facts"]


def test_chinese_deaths_and_injuries_are_two_facts(tmp_path):
    facts = _facts(tmp_path, {"a.txt": "事故共造成35人死亡、100余人受伤。", "b.txt": "事故造成35人死亡、120人受伤。"})
    got = sorted((f["verdict"], sorted(c["quote"] for c in f["claims"])) for f in facts)
    assert got == [("agree", ["35人", "35人"]), ("differ", ["100余人", "120人"])]


def test_a_chinese_opening_date_meets_its_english_translation(tmp_path):
    facts = _facts(tmp_path, {"zh.txt": "大桥全长55公里，于2018年10月24日正式通车。",
                              "en.txt": "The bridge is 55 km long and opened on October 24, 2018."})
    got = sorted((f["verdict"], sorted(c["quote"] for c in f["claims"])) for f in facts)
    assert got == [("agree", ["2018年10月24日", "October 24, 2018"]), ("agree", ["55 km", "55公里"])]


@pytest.mark.parametrize("text,quote,counted", [
    ("全国共有4.8万所幼儿园。", "4.8万所", "幼儿园"),  # a noun the vocabulary does not know, in Chinese
    ("消防部门共出动42辆消防车赶赴现场。", "42辆", "消防车"),  # cut after three characters
    ("共有3座已建成。", "3座", None),  # 已 opens no noun
    ("全国共有高校3013所。", "3013所", "university"),  # a known noun wins
])
def test_a_bare_measure_word_counts_the_noun_after_it(vocab, text, quote, counted):
    assert find(extract(text, vocab), quote).counted == counted


def test_figures_of_a_noun_the_vocabulary_does_not_know_are_compared(tmp_path):
    facts = _facts(tmp_path, {"a.txt": "消防部门出动了40辆消防车。全国共有4.8万所幼儿园。",
                              "b.txt": "当晚共出动42辆消防车赶赴现场。全国有4.8万所幼儿园。"})
    got = sorted((f["label"], f["verdict"], sorted(c["quote"] for c in f["claims"])) for f in facts)
    assert got == [("幼儿园", "agree", ["4.8万所", "4.8万所"]), ("消防车", "differ", ["40辆", "42辆"])]


@pytest.mark.parametrize("line,time,period,as_of", [
    ("今年前三季度，全省GDP增长5%。", "今年前三季度", ("2023-01-01", "2023-09-30"), None),
    ("今年1至9月，出口增长8%。", "今年1至9月", ("2023-01-01", "2023-09-30"), None),
    ("上半年营收增长10%。", "上半年", ("2023-01-01", "2023-06-30"), None),
    ("去年上半年营收增长12%。", "去年上半年", ("2022-01-01", "2022-06-30"), None),
    ("今年5月，全国发电量增长8%。", "今年5月", ("2023-05-01", "2023-05-31"), None),
    ("去年3月份，该公司营收增长7%。", "去年3月份", ("2022-03-01", "2022-03-31"), None),
    ("去年，全市接待游客3000万人次。", "去年", ("2022-01-01", "2022-12-31"), "2022-12-31"),
    ("2022年末，全国人口14.1亿人。", "2022年末", None, "2022-12-31"),
    ("全市常住人口比上年增加1.1万人。", "", None, None),  # 上年 is what it is compared with, not its time
])
def test_chinese_this_and_last_year_against_the_document_date(tmp_path, vocab, line, time, period, as_of):
    from factcheck.extractor import extract_document
    from factcheck.load import load_document

    path = tmp_path / "doc.md"
    path.write_text(f"---\ndate: 2023-11-20\n---\n{line}\n", encoding="utf-8")
    claim = [c for c in extract_document(load_document(str(path), vocab), vocab) if c.kind != "date"][-1]
    assert (claim.frame.time, claim.frame.period, claim.frame.as_of) == (time, period, as_of)
