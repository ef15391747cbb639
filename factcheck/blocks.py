"""The blocks discovery clusters: claims of one measure head and one kind of quantity, with what their
documents tell about them (names and narrowings that set a part apart, the topic, events dated once, measures
stated for several periods).  Read by ``discover``; plain data and functions, no clustering here."""
from __future__ import annotations

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
    series: frozenset = frozenset()
    """Measures one source states for two or more periods ("Revenue, fiscal 2024" and "Revenue, fiscal 2023"):
    a figure of that measure with no period is of none of them for sure."""



_TITLE_WORD = regex.compile(r"\p{L}[\p{L}'-]+")


def split_by_period(members: Sequence[Located]) -> Iterable[list]:
    """The members of one signature split by the period they state (a figure per year is a fact per year)."""
    out: dict = {}
    for m in members:
        out.setdefault(m.claim.frame.period, []).append(m)
    return out.values()


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


def _series(members: Sequence[Located], source_of: Callable[[Located], object]) -> frozenset:
    """The measures some source of ``members`` states for two or more periods."""
    periods: dict = defaultdict(set)
    for m in members:
        if m.claim.frame.period:
            periods[(m.claim.frame.measure, source_of(m))].add(m.claim.frame.period)
    return frozenset(measure for (measure, _), found in periods.items() if len(found) > 1)


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
               once: frozenset) -> "Block":
    """The Block of ``members`` (``topic``: the sources' topic words; ``once``: date measures dated once)."""
    return Block(_distinguishing(members, lambda f: name_words(f.entities)) - topic,
                 _distinguishing(members, lambda f: set(f.qualifiers)), source_of, topic, once,
                 frozenset(m.claim.frame.subject for m in members if m.claim.kind == "measure") - {""},
                 _series(members, source_of))
