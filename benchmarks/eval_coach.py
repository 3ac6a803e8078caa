"""How often the coach agrees with the labelled message sets (the quality bar: 90%).

``corpus`` and ``dev`` were used to tune the rules; ``held-out`` never was. Prints, for each set
and for all together, the good/bad agreement of the coach's judgement, the reply classifier's
category accuracy, and the messages it got wrong.
"""

from rapport.messages.corpus import SETS, agreement, load_samples


def main() -> None:
    everything = ()
    for which in SETS:
        samples = load_samples(which)
        everything += samples
        _print(f"{which} ({'tuned on' if which != 'held-out' else 'never tuned on'})", samples)
    _print("all sets", everything)


def _print(title: str, samples) -> None:
    result = agreement(samples)
    print(f"{title}: {result['messages']} messages, {result['reply_count']} replies")
    print(
        f"  good/bad agreement {result['judgement']:.1%}   reply categories {result['replies']:.1%}"
    )
    if result["misses"]:
        print(f"  missed: {', '.join(result['misses'])}")


if __name__ == "__main__":
    main()
