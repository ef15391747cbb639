"""A claim's role in its frame: a level, a share of a whole, a rate per one, a change, an earlier value."""
from __future__ import annotations

import pytest

import factcheck

CASES = [
    ("Two thirds of all votes were cast before election day.", "Two thirds", "share"),
    ("Half of the 3,000 residents left.", "3,000 residents", "level"),
    ("Each trip in the capsule took roughly 15 minutes.", "roughly 15 minutes", "rate"),
    ("The capsule ride took around 15 minutes each.", "around 15 minutes", "rate"),
    ("Each of the two main cables holds 27,572 wires.", "27,572 wires", "rate"),
    ("Each of the 33 miners was examined by doctors.", "33 miners", "level"),
    ("Every year, 40,000 visitors come to the island.", "40,000 visitors", "level"),
    ("The rescue took 22 hours.", "22 hours", "level"),
    ("Turnout rose from 79.8% to 82.2%.", "79.8%", "previous"),
    ("Key figures\n\nHeight lost: 1,314 ft\nDeaths: 57\n", "1,314 ft", "change"),
    ("Key figures\n\nHeight lost: 1,314 ft\nDeaths: 57\n", "57", "level"),
    ("2021年，货物贸易进出口总值同比增长21.4%。", "21.4%", "change"),
    ("森林覆盖率由2012年的21.63%提高到2021年的24.02%。", "21.63%", "previous"),
    ("森林覆盖率由2012年的21.63%提高到2021年的24.02%。", "24.02%", "level"),
    ("出口增至3.36万亿美元。", "3.36万亿美元", "level"),
    ("这一数字是十年前的三倍。", "三倍", "multiple"),  # three times another figure: no count of times
    ("出口增长了两倍。", "两倍", "change"),
    ("Brent crude closed at $84 a barrel on Friday.", "$84 a barrel", "rate"),  # a price per unit of a good
    ("Households paid 31 cents a kilowatt-hour last winter.", "31 cents a kilowatt-hour", "rate"),
    ("The spot price was $2,350 an ounce.", "$2,350 an ounce", "rate"),
    ("Diesel sold for 1.62 euros a litre in March.", "1.62 euros a litre", "rate"),
    ("Relations between the two countries improved.", "two countries", "reference"),  # points back: no figure
    ("These three nations signed the pact.", "three nations", "reference"),
    ("The men restrained the two guards on duty.", "two guards", "level"),  # guards are not named before
    ("China has ties with two countries in the region.", "two countries", "level"),
    ("A full ticket will rise to 17 euros from 15 euros.", "15 euros", "previous"),  # the earlier value after
    ("A full ticket will rise to 17 euros from 15 euros.", "17 euros", "level"),
    ("The Cubs won the series four games to three.", "four games", "score"),  # a score, no count of games
    ("The lead grew from four games to six.", "four games", "previous"),
    ("The Cubs won 103 games to top their division.", "103 games", "level"),
]


def frame_of(text: str, quote: str, vocab):
    """The frame of the claim quoted ``quote`` in ``text``."""
    return {c.text: c for c in factcheck.extract(text, vocab)}[quote].frame


@pytest.mark.parametrize("text, quote, role", CASES, ids=[c[1] for c in CASES])
def test_role(text, quote, role, vocab):
    assert frame_of(text, quote, vocab).role == role


def test_a_chinese_year_heading_a_sentence_is_its_figures_period(vocab):
    claims = {c.text: c for c in factcheck.extract("2021年，中国货物贸易进出口总值39.1万亿元。", vocab)}
    assert claims["39.1万亿元"].frame.period == ("2021-01-01", "2021-12-31")
    ranged = {c.text: c for c in factcheck.extract("2012年至2021年，累计减贫近1亿人。", vocab)}
    assert ranged["近1亿人"].frame.period == ("2012-01-01", "2021-12-31")


def test_a_chinese_claim_meets_its_english_translation(tmp_path, capsys):
    """The glossary gives a Chinese clause its verb and names in English, so discovery links the two."""
    from factcheck.cli import main

    (tmp_path / "zh.txt").write_text("截至目前，中国已同181个国家建立外交关系。\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("So far China has established diplomatic relations with 181 countries.\n",
                                     encoding="utf-8")
    assert main(["report", str(tmp_path / "zh.txt"), str(tmp_path / "en.txt"), "-o", str(tmp_path / "out"),
                 "--no-cache", "--no-default-rules", "--format", "json"]) == 0
    import json

    facts = json.loads((tmp_path / "out" / "discrepancies.json").read_text())["facts"]
    assert [sorted(c["quote"] for c in f["claims"]) for f in facts] == [["181 countries", "181个国家"]]
    assert facts[0]["verdict"] == "agree"


AGGREGATIONS = [
    ("Nearly 16,000 people have died, by the official count.", "Nearly 16,000 people", "cumulative"),
    ("So far 2,300 cases have been confirmed.", "2,300 cases", "cumulative"),
    ("The earthquake, now put at magnitude 9.1, pushed the coast east.", "9.1", "level"),  # the estimate as of now
    ("The tower has stood 330 metres tall since 1957.", "330 metres", "level"),
    ("In all, 1,198 people died.", "1,198 people", ""),
    ("The Tories won nearly 14 million votes in all.", "nearly 14 million votes", ""),
    ("Partners now number 151, up from 149 countries a year ago.", "149 countries", ""),  # dated, not yearly
    ("The plant builds 500 cars a year.", "500 cars", "flow"),
    # a clause of no verb that goes on with the one before it is told with that clause's "so far"
    ("The tour has earned $1.04 billion so far, from 60 concerts and 4.35 million tickets.", "60 concerts",
     "cumulative"),
    ("The tour has earned $1.04 billion so far, from 60 shows and 4.35 million tickets.", "4.35 million tickets",
     "cumulative"),  # ("60 shows" is a count of shows: no verb)
    ("The tour earned $1.04 billion, from 60 concerts.", "60 concerts", ""),
    ("The death toll from the floods rose to 1,136 on Tuesday.", "1,136", "cumulative"),  # a running count
    ("The city's population grew to 5 million.", "5 million", ""),  # a state, never a running total
    ("The tour has earned $1.04 billion so far, while 60 concerts were cancelled.", "60 concerts", ""),
    ("He scored twice on Sunday, taking his league tally to 25 goals in only 19 appearances.", "19 appearances",
     "cumulative"),  # a tally: a count to date
    ("Three more deaths were reported, bringing the total to 312.", "312", "cumulative"),
]


@pytest.mark.parametrize("text, quote, aggregation", AGGREGATIONS, ids=[c[1] for c in AGGREGATIONS])
def test_running_totals_are_counts_to_date_not_states_or_sums(text, quote, aggregation, vocab):
    """A perfect verb or "so far" makes a count a running total; a state (magnitude, height) never is one,
    and a sum ("in all") of one past event is no running total either."""
    assert frame_of(text, quote, vocab).aggregation == aggregation


MEASURES = [
    ("Pedestrians first crossed the 4,200-foot main span in May 1937.", "4,200-foot", "main span"),
    ("A 3-mile tunnel under the river opened in 2001.", "3-mile", "length"),  # a built thing: its length
    ("The 5,000-tonne ship sank in the storm.", "5,000-tonne", "ship"),
    ("The launch of the 111-metre Saturn V was watched by millions.", "111-metre", ""),
    ("The victory is worth $38 million in prize money.", "$38 million", "prize money"),
    ("Twelve men walked on the Moon.", "Twelve men", "walk"),  # people counted by what they did
    ("She swam on, covering about 178 km in 53 hours.", "about 178 km", "distance"),  # a length covered
    ("The fire covered 240 square miles.", "240 square miles", "area"),
    ("She swam 110 miles in 53 hours.", "110 miles", "swim"),  # an irregular past is a verb
    ("The twenty-five sailors aboard were all Indian.", "twenty-five sailors", "crew"),
    ("The deposit rate is still minus 0.75%.", "minus 0.75%", "rate"),  # an adverb between verb and figure
    ("Nearly 200 people said they saw it.", "Nearly 200 people", "people"),  # a speaker's verb says nothing
    ("The storm caused $2 billion in damages.", "$2 billion", "cost"),
    ("They paid $10 million in the first round.", "$10 million", ""),
    ("The £15.2 million library opens in May.", "£15.2 million", "cost"),  # the cost of a thing built
    ("A €15,000 bonus was paid to each player.", "€15,000", "bonus"),  # a sum itself
]


