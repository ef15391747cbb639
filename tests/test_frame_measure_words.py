"""Which word of a clause a figure's measure is: a noun glued to the figure by a hyphen is, a pronoun, an article
or a form of "to be" never is, and a fact-sheet label reads its nouns as prose does."""
from __future__ import annotations

import pytest

from test_frame_roles import frame_of


MEASURES = [
    # a measure noun hyphened to its figure names it; "down" after a length is a depth
    ("The magnitude-6.3 quake struck at lunchtime.", "6.3", "magnitude"),
    ("A magnitude 6.2 earthquake struck the city.", "6.2", "magnitude"),
    ("They were 2,300 feet down when the rock fell.", "2,300 feet", "depth"),
    ("The wreck lay nearly 13,000 feet down on the sea floor.", "nearly 13,000 feet", "depth"),
    ("The 6.3 was centred only about three miles down.", "about three miles", "depth"),
    # a figure set off by commas after the noun phrase it gives the value of; never a list or a restatement
    ("The Treasury's 2013 estimate of the cost of the rebuild, about NZ$40 billion, was a fifth of output.",
     "about NZ$40 billion", "cost"),
    ("The death toll, 79, was the highest in decades.", "79", "deaths"),
    ("The scores were 12, 15, and 18.", "15", ""),
    ("The fault shifted by 2.4 metres, nearly 8 feet, in seconds.", "nearly 8 feet", ""),
    # a span of time after a verb's object and "for" is how long the verb lasted; an adjective is no span
    ("The stranded ship blocked the canal for six days.", "six days", "block"),
    ("The council closed the bridge for 18 months.", "18 months", "close"),
    ("It moved the target range for three-month Libor to 1%.", "three-month", ""),
    # the subject of a change from one figure to another is the measure of both; a property names a bare count
    ("Prices rose from $5 to $7.", "$7", "cost"),
    ("Revenue fell from $5 million in 2019 to $3 million in 2020.", "$5 million", "revenue"),
    ("The population grew from 5,000 to 12,000.", "12,000", "population"),
    ("The town's population was 12,000 in 2000.", "12,000", "population"),
    ("The fare went from 40 cents in 1990 to about $2.75.", "40 cents", "fare"),
    ("Membership went from 51 in 1945 to 193 in 2011.", "51", ""),  # never the event of the year after it
    # a fact-sheet label reads its measure as prose would
    ("Vessels queued when the canal reopened: 422\n", "422", "ship"),  # the clause after "when" is not the measure
    ("Phone calls answered: 2,670\n", "2,670", "phone conversation"),  # a compound synonym, as prose reads it
    ("Storeys: 14\n", "14", "floor"),
    # a date's event named by a verb takes the event's noun, as a label names it; a count keeps its noun
    ("The cathedral reopened on 7 December 2024.", "7 December 2024", "reopening"),
    ("Reopening: 8 December 2024\n", "8 December 2024", "reopening"),
    # two counted nouns "and" joins are one sum, never either part
    ("The storm destroyed 2,000 homes and businesses.", "2,000 homes", "business and home"),
    ("The firm settled with 50 states and territories.", "50 states", "country and territory"),
    ("Rescuers found 33 miners and 2 dogs.", "33 miners", "miner"),  # (another figure's noun)
    # a date's event is its nearest verb's, never the event of an earlier verb of the sentence
    ("The bridge opened in 1990 and closed on 5 May 2001.", "5 May 2001", "closure"),
    ("The bridge opened in 1990 and closed on 5 May 2001.", "1990", "opening"),
    ("The strike began in March 2019 and ended on 14 April 2019.", "14 April 2019", "end"),
    ("Construction began in March 2009.", "March 2009", "construction start"),  # a phrase holding the verb
    # when a level stood so, when someone spoke, or what figures are counted to is no event of its own
    ("The death toll from the floods rose to 1,136 on Tuesday.", "Tuesday", ""),
    ("The toll stood at 1,136 on 30 August.", "30 August", ""),
    ("On 12 May the average price of petrol rose above $3.", "12 May", ""),
    ("Officials said on 7 May that 40 people had died.", "7 May", ""),
    ("The figures are the agency's totals as of 14 November 2022.", "14 November 2022", ""),
    ("The Lusitania sank on 7 May 1915 and 1,198 people died.", "7 May 1915", "sinking"),  # an event stays one
    ("Some 1,198 people died on 7 May 1915.", "7 May 1915", "deaths"),
    # a verb names the property: a term in prison, a debt, a film's or a tour's takings
    ("A court sentenced him to 16 years in prison.", "16 years", "prison sentence"),
    ("Captain's sentence: 16 years\n", "16 years", "prison sentence"),
    ("By 2019 the company owed about £1.7 billion.", "about £1.7 billion", "debt"),
    ("The concert film grossed $261.6 million worldwide.", "$261.6 million", "revenue"),
    ("Length of the drought: 108 years\n", "108 years", "duration"),  # a length of time
    # two measures joined by "and" name their sum, neither part; "and" joining two clauses joins no measures
    ("The total bill for damage and losses was put at some $30 billion.", "some $30 billion", "cost and loss"),
    ("Total damage and losses: US$30.1 billion\n", "US$30.1 billion", "cost and loss"),
    ("Passengers and crew: 1,960\n", "1,960", "people aboard"),  # a phrase with its "and" stays the phrase
    ("The firm had 161,000 employees and spent $77.6 billion on buybacks.", "$77.6 billion", "cost"),
    ("Apple announced 500 jobs in Cork.", "500 jobs", "job"),
    # an age given as a decade of life is an age, as "aged 47" is ("aged 47" rounds it, "aged 52" contradicts it)
    ("The driver, a man in his 40s, was arrested on Friday.", "40s", "age"),
    ("She was in her late thirties when she won.", "late thirties", "age"),
    ("The headline: 121 crore people.\n", "121 crore people", "headline"),  # an article is never part of it
    # the noun after a figure stops where a clause or a place of its own opens
    ("Donors pledged less than the $16.3 billion the government says it needs.", "$16.3 billion", ""),
    ("The new bridge is shorter than the 1.18-kilometre viaduct it replaces.", "1.18-kilometre", "length"),
    ("The rock tore a 70 m gash below the waterline.", "70 m", "gash"),
    # a bracket restating a figure does not end its clause: the property after it is of both figures
    ("The bridge is 1,067 metres (3,501 ft) long.", "1,067 metres", "length"),
    ("The bridge is 1,067 metres (3,501 ft) long.", "3,501 ft", "length"),
    ("The quake struck only 5 kilometers (3 miles) below the surface.", "5 kilometers", "depth"),
    # a superlative names a property of its own dimension ("At 57.1 kilometres it is the longest ...")
    ("At 57.1 kilometres it is the longest railway tunnel in the world.", "57.1 kilometres", "length"),
    ("At 828 metres, the tower is the tallest building on Earth.", "828 metres", "height"),
    ("It is the longest rail tunnel at 57 km.", "57 km", "length"),
    ("Its main span of 4,200 feet remained the longest of any bridge.", "4,200 feet", "span"),  # its noun wins
    ("The highest temperature was 40.3C.", "40.3C", "temperature"),  # a height is a length
    ("The farm covers 640 acres and is long established.", "640 acres", "area"),
    # a length before a named built thing is its length; a property names no figure of another dimension
    ("The 1,035-km (643-mile) China-Laos Railway opened in December 2021.", "1,035-km", "length"),
    ("The 828-metre Burj Khalifa Tower opened in 2010.", "828-metre", "height"),
    ("The 1,053-kilometre railway to Laos changed the economy.", "1,053-kilometre", "length"),  # named or not
    ("The 828-metre tower dominates the skyline.", "828-metre", "height"),
    ("Trains run through it at 250 km/h.", "250 km/h", ""),  # a speed is no length
    ("The office covers 12,000 sq ft and is long and narrow.", "12,000 sq ft", "area"),  # an area is no length
    # a temperature said of a subject noun is its temperature ("Water temperature: 29 °C" says the same)
    ("The lake was about 18 °C at noon.", "about 18 °C", "temperature"),
    ("The air was a sticky 95 °F.", "95 °F", "temperature"),
    ("Overnight lows of -5 °C are expected.", "-5 °C", "low"),  # an extreme names itself
    # a state a form of "be" gives a counted noun names its measure; a place or a membership names none
    ("By Friday, 301 miners were dead.", "301 miners", "deaths"),
    ("Two days later 14 climbers were still missing.", "14 climbers", "missing"),
    ("More than 800 miners were underground at the time.", "More than 800 miners", "miner"),
    ("The 12 boys were members of a youth team.", "12 boys", "boy"),
]


