"""Facts discovered without rules: the issue's shipwreck, and the development corpus's precision and recall."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, make_doc
from corpora.gold import load_discovery_gold
from corpora.score import score_topic

import factcheck
from factcheck.cli import main
from factcheck.consistency import source_spans
from factcheck.model import Located
from factcheck.pipeline import Checker
from factcheck.units import UnitConverter

CORPUS = ROOT / "tests" / "corpora" / "discovery"
SHIP = {
    "a.txt": "The Lusitania was torpedoed off Ireland on 7 May 1915. More than 1,190 people died, and only 761 "
             "survivors were pulled from the water. The liner carried about 1,960 passengers and crew. It was 787 "
             "feet long.\n",
    "b.txt": "RMS Lusitania sank on May 7, 1915, eighteen minutes after a torpedo hit. Of the estimated 1,960 "
             "passengers and crew aboard, more than 1,190 died. Rescuers saved 764 survivors. The liner was 240 "
             "metres long.\n",
    "c.txt": "When the Lusitania went down on May 7, 1915, 1,198 people died. About 1,940 people were on board, "
             "and 767 survivors reached Queenstown. The ship was 239.9 metres long.\n",
}


def test_shipwreck_gives_five_facts_without_any_rule(tmp_path):
    for name, text in SHIP.items():
        (tmp_path / name).write_text(text)
    empty = tmp_path / "rules"
    empty.mkdir()
    (empty / "none.yaml").write_text("facts: []\n")
    assert main(["report", *(str(tmp_path / n) for n in SHIP), "-o", str(tmp_path / "out"), "-q", "--no-cache"]) == 0
    data = json.loads((tmp_path / "out" / "discrepancies.json").read_text())
    facts = {f["id"]: f for f in data["facts"]}
    assert data["candidates"] == []
    got = {fid: (f["verdict"], sorted(c["quote"] for c in f["claims"])) for fid, f in facts.items()}
    assert got == {
        "discovered-lusitania-sinking": ("agree", ["7 May 1915", "May 7, 1915", "May 7, 1915"]),
        "discovered-lusitania-deaths": ("rounded", ["1,198 people", "More than 1,190 people", "more than 1,190"]),
        "discovered-lusitania-people-aboard": ("differ", ["About 1,940 people", "about 1,960 passengers",
                                                          "estimated 1,960 passengers"]),
        "discovered-lusitania-survivors": ("differ", ["761 survivors", "764 survivors", "767 survivors"]),
        "discovered-lusitania-length": ("rounded", ["239.9 metres", "240 metres", "787 feet"]),
    }
    assert facts["discovered-lusitania-deaths"]["reason"] == "1,198 ∈ (1,190, ∞)"
    assert facts["discovered-lusitania-people-aboard"]["reason"] == "[1,955, 1,965] ∩ [1,935, 1,945] = ∅"
    assert all(f["origin"] == "discovered" and f["rule"] is None and f["confidence"] >= 0.7 for f in facts.values())
    assert facts["discovered-lusitania-deaths"]["label"] == "Lusitania — deaths"


def test_shipwreck_draft_is_linted_without_rules(tmp_path, capsys):
    for name, text in SHIP.items():
        (tmp_path / name).write_text(text)
    draft = tmp_path / "draft.md"
    draft.write_text("# The sinking\n\nThe liner went down with 1,198 dead; rescuers saved 790 survivors.\n")
    code = main(["lint", str(draft), "--against", *(str(tmp_path / n) for n in SHIP), "--format", "json",
                 "--no-cache"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert code == 1
    assert [(f["quote"], f["level"], f["fact"]) for f in findings] == [
        ("790 survivors", "error", "discovered-lusitania-survivors")]


def test_draft_contradicting_itself(tmp_path, capsys):
    draft = tmp_path / "draft.md"
    draft.write_text("The museum welcomed 12,400 visitors in its opening week in Lyon.\n\nLater that year the "
                     "report repeated it: the museum welcomed 12,900 visitors in its opening week in Lyon.\n")
    assert main(["lint", str(draft), "--format", "json", "--no-cache"]) == 1
    (finding,) = json.loads(capsys.readouterr().out)["findings"]
    assert finding["quote"] == "12,900 visitors" and finding["line"] == 3 and finding["level"] == "error"
    assert "earlier in the same draft" in finding["message"]


def test_a_draft_naming_its_subject_once_contradicts_itself(tmp_path, capsys):
    """A draft names its company in its title and first line, then writes of "revenue" alone: one revenue."""
    draft = tmp_path / "draft.md"
    draft.write_text("---\ntitle: Northwind Foods reports a record year\n---\n"
                     "Northwind Foods reported revenue of €842 million for 2023.\n\n"
                     "Revenue of €824 million was driven by demand for frozen meals.\n")
    assert main(["lint", str(draft), "--format", "json", "--no-cache"]) == 1
    (finding,) = json.loads(capsys.readouterr().out)["findings"]
    assert finding["quote"] == "€824 million" and "earlier in the same draft" in finding["message"]
    draft.write_text(draft.read_text().replace("€824", "€842"))
    assert main(["lint", str(draft), "--format", "json", "--no-cache"]) == 0


@pytest.fixture(scope="module")
def corpus_scores(ruleset):
    return _scores(ruleset, CORPUS)


def _scores(ruleset, folder: Path) -> list:
    """(topic, scores) for every topic of a corpus folder."""
    checker = Checker(ruleset)
    out = []
    for topic in load_discovery_gold(folder):
        docs = [make_doc(Path(topic["dir"], name).read_text(encoding="utf-8"), name, ruleset.vocab)
                for name in topic["documents"]]
        out.append((topic["topic"], score_topic(topic, checker.analyse(docs))))
    return out


def _totals(corpus_scores, label: str, capsys) -> tuple[float, float, float]:
    """Pair precision, pair recall and verdict accuracy over a corpus's topics (printed with its wrong pairs)."""
    tp = sum(s["tp"] for _, s in corpus_scores)
    fp = sum(s["fp"] for _, s in corpus_scores)
    gold = sum(s["gold_pairs"] for _, s in corpus_scores)
    right = sum(s["right"] for _, s in corpus_scores)
    facts = sum(s["facts"] for _, s in corpus_scores)
    precision, recall, accuracy = tp / max(tp + fp, 1), tp / max(gold, 1), right / max(facts, 1)
    with capsys.disabled():
        print(f"\n{label}: {len(corpus_scores)} topics, {facts} gold facts, {gold} gold pairs: "
              f"pair precision {precision:.3f}, pair recall {recall:.3f}, verdict accuracy {accuracy:.3f}")
        for name, s in corpus_scores:
            for a, b, la, lb in s["wrong_pairs"]:
                print(f"  wrong pair in {name}: {a} ({la}) ~ {b} ({lb})")
    return precision, recall, accuracy