@pytest.mark.parametrize("text, quote, measure", MEASURES, ids=[c[1] for c in MEASURES])
def test_a_figure_written_as_an_adjective_measures_the_noun_after_it(text, quote, measure, vocab):
    assert frame_of(text, quote, vocab).measure == measure


CHANGES = [
    ("Revenue rose 5% in 2023.", "5%", "revenue"),  # a change of a stated year: what changed
    ("In 2022, its profit grew by 12%.", "12%", "profit"),
    ("Turnover grew 4% last year.", "4%", "revenue"),
    ("Revenue rose 5%.", "5%", ""),  # a change of no stated time may be of any day: no fact of its own
    ("Sales rose 12% last year to $4 billion.", "12%", "revenue"),  # "last year to" a figure: still last year
    ("Sales rose 5% this year to date.", "5%", ""),  # a count to date may be of any day
    ("It grew 12% in 2021.", "12%", ""),  # a pronoun names nothing
    ("Shares of Apple fell 3% in 2020.", "3%", ""),
]


@pytest.mark.parametrize("text, quote, measure", CHANGES, ids=[c[0] for c in CHANGES])
def test_a_change_of_a_stated_period_measures_the_noun_before_its_verb(text, quote, measure, vocab):
    frame = frame_of(text, quote, vocab)
    assert (frame.role, frame.measure) == ("change", measure)


TIME_SPENT = [
    ("The men came up after 69 days underground, the longest anyone has survived.", "69 days", "time underground"),
    ("They ended up spending 96 days underground.", "96 days", "time underground"),
    ("Key figures\n\nDays spent underground: 69\n", "69", "time underground"),
    ("She spent 340 days in space.", "340 days", "time in space"),
    ("He was sentenced to 10 years in prison.", "10 years", "prison sentence"),  # a sentence, not time spent
]


@pytest.mark.parametrize("text, quote, measure", TIME_SPENT, ids=[c[0] for c in TIME_SPENT])
def test_a_length_of_time_spent_in_a_place_measures_the_time_there(text, quote, measure, vocab):
    assert frame_of(text, quote, vocab).measure == measure


PEAKS = [
    ("At the busiest point of the building work, some 21,000 workers were on the site every day.",
     "some 21,000 workers"),  # a sentence opening at its peak: its figures are the maximum
    ("At the peak of the crisis, about 470,000 people were in shelters.", "about 470,000 people"),
    ("Key figures\n\nEvacuees at the peak: 470,000\n", "470,000"),  # the label says it the other way
]


@pytest.mark.parametrize("text, quote", PEAKS, ids=[c[0] for c in PEAKS])
def test_a_figure_at_the_peak_is_the_maximum(text, quote, vocab):
    assert "maximum" in frame_of(text, quote, vocab).qualifiers


def test_a_sentence_not_opening_at_its_peak_has_no_maximum(vocab):
    frame = frame_of("Some 12,000 workers were on the site each day, and the tower reached its peak in 2009.",
                     "Some 12,000 workers", vocab)
    assert "maximum" not in frame.qualifiers


@pytest.mark.parametrize("text, quote, entities", [
    ("In Liberia, 4,809 people died.", "4,809 people", ("liberia",)),
    ("In Sierra Leone, where infections are rising fastest, 1,200 people have died.", "1,200 people",
     ("sierra leone",)),
    ("In March, 4,809 people died.", "4,809 people", ()),  # a month is no place
    ("In the first round, 45 players won.", "45 players", ()),
])
def test_a_sentence_opening_with_a_place_names_it_for_its_figures(text, quote, entities, vocab):
    assert frame_of(text, quote, vocab).entities == entities


@pytest.mark.parametrize("text, quote, time", [
    ("Organisers now put the budget at 1.64 trillion yen.", "1.64 trillion yen", "now"),
    ("The firm currently employs 5,000 people.", "5,000 people", "currently"),
    ("Two years from now the line will carry 50,000 people.", "50,000 people", ""),  # the future, not now
    ("The dispute has gone on since 1990, and until now 12 talks have failed.", "12 talks", "since 1990"),
])
def test_now_before_a_figures_verb_is_the_documents_date(text, quote, time, vocab):
    assert frame_of(text, quote, vocab).time == time


@pytest.mark.parametrize("text, quote", [
    ("The emirate is within reach of its target of 25 million annual visitors.", "25 million annual visitors"),
    ("Officials hope to reach the goal of attracting 23 million to 25 million visitors a year.",
     "23 million to 25 million visitors"),
    ("It fell short of the 20 million it had aimed for.", "20 million"),
    ("The company plans to build 1.8 million cars.", "1.8 million cars"),
    # what a plan or a permit allowed is no outcome ("approved for five storeys" beside "the nine-storey block")
    ("The block had been approved for five storeys before three more were added.", "five storeys"),
    ("The arena was designed to hold 18,000 spectators.", "18,000 spectators"),
])
def test_a_target_or_an_aim_is_a_forecast(text, quote, vocab):
    assert "forecast" in frame_of(text, quote, vocab).qualifiers


def test_it_after_a_sentence_naming_an_earlier_one_tells_of_that_one(vocab):
    text = "Older residents remember the previous flood here, in 1953. It lasted nine days and drowned the fields."
    assert "previous" in frame_of(text, "nine days", vocab).qualifiers
    text = "The flood reached the town in March. It lasted nine days and drowned the fields."
    assert "previous" not in frame_of(text, "nine days", vocab).qualifiers


def test_the_outcome_after_a_plans_figure_is_no_forecast(vocab):
    text = "The arena was designed to hold 18,000 spectators but crowds of 21,500 packed it for the final."
    assert "forecast" not in frame_of(text, "21,500", vocab).qualifiers


@pytest.mark.parametrize("text, quote, measure", [
    ("The 1.8 kg rotorcraft has flown four times. On its first flight, on April 19, it climbed about 10 feet, "
     "hovered and set down again.", "April 19", "first flight"),  # (not the landing of "set down")
    ("The ship sank fast. The sinking, on 7 May 1916, helped bring America into the war.", "7 May 1916", "sinking"),
    ("Its rotor blades had been damaged during a landing on its 72nd flight on Jan. 18.", "Jan. 18", "72nd flight"),
])
def test_the_event_a_date_is_of(text, quote, measure, vocab):
    assert frame_of(text, quote, vocab).measure == measure


@pytest.mark.parametrize("text, quote, qualifier", [
    ("The Smithsonian expects the museum to draw about 3.5 million visitors a year.", "about 3.5 million visitors",
     "forecast"),
    ("That record, 34 goals, is shared by two players.", "34 goals", "previous"),
    ("The previous post-war peak, 10.8%, was reached at the end of 1982.", "10.8%", "previous"),
])
def test_expectations_and_earlier_records(text, quote, qualifier, vocab):
    assert qualifier in frame_of(text, quote, vocab).qualifiers


def test_a_year_ago_after_since_is_when_a_count_began():
    claim = next(c for c in factcheck.extract("Nearly 3 million people have visited the museum since it opened a "
                                              "year ago.") if c.text == "Nearly 3 million people")
    assert (claim.frame.time, claim.frame.aggregation) == ("", "cumulative")


