"""The blocks discovery clusters: claims of one measure head and one kind of quantity, with what their
documents tell about them (names and narrowings that set a part apart, the topic, events dated once, measures
stated for several periods).  Read by ``discover``; plain data and functions, no clustering here."""
from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

import regex

from .model import Located
from .scope import name_words

@dataclass(frozen=True)
class Block:
    """What one block of claims (one measure head, one kind of quantity) knows while it is clustered: the names
    and narrowings its documents use to tell a part from the whole, and what counts as one source."""

    names: frozenset
    qualifiers: frozenset
    source_of: Callable
    topic: frozenset = frozenset()
    once: frozenset = frozenset()
    """Events (date measures) every document of the block dates at most once."""
    subjects: frozenset = frozenset()
    """The things the block's measurements are said to be of ("shaft", "refuge"); with two or more, a
    measurement that does not say which is of none of them for sure."""
    series: dict = dataclasses.field(default_factory=dict)
    """Measures one source states for two or more periods ("Revenue, fiscal 2024" and "Revenue, fiscal 2023"):
    a figure of that measure with no period is of none of them for sure, and two such figures in documents of
    different years are each of its own year's (each with the years stated for it as whole years)."""



_TITLE_WORD = regex.compile(r"\p{L}[\p{L}'-]+")


def split_by_period(members: Sequence[Located], series: dict) -> Iterable[list]:
    """The members of one signature split by the period they state (a figure per year is a fact per year), and
    those of no period of a measure in ``series`` by their document's year (each is of its own year's)."""
    out: dict = {}
    for m in members:
        year = own_year(m, series)
        out.setdefault(m.claim.frame.period or (("year", year) if year else None), []).append(m)
    return out.values()


def own_year(m: Located, series: dict) -> str:
    """For a figure of no period of a measure some source states year by year: its document's year, when that is
    a year some source states it for ("48,574 runners finished" in a report of 2023, beside "the 2023 race had
    48,547 finishers and the 2024 race a record 52,150"), "then" when it names a time of no date ("that day"),
    else "" (its document has no date or is of another year, as a retrospective; an earlier record; a forecast;
    a measure stated for no two years)."""
    f = m.claim.frame
    years = series.get(f.measure)
    if f.period or not years or f.as_of or f.role == "previous" or {"previous", "forecast"} & set(f.qualifiers):
        return ""
    if f.time:
        return "then"
    year = (m.doc.date or "")[:4]
    return year if year in years else ""


def topic_words(docs) -> frozenset:
    """Words in the titles (else first lines) of two or more documents and of at least half of them (of a
    document checked against itself, its own): what the sources are all about ("Louvre"), which no figure
    naming it tells apart from one that does not."""
    counts: Counter = Counter()
    docs = list(docs)
    for doc in docs:
        title = str((doc.meta or {}).get("title") or "") or next(
            (line for line in (doc.prose or doc.text).splitlines() if line.strip()), "")
        counts.update(name_words(w.lower() for w in _TITLE_WORD.findall(title[:200])))
    return frozenset(w for w, n in counts.items() if n >= min(2, len(docs)) and 2 * n >= len(docs))


def measures_in_series(members: Iterable[Located], source_of: Callable[[Located], object]) -> dict:
    """The measures some source of ``members`` states for two or more periods (read over all the claims, as
    "48,547 finishers" and "the 2024 race a record 52,150" count different nouns of one measure), each with the
    years any source states it for as a whole year ("the 2023 race": 2023)."""
    periods: dict = defaultdict(set)
    for m in members:
        if m.claim.frame.period:
            periods[(m.claim.frame.measure, source_of(m))].add(m.claim.frame.period)
    series = {measure for (measure, _), found in periods.items() if len(found) > 1}
    years: dict = {measure: set() for measure in series}
    for (measure, _), found in periods.items():
        if measure in years:
            years[measure].update(p[0][:4] for p in found if p[0][5:] == "01-01" and p[1][:4] == p[0][:4]
                                  and p[1][5:] == "12-31")
    return {measure: frozenset(found) for measure, found in years.items()}


def dated_once(members: Sequence[Located], source_of: Callable[[Located], object]) -> frozenset:
    """The date measures no source of ``members`` gives two different dates for."""
    dates: dict = defaultdict(list)
    for m in members:
        dates[(m.claim.frame.measure, source_of(m))].append(m.claim.date)
    many = {measure for (measure, _), found in dates.items() if not _one_date(found)}
    return frozenset(measure for measure, _ in dates if measure not in many)


def one_event_each(signature: tuple, members: Sequence[Located], fv, source_of: Callable[[Located], object]) -> bool:
    """Dates of one frame are one event only when the frame names it (a known event and, for any other verb,
    a name) and no source gives two dates for it -- "took place on ..." six times is six events."""
    measure, _, entities = signature[:3]
    if not entities and measure not in fv.measure_names:
        return False
    seen: dict = defaultdict(list)
    for m in members:
        seen[source_of(m)].append(m.claim.date)
    return all(_one_date(found) for found in seen.values())


def _one_date(dates: Sequence[str]) -> bool:
    """Whether dates written in one source can be one day: each holds the others or lies in them ("September"
    and "14 September 2024" are one opening written twice, "14 September" and "21 September" two)."""
    longest = max(dates, key=len)
    return all(longest.startswith(d) for d in dates)


def _distinguishing(members: Sequence[Located], slot) -> frozenset:
    """What one document uses to tell apart two of its figures of one measure -- a name or a narrowing that
    some of them state and others do not ("Liberia recorded 4,809 deaths" beside a total; "iPhone net sales"
    beside "Total net sales"): it never stands for the whole.  ``slot``: a frame -> set of words or phrases."""
    by_doc: dict = defaultdict(list)
    for m in members:  # (a rate beside a level of one document tells no part from its whole)
        by_doc[(m.doc.path, m.claim.frame.role)].append(slot(m.claim.frame))
    out: set = set()
    for sets in by_doc.values():
        if len(sets) > 1 and (any(not s for s in sets) or len({frozenset(s) for s in sets}) > 1):
            out.update(*sets)  # (two figures with two different narrowings are two parts as well)
    return frozenset(out)


def make_block(members: Sequence[Located], source_of: Callable[[Located], object], topic: frozenset,
               once: frozenset, series: dict) -> "Block":
    """The Block of ``members`` (``topic``: the sources' topic words; ``once``: date measures dated once;
    ``series``: the measures some source states for several periods)."""
    return Block(_distinguishing(members, lambda f: name_words(f.entities)) - topic,
                 _distinguishing(members, lambda f: set(f.qualifiers)), source_of, topic, once,
                 frozenset(m.claim.frame.subject for m in members if m.claim.kind == "measure") - {""}, series)