def test_development_corpus_precision_recall_and_verdicts(corpus_scores, capsys):
    precision, recall, accuracy = _totals(corpus_scores, "discovery corpus", capsys)
    # Floors that guard what is reached today (1.000 / 0.738 / 0.778; the targets, 0.95 / 0.85 / 0.85,
    # are met for precision only).
    assert precision >= 0.98
    assert recall >= 0.72
    assert accuracy >= 0.75
    assert [(name, d) for name, s in corpus_scores for d in s["false_differs"]] == []  # no contradiction made up



def test_no_figures_and_one_source_give_no_fact(tmp_path):
    (tmp_path / "a.txt").write_text("The committee met and discussed the report at length.\n")
    (tmp_path / "b.txt").write_text("Rescuers saved 764 survivors.\nThe liner carried about 1,960 passengers.\n")
    assert main(["report", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(tmp_path / "out"), "-q",
                 "--no-cache"]) == 0
    data = json.loads((tmp_path / "out" / "discrepancies.json").read_text())
    assert data["facts"] == [] and data["candidates"] == []


@pytest.mark.timeout(300)  # only catches a quadratic blow-up
def test_thousands_of_near_identical_claims(tmp_path):
    """A table of 5,000 yearly figures in two sources, in near-linear time: a fact per year the reader knows
    (1800-2099: one ship apart, or within a round figure's rounding); the rows of years it does not read as a
    time make no fact, for then each source states thousands of figures of one frame."""
    for name, bump in (("a.txt", 0), ("b.txt", 1)):
        (tmp_path / name).write_text("".join(f"In {1000 + i}, the port handled {i * 7 + 1000 + bump:,} ships.\n"
                                             for i in range(5000)))
    assert main(["report", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(tmp_path / "out"), "-q",
                 "--no-cache", "--format", "json"]) == 0
    data = json.loads((tmp_path / "out" / "discrepancies.json").read_text())
    facts = data["facts"]
    assert len(facts) == 300 and all(len(f["claims"]) == 2 and f["verdict"] != "agree" for f in facts)
    assert sum(f["verdict"] == "differ" for f in facts) > 290  # the same year, one ship apart


@pytest.mark.timeout(300)
def test_discovery_gives_up_on_a_block_too_varied_and_says_so(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("".join(f"Last year Town{chr(65 + i % 26)}{chr(65 + i // 26 % 26)}{i} counted "
                                             f"{i + 10:,} residents.\n" for i in range(600)))
    assert main(["report", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(tmp_path / "out"), "-q",
                 "--no-cache", "--format", "json,md"]) == 0
    data = json.loads((tmp_path / "out" / "discrepancies.json").read_text())
    assert data["stats"]["discovery_gave_up"] == [{"measure": "resident", "claims": 1200, "frames": 600}]
    assert "discovery gave up on the claims measuring resident: 1200 claims in 600 different frames" in (
        tmp_path / "out" / "discrepancies.md").read_text()


def test_settings_exclude_a_measure_and_keep_two_apart(tmp_path):
    for name, text in SHIP.items():
        (tmp_path / name).write_text(text)
    (tmp_path / "m.txt").write_text("The union now has 193 member states.\n")
    (tmp_path / "n.txt").write_text("The union has 193 states.\n")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "s.yaml").write_text("settings:\n  discovery_exclude: [survivors]\n"
                                  "  discovery_apart: [[member country, country]]\n")
    paths = [str(tmp_path / n) for n in (*SHIP, "m.txt", "n.txt")]

    def ids(*extra):
        assert main(["report", *paths, "-o", str(tmp_path / "out"), "-q", "--no-cache", *extra]) == 0
        data = json.loads((tmp_path / "out" / "discrepancies.json").read_text())
        return {f["id"] for f in data["facts"] + data["candidates"]}

    before, after = ids(), ids("--rules", str(rules))
    assert {"discovered-lusitania-survivors", "discovered-country"} <= before  # (193 member states ~ 193 states)
    assert before - after == {"discovered-lusitania-survivors", "discovered-country"}
    assert main(["rules", "validate", str(rules)]) == 0
    (rules / "s.yaml").write_text("settings:\n  discovery_apart: [[team]]\n")
    assert main(["rules", "validate", str(rules)]) == 1