def test_a_label_of_a_sum_of_named_parts_says_which(vocab):
    """"Cost of development and launch" beside "Estimated cost of operations": two parts, never the whole cost."""
    text = "FACTS\n\nCost of development and launch: $2.4 billion\nEstimated cost of operations: $300 million\n"
    assert frame_of(text, "$2.4 billion", vocab).qualifiers == ("of development and launch",)


@pytest.mark.parametrize("text, quote, measure", [
    ("It killed 301 miners, the worst mining disaster in the country.", "301 miners", "deaths"),
    ("The blast injured at least 162 workers.", "at least 162 workers", "injured"),
    ("They evacuated over 5,200 Chinese.", "over 5,200 Chinese", "evacuees"),
    ("More than 800 miners were underground when the fire broke out.", "More than 800 miners", "miner"),
])
def test_a_count_of_people_a_harm_befell_measures_the_harm(text, quote, measure, vocab):
    assert frame_of(text, quote, vocab).measure == measure


@pytest.mark.parametrize("text, quote", [
    ("Construction began in 2006, with an opening planned for October 2011.", "October 2011"),
    ("The opening was later postponed to 3 June 2012.", "3 June 2012"),
    ("It opened eight years after the grand opening of June 3, 2012 was called off.", "June 3, 2012"),
])
def test_a_date_an_event_was_planned_for_is_no_date_it_happened(text, quote, vocab):
    assert "planned" in frame_of(text, quote, vocab).qualifiers


@pytest.mark.parametrize("text, quote, year", [
    ("Three years ago it won 77 seats.", "77 seats", 2019),
    ("Two decades ago the village had 4,000 residents.", "4,000 residents", 2002),
    ("The beams came from some 1,300 oaks felled eight centuries ago.", "some 1,300 oaks", 1222),
])
def test_so_many_years_ago_is_a_year_before_the_documents(text, quote, year):
    from factcheck.extractor.periods import resolve
    claim = next(c for c in factcheck.extract(text) if c.text == quote)
    assert resolve(claim.frame, "2022-05-25").period == (f"{year}-01-01", f"{year}-12-31")


@pytest.mark.parametrize("text, quote, measure", [
    ("The panels were fitted during a £9 million refurbishment completed in 2015.", "2015", "refurbishment"),
    ("The restoration was finished in December 2024.", "December 2024", "restoration"),
    ("The tower was completed in 1974.", "1974", "completion"),  # the thing's own completion
    ("The station was completed in 1890.", "1890", "completion"),
    ("Construction was completed in May 2010.", "May 2010", "completion"),  # building it is completing it
])
def test_works_done_to_a_thing_are_dated_apart_from_its_completion(vocab, text, quote, measure):
    assert frame_of(text, quote, vocab).measure == measure


@pytest.mark.parametrize("text, quote, entities", [
    ("South of the border, Portland, Oregon, reached 116F (46.7C) on Monday and Seattle 108F.", "116F",
     ("portland",)),  # a place and its region before the clause; Seattle is the next figure's
    ("The village of Lytton, British Columbia, reached 49.6 °C.", "49.6 °C", ("lytton",)),
])
def test_the_place_of_a_figure_told_in_commas_before_it(text, quote, entities, vocab):
    assert frame_of(text, quote, vocab).entities == entities


@pytest.mark.parametrize("text, quote, entities", [
    ("Chief executive Lena Voss called the 842 million euros in revenue a record.", "842 million euros", ()),
    ("Foreign Minister Qin Gang told reporters that 181 countries had signed.", "181 countries", ()),
    ("Ann Price, the council leader, said 3,200 people walked across.", "3,200 people", ()),
    ("Mayor Karen Bass said Pacific Palisades lost 6,800 structures.", "6,800 structures",
     ("pacific palisades",)),  # the place stays; the mayor who speaks goes
    ("Boeing said it delivered 528 jets.", "528 jets", ("boeing",)),  # an organisation reporting its own figure
    ("General Motors said it sold 2.9 million vehicles.", "2.9 million vehicles", ("general motors",)),
    ("Coach Dana Ruiz won 300 games in Ohio.", "300 games", ("coach dana ruiz", "ohio")),  # no verb of saying
])
def test_a_person_who_speaks_is_no_name_of_the_figure(text, quote, entities, vocab):
    assert frame_of(text, quote, vocab).entities == entities


@pytest.mark.parametrize("text, quote, entities", [
    ("ADDIS ABABA, March 10, 2019 (Wire) — An airliner crashed, killing all 157 people on board.", "157 people", ()),
    ("GENEVA (Reuters) - The outbreak has killed 4,922 people.", "4,922 people", ()),
    ("LONDON, Dec 13 (Wire) — The Conservatives won 365 seats.", "365 seats", ("conservatives",)),
    ("Rain fell all day.\nNEW YORK — Apple sold 10 million phones in Brazil.", "10 million phones",
     ("apple", "brazil")),
])
def test_a_datelines_place_is_no_name_of_the_figures(text, quote, entities, vocab):
    assert frame_of(text, quote, vocab).entities == entities


@pytest.mark.parametrize("text, quote, entities", [
    ("Sergio Pérez won 2 races in São Paulo.", "2 races", ("sergio pérez", "são paulo")),  # letters of any alphabet
    ("Sergio Pérez: 2 wins, 285 points, second in the championship", "285 points", ("sergio pérez",)),  # the line's
    ("Leicester: 81 points, 23 wins", "23 wins", ("leicester",)),
    ("Dose: 30 micrograms, two doses 21 days apart", "two doses", ()),  # a common noun, no name
    ("Verstappen points: 575", "575", ("verstappen",)),  # a word no dictionary knows opens the label: a name
    ("Annual revenue: $5 billion", "$5 billion", ()),  # a label's own capital
])
def test_a_line_opening_with_a_name_is_of_that_name(text, quote, entities, vocab):
    assert frame_of(text, quote, vocab).entities == entities


def test_a_tally_of_points_is_a_level_and_a_margin_a_change(vocab):
    text = "They ended on 81 points, a full 10 points clear."
    assert (frame_of(text, "81 points", vocab).role, frame_of(text, "10 points", vocab).role) == ("level", "change")
    assert frame_of("The index fell 300 points.", "300 points", vocab).role == "change"
    assert frame_of("He finished 3.2 seconds ahead of the champion.", "3.2 seconds", vocab).role == "change"


@pytest.mark.parametrize("text, quote, measure, subject", [
    ("Undersea tunnel: 6.7 km", "6.7 km", "length", "tunnel"),  # a built thing's label and a length: its length
    ("Link road: 12 km", "12 km", "length", "road"),
    ("Tallest pier (P2): 245 m", "245 m", "tallest pier", ""),  # a superlative names its own property
])
def test_a_labelled_built_things_length(text, quote, measure, subject, vocab):
    frame = frame_of(text, quote, vocab)
    assert (frame.measure, frame.subject) == (measure, subject)


def test_a_length_before_a_built_thing_is_its_length(vocab):
    frame = frame_of("The road dips into the 6.7km tunnel under the shipping lane.", "6.7km", vocab)
    assert (frame.measure, frame.subject) == ("length", "tunnel")


def test_a_date_of_an_act_named_after_a_preposition_is_that_acts(vocab):
    text = "One body was recovered after the government's first statement on 18 January."
    assert frame_of(text, "18 January", vocab).measure == "statement"
    assert frame_of("Equifax discovered the intrusion on July 29.", "July 29", vocab).measure == "discovery"


@pytest.mark.parametrize("text, quote", [
    ("Sample mass requirement: 60 g", "60 g"),
    ("Visitor target: 25 million", "25 million"),
    ("Planned mission length: 14 days", "14 days"),
])
def test_a_labels_target_or_requirement_is_an_expectation(text, quote, vocab):
    assert "forecast" in frame_of(text, quote, vocab).qualifiers