@pytest.mark.parametrize("text, quote, measure", MEASURES, ids=[f"{c[1]} in {c[0][:30]}" for c in MEASURES])
def test_a_figures_measure(vocab, text, quote, measure):
    """What each figure measures (the groups of MEASURES say why)."""
    assert frame_of(text, quote, vocab).measure == measure


@pytest.mark.parametrize("text, quote", [
    ("They were 2,300 feet below the camp.", "2,300 feet"),
    ("The 6.3 was centred only about three miles down.", "about three miles"),
])
def test_a_pronoun_or_a_form_of_be_is_no_measure_or_subject(vocab, text, quote):
    frame = frame_of(text, quote, vocab)
    assert frame.measure not in ("they", "was") and frame.subject not in ("they", "was")


def test_a_hyphened_measure_belongs_to_its_own_figure_not_to_a_date(vocab):
    """"the magnitude-7.1 earthquake that hit on Sept. 4": the date is the quake's, the magnitude 7.1's."""
    text = "It followed the magnitude-7.1 earthquake that hit the region on 4 September 2010."
    assert frame_of(text, "7.1", vocab).measure == "magnitude"
    assert frame_of(text, "4 September 2010", vocab).measure != "magnitude"


def test_an_auxiliary_before_the_verb_is_no_subject_noun(vocab):
    """"the bank's reserves had stood at more than 500 billion francs": the reserves, not "had"."""
    text = "At the end of 2014 the bank reserves had stood at more than 500 billion francs."
    assert frame_of(text, "more than 500 billion francs", vocab).measure == "reserve"


