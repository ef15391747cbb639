"""The public API: the default vocabulary is built once per process and Vocabulary objects travel."""
import pickle

import factcheck

SENTENCE = "The council approved 1,250 new homes and a budget of $4.5 million in March 2024."


def test_default_vocabulary_is_built_once_and_reused():
    first = factcheck.default_vocabulary()
    assert factcheck.default_vocabulary() is first
    assert factcheck.extract(SENTENCE) == factcheck.extract(SENTENCE, first)


def test_default_vocabulary_is_rebuilt_when_a_rule_file_changes(monkeypatch):
    first = factcheck.default_vocabulary()
    state = factcheck._rule_files_state()
    assert any(path.endswith(".yaml") and size for path, _, size in state)
    changed = state[:-1] + ((state[-1][0], (state[-1][1] or 0) + 1, state[-1][2]),)
    monkeypatch.setattr(factcheck, "_rule_files_state", lambda: changed)
    rebuilt = factcheck.default_vocabulary()
    assert rebuilt is not first
    assert rebuilt.fingerprint == first.fingerprint
    assert factcheck.default_vocabulary() is rebuilt


def test_vocabulary_pickles_and_extracts_the_same():
    vocab = factcheck.load_vocabulary()
    copy = pickle.loads(pickle.dumps(vocab))
    claims = factcheck.extract(SENTENCE, copy)
    assert [c.text for c in claims] == [c.text for c in factcheck.extract(SENTENCE, vocab)]
    assert any(c.value == 1250 for c in claims)