def test_a_certified_capacity_is_no_count_of_those_aboard(vocab):
    frame = frame_of("The ferry was certified to carry 580 passengers and crew.", "580 passengers", vocab)
    assert "forecast" in frame.qualifiers  # what it was allowed to carry, never what it carried
    survivors = frame_of("It capsized, killing 1,863 people; only 64 of those aboard survived.", "64", vocab)
    assert survivors.measure == "survivors"  # (it was the people aboard)


@pytest.mark.parametrize("text, quote, qualifier", [
    ("The mission only had to bring back 60 grams.", "60 grams", "forecast"),  # a requirement, not the outcome
    ("Each team was required to collect 500 samples.", "500 samples", "forecast"),
    ("Curators at first weighed 70.3 grams.", "70.3 grams", "previous"),  # a first value, since changed
    ("The project was originally budgeted at $6.07 billion.", "$6.07 billion", "previous"),
    ("The toll was initially put at 200.", "200", "previous"),
])
def test_a_requirement_or_a_first_value_is_no_outcome(text, quote, qualifier, vocab):
    assert qualifier in frame_of(text, quote, vocab).qualifiers


def test_a_sum_more_than_another_is_a_margin(vocab):
    text = "The line cost $7.27 billion, $1.2 billion more than its original budget."
    assert frame_of(text, "$1.2 billion", vocab).role == "change"
    assert frame_of(text, "$7.27 billion", vocab).role == "level"


@pytest.mark.parametrize("text, quote, qualifier", [
    ("Visitors to pre-sale exhibitions: 27,000", "27,000", "of exhibition"),  # those of the exhibitions only
    ("Opened to traffic: 16 December 2004", "16 December 2004", None),  # no thing: a verb's "to"
    ("Confirmed deaths to date: 15,899", "15,899", None),  # a time
])
def test_a_labels_to_phrase_names_what_its_count_is_of(text, quote, qualifier, vocab):
    subjects = [q for q in frame_of(text, quote, vocab).qualifiers if q.startswith("of ")]
    assert subjects == ([qualifier] if qualifier else [])


def test_a_part_of_them_is_narrowed_as_they_were(vocab):
    for text, who in (("Health workers paid dearly: 881 were infected and 315 of them died.", "health worker"),
                      ("In the clinic 881 health workers were infected and 315 of them died.", "worker")):
        frame = frame_of(text, "315", vocab)
        assert (frame.measure, who in frame.qualifiers) == ("deaths", True)  # never all the deaths
    whole = frame_of("Some 2,224 people were aboard and 1,517 of them died.", "1,517", vocab)
    assert (whole.measure, whole.qualifiers) == ("deaths", ())  # all the deaths: those aboard were all there was
    place = frame_of("The virus infected more than 28,600 people across West Africa, and more than 10,000 of them "
                     "died.", "more than 10,000", vocab)
    assert place.qualifiers == ()  # the deaths across West Africa: all of them, as a source of no place says


@pytest.mark.parametrize("text, quote, measure", [
    ("The deaths left more than 400 children without a father.", "more than 400 children", "child"),
    ("The death toll rose to 400 people.", "400 people", "deaths"),
    ("The quake left 200 people dead.", "200 people", "deaths"),
])
def test_people_counted_after_a_verb_of_no_measure_are_not_its_subjects_measure(text, quote, measure, vocab):
    assert frame_of(text, quote, vocab).measure == measure


def test_a_names_possessive_is_no_month(vocab):
    assert frame_of("Theresa May's government won 318 seats.", "318 seats", vocab).time == ""
    assert frame_of("In April's report, the rate was 14.7%.", "14.7%", vocab).time == "In April"


def test_a_month_right_after_a_figure_is_its_own(vocab):
    text = "It rose to 3.25% in September and 4.25% in December 2022."
    frame = frame_of(text, "4.25%", vocab)
    assert (frame.time, frame.period, frame.qualifiers) == ("in December 2022", ("2022-12-01", "2022-12-31"), ())


def test_a_months_own_figure_is_of_that_month(vocab):
    text = "The jobless rate is well below April's peak of 14.7% but far above the 3.6% recorded in February."
    assert (frame_of(text, "14.7%", vocab).time, frame_of(text, "3.6%", vocab).time) == ("April's", "in February")


def test_a_figure_an_exit_poll_shows_is_a_forecast(vocab):
    text = "When the exit poll flashed up at 10 p.m. showing the Tories on 368 seats, the room went silent."
    assert "forecast" in frame_of(text, "368 seats", vocab).qualifiers
    assert "forecast" not in frame_of("The Conservatives won 365 seats.", "365 seats", vocab).qualifiers


@pytest.mark.parametrize("text, quote, verb", [
    ("The tallest mast tops out at 1,125 feet.", "1,125 feet", "top"),
    ("Everest stands 8,849 metres above sea level.", "8,849 metres", "stand"),
    ("The tower rises 828 metres.", "828 metres", "rise"),
])
def test_verbs_of_a_height(text, quote, verb, vocab):
    assert frame_of(text, quote, vocab).predicate == verb


HEIGHTS_AND_PARTS = [
    ("Its roadway runs 270 metres above the river.", "270 metres", "height"),  # "above" right after: a height
    ("The roadway runs more than 1,000 feet above the river.", "more than 1,000 feet", "height"),
    ("Everest stands 8,849 metres above sea level.", "8,849 metres", "height"),
    ("The bridge runs 2,460 metres across the valley.", "2,460 metres", "length"),
    ("For about 1.5 miles we were literally above the clouds.", "about 1.5 miles", ""),  # not right after it
    ("The resident population grew to 4.18 million.", "4.18 million", "resident population"),  # a part's
    ("The urban population reached 3 million.", "3 million", "urban population"),
    ("The total population had fallen to 5.45 million.", "5.45 million", "population"),
]


@pytest.mark.parametrize("text, quote, measure", HEIGHTS_AND_PARTS, ids=[c[0] for c in HEIGHTS_AND_PARTS])
def test_heights_above_a_place_and_measures_of_a_part(text, quote, measure, vocab):
    assert frame_of(text, quote, vocab).measure == measure


def test_a_part_of_a_state_is_no_running_total(vocab):
    assert frame_of("The resident population grew to 4.18 million.", "4.18 million", vocab).aggregation == ""


PERIODS = [
    ("Northwind reported revenue of €842 million for 2023.", "€842 million", ("2023-01-01", "2023-12-31")),
    ("The firm made a loss of $5 million for the year 2022.", "$5 million", ("2022-01-01", "2022-12-31")),
    ("Revenue for 2021 was $3 billion.", "$3 billion", ("2021-01-01", "2021-12-31")),
    ("The team scored 12 goals for 2021 members.", "12 goals", None),  # "for" a year's noun: no period
    # a clause of no figure dating an event, then a figure in a clause of its own: the figure has no period
    ("Excavation began in January 2004, and some 12,000 workers were on the site each day.", "some 12,000 workers",
     None),
    ("Revenue rose 5% in 2023, and profit fell 3%.", "3%", ("2023-01-01", "2023-12-31")),  # the year of both
    ("In 2004, the dig began, and 12,000 workers came.", "12,000 workers", ("2004-01-01", "2004-12-31")),
    # the year of a figure another is compared with is that figure's only
    ("Its revenue rose to $81.5 billion from $53.8 billion in 2021.", "$81.5 billion", None),
    ("Its revenue rose to $81.5 billion from $53.8 billion in 2021.", "$53.8 billion", ("2021-01-01", "2021-12-31")),
    ("In 2022 the company delivered 1,313,851 vehicles, against 936,222 in 2021, and produced 1,369,611.",
     "1,369,611", ("2022-01-01", "2022-12-31")),
    ("Sales were $5 billion in 2021, and profit was $1 billion.", "$1 billion", ("2021-01-01", "2021-12-31")),
    # when a thing was founded is no period of what it has done since
    ("The company founded in 2003 has now built more than 3 million cars.", "more than 3 million cars", None),
    ("The company was founded in 2003 with 12 employees.", "12 employees", ("2003-01-01", "2003-12-31")),
]