def test_the_clause_of_a_restated_figure_ends_at_the_next_and(vocab):
    """"winds of 175 mph (280 km/h) and a minimum pressure of 908 mbar": the minimum is the pressure's only."""
    text = "Maria had maximum sustained winds of 175 mph (280 km/h) and a minimum central pressure of 908 mbar."
    assert frame_of(text, "175 mph", vocab).qualifiers == ("maximum",)
    assert frame_of(text, "908 mbar", vocab).qualifiers == ("minimum",)


@pytest.mark.parametrize("text, quote", [
    ("The project cost CHF 12.2 billion in the end.", "CHF 12.2 billion"),
    ("Hackers stole about 100 GB of data.", "about 100 GB"),
    ("The plant generated 294 GWh last year.", "294 GWh"),
    ("The last message came at 02:14 GMT, and 228 people died.", "228 people"),
])
def test_a_currency_code_a_unit_or_a_time_zone_is_no_name(vocab, text, quote):
    """"CHF 12.2 billion" names no Switzerland: a figure's names are the things it is said of."""
    assert frame_of(text, quote, vocab).entities == ()


def test_a_planned_event_is_not_the_one_that_came_and_a_number_word_is_no_subject(vocab):
    """"a price of £335m and a planned opening in the summer of 2017": the planned opening, of no subject "m"."""
    text = "The deal set a price of £335m and a planned opening in the summer of 2017."
    frame = frame_of(text, "the summer of 2017", vocab)
    assert "planned" in frame.qualifiers and frame.subject != "m"


@pytest.mark.parametrize("text, quote, name", [
    ("The Burj Khalifa is 2,717 feet from the ground to the tip of its spire.", "2,717 feet", "khalifa"),
    ("The CDU/CSU fell to 24.1% and 197 seats.", "24.1%", "csu"),
])
def test_a_name_before_the_verb_is_no_measure(vocab, text, quote, name):
    """"The Burj Khalifa is 2,717 feet ...": the figure is of the Burj Khalifa, it does not measure "khalifa"."""
    assert frame_of(text, quote, vocab).measure != name


@pytest.mark.parametrize("text, quote, names", [
    ("Full timetabled service is due to start on Dec. 11.", "Dec. 11", ()),  # an adjective, then its noun and verb
    ("Liberia recorded 4,809 deaths.", "4,809 deaths", ("liberia",)),  # a name, then its verb
    ("Boeing delivered 40 jets in May.", "40 jets", ("boeing",)),
    # a name after "A" qualifies the noun the sentence tells of: its figures are of that name's thing
    ("A Garuda jet of the same type crashed off Java in May, killing all 62 people aboard.", "62 people",
     ("garuda",)),
    ("An Air France flight carrying 228 people vanished.", "228 people", ("air france",)),
    # "They" and a past verb: what the sentence before counted, in the place it named
    ("Floods covered 3,000 hectares in Queensland in March. They destroyed 412 homes.", "412 homes",
     ("queensland",)),
    ("The tower was finished in Dubai in 2010. It cost $1.5 billion.", "$1.5 billion", ()),  # "It": the topic
    # a name a figure is compared with is another's ("than Reform"), never the figure's
    ("The Greens won 4 seats with a larger share of the vote than Plaid Cymru.", "4 seats", ("greens",)),
])
def test_a_word_opening_a_sentence_is_a_name_only_before_its_verb(vocab, text, quote, names):
    assert frame_of(text, quote, vocab).entities == names