def test_names_that_only_share_a_word_are_different_things(tmp_path):
    """"United States" and "United Kingdom" share a word, not a name: their death tolls are no contradiction."""
    (tmp_path / "a.txt").write_text("The United States reported 1,200 deaths from the storm.\n")
    (tmp_path / "b.txt").write_text("The United Kingdom reported 1,100 deaths from the storm.\n")
    (tmp_path / "c.txt").write_text("The United States recorded 1,150 deaths from the storm.\n")
    assert main(["report", *(str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")), "-o", str(tmp_path / "out"),
                 "-q", "--no-cache"]) == 0
    data = json.loads((tmp_path / "out" / "discrepancies.json").read_text())
    groups = [sorted(Path(c["file"]).name for c in f["claims"]) for f in data["facts"] + data["candidates"]]
    assert groups == [["a.txt", "c.txt"]]


def _groups(tmp_path, texts) -> list:
    """Discovered facts and candidates of one document per text: (verdict, sorted file names)."""
    names = []
    for i, text in enumerate(texts):
        names.append(str(tmp_path / f"d{i}.txt"))
        Path(names[-1]).write_text(text + "\n")
    assert main(["report", *names, "-o", str(tmp_path / "out"), "-q", "--no-cache"]) == 0
    data = json.loads((tmp_path / "out" / "discrepancies.json").read_text())
    return [(f["verdict"], sorted(Path(c["file"]).name for c in f["claims"])) for f in data["facts"] + data["candidates"]]


APART = [
    ("The main dam is 185 metres tall.", "The intake tower is 120 metres tall."),
    ("Floods killed 100 people in the north.", "Landslides killed 140 people in the north."),
    ("The bridge cost $35 million to build.", "The bridge's repairs cost $12 million."),
    ("The bomb killed 50 people in the first attack.", "The bomb killed 30 people in the second attack."),
    ("A bomb killed 50 people on Monday.", "A bomb killed 30 people on Tuesday."),
    ("The city's budget for 2024 is $2.1 billion.", "The city's budget for 2023 was $1.9 billion."),
    ("In September 2023, the province's exports reached $299 billion.",
     "Between January and September 2023, the province's exports reached $2.5 trillion."),
    ("In the first half of 2023, the province's exports reached $1.6 trillion.",
     "In September 2023, the province's exports reached $299 billion."),
    ("About 60% of voters backed the plan.", "About 40% of voters rejected the plan."),
    ("The fire destroyed 1,200 homes.", "The fire damaged 3,000 homes."),
    ("Unemployment fell to 4.1% in March.", "Unemployment rose to 4.3% in April."),
    ("Tickets cost $25 for adults.", "Tickets cost $10 for children."),
    ("The new stadium holds 60,000 fans.", "The old stadium held 45,000 fans."),
    ("The Gotthard Base Tunnel is 57 km long.", "The original Gotthard rail tunnel, opened in 1882, is 15 km long."),
    ("The vaccine was 95% effective against infection.", "The vaccine was 70% effective against transmission."),
    ("In the first round, the president won 27.8% of the vote.",
     "In the second round, the president won 58.5% of the vote."),
    ("Women make up 48% of the workforce.", "Men make up 52% of the workforce."),
    ("The company has 10,000 employees in Europe.", "The company has 25,000 employees worldwide."),
    ("The team scored 3 goals in the final.", "The team conceded 2 goals in the final."),
    ("The 2022 edition drew 1.2 million visitors.", "The 2023 edition drew 1.5 million visitors."),
    ("The average salary is $52,000.", "The median salary is $45,000."),
    ("The plant will create 2,000 jobs.", "The plant will cut 500 jobs."),
    ("The line added 10 new stations.", "The line has 41 stations."),
    ("The original budget was £14.8 billion.", "The line cost £18.9 billion."),
    ("$38 million in prize money went to the French federation.",
     "$400 million in prize money was paid out overall."),
    ("At least 45 people were confirmed dead, officials said.",
     "The storm killed 150 people in Florida. It had earlier struck western Cuba, killing 3 people there."),
    ("The line opened with 10 new stations.", "The line opened with 41 stations."),
    ("Maria struck Dominica, killing 65 people on the island.", "Maria killed 64 people in Puerto Rico."),
    ("The line opened about £4 billion over its original budget.", "The original budget was £14.8 billion."),
    ("Fireworks light the opening ceremony of the Tern Bridge, pictured in Split, Croatia, on July 2, 2022.",
     "On May 14, 2019, the opening ceremony of the Harbour Forum was held at the Riverside Centre."),
    ("The tower is 828 metres tall.", "Height of observation deck: 452 m"),
    ("The fall lasted 3 min 30 s.", "It took two years to find the wreck."),
    ("The country has 61,181,072 eligible voters.", "Roughly three in four voters cast a ballot."),
    ("Museum theft\nThe thieves left with thirteen works. Five works by Edgar Degas were among them.",
     "Stolen art\n- Degas works on paper stolen: 6"),
    ("Crowds queue daily, and the glass pyramid itself opened in 1989.",
     "The Louvre opened as a public museum on 10 August 1793."),
    ("Ten participants developed severe disease.", "Participants enrolled: 43,661"),
    ("The vaccine's efficacy was 95 percent.", "Efficacy, adults 65 and over: 94%"),
    ("An interim analysis counted 94 cases.", "Just eight cases were in the vaccinated group."),
    ("An interim analysis counted 94 cases.", "KEY FACTS\n\nCases in vaccine group: 8"),  # a label's arm too
    ("The paint alone costs about $1.2 million a year.", "The paint alone cost about $35 million."),
    ("About 112,000 vehicles cross the bridge each day.", "About 40 million vehicles crossed the bridge."),
    ("The country has 382 people per square kilometre.", "The country has 990 people per square mile."),
    ("Passengers per train: 1,500", "The line will carry 200 million passengers a year."),
    ("The men shelter about 700 metres below ground.",
     "The winning shaft was 624 metres deep. Depth of the refuge: 688 m"),
    ("The jet carried 216 passengers and 12 crew.", "The jet had 228 people on board."),
    ("The club won 20 matches that season.", "The club lost 8 matches that season."),
    ("The plane fell 35,000 feet.", "The climber fell 300 feet."),  # one verb, two subjects
    ("Between 1969 and 1972, twelve men walked on the Moon.", "Two men walked on the Moon that day."),  # an occasion
    ("Webb's mirror is almost three times the width of Hubble's.",
     "Its collecting area is more than six times that of Hubble."),  # ratios to something else, no counts
    ("Leicester are on 77 points with two games left.", "Leicester won 23 games that season."),  # what is left
    ("Targeted cost savings: $2 billion", "The headline price was $71 billion."),  # savings are no cost
    ("The Remain side won by a margin of almost 400,000 votes.", "Ballot papers counted: 3,623,344"),  # a margin
    ("A replacement, the San Giorgio bridge, was designed by Renzo Piano. It opened on 3 August 2020.",
     "- Year opened: 1967"),  # "it" is the replacement: the new one
    ("The jet carried 216 passengers.", "Of those aboard, 61 of the passengers were French."),  # some of them
    ("Bodies recovered from the seabed in 2011: 104",
     "Searchers recovered 50 bodies from the water in the weeks after the crash."),  # weeks after, not a year
    ("They shelter in a refuge 688 metres below the surface.", "The rescue shaft was 622 metres deep."),
    ("The wreck was found on 3 April 2011.", "Bodies were found in the weeks after the crash of June 1, 2009."),
    ("Apple sold 270,000 iPhones in the first 30 hours.", "Apple has now sold 4 million iPhones."),  # first hours
    ("She first tried in 1978, at the age of 28.", "She finished the swim aged 64."),  # an age is of its time
    ("The National Congress opened in Beijing on 16 October 2022.",
     "The Belt and Road Forum opened in Beijing on 26 April 2019."),  # two events in one city
    ("The Social Democratic Party (SPD) became the largest party, winning 206 seats.", "The CDU won 197 seats."),
    ("Photos showed about 320 climbers queuing near the top.", "He was one of ten Nepali climbers on the team."),
    ("Officials said 36 of the injured were in a critical condition.", "Around 140 people were injured."),
    ("On the busiest days more than 40,000 people pass under the glass pyramid.",
     "On an average day that is around 30,000 people."),  # a maximum and an average
    ("The Louvre welcomed 10.2 million visitors in 2018, the most ever.",
     "Its exhibition, which ran for four months, was seen by 1,071,840 visitors."),  # a year's, and far off
    ("The museum's attendance beat its previous record of 9.7 million visitors.",
     "The museum's attendance reached 10.2 million visitors."),  # an earlier one told apart, in prose as in a label
    ("ROME, Aug. 15, 2018 (Wire) — Rescue teams searched the rubble of the viaduct that fell in a storm on Tuesday, "
     "and the death toll rose to 39, officials said on Wednesday.",  # a count as of a day beside a final count
     "On 14 August 2018 a section of the viaduct collapsed during a storm. Forty-three people were killed."),
    ("Forty-six weather stations beat the old record that day.", "HEAT FACTS\n\nStations at 40°C or above: 7"),
    ("The tour has grossed $2.08 billion from 149 shows.", "- The first 60 shows took place in 2023."),
    ("Coningsby in Lincolnshire set a record of 40.3C on 19 July.",  # where a reading was taken is what it is of
     "Temperatures climbed all day, and Heathrow airport, west of London, reached 40.2C on 19 July."),
    ("Fire destroyed 19 homes in the village of Wennington alone.", "More than 40 homes burned that day."),  # a part
    ("The bill for damage and losses was put at some $30 billion.", "The physical damage was put at $14.9 billion."),
    ("PARIS, March 3, 2024 -- Nearly 9 million people visited the Louvre in 2023, officials said.",  # a year a flow
     "PARIS, Jan 5, 2020 -- About 9.6 million people visited the Louvre in 2019, the museum said."),  # is counted
    ("PARIS, March 3, 2024 -- Nearly 9 million people visited the Louvre last year, officials said.",  # over is no
     "PARIS, Jan 5, 2020 -- About 9.6 million people visited the Louvre last year, the museum said."),  # visit's date
    ("CHICAGO, June 20, 2024 -- The city recorded 120 murders in May.",  # a month of no year is a period
     "CHICAGO, May 18, 2024 -- The city recorded 95 murders in April."),
    ("The city recorded 120 murders in May.", "The city recorded 95 murders in April."),  # (and with no date)
    ("Ten teams played 45 group matches.", "TOURNAMENT FACTS\n\nMatches played: 48"),  # a stage's, not all
    ("The firm settled with regulators and 48 states.", "The firm settled with 50 states and territories."),  # a sum
]


NO_CONTRADICTION = [  # (each was a false contradiction, found by the third blind corpus in session 15)
    ("The project will consist of two rail tunnels and a service tunnel.",
     "Twelve machines dug the three tunnels."),  # a narrower count may be a part: other_scope, never differ
    ("SYDNEY, May 25, 2022 -- Three years ago the Coalition won 77 seats.",
     "SYDNEY, May 23, 2022 -- The Coalition won 58 seats."),  # an old period beside a later report of no time
    ("RESULTS AT A GLANCE\n\nRevenue, fiscal 2024: $60,922 million\nRevenue, fiscal 2023: $26,974 million\n",
     "Revenue rose to a record $61.5 billion."),  # no year beside a source's two years: of neither for sure
    ("South of the border, Portland, Oregon, reached 116F (46.7C) on Monday and Seattle 108F, both records.",
     "In Seattle the temperature reached 108F."),  # Seattle is the next figure's, Portland the first's
    ("Among the passengers were 325 students.", "The dead included 250 students."),  # passengers, deaths
    ("Organisers now put the budget at 1.64 trillion yen.",
     "When Tokyo won the bid in 2013 its budget was 734 billion yen."),  # now, not 2013
    ("He has broken the league's record of 34 goals.", "He has scored 36 goals."),  # the record he broke
    ("The city plans to attract 25 million visitors a year.", "The city attracted 17 million visitors a year."),
    ("The airport's opening was planned for October 2011.", "The opening was postponed to 3 June 2012."),
]


@pytest.mark.parametrize("texts", NO_CONTRADICTION, ids=[t[1][:30] for t in NO_CONTRADICTION])
def test_never_a_contradiction(tmp_path, texts):
    """Parts, forecasts, other periods and figures of other places: grouped or not, never a differ."""
    assert [g for g in _groups(tmp_path, texts) if g[0] == "differ"] == []


def test_a_figure_of_a_time_after_its_document_is_a_forecast(tmp_path):
    """Written in 2023 of 2026, a figure is what was expected, never the outcome it could be compared with."""
    assert _groups(tmp_path, ["LONDON, March 1, 2023 -- The museum's visitors in 2026 will number 2 million.",
                              "The museum had 1.5 million visitors in 2026."]) == []


@pytest.mark.parametrize("texts", APART, ids=[t[1][:30] for t in APART])
def test_figures_of_different_things_or_times_stay_apart(tmp_path, texts):
    """Another subject, another event of a series, another day or period: never one fact."""
    assert _groups(tmp_path, texts) == []


TOGETHER = [
    ("The ferry was carrying 300 passengers when it sank.", "The vessel was carrying 420 passengers when it sank."),
    ("The project cost about $35 million.", "The bridge cost $37 million to build."),
    ("A bomb killed 50 people on Monday.", "A bomb killed 52 people on Monday."),
    ("The company has 25,000 employees.", "The company has 27,000 employees worldwide."),
    ("The average density was 382 people per square kilometre.", "- Population density: 383 per sq km"),
    ("Daily visitor limit: 30,500", "The museum admits 31,200 visitors per day."),
    ("Date of the theft: 18 March 1990", "Thieves robbed the museum on 19 March 1990."),
    ("Depth of the rescue shaft: 622 m", "The winning shaft was 624 metres deep."),
    ("The volcano erupted on 18 May 1980.", "Date of the eruption: 17 May 1980"),
    ("The storm reached peak winds of 175 mph.", "- Maximum sustained wind: 180 mph"),  # peak = maximum
    ("The fire burned 62,053 hectares.", "The fire burned 140,000 acres."),  # the verb says what is measured
    ("Maria weakened before making landfall in Puerto Rico on 20 September 2017.",
     "Landfall in Puerto Rico: 21 September 2017"),
    ("The liner carried 1,960 passengers and crew.", "There were 1,940 people on board the liner."),
    ("The wreckage was located on 3 April 2011.", "The wreckage was found on 2 April 2011."),  # one discovery
    ("The firm has 3,100 staff.", "The firm has 3,400 employees."),  # staff are its employees
    ("He beat the previous record of seven years, 10 months.", "RECORD\n\nPrevious record: 7 years 11 months"),
    ("Ying was sentenced to four months in prison.", "Ying was jailed for five months."),  # one term in prison
    ("When it collapsed, Thomas Cook owed about £1.7 billion.", "Thomas Cook's debt stood at £1.9 billion."),
    ("FLOOD FACTS\n\nTotal damage and losses: US$30.1 billion", "The bill for damage and losses came to $32 billion."),
    ("Nine workers died during the construction.", "TUNNEL FACTS\n\nWorkers killed during construction: 8"),  # its toll
]


@pytest.mark.parametrize("texts", TOGETHER, ids=[t[1][:30] for t in TOGETHER])
def test_one_thing_named_by_another_noun_is_still_one_fact(tmp_path, texts):
    """Nouns of one class (ferry, vessel) and nouns that point back to the topic (the project) are one subject."""
    assert _groups(tmp_path, texts) == [("differ", ["d0.txt", "d1.txt"])]


def test_a_source_stating_two_lengths_in_two_units_states_two_facts(vocab):
    """"399.94 m" and "193 km" of one source cannot both be one length: in any unit, a source never
    contradicts itself (the ship beside the canal it blocked)."""
    doc = make_doc("The Ever Given is 399.94 m long. The canal is 193 km long.\n", "b.txt", vocab)
    members = [Located(doc, c) for c in factcheck.extract(doc.text, vocab)]
    assert source_spans(members, lambda m: m.doc.path) is not None  # (per unit, nothing to compare)
    assert source_spans(members, lambda m: m.doc.path, UnitConverter().base) is None


def test_an_aside_on_the_opening_noun_is_of_that_noun(tmp_path):
    """"The canal, 193 km long, ..." is the canal's length: it meets the canal's 193 km, never the ship's 400 m."""
    groups = _groups(tmp_path, ["The Ever Given is 399.94 m long. The canal is 193 km long.", "Length overall: 400 m",
                                "The canal, 193 km long, earned $5.6 billion in 2020."])
    assert ("agree", ["d0.txt", "d2.txt"]) in groups and not [g for g in groups if g[0] == "differ"]


def test_a_measurement_placed_after_its_noun_is_of_that_noun(tmp_path):
    """"a refuge about 700 metres below ground" is the refuge's depth: it meets the refuge's, not the shaft's."""
    groups = _groups(tmp_path, ("The men shelter in a refuge about 700 metres below ground.",
                                "The winning shaft was 624 metres deep. Depth of the refuge: 688 m"))
    assert groups == [("rounded", ["d0.txt", "d1.txt"])]


def test_a_date_contradiction_is_told_in_dates(tmp_path, capsys):
    for name, text in SHIP.items():
        (tmp_path / name).write_text(text)
    (tmp_path / "draft.md").write_text("The Lusitania was sunk by a torpedo on 8 May 1915.\n")
    assert main(["lint", str(tmp_path / "draft.md"), "--against", *(str(tmp_path / n) for n in SHIP)]) == 1
    assert "1915-05-08 and 1915-05-07 do not overlap" in capsys.readouterr().out


def test_a_chinese_toll_meets_its_english_report(tmp_path):
    groups = _groups(tmp_path, ["The earthquake killed 126 people and injured 297.", "地震已造成126人死亡，297人受伤。",
                                "地震造成131人死亡。"])
    assert sorted(groups) == [("agree", ["d0.txt", "d1.txt"]), ("differ", ["d0.txt", "d1.txt", "d2.txt"])]


def _held_out(ruleset, capsys, folder: str, label: str) -> tuple[float, float, float, list]:
    """Pair precision, pair recall, verdict accuracy (printed) and the false contradictions, (topic, pair), of one
    held-out corpus under tests/corpora/."""
    scores = _scores(ruleset, ROOT / "tests" / "corpora" / folder)
    return (*_totals(scores, label, capsys), [(name, d) for name, s in scores for d in s["false_differs"]])


def test_held_out_corpus_is_scored(ruleset, capsys):
    """42 topics written by other engineers without reading the code (FINDINGS.md to FINDINGS9.md list
    every error): their scores are printed and guarded against falling, not tuned to; no false contradiction
    at all (rounds 6 and 7 found some; session 9 fixed the stations at 40 °C and the Louvre's previous record,
    session 13 damage beside damage and losses, the homes of one village beside London's and another tunnel's
    opening year, session 14 the 48 matches beside 45 group matches and 48 states beside 50 states and
    territories)."""
    precision, recall, accuracy, false_differs = _held_out(ruleset, capsys, "holdout", "held-out corpus")
    assert precision >= 0.975 and recall >= 0.375 and accuracy >= 0.40  # (0.989 / 0.385 / 0.412 measured, 42 topics)
    assert false_differs == []


def test_second_held_out_corpus_is_scored(ruleset, capsys):
    """Ten more topics written blind in session 15 (README.md there).  Its first run found six false
    contradictions, all fixed at their cause, not tuned to the corpus: a year of the earlier figure read as the
    new one's ("rose to $81.5 billion from $53.8 billion in 2021"), a height above a river read as a length
    ("runs 270 metres above the river"), an exit poll's seats read as the result, and a mast's height beside a
    roadway's where "tops out" was no verb."""
    precision, recall, accuracy, false_differs = _held_out(ruleset, capsys, "holdout2", "second held-out corpus")
    assert precision >= 0.975 and recall >= 0.42 and accuracy >= 0.37  # (1.000 / 0.430 / 0.384 measured, 10 topics)
    assert false_differs == []


def test_third_held_out_corpus_is_scored(ruleset, capsys):
    """Ten more topics written blind in session 15.  Its first run found 16 false contradictions (targets read as
    outcomes, an old period beside a later report, a count of a part beside the whole, a figure of no year beside
    a fact sheet's two years, a gapped list's next place, a mission's cost "including development, launch and
    operations" beside a fact sheet's "Cost of development and launch" ...), all fixed at their cause."""
    precision, recall, accuracy, false_differs = _held_out(ruleset, capsys, "holdout3", "third held-out corpus")
    assert precision >= 0.96 and recall >= 0.31 and accuracy >= 0.35  # (0.976 / 0.333 / 0.380 measured, 10 topics)
    assert false_differs == []


def test_fourth_held_out_corpus_is_scored(ruleset, capsys):
    """Eight more topics written blind at the end of session 15, after the fixes the second and third corpora
    prompted: 14 false contradictions on their first run, four fixed in session 15 (a planned opening, one that
    was called off, two planned dates that differ, "The deaths left more than 400 children" read as deaths) and
    ten in session 16 ("301 miners were dead", a rate "raised to 2.5% on Wednesday" in two reports, a fact sheet's
    dated lines, two editions of a race with no year, the fires "They" counted in Oregon, the length of "the last
    eruption here, in 1971" told by "It")."""
    precision, recall, accuracy, false_differs = _held_out(ruleset, capsys, "holdout4", "fourth held-out corpus")
    assert precision >= 0.94 and recall >= 0.26 and accuracy >= 0.30  # (0.972 / 0.281 / 0.325 measured, 8 topics)
    assert false_differs == []


def test_fifth_held_out_corpus_is_scored(ruleset, capsys):
    """Eight more topics written blind in session 16 (README.md there): 7 false contradictions on their first run,
    all fixed at their cause: the year a refurbishment was completed beside the tower's, "approved for five
    storeys" beside the nine storeys built, oaks "felled eight centuries ago" beside those felled for the new
    roof, "Greater Tokyo" beside Tokyo, another crash's toll whose sentence opens "A Lion Air jet ...", and two
    reports' page counts each dated by a phrase right after it."""
    precision, recall, accuracy, false_differs = _held_out(ruleset, capsys, "holdout5", "fifth held-out corpus")
    assert precision >= 0.92 and recall >= 0.23 and accuracy >= 0.18  # (0.953 / 0.246 / 0.203 measured, 8 topics)
    assert false_differs == []


def test_two_months_of_no_year_stay_two_facts(tmp_path):
    """A day or month a figure is said of joins a figure of no day (farapart keeps far-apart ones apart), but
    "in March" beside "in April" are two counts, never a contradiction."""
    from test_corroborate import _report
    data = _report(tmp_path, ("Officials said 12 people died in March in the floods.",
                              "Officials said 20 people died in April in the floods."))
    assert [f for f in data["facts"] + data["candidates"] if f["verdict"] == "differ"] == []


def test_a_place_a_narrowing_names_is_a_name_in_common(tmp_path):
    """"killing 16 people on the island" (of Vanuatu, a narrowing) beside "Deaths in Vanuatu: 15": one count."""
    from test_corroborate import _report
    data = _report(tmp_path, ("Cyclone Pam struck Vanuatu as a Category 5 storm, killing 16 people on the island.",
                              "STORM FACT SHEET\n\nDeaths in Vanuatu: 15"))
    assert [(f["verdict"], [c["quote"] for c in f["claims"]]) for f in data["facts"] + data["candidates"]] == [
        ("differ", ["16 people", "15"])]


def test_a_verb_is_the_measure_another_source_names_with_it(tmp_path):
    grossed = "The film grossed $858.4 million in North America."
    assert _groups(tmp_path, [grossed, "FACT SHEET\n\nDomestic gross: $858,373,000"]) == [("rounded", ["d0.txt", "d1.txt"])]
    # one verb and one name in two sources: the verb names the measure (see the test below)
    assert _groups(tmp_path, [grossed, grossed]) == [("agree", ["d0.txt", "d1.txt"])]


def test_one_verb_of_one_name_in_two_sources_is_one_measure(tmp_path):
    """"The SMI closed 8.7% lower" beside "the SMI closed 7.8% lower": no noun names the measure, but the verb and
    the name do; another name, or another verb, is another figure."""
    smi = "On the day of the decision, the SMI closed 8.7% lower."
    assert _groups(tmp_path, [smi, "On the day of the decision, the SMI closed 7.8% lower."]) == [
        ("differ", ["d0.txt", "d1.txt"])]
    assert _groups(tmp_path, [smi, "On the day of the decision, the DAX closed 7.8% lower."]) == []
    assert _groups(tmp_path, [smi, "On the day of the decision, the SMI opened 7.8% lower."]) == []


def test_the_day_a_toll_was_raised_is_no_part_of_it(tmp_path):
    """"on Tuesday raised its official death toll to 2,975 from 64" beside a fact sheet's 2,975 in Puerto Rico:
    one count (the day is when it was said; 64 is the earlier value), not a part beside a whole."""
    raised = ("SAN JUAN, Aug. 28, 2018 (Wire) — Puerto Rico on Tuesday raised its official death toll from the "
              "storm to 2,975 from 64.")
    assert _groups(tmp_path, [raised, "STORM FACTS\n\n- Deaths in Puerto Rico (official): 2,975"]) == [
        ("agree", ["d0.txt", "d1.txt"])]


def test_an_earlier_value_stated_with_its_year_is_that_years_level(tmp_path):
    """"up from 8.1 million in 2017" is the level of 2017: it meets another source's 2017 figure, and a year
    the new figure's sentence names is never the earlier value's."""
    earlier = "The museum received 10.2 million visitors in 2018, up from 8.1 million in 2017."
    assert _groups(tmp_path, [earlier, "In 2017 the museum received 8.4 million visitors."]) == [
        ("differ", ["d0.txt", "d1.txt"])]
    unyeared = "In 2018 the museum's visitors rose 25% from 8.1 million."
    assert _groups(tmp_path, [unyeared, "In 2018 the museum received 10.2 million visitors."]) == []


def test_two_reports_own_days_a_season_apart_are_two_occasions(tmp_path):
    """"on Tuesday" in a March report and in a June report names two days, each of its own report: two
    decisions, never one date stated two ways; the rate each report states still compares."""
    from test_corroborate import _report
    data = _report(tmp_path, (
        "WELLINGTON, 7 March 2023 (Wire) - The Reserve Bank of New Zealand raised its official cash rate to 4.75% "
        "on Tuesday, its tenth increase in a row.",
        "WELLINGTON, 6 June 2023 (Wire) - The Reserve Bank of New Zealand raised its official cash rate on Tuesday "
        "after a board meeting that lasted four hours."))
    days = [f for f in data["facts"] + data["candidates"] if any(c["quote"] == "Tuesday" for c in f["claims"])]
    assert days and all(f["verdict"] != "differ" for f in days)
    assert "own document" in days[0]["reason"]


def test_a_relative_day_against_a_stated_date_still_differs(tmp_path):
    """Two reports a week apart: "on Monday" (4 September) beside "on 5 September" for one launch stays a
    contradiction; only days both written against their own report's date, far apart, are two occasions."""
    from test_corroborate import _report
    data = _report(tmp_path, (
        "KOUROU, 5 September 2023 (Wire) - The Ariane rocket lifted off on Monday carrying two weather satellites.",
        "PARIS, 12 September 2023 (Wire) - The Ariane rocket that lifted off on 5 September 2023 carried two "
        "weather satellites."))
    launch = [f for f in data["facts"] + data["candidates"] if {c["quote"] for c in f["claims"]} >= {"Monday"}]
    assert [f["verdict"] for f in launch] == ["differ"]


def test_ages_of_no_name_years_apart_are_two_peoples(tmp_path):
    """"The 23-year-old" in one report and "the 31-year-old" in another of a month later name no one: two
    people's ages (no source misstates an age by eight years), never a contradiction; one name's ages still are."""
    from test_corroborate import _report
    data = _report(tmp_path, (
        "---\ndate: 2023-04-17\n---\nThe 23-year-old crossed the line first and broke the course record.",
        "---\ndate: 2023-05-20\n---\nIt was a third title for the 31-year-old, who trained at altitude."))
    ages = [f for f in data["facts"] + data["candidates"] if any("year-old" in c["quote"] for c in f["claims"])]
    assert all(f["verdict"] != "differ" for f in ages)
    (tmp_path / "named").mkdir()
    named = _report(tmp_path / "named", (
        "---\ndate: 2023-04-17\n---\nEvans Chebet, 23, crossed the line first.",
        "---\ndate: 2023-05-20\n---\nEvans Chebet, 31, won a third title."))
    assert [f["verdict"] for f in named["facts"] + named["candidates"] if "age" in f["id"]] == ["differ"]


def test_a_measure_stated_year_by_year_keeps_each_reports_own_year(tmp_path):
    """An entry stating a count for two editions ("the 2022 regatta had 1,840 entrants and the 2023 regatta a
    record 2,115") makes "1,838 entrants took part" in a 2022 report and "more than 2,100 entrants" in a 2023
    one two editions' counts, never one contradicting the other."""
    from test_corroborate import _report
    data = _report(tmp_path, (
        "Held every June since 1995, the regatta has grown fast: the 2022 regatta had 1,840 entrants and the 2023 "
        "regatta a record 2,115.",
        "---\ndate: 2022-06-20\n---\nOrganisers said 1,838 entrants took part in the regatta on the lake.",
        "---\ndate: 2023-06-19\n---\nOrganisers said more than 2,100 entrants took part in the regatta on the lake."))
    groups = [(f["verdict"], sorted(c["quote"] for c in f["claims"])) for f in data["facts"] + data["candidates"]]
    assert not [g for g in groups if g[0] == "differ" and {"1,838 entrants", "more than 2,100 entrants"} <= set(g[1])]


def test_a_wider_area_of_a_name_is_another_place(tmp_path):
    """"Greater Manchester, with some 2.9 million people" is no contradiction of "Manchester, home to 568,000
    people": the wider area is another place, though its name holds the city's."""
    from test_corroborate import _report
    data = _report(tmp_path, (
        "---\ndate: 2023-05-02\n---\nManchester, home to 568,000 people, grew faster than any other city.",
        "Greater Manchester, with some 2.9 million people, is the third largest metropolitan area in Britain."))
    assert [f for f in data["facts"] + data["candidates"] if f["verdict"] == "differ"] == []


def test_a_repeated_event_is_dated_apart_from_the_first(tmp_path):
    """"came ashore for a second time ... on Wednesday" (30 August) is the storm's second landfall, no
    contradiction of "came ashore at Rockport on Aug. 25, 2017"; two sources dating the first landfall apart still
    contradict each other."""
    from test_corroborate import _report
    data = _report(tmp_path, (
        "BATON ROUGE, Aug. 30, 2017 (Wire) - The storm came ashore for a second time in Louisiana on Wednesday.",
        "---\ndate: 2018-08-25\n---\nA year ago, on Aug. 25, 2017, the storm came ashore near Rockport.",
        "The storm came ashore near Rockport on 26 August 2017 as a Category 4 hurricane."))
    groups = [(f["verdict"], sorted(c["quote"] for c in f["claims"])) for f in data["facts"] + data["candidates"]]
    assert not [g for g in groups if "Wednesday" in g[1] and g[0] == "differ"]
    assert [g[0] for g in groups if "26 August 2017" in g[1]] == ["differ"]


def test_sixth_held_out_corpus_is_scored(ruleset, capsys):
    """Six more topics written blind at the end of session 16 (README.md there): 4 false contradictions on their
    first run, three of them a name another figure was compared with ("won 72 seats with a smaller share of the
    vote than Reform"), fixed at their cause, and one a gold figure counted at the wrong place (its `nth`)."""
    precision, recall, accuracy, false_differs = _held_out(ruleset, capsys, "holdout6", "sixth held-out corpus")
    assert precision >= 0.95 and recall >= 0.37 and accuracy >= 0.31  # (0.979 / 0.385 / 0.330 measured, 6 topics)
    assert false_differs == []


def test_seventh_held_out_corpus_is_scored(ruleset, capsys):
    """Six more topics written blind in session 17 (README.md there): 7 false contradictions on their first run,
    each fixed at its cause -- a name in letters outside ASCII ("Sergio Pérez: 2 wins, 285 points" lost its name and
    was compared with another driver's tally), a sports tally of points read as a change, a length before a built
    thing with no hyphen ("the 6.7km tunnel" beside a bridge's 22.9 km), a statement's date read as the deaths',
    and a label's requirement ("Sample mass requirement: 60 g") read as the outcome."""
    precision, recall, accuracy, false_differs = _held_out(ruleset, capsys, "holdout7", "seventh held-out corpus")
    assert precision >= 0.93 and recall >= 0.19 and accuracy >= 0.25  # (0.953 / 0.209 / 0.269 measured, 6 topics)
    assert false_differs == []


def test_eighth_held_out_corpus_is_scored(ruleset, capsys):
    """Six more topics written blind in session 17 (README.md there): 8 false contradictions on their first run,
    each fixed at its cause -- a ferry's certified capacity read as the people it carried ("certified to carry 580
    passengers and crew"), "64 of those aboard survived" read as the people aboard, "$1.2 billion more than its
    original budget" read as a budget, and a fact sheet's "Visitors to pre-sale exhibitions" read as all visitors."""
    precision, recall, accuracy, false_differs = _held_out(ruleset, capsys, "holdout8", "eighth held-out corpus")
    assert precision >= 0.97 and recall >= 0.22 and accuracy >= 0.24  # (1.000 / 0.237 / 0.261 measured, 6 topics)
    assert false_differs == []


def test_a_day_named_only_by_what_the_documents_are_about_meets_a_day_named_by_its_place(tmp_path):
    """"Boeing Starliner landing: September 8, 2024" in a Starliner fact sheet names no part of the story: it meets
    the day "landed at White Sands Space Harbor in New Mexico on 7 September 2024" gives (and an undocking day is no
    landing)."""
    names = []
    for i, text in enumerate([
            "Boeing Starliner returns empty\n\nIt undocked on 6 September and landed at White Sands Space Harbor in "
            "New Mexico on 7 September 2024. Its first crew had landed on the station on 6 June.",
            "Boeing Starliner fact sheet\n\nBoeing Starliner undocking: September 6, 2024\nBoeing Starliner landing: "
            "September 8, 2024"]):
        names.append(str(tmp_path / f"d{i}.txt"))
        Path(names[-1]).write_text(text + "\n")
    assert main(["report", *names, "-o", str(tmp_path / "out"), "-q", "--no-cache"]) == 0
    data = json.loads((tmp_path / "out" / "discrepancies.json").read_text())
    groups = {(f["verdict"], tuple(sorted(c["quote"] for c in f["claims"]))) for f in data["facts"] + data["candidates"]}
    assert ("differ", ("7 September 2024", "September 8, 2024")) in groups
    assert not any("6 September" in quotes and "September 8, 2024" in quotes for _, quotes in groups)