@pytest.mark.parametrize("text, quote, period", PERIODS, ids=[c[0] for c in PERIODS])
def test_the_period_a_figure_is_stated_for(text, quote, period, vocab):
    assert frame_of(text, quote, vocab).period == period


def test_since_a_clause_ending_in_a_year_counts_from_that_year(vocab):
    text = "More than 300 people have died on Everest since climbers first reached the top in 1953."
    frame = frame_of(text, "More than 300 people", vocab)
    assert (frame.aggregation, frame.period[0]) == ("cumulative", "1953-01-01")


def test_a_demonym_and_a_nickname_stand_for_their_names(vocab):
    claims = {c.text: c for c in factcheck.extract(
        "The victory is worth $38 million to the French federation. The Tories won 365 seats.", vocab)}
    assert claims["$38 million"].frame.entities == ("france",)
    assert claims["365 seats"].frame.entities == ("conservative",)


SUBJECTS = [
    ("The main dam is 185 metres tall.", "185 metres", "dam"),
    ("Floods killed 100 people in the north.", "100 people", "flood"),
    ("The bridge's repairs cost $12 million.", "$12 million", "repair"),
    ("The liner carried about 1,960 passengers and crew.", "about 1,960 passengers", "ship"),
    ("Membership of the organisation has grown to 193 states.", "193 states", "organisation"),
    ("The union now has 193 member states.", "193 member states", "union"),
    ("Officials said 50 people died.", "50 people", ""),
    ("China has established diplomatic relations with 181 countries.", "181 countries", ""),
    ("The population of China is 1.4 billion.", "1.4 billion", ""),
    ("The death toll rose to 50.", "50", ""),
    ("The project cost about $35 million.", "about $35 million", ""),
    ("There were 412 passengers on board.", "412 passengers", ""),
    ("It was 787 feet long.", "787 feet", ""),
    ("The Greens won 14 seats.", "14 seats", ""),
    ("The winning shaft, known as Plan B, was 624 metres deep.", "624 metres", "shaft"),
    ("The bridge, which opened in 1937, is 2.7 km long.", "2.7 km", "bridge"),
    ("Depth of the rescue shaft: 622 m", "622 m", "shaft"),
    ("Depth of the refuge below the surface: 688 m", "688 m", "refuge"),
    ("Number of deaths: 50", "50", ""),
    ("A week ago, 300 people were evacuated.", "300 people", ""),
    ("Rescue teams working in the valley found 50 bodies.", "50 bodies", "team"),
    ("Last month a volcano in Chile that is 3,200 metres tall began to erupt.", "3,200 metres", "volcano"),
    ("The dam, which is 185 metres tall, was finished in 2009.", "185 metres", "dam"),
    ("Officials who toured the site said 50 people died.", "50 people", ""),
    ("Crowds queue daily, and the glass pyramid itself opened in 1989.", "1989", "pyramid"),
]


@pytest.mark.parametrize("text, quote, subject", SUBJECTS, ids=[c[0][:30] for c in SUBJECTS])
def test_a_figures_subject_is_the_common_noun_it_belongs_to(text, quote, subject, vocab):
    assert frame_of(text, quote, vocab).subject == subject


CHINESE_MEASURES = [
    ("这次地震造成至少120人死亡，近300人受伤。", "至少120人", "deaths"),
    ("这次地震造成至少120人死亡，近300人受伤。", "近300人", "injured"),
    ("事故造成3人死亡、5人受伤、2人失踪。", "2人", "missing"),
    ("已有2000多人获救。", "2000多人", "survivors"),
]


@pytest.mark.parametrize("text, quote, measure", CHINESE_MEASURES, ids=[c[1] for c in CHINESE_MEASURES])
def test_a_chinese_verb_after_people_names_what_is_counted(text, quote, measure, vocab):
    """120人死亡 counts deaths, 300人受伤 the injured: never one count of people."""
    assert frame_of(text, quote, vocab).measure == measure


def test_a_year_that_dates_another_figure_is_no_event_of_its_own(vocab):
    text = "Seventeen climbers died during the 2023 season."
    assert frame_of(text, "Seventeen climbers", vocab).period == ("2023-01-01", "2023-12-31")
    assert frame_of(text, "2023", vocab).measure == ""
    # a year a flow of its clause is counted over: the deaths of a year, not a day they died on
    assert frame_of("Seventeen climbers died in 2023, the worst toll in years.", "2023", vocab).measure == ""


@pytest.mark.parametrize("text, quote, event", [
    ("In 2020 the utility pleaded guilty to 84 counts of manslaughter.", "2020", "plead"),
    ("The fire was out by May, and on 3 June the company settled with the town.", "3 June", "settle"),
])
def test_a_date_opening_its_clause_dates_the_verb_after_it(vocab, text, quote, event):
    """"In 2020 the utility pleaded guilty to 84 counts": 2020 dates the plea although it is the counts' time too."""
    assert frame_of(text, quote, vocab).measure == event


@pytest.mark.parametrize("text, quote, measure", [
    ("The ship, with a gross tonnage of 219,079, was built in Korea.", "219,079", "gross tonnage"),
    ("The city has a population of 1.4 million.", "1.4 million", "population"),
    ("The new stadium has a capacity of 60,000.", "60,000", "capacity"),
    ("Organisers expected a total of 35.", "35", ""),
    ("A team of 35 people supported the swimmer.", "35 people", "team"),
    ("The party won an 80-seat majority.", "80-seat", "majority"),  # a majority counted in seats
])
def test_a_bare_count_measures_the_noun_it_is_of(vocab, text, quote, measure):
    """"a population of 1.4 million" measures the population; "a total of 35" names nothing."""
    assert frame_of(text, quote, vocab).measure == measure


@pytest.mark.parametrize("text, quote, measure", [
    ("Police arrested a 35-year-old man on Friday.", "35-year-old", "man age"),
    ("She was 64 years old when she landed.", "64 years old", "age"),
])
def test_years_old_is_an_age_of_whom_it_says(vocab, text, quote, measure):
    assert frame_of(text, quote, vocab).measure == measure


def test_a_possessive_ends_a_name_and_a_weekday_is_none(vocab):
    text = "Boris Johnson's Conservatives won a majority of 80 in Thursday's election."
    assert frame_of(text, "80", vocab).entities == ("boris johnson", "conservatives")


def test_the_day_results_showed_is_no_narrowing(vocab):
    text = "The party won a majority of 80 in the election, final results showed on Friday."
    assert frame_of(text, "80", vocab).qualifiers == ()


def test_an_aside_after_the_opening_noun_is_said_of_it(vocab):
    assert frame_of("The canal, 193 km long, earned $5.6 billion.", "193 km", vocab).subject == "canal"


def test_an_opening_date_dates_the_event_a_verb_phrase_names(vocab):
    text = "On 19 September 2017, Hurricane Maria came ashore in Puerto Rico."
    assert frame_of(text, "19 September 2017", vocab).measure == "landfall"


def test_may_the_month_is_no_modal(vocab):
    assert frame_of("On 5 May, the death toll rose to 50.", "5 May", vocab).predicate != "the"


def test_the_end_of_a_month_is_no_event(vocab):
    text = "By the end of September 2007, Apple had sold 1,389,000 iPhones."
    assert frame_of(text, "September 2007", vocab).measure == ""


def test_a_bare_count_is_what_the_verb_right_after_it_says(vocab):
    text = "Eleven of the 126 workers on board were killed and 16 were injured."
    assert frame_of(text, "16", vocab).measure == "injured"