@pytest.mark.parametrize("text, quote, qualifiers", [
    ("Scotland record: 35.1°C (Charterhall, 19 July 2022)\n", "35.1°C", ()),
    ("Record high: 40.3°C\n", "40.3°C", ()),
    ("Previous UK record: 38.7°C\n", "38.7°C", ("previous",)),
    ("Scotland set a record of 35.1°C at Charterhall.", "35.1°C", ()),
])
def test_a_record_of_a_measurement_measures_what_its_unit_says(vocab, text, quote, qualifiers):
    """"Scotland record: 35.1°C" measures a temperature, as "reached a record 35.1°C" does (and "Record high" is
    no height); "Previous" still says which record."""
    frame = frame_of(text, quote, vocab)
    assert (frame.measure, frame.qualifiers) == ("temperature", qualifiers)


def test_a_total_of_a_sum_is_no_measure(vocab):
    """"a total of $400 million shared among the teams": "total" says how the sum is counted, not what it is."""
    assert frame_of("A total of $400 million was shared among the teams.", "$400 million", vocab).measure != "total"


def test_a_trailing_clause_of_no_verb_is_of_the_sentences_subject(vocab):
    """"The old tunnel, opened in 1882, is still there, nine miles long": the old tunnel's length, not the new one's;
    a clause after one that states its own figure stays a restatement ("is 21.6 metres, or roughly 71 feet")."""
    frame = frame_of("The old tunnel, opened in 1882, is still there, nine miles long and higher up.", "nine miles", vocab)
    assert (frame.measure, frame.subject, frame.qualifiers) == ("length", "tunnel", ("old",))
    assert frame_of("Liberia was the worst hit, with 4,809 deaths.", "4,809 deaths", vocab).subject == ""


def test_names_in_a_fact_sheet_label_a_measure_word_follows_are_the_figures(vocab):
    """"Earlier Darfield earthquake: magnitude 7.1, 4 September 2010": the Darfield quake's magnitude and date, not
    the sheet's own quake's ("Magnitude: 6.3" names none)."""
    text = "Magnitude: 6.3\nEarlier Darfield earthquake: magnitude 7.1, 4 September 2010, no direct deaths\n"
    assert frame_of(text, "7.1", vocab).entities == ("darfield",)
    assert frame_of(text, "4 September 2010", vocab).entities == ("darfield",)
    assert frame_of(text, "6.3", vocab).entities == ()



def test_a_possessor_before_a_labels_noun_is_whose_not_which_part(vocab):
    """"Captain's sentence: 16 years" is the captain's sentence, not some part of "16 years in prison"."""
    assert frame_of("Captain's sentence: 16 years\n", "16 years", vocab).qualifiers == ()
    assert frame_of("Domestic gross: $858,373,000\n", "$858,373,000", vocab).qualifiers == ("domestic",)


def test_a_plural_possessive_is_the_name_it_ends(vocab):
    """"the Cubs' drought" names the Cubs, in prose and in a label, as "the Cubs's" would."""
    assert frame_of("The Cubs' drought lasted 108 years.", "108 years", vocab).entities == ("cubs",)
    assert frame_of("Length of the Cubs' drought: 108 years\n", "108 years", vocab).entities == ("cubs",)


def test_a_length_written_as_an_adjective_is_the_length_of_its_built_thing(vocab):
    """"a 4-km tunnel and a 300-metre bridge": two lengths of two things, never one length stated twice."""
    text = "The project has a 4-km tunnel and a 300-metre bridge."
    assert [(frame_of(text, q, vocab).measure, frame_of(text, q, vocab).subject) for q in ("4-km", "300-metre")] == [
        ("length", "tunnel"), ("length", "bridge")]


@pytest.mark.parametrize("text, quote, subject", [
    ("Start of scheduled passenger and freight services: 11 December 2016\n", "11 December 2016", "service"),
    ("Start of construction: 1999\n", "1999", "construction"),
])
def test_a_labels_of_phrase_names_the_thing_its_date_is_of(vocab, text, quote, subject):
    """"Start of passenger and freight services:" dates the services' start, never another start ("works
    started in 1996"): the head of the phrase "and" joins modifiers in."""
    assert frame_of(text, quote, vocab).subject == subject
