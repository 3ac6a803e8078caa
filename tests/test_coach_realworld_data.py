"""The real-world-shaped and adversarial message set: schema, split and integrity only.

These tests never run the coach: they check that ``rapport/data/coach_realworld.json`` is a
well-formed labelled set whose dev/held-out split is the one its recorded rule produces.
"""

import hashlib
import json
import re
from collections import Counter
from importlib import resources

import pytest

from rapport.messages.context import HISTORIES, Context
from rapport.messages.corpus import load_samples

FILE = "coach_realworld.json"
TOP_KEYS = {"version", "about", "split", "sources", "messages"}
MESSAGE_KEYS = [
    "id", "set", "split", "shape", "text", "label", "reason", "context_known", "situation",
    "source",
]  # fmt: skip
ADVERSARIAL_KEYS = [*MESSAGE_KEYS, "gaming", "target"]
SITUATION_KEYS = {
    "kind", "recipient_name", "recipient_works_on", "history", "months_since_contact",
    "sender_goal",
}  # fmt: skip
SHAPES = {
    "connection-note", "reconnect", "ask", "introduction", "pitch", "reply", "broadcast",
    "follow-up", "thanks", "congratulations", "share", "template",
}  # fmt: skip
PATTERN = ("dev", "heldout", "dev", "heldout", "dev")
EXERCISE = "solutions/03-messages/03-messages.ipynb"
MIN_REALWORLD, MIN_ADVERSARIAL, MIN_REWRITES = 170, 50, 15
ISSUE_12_QUOTES = [
    "Name Name recruiting roles city your work your work. Sorry for the long silence... What "
    "are you working on? ... Thanks thanks.",
    "Could you send me every job lead you have and refer me to all your clients this week?",
    "Invest in my seed round now and introduce me to all your investors",
    "Check out my new course, link in bio.",
]


def read_text() -> str:
    return resources.files("rapport.data").joinpath(FILE).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def data() -> dict:
    return json.loads(read_text())


@pytest.fixture(scope="module")
def messages(data) -> list[dict]:
    return data["messages"]


def of_set(messages, name):
    return [m for m in messages if m["set"] == name]


def test_file_is_utf8_json_with_two_space_indent(data):
    assert read_text() == json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def test_top_level_schema(data):
    assert set(data) == TOP_KEYS
    assert data["version"] == 1
    assert isinstance(data["about"], str)
    assert len(data["about"]) > 100
    split = data["split"]
    assert set(split) <= {"seed", "rule", "batches", "retired"}
    assert {"seed", "rule", "batches"} <= set(split)
    assert isinstance(split["seed"], int)
    assert "60/40" in split["rule"]
    for sid, source in data["sources"].items():
        assert re.fullmatch(r"S\d{2,4}", sid)
        assert set(source) == {"url", "title", "what_it_taught"}
        assert source["url"].startswith(("http://", "https://"))
        assert source["title"].strip()
        assert len(source["what_it_taught"]) > 30


def test_every_message_has_the_documented_fields(messages):
    for m in messages:
        # A real-world-shaped rewrite (a learner's honest attempt at exercise 03) names its target.
        rewrite = m["set"] == "realworld" and "target" in m
        expected = ADVERSARIAL_KEYS if m["set"] == "adversarial" else MESSAGE_KEYS
        expected = [*MESSAGE_KEYS, "target"] if rewrite else expected
        assert list(m) == expected, m["id"]
        assert m["set"] in {"realworld", "adversarial"}
        assert m["split"] in {"dev", "heldout"}
        assert m["shape"] in SHAPES, m["id"]
        assert m["label"] in {"good", "bad"}
        assert isinstance(m["text"], str), m["id"]
        assert m["text"].strip(), m["id"]
        assert isinstance(m["context_known"], bool)


def test_counts_meet_the_minimums(messages):
    assert len(of_set(messages, "realworld")) >= MIN_REALWORLD
    adversarial = of_set(messages, "adversarial")
    assert len(adversarial) >= MIN_ADVERSARIAL
    assert sum(m["target"] != "coach" for m in adversarial) >= MIN_REWRITES


def test_realworld_set_is_roughly_45_good_55_bad(messages):
    realworld = of_set(messages, "realworld")
    good = sum(m["label"] == "good" for m in realworld) / len(realworld)
    assert 0.40 <= good <= 0.50


def test_issue_12_gamed_examples_are_in_the_adversarial_set(messages):
    texts = {m["text"] for m in of_set(messages, "adversarial")}
    for quote in ISSUE_12_QUOTES:
        assert quote in texts, quote


def test_ids_are_unique_and_prefixed_by_set(messages):
    ids = [m["id"] for m in messages]
    assert len(ids) == len(set(ids))
    for m in messages:
        prefix = "rw-" if m["set"] == "realworld" else "adv-"
        assert m["id"].startswith(prefix), m["id"]


def test_situation_is_given_exactly_when_context_is_known(messages):
    for m in messages:
        if not m["context_known"]:
            assert m["situation"] is None, m["id"]
            continue
        situation = m["situation"]
        assert set(situation) == SITUATION_KEYS, m["id"]
        assert situation["history"] in HISTORIES, m["id"]
        months = situation["months_since_contact"]
        assert months is None or (isinstance(months, int) and months >= 0), m["id"]
        assert situation["recipient_name"], m["id"]
        assert situation["kind"], m["id"]
        Context.from_situation(situation)  # raises if the coach could not use it