@pytest.mark.parametrize("text, quote, which", [
    ("The first 60 concerts took place in 2023.", "60 concerts", "first"),
    ("Talks continue over the remaining 45 hostages.", "45 hostages", "remaining"),
    ("The top 10 firms hold most of the market.", "10 firms", "top"),
])
def test_which_ones_of_their_kind_a_count_counts(vocab, text, quote, which):
    """"the first 60 shows" are some of the tour's shows, never a count of all of them."""
    assert which in frame_of(text, quote, vocab).qualifiers
    assert frame_of(text.replace(f"{which} ", ""), quote, vocab).qualifiers == ()


def test_some_of_the_injured_are_a_part(vocab):
    assert "part of them" in frame_of("Officials said 36 of the injured were critical.", "36", vocab).qualifiers


def test_the_busiest_day_is_a_maximum(vocab):
    text = "On the busiest days more than 40,000 people pass through."
    assert "maximum" in frame_of(text, "more than 40,000 people", vocab).qualifiers


def test_a_name_opening_a_joined_clause_names_its_figures(vocab):
    text = "Turnout fell in most regions, and Bavaria, the largest state, has 9.4 million voters."
    assert frame_of(text, "9.4 million voters", vocab).entities == ("bavaria",)


def test_a_wage_per_hour_reads_its_period_however_written(vocab):
    for text, quote in (("Carers earn $15 per hour.", "$15"), ("Carers earn $15/hour.", "$15"),
                        ("Carers earn £9 an hour.", "£9")):
        frame = frame_of(text, quote, vocab)
        assert (frame.role, frame.qualifiers) == ("rate", ("per hour",)), text


def test_a_price_per_a_hyphenated_unit_is_per_that_unit(vocab):
    (price,) = factcheck.extract("Power costs 12 cents a kilowatt-hour.", vocab)
    assert (price.text, price.unit, price.frame.role) == ("12 cents a kilowatt-hour", "USD / kilowatt_hour", "rate")
    (same,) = factcheck.extract("Power costs 12 cents per kWh.", vocab)
    assert same.unit == price.unit


def test_a_year_after_a_figure_in_its_clause_is_its_time(vocab):
    text = "In 2023, sales rose to $31.6 billion, compared with $29.7 billion in 2022."
    assert frame_of(text, "$29.7 billion", vocab).period == ("2022-01-01", "2022-12-31")
    assert frame_of(text, "$31.6 billion", vocab).period == ("2023-01-01", "2023-12-31")


def test_up_from_states_the_earlier_value(vocab):
    assert frame_of("The firm now has 5,000 staff, up from 4,100.", "4,100", vocab).role == "previous"


def test_each_figure_of_a_change_takes_the_year_written_after_it(vocab):
    text = "Visitors rose from 8.1 million in 2017 to 10.2 million in 2018."
    earlier, later = frame_of(text, "8.1 million", vocab), frame_of(text, "10.2 million", vocab)
    assert (earlier.role, earlier.period) == ("previous", ("2017-01-01", "2017-12-31"))
    assert (later.role, later.period) == ("level", ("2018-01-01", "2018-12-31"))
    price = frame_of("Prices rose from $5 in 2019 to $7.", "$7", vocab)  # (2019 is the $5's year)
    assert (price.role, price.period) == ("level", None)


def test_an_earlier_value_takes_no_period_from_the_new_figures_sentence(vocab):
    text = "In 2018 visitors rose 25% from 8.1 million."
    earlier = frame_of(text, "8.1 million", vocab)
    assert (earlier.role, earlier.period) == ("previous", None)
    assert frame_of(text, "25%", vocab).period == ("2018-01-01", "2018-12-31")
    assert frame_of("Profit fell 10% from $5 million.", "$5 million", vocab).role == "previous"
    assert frame_of("Around 1,200 people from 40 countries attended.", "40 countries", vocab).role == "level"


MEASURES = [  # (why, text, quote, measure)
    ("a property after figures names the one before it", "They shelter in a refuge about 700 metres below ground.",
     "about 700 metres", "depth"),
    ("... never the one after it", "It trapped 33 men 700 metres underground and about 5 kilometres from the entrance.",
     "about 5 kilometres", ""),
    ("... nor one after 'and'", "The mine is 700 metres deep and 5 km long.", "5 km", "length"),
    ("a date alone in its clause dates its sentence's verb",
     "The miners were found alive 17 days later, on 22 August 2010, when a drill broke through.", "22 August 2010",
     "discovery"),
    ("a dateline dates no event", "BERLIN, Sept. 16, 2018 (Wire) — Kipchoge won the marathon on Sunday.",
     "Sept. 16, 2018", ""),
    ("a label's 'Date of X' dates X", "Date of the theft: 18 March 1990", "18 March 1990", "theft"),
    ("a conversion after ', or'", "The tower is 330 metres tall, or about 1,083 feet.", "about 1,083 feet", "height"),
    ("a conversion after a phrase and ', or'", "The deck clears the water by 220 feet at high tide, or around "
     "67 metres.", "around 67 metres", "clearance"),
    ("a hedged conversion after a comma", "They brought back 21.5 kilograms of rock, close to 47 pounds.",
     "close to 47 pounds", "rock"),
    ("a conversion in brackets", "Gusts reached 120 mph (193 km/h) on the coast.", "193 km/h", "gust"),
    ("'or' between two properties is no conversion", "The lake is 5 km long or 3 km wide.", "3 km", "width"),
    ("'weighed' names a weight", "The probe weighed 478 kg.", "478 kg", "weight"),
    ("'mass' names a weight", "Launch mass: 478 kg", "478 kg", "weight"),
    ("a unit of one dimension names it", "By noon the sea had warmed to 29 degrees Celsius.", "29 degrees Celsius",
     "temperature"),
    ("a speed may be of anything", "It sped away at 58,536 km/h.", "58,536 km/h", ""),
    ("a span taken to do something", "It took two years to find the wreck.", "two years", "time to find"),
    ("a determiner, the sum, its noun", "He also earns a €15,000 bonus for the record.", "€15,000", "bonus"),
    ("... before the verb", "The $3.9 billion budget was approved.", "$3.9 billion", "budget"),
    ("who does it names what is done", "Starters: 44,389", "44,389", "start"),
    ("... as the verb does", "More than 44,000 runners had started.", "More than 44,000 runners", "start"),
    ("a storey is a floor", "The tower has 163 storeys.", "163 storeys", "floor"),
    ("a noun left out is the one before", "In 2022 the museum counted 7.8 million visitors, and in 2019 it had "
     "9.8 million.", "9.8 million", "visitors"),
    ("... never after 'of', where the noun it is of names it", "The city has 2 million residents and a budget of "
     "3 million.", "3 million", "budget"),
    ("a date in commas after its event", "The sinking, on 7 May 1916, shocked America.", "7 May 1916", "sinking"),
    ("standing on the summit is an ascent", "Hillary and Tenzing first stood on the summit on 29 May 1953.",
     "29 May 1953", "ascent"),
    ("a part 'of them' does what the verb after it says, not the verb before", "In the clinic 881 patients "
     "were infected and 315 of them died.", "315", "deaths"),
    ("... after 'of whom'", "Of the crew, 40 were hurt and 12 of whom later died.", "12", "deaths"),
    ("a sum as an adjective before a built thing is its cost", "The £6.2 million brewhouse opened in May.",
     "£6.2 million", "cost"),
]


@pytest.mark.parametrize("why, text, quote, measure", MEASURES, ids=[m[0] for m in MEASURES])
def test_what_a_figure_measures(why, text, quote, measure, vocab):
    assert frame_of(text, quote, vocab).measure == measure


def test_a_common_noun_opening_a_sentence_is_no_name(vocab):
    assert frame_of("Construction starts on 3 March 2025.", "3 March 2025", vocab).entities == ()
    assert frame_of("Liberia recorded 4,809 deaths.", "4,809 deaths", vocab).entities == ("liberia",)


