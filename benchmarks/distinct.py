"""Prose whose sentences never repeat, for benchmarks: seeded templates over word lists.

Every sentence carries a running serial number -- as a case or file number in
sentences with figures, as a made-up surname spelt from syllables in those
without -- so no two sentences (and no two lines) are the same however many
documents are written, while the rest varies: subjects, verbs, things counted,
figures in digits and in words, units, currencies, hedges, dates and periods.
About one sentence in four carries figures (two to four each), a density close to news prose.
"""
from __future__ import annotations

import random

PLACES = ["Harbourton", "Millbrook", "the northern district", "Kestrel Bay", "Ashford county", "the river valley",
          "Port Elmsley", "the eastern province", "Greywater", "the capital region", "Lindenfield", "Oakridge"]
BODIES = ["The city council", "The regional health board", "A local charity", "The transport authority",
          "The university", "The water company", "The national statistics office", "The school district",
          "The port operator", "A coalition of farmers", "The housing agency", "The energy regulator"]
VERBS = ["reported", "counted", "recorded", "estimated", "registered", "confirmed", "announced", "listed"]
THINGS = ["new homes", "patients", "visitors", "students", "passengers", "jobs", "trees", "households",
          "volunteers", "complaints", "vehicles", "flights", "beds", "applications", "members", "cases"]
HEDGES = ["", "", "", "about ", "nearly ", "more than ", "at least ", "almost ", "around ", "up to ", "over "]
UNITS = [("km", 1, 900), ("kilometres", 1, 900), ("tonnes", 1, 90000), ("hectares", 5, 40000), ("MW", 1, 3000),
         ("litres", 100, 900000), ("kg", 1, 5000), ("miles", 1, 700), ("GWh", 1, 800), ("square metres", 50, 90000)]
CURRENCIES = [("$", ""), ("€", ""), ("£", ""), ("", " dollars"), ("", " euros"), ("Rs ", ""), ("US$", "")]
SCALES = ["", "", " million", " billion", "m", "bn"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "thirty",
         "forty", "fifty", "a hundred", "two hundred", "three thousand", "a dozen"]
SYLLABLES = ["ka", "lo", "mi", "ren", "tu", "sa", "vel", "do", "ni", "ra", "bo", "te", "lin", "ma", "ko", "zu",
             "fe", "ar", "ol", "qui"]
FIRST_NAMES = ["Dana", "Tomas", "Amara", "Lucia", "Niall", "Priya", "Oskar", "Mei", "Jonah", "Farida", "Elif", "Marek"]
ROLES = ["a spokesperson for", "the chair of", "an economist who advises", "a senior official at",
         "a researcher working with", "a former director of"]
REMARKS = ["the figures showed a clear shift in demand", "the plan had been discussed for a long time",
           "residents had asked for better information", "the new rules would take time to settle",
           "the work was ahead of the agreed schedule", "nobody expected the results to be so uneven",
           "the budget would be reviewed again in the spring", "the survey method had been changed"]
SCENES = ["Crowds gathered outside the old market hall", "Work on the bridge paused during the storm",
          "Local papers carried the story on their front pages", "The meeting ran late into the evening",
          "Several groups asked for the report to be published in full", "The mood in the town was cautious"]
SERIALS = ["under reference", "in file", "as case", "in docket", "under ticket", "as entry"]


def _count(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.2:
        return rng.choice(WORDS)
    value = int(10 ** rng.uniform(1, 6.5))
    return f"{value:,}" if rng.random() < 0.7 else str(value)


def _date(rng: random.Random) -> str:
    year = rng.randint(1995, 2025)
    roll = rng.random()
    if roll < 0.35:
        return f"in {rng.choice(MONTHS)} {year}"
    if roll < 0.55:
        return f"on {rng.randint(1, 28)} {rng.choice(MONTHS)} {year}"
    if roll < 0.7:
        return f"between {year - rng.randint(1, 9)} and {year}"
    if roll < 0.85:
        return f"in the {rng.choice(['first', 'second', 'third', 'fourth'])} quarter of {year}"
    return "last year" if rng.random() < 0.5 else f"in {year}"


def surname(serial: int) -> str:
    """A made-up surname that spells ``serial`` in syllables (so it never repeats)."""
    parts = []
    while True:
        serial, digit = divmod(serial, len(SYLLABLES))
        parts.append(SYLLABLES[digit])
        if not serial:
            break
    return "".join(parts).capitalize()


def plain_sentence(rng: random.Random, serial: int) -> str:
    """A sentence without figures; the speaker's surname makes it unique."""
    person = f"{rng.choice(FIRST_NAMES)} {surname(serial)}"
    if rng.random() < 0.5:
        return f"{person}, {rng.choice(ROLES)} {rng.choice(BODIES).lower()}, said {rng.choice(REMARKS)}."
    return f"{rng.choice(SCENES)} in {rng.choice(PLACES)}, according to {person}."


def sentence(rng: random.Random, serial: int) -> str:
    """One sentence, with a few figures one time in four; ``serial`` makes it unique."""
    if rng.random() < 0.75:
        return plain_sentence(rng, serial)
    body, place, verb = rng.choice(BODIES), rng.choice(PLACES), rng.choice(VERBS)
    tag = f" {rng.choice(SERIALS)} {serial:,}" if rng.random() < 0.5 else f" (ref. {serial})"
    kind = rng.randrange(6)
    if kind == 0:
        return (f"{body} {verb} {rng.choice(HEDGES)}{_count(rng)} {rng.choice(THINGS)} in {place} "
                f"{_date(rng)}{tag}.")
    if kind == 1:
        symbol, word = rng.choice(CURRENCIES)
        amount = f"{rng.uniform(1, 999):.{rng.choice([0, 1, 2])}f}"
        return (f"{body} spent {rng.choice(HEDGES)}{symbol}{amount}{rng.choice(SCALES)}{word} on "
                f"{rng.choice(THINGS)} {_date(rng)}, it said{tag}.")
    if kind == 2:
        unit, low, high = rng.choice(UNITS)
        value = rng.uniform(low, high)
        shown = f"{value:,.0f}" if value > 100 else f"{value:.1f}"
        return f"In {place}, {rng.choice(HEDGES)}{shown} {unit} were {verb} {_date(rng)}{tag}."
    if kind == 3:
        share = f"{rng.uniform(0.5, 99):.1f}" if rng.random() < 0.6 else str(rng.randint(1, 99))
        sign = rng.choice(["%", " per cent", " percent"])
        return (f"The share of {rng.choice(THINGS)} in {place} rose to {share}{sign} {_date(rng)}, "
                f"{body.lower()} {verb}{tag}.")
    if kind == 4:
        low = rng.randint(2, 500)
        return (f"Between {low} and {low + rng.randint(1, 400)} {rng.choice(THINGS)} were {verb} in {place} "
                f"over {rng.choice(WORDS)} days{tag}.")
    return (f"{rng.choice(WORDS).capitalize()} of the {_count(rng)} {rng.choice(THINGS)} {verb} by "
            f"{body.lower()} {_date(rng)} came from {place}{tag}.")


def paragraph(rng: random.Random, serial: int) -> tuple[str, int]:
    """A paragraph of three to six sentences and the next serial number."""
    n = rng.randint(3, 7)
    return " ".join(sentence(rng, serial + i) for i in range(n)), serial + n