def test_about_a_third_of_realworld_messages_know_their_context(messages):
    # learners' rewrites of exercise 03 always know their situation: they are not counted
    realworld = [m for m in of_set(messages, "realworld") if not m.get("target")]
    share = sum(m["context_known"] for m in realworld) / len(realworld)
    assert 0.25 <= share <= 0.45
    rewrites = [m for m in of_set(messages, "realworld") if m.get("target")]
    assert rewrites
    assert all(m["context_known"] for m in rewrites)


def test_sources_exist_and_realworld_messages_cite_one(data, messages):
    for m in messages:
        if m["set"] == "realworld":
            assert m["source"] in data["sources"], m["id"]
        else:
            assert m["source"] is None or m["source"] in data["sources"], m["id"]
    cited = {m["source"] for m in messages}
    assert set(data["sources"]) <= cited, "every listed source inspired at least one message"
    assert len(data["sources"]) >= 25


def test_every_message_has_a_reason(messages):
    for m in messages:
        assert isinstance(m["reason"], str), m["id"]
        assert len(m["reason"].split()) >= 6, m["id"]


def test_no_message_text_repeats(messages):
    texts = Counter(" ".join(m["text"].lower().split()) for m in messages)
    assert [t for t, n in texts.items() if n > 1] == []


def test_adversarial_items_are_bad_and_tagged(messages):
    for m in of_set(messages, "adversarial"):
        assert m["label"] == "bad", m["id"]
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", m["gaming"]), m["id"]
        assert m["target"] == "coach" or m["target"].startswith("rewrite:"), m["id"]


def test_rewrite_targets_name_situations_the_exercise_grades(repo, messages):
    corpus = {s.id: s for s in load_samples("corpus")}
    notebook = json.loads((repo / EXERCISE).read_text(encoding="utf-8"))
    part_b = "".join(
        "".join(cell["source"])
        for cell in notebook["cells"]
        if cell["cell_type"] == "code" and "grade_corpus_rewrite" in "".join(cell["source"])
    )
    rewrites = [m for m in messages if m.get("target", "coach") != "coach"]
    assert rewrites
    for m in rewrites:
        sample_id = m["target"].removeprefix("rewrite:")
        assert sample_id in corpus, m["id"]
        assert f'"{sample_id}"' in part_b, m["id"]
        assert m["context_known"], m["id"]
        assert Context.from_situation(m["situation"]) == corpus[sample_id].context, m["id"]


def test_each_split_of_each_set_has_both_labels(messages):
    for split in ("dev", "heldout"):
        labels = {m["label"] for m in of_set(messages, "realworld") if m["split"] == split}
        assert labels == {"good", "bad"}, split
        assert any(m["split"] == split for m in of_set(messages, "adversarial")), split


def test_split_is_the_one_the_recorded_rule_produces(data, messages):
    seed = data["split"]["seed"]
    by_id = {m["id"]: m for m in messages}
    batched = [i for batch in data["split"]["batches"] for i in batch]
    assert sorted(batched) == sorted(by_id), "every message is in exactly one batch"

    def key(mid: str) -> str:
        return hashlib.sha256(f"{seed}:{mid}".encode()).hexdigest()

    for batch in data["split"]["batches"]:
        for set_name in ("realworld", "adversarial"):
            members = sorted(
                (by_id[i] for i in batch if by_id[i]["set"] == set_name),
                key=lambda m: (m["label"], m["shape"], key(m["id"])),
            )
            for position, m in enumerate(members):
                dealt = PATTERN[position % len(PATTERN)]
                if m["id"] in retired(data):
                    # Read while building the rules: retired from held-out to dev, never back.
                    assert dealt == "heldout", m["id"]
                    assert m["split"] == "dev", m["id"]
                else:
                    assert m["split"] == dealt, m["id"]


def retired(data) -> set[str]:
    """Held-out ids retired to dev after their misses were read (see the file's split rule)."""
    return set(data["split"].get("retired", {}).get("ids", []))


def test_retired_messages_say_when_and_why(data, messages):
    record = data["split"].get("retired")
    if record is None:
        return
    assert set(record) == {"ids", "when", "why"}
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", record["when"])
    assert len(record["why"]) > 60
    by_id = {m["id"]: m for m in messages}
    assert all(by_id[i]["split"] == "dev" for i in record["ids"])
    assert len(set(record["ids"])) == len(record["ids"])


def test_split_is_about_sixty_forty_in_each_set(data, messages):
    by_id = {m["id"]: m for m in messages}
    for batch in data["split"]["batches"]:
        for set_name in ("realworld", "adversarial"):
            # Retired ids were dealt to held-out and later moved to dev: they count as dealt.
            members = [by_id[i] for i in batch if by_id[i]["set"] == set_name]
            if len(members) < 10:
                continue
            dev = sum(m["split"] == "dev" and m["id"] not in retired(data) for m in members)
            assert 0.55 <= dev / len(members) <= 0.65, set_name