def test_the_day_a_state_was_decided_does_not_narrow_it(vocab):
    frame = frame_of("The council approved a budget of $4.2 billion on Tuesday.", "$4.2 billion", vocab)
    assert frame.measure == "budget" and frame.qualifiers == ()


def test_the_day_a_figure_was_reported_does_not_narrow_it(vocab):
    text = "The firm reported quarterly revenue of $89.5 billion on Thursday."
    assert "on thursday" not in frame_of(text, "$89.5 billion", vocab).qualifiers
    assert "on monday" in frame_of("A bomb killed 50 people on Monday.", "50 people", vocab).qualifiers


def test_a_list_of_names_with_figures_carries_the_first_figures_measure(vocab):
    text = "Liberia was hardest hit, with 4,809 deaths, followed by Sierra Leone with 3,596 and Guinea with 2,543."
    assert (frame_of(text, "3,596", vocab).measure, frame_of(text, "3,596", vocab).entities) == ("deaths", ("sierra leone",))
    assert frame_of(text, "2,543", vocab).entities == ("guinea",)


PREDICATES = [
    ("The Greens won 118 seats.", "118 seats", "win"),  # "won" is also a currency: read as a verb here
    ("Prices rose 4% in May.", "4%", "rise"),
    ("The storm left 3,000 people homeless.", "3,000 people", "leave"),
    ("The party lost 48 seats.", "48 seats", "lose"),
]


@pytest.mark.parametrize("text, quote, predicate", PREDICATES, ids=[c[0] for c in PREDICATES])
def test_an_irregular_past_is_read_as_its_verb(text, quote, predicate, vocab):
    assert frame_of(text, quote, vocab).predicate == predicate


def test_a_short_name_in_brackets_after_the_opening_name_is_a_name_too(vocab):
    text = "The Social Democratic Party (SPD) became the largest party, winning 206 seats."
    assert frame_of(text, "206 seats", vocab).entities == ("social democratic party", "spd")


CLAUSE_TIMES = [  # (sentence, figure, the time phrase its frame holds)
    ("China, which took over the seat in 1971, now has ties with 183 countries.", "183 countries", "now"),
    ("It is the plan Xi proposed in 2013, under which China has signed pacts with 150 countries.",
     "150 countries", ""),
    ("We read that he made four trips in 2023, that the railway runs 1,035 km, and more.", "1,035 km", ""),
    ("The fund, launched in 2021, has been joined by more than 100 countries.", "more than 100 countries", ""),
    ("In 2022 the firm had revenue of $31.6 billion, compared with $29.7 billion in 2021, and spent $16.7 billion.",
     "$16.7 billion", "In 2022"),  # the aside's year is the aside's; the opening year is the sentence's
    ("Since 2013, China has signed 200 documents, which cover 150 countries.", "150 countries", "Since 2013"),
    ("China's exports rose 5% in 2021, reaching $3.36 trillion.", "$3.36 trillion", "in 2021"),
]


@pytest.mark.parametrize("text, quote, time", CLAUSE_TIMES, ids=[c[1] for c in CLAUSE_TIMES])
def test_a_time_phrase_of_a_clause_that_closes_before_a_figure_is_not_its_time(text, quote, time, vocab):
    assert frame_of(text, quote, vocab).time == time


LABEL_NAMES = [  # a fact-sheet label that opens with a name: the name is the figure's, the rest its measure
    ("* Belt and Road partners: 149 countries", "149 countries", ("belt and road",), ()),
    ("Hong Kong visitors: 5,000", "5,000", ("hong kong",), ()),
    ("Total net sales: $383 billion", "$383 billion", (), ()),  # one capital: the label's own
    ("SPD: 25.7% (206 seats)", "206 seats", ("spd",), ()),  # a bracket restating the labelled thing
    ("Total Apollo crew: 3", "3", (), ("apollo",)),  # a label's own first word opens no name
    ("- Dates: 14 June 2018 - 15 July 2018", "15 July 2018", (), ()),  # a time word, plural too, is no name
    ("Wales record: 37.1°C (Hawarden, 18 July 2022)", "37.1°C", ("wales",), ()),  # a known place opens a name
    ("Previous UK record: 38.7°C", "38.7°C", (), ("previous",)),  # "Previous" says which one, no name
]


@pytest.mark.parametrize("text, quote, names, qualifiers", LABEL_NAMES, ids=[c[0] for c in LABEL_NAMES])
def test_a_label_opening_with_a_name_names_the_figure(text, quote, names, qualifiers, vocab):
    frame = frame_of(text, quote, vocab)
    assert (frame.entities, frame.qualifiers) == (names, qualifiers)


def test_it_is_what_the_sentence_before_opened_with(vocab):
    text = "The Polcevera viaduct was a road bridge in Genoa. Built in 1967, it had a total length of 1,182 m."
    assert frame_of(text, "1,182 m", vocab).subject == "viaduct"


def test_a_projected_figure_is_a_forecast_and_a_figure_left_is_what_remains(vocab):
    assert "forecast" in frame_of("The exit poll had projected a majority of 86.", "86", vocab).qualifiers
    assert "remaining" in frame_of("Leicester, on 77 points with two games left, led.", "two games", vocab).qualifiers
    assert frame_of("The Remain side won by a margin of almost 400,000 votes.", "almost 400,000 votes",
                    vocab).measure == "margin"


def test_a_labels_verb_of_a_count_names_no_sum(vocab):
    """"claim" names deaths when people are counted ("the disaster claimed 50 lives"), never a sum claimed."""
    assert frame_of("Initial compensation claim: $916 million", "$916 million", vocab).measure == "compensation claim"
    assert frame_of("Evacuated residents: 52,000", "52,000", vocab).measure == "evacuees"


@pytest.mark.parametrize("text, quote, measure", [
    ("Insured losses were estimated at $10 billion.", "$10 billion", "loss"),  # a passive: what it is about
    ("Organisers expected $35 million.", "$35 million", ""),  # an agent is no measure
])
def test_an_amount_of_no_measure_measures_the_subject_of_a_passive_clause(text, quote, measure, vocab):
    assert frame_of(text, quote, vocab).measure == measure


@pytest.mark.parametrize("text, quote, measure", [
    ("KEY FACTS\n\nMedical expert teams sent abroad: 38\n", "38", "expert team"),
    ("KEY FACTS\n\nVaccines supplied overseas: 2.2 billion doses\n", "2.2 billion doses", "vaccine"),
    ("KEY FACTS\n\nGoals scored: 38\n", "38", "goal"),
])
def test_a_label_participle_and_its_adverb_name_no_measure(vocab, text, quote, measure):
    """"Medical expert teams sent abroad: 38" counts teams, not "sent abroad"."""
    assert frame_of(text, quote, vocab).measure == measure


def test_one_arm_of_a_trial_is_narrowed_in_a_label_as_in_prose(vocab):
    """"eight occurred in the vaccine group" and "Cases in vaccine group: 8" narrow the cases alike, to a part."""
    prose = frame_of("Of the 170 cases, 8 occurred in the vaccine group.", "8", vocab)
    label = frame_of("KEY FACTS\n\nCases in vaccine group: 8\n", "8", vocab)
    assert "among vaccine group" in prose.qualifiers and "among vaccine group" in label.qualifiers


def test_a_possessive_opening_a_sentence_names_its_owner(vocab):
    """"Cleveland's own drought is now 68 years": Cleveland's, not the Cubs' 108 (nor "Today's figure")."""
    assert frame_of("Cleveland's own drought is now 68 years.", "68 years", vocab).entities == ("cleveland",)
    assert frame_of("Today's figure is 12 percent.", "12 percent", vocab).entities == ()


def test_a_label_opening_with_uk_names_the_place(vocab):
    """"UK customers abroad: 150,000" counts customers of the UK, a part of all customers."""
    frame = frame_of("KEY FACTS\n\nUK customers abroad: 150,000\n", "150,000", vocab)
    assert frame.measure == "customer" and frame.entities


@pytest.mark.parametrize("text, quote", [
    ("The SPD ended up with just under 26 per cent and 206 seats.", "206 seats"),
    ("In its daily report the authority said 162 bridges had been washed away.", "162 bridges"),
])
def test_per_cent_or_a_daily_report_makes_no_rate(vocab, text, quote):
    """"26 per cent and 206 seats": the seats are a level; so are the bridges a daily report counts."""
    assert frame_of(text, quote, vocab).role == "level"


def test_a_date_is_never_a_rate(vocab):
    """"the minimum rate of 1.20 francs per euro that it had defended since 6 September 2011": the date is a day."""
    text = "The bank dropped the minimum rate of 1.20 francs per euro that it had defended since 6 September 2011."
    assert frame_of(text, "6 September 2011", vocab).role == "level"


def test_a_figure_in_commas_takes_the_year_of_the_noun_phrase_it_gives(vocab):
    """"The Treasury's 2013 estimate of the cost of the rebuild, about NZ$40 billion, ...": the 2013 estimate's
    cost, never a cost of no time beside an early estimate of another year."""
    text = "The Treasury's 2013 estimate of the cost of the rebuild, about NZ$40 billion, was a fifth of output."
    frame = frame_of(text, "about NZ$40 billion", vocab)
    assert (frame.measure, frame.period) == ("cost", ("2013-01-01", "2013-12-31"))


@pytest.mark.parametrize("text, quote, entities", [
    ("K2 has claimed 91 lives since 1954.", "91 lives", ("k2",)),
    ("Flight MH370 vanished with 239 people aboard.", "239 people", ("flight mh370",)),
    ("Revenue in Q3 rose by 5%.", "5%", ()),  # a quarter, no name
    ("The dam cost R450 million.", "R450 million", ()),  # a rand sum, no name
])
def test_a_name_of_capitals_and_digits_is_a_name(vocab, text, quote, entities):
    assert frame_of(text, quote, vocab).entities == entities


def test_an_earlier_value_takes_the_measure_of_the_figure_it_is_compared_with(vocab):
    text = "Turnout was 68.7%, up from 62.6% in 2021."
    earlier = frame_of(text, "62.6%", vocab)
    assert (earlier.measure, earlier.role, earlier.entities) == ("turnout", "previous", ())
    assert frame_of("Sales rose to $31.6 billion from $29.7 billion.", "$29.7 billion", vocab).measure == "revenue"


def test_a_year_labelling_a_bracketed_figure_is_its_period(vocab):
    frame = frame_of("Turnout: 68.7% (2021: 62.6%)\n", "62.6%", vocab)
    assert (frame.measure, frame.period, frame.time) == ("turnout", ("2021-01-01", "2021-12-31"), "2021")
    assert frame_of("Turnout: 68.7% (2021: 62.6%)\n", "68.7%", vocab).period is None


@pytest.mark.parametrize("text, quote, year", [
    ("The 2021 festival sold 41,200 tickets and the 2022 festival a record 48,900.", "48,900", "2022"),  # nearest
    ("The 2021 festival sold 41,200 tickets and the 2022 festival a record 48,900.", "41,200 tickets", "2021"),
    # a time phrase of another clause gives way to a year naming which one in the figure's own clause
    ("First held in 1988, when 3,000 people came, the fair has grown: the 2023 fair drew 61,500 visitors.",
     "61,500 visitors", "2023"),
    ("In 2023, under the 2019 law, 500 people were deported.", "500 people", "2023"),  # one clause: its phrase
])
def test_a_year_before_a_noun_names_which_one(vocab, text, quote, year):
    assert frame_of(text, quote, vocab).period == (f"{year}-01-01", f"{year}-12-31")


@pytest.mark.parametrize("text, quote, period", [
    ("Revenue (Q3 2023): €3.36 billion\n", "€3.36 billion", ("2023-07-01", "2023-09-30")),  # never the year's
    ("Sales, first half of 2024: 1,200 units\n", "1,200 units", ("2024-01-01", "2024-06-30")),
    ("Revenue, Q3 FY2024: $5 million\n", "$5 million", None),  # a fiscal quarter's months are unknown
    ("Revenue in the third quarter of fiscal 2024 was $5 million.", "$5 million", None),
    ("Revenue, fiscal 2022: $9 million\n", "$9 million", ("2022-01-01", "2022-12-31")),
])
def test_a_labels_quarter_or_half_is_the_figures_period(vocab, text, quote, period):
    assert frame_of(text, quote, vocab).period == period


@pytest.mark.parametrize("text, quote, threshold", [
    ("Year the population falls below 100 million: 2056\n", "below 100 million", True),
    ("Stations at 40°C or above: 7\n", "40°C or above", True),
    ("There were 222 people on board: 218 passengers and four crew.\n", "222 people", False),  # prose
    ("Gross at the end of 2023 (60 shows): $1.04 billion\n", "60 shows", False),  # a count said aside
])
def test_a_figure_inside_a_label_is_a_threshold(vocab, text, quote, threshold):
    assert ("threshold" in frame_of(text, quote, vocab).qualifiers) is threshold


@pytest.mark.parametrize("text, quote, period", [
    ("The panel issued its first report, of 412 pages, in March 2021, and its final report, of 960 pages, in "
     "May 2023.", "960 pages", ("2023-05-01", "2023-05-31")),  # a time right after the aside a figure is in
    ("The panel issued its first report, of 412 pages, in March 2021, and its final report, of 960 pages, in "
     "May 2023.", "412 pages", ("2021-03-01", "2021-03-31")),
    ("In 2018 the fund earned $5 million, in 2019 $7 million.", "$5 million", ("2018-01-01", "2018-12-31")),
])
def test_a_time_right_after_a_figures_aside_is_its_own(vocab, text, quote, period):
    assert frame_of(text, quote, vocab).period == period


def test_a_figure_of_no_verb_in_a_forecasting_sentence_is_forecast(vocab):
    text = "It expects 41 million listeners in the fourth quarter, on revenue of about 1.2 billion euros."
    assert "forecast" in frame_of(text, "about 1.2 billion euros", vocab).qualifiers
    assert "forecast" in frame_of("Revenue rose. " + text, "about 1.2 billion euros", vocab).qualifiers  # not first
    assert "forecast" not in frame_of("Revenue grew 9% to 1.1 billion euros, up from 1.0 billion.",
                                      "1.1 billion euros", vocab).qualifiers
    text = "The project was delivered for £4.8 billion, against an original budget of £3.9 billion."  # a noun
    assert "forecast" not in frame_of(text, "£3.9 billion", vocab).qualifiers
    text = "It had been expected to make three trips at most, but it made 40, for more than 90 hours in total."
    assert "forecast" not in frame_of(text, "more than 90 hours", vocab).qualifiers  # what came to be
    text = "The port expects the new berths to handle 8 ships a day, adding to about 20 a day."
    assert "forecast" not in frame_of(text, "about 20 a day", vocab).qualifiers


def test_a_rate_per_a_number_of_things_is_per_that_number(vocab):
    assert frame_of("The murder rate was 5.3 per 100,000 people.", "5.3", vocab).qualifiers == ("per 100000",)
    assert frame_of("There were 12 cases per million inhabitants.", "12 cases", vocab).qualifiers == ("per 1000000",)


def test_every_figure_of_an_aside_belongs_to_the_noun_it_follows(vocab):
    text = "A five-layer sunshield, 21.2 m long and 14.2 m wide, keeps the instruments cold."
    assert frame_of(text, "21.2 m", vocab).subject == frame_of(text, "14.2 m", vocab).subject == "sunshield"


def test_a_hyphened_participle_before_a_noun_is_no_verb(vocab):
    frame = frame_of("A single-track electrified railway running 1,035 kilometres links the cities.",
                     "1,035 kilometres", vocab)
    assert frame.predicate != "electrify" and frame.measure == "length"
