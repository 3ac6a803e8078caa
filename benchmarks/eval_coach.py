"""How well the coach agrees with every labelled message set (``python benchmarks/eval_coach.py``).

For each set: how many messages, the AUC of the score (the chance a good message outscores a bad
one; replies are judged by category instead and left out of it), the good/bad verdict agreement,
the reply classifier's accuracy, and for the adversarial sets how many gamed messages were judged
good and how many gamed rewrites pass exercise 03's grader (both should be 0), and for the
real-world sets how many learners' honest rewrites labelled good pass it. The same figures
are printed for the course's hand-set prior weights, for comparison with the fitted ones.

The weights were fitted on ``corpus``, ``dev``, ``realworld-dev`` and ``adversarial-dev`` only;
the held-out figures are measured, never tuned against. ``--misses`` lists what each set got wrong
(do not use it on held-out sets to tune the rules). ``--dev-only`` prints only the sets the
weights are fitted on, for work on the rules that must not see a held-out figure.
"""

import argparse

from rapport.messages.corpus import ALL_SETS, TUNING_SETS, agreement, load_samples
from rapport.messages.rules import RULES
from rapport.messages.weights import Weights, load_weights

PRIORS = Weights(0.0, {rule.id: rule.prior for rule in RULES})


def rewrites_passing(samples, misses) -> dict[str, tuple[int, int]]:
    """By label: how many of a set's rewrites of exercise 03's messages pass, and of how many.

    :func:`agreement` has already graded them (a rewrite is judged as the grader judges it), so a
    good rewrite passes unless it was missed, and a bad one passes when it was.
    """
    missed = set(misses)
    counts = {}
    for label in ("good", "bad"):
        rewrites = [s for s in samples if s.kind == "rewrite" and s.target and s.label == label]
        passing = sum((s.id in missed) != (label == "good") for s in rewrites)
        counts[label] = (passing, len(rewrites))
    return counts


def _auc(result) -> str:
    """The AUC to 3 places, or "-" for a set with one label only (the adversarial sets)."""
    value = result["auc"]
    return "-" if value != value else f"{value:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the ids each set got wrong")
    parser.add_argument(
        "--dev-only", action="store_true", help="print only the sets the weights are fitted on"
    )
    args = parser.parse_args()
    print(f"{'set':<22}{'n':>5}{'AUC':>8}{'agree':>8}{'replies':>9}{'judged good':>13}"
          f"{'rewrites pass':>15}   {'priors: AUC':>11}{'agree':>8}")  # fmt: skip
    for which in TUNING_SETS if args.dev_only else ALL_SETS:
        samples = load_samples(which)
        if not samples:
            print(f"{which:<22}{0:>5}   (no messages yet)")
            continue
        fitted = agreement(samples, load_weights())
        prior = agreement(samples, PRIORS)
        adversarial = which.startswith("adversarial")
        good = fitted["judged_good"] if adversarial else "-"
        graded = rewrites_passing(samples, fitted["misses"])
        passing = graded["bad"][0] if adversarial and graded["bad"][1] else "-"
        replies = f"{fitted['replies']:.0%}" if fitted["reply_count"] else "-"
        tuned = "" if which in TUNING_SETS else "  (held out)"
        print(f"{which:<22}{fitted['messages']:>5}{_auc(fitted):>8}{fitted['judgement']:>8.1%}"
              f"{replies:>9}{good!s:>13}{passing!s:>15}   {_auc(prior):>11}"
              f"{prior['judgement']:>8.1%}{tuned}")  # fmt: skip
        (good_pass, good_n), (bad_pass, bad_n) = graded["good"], graded["bad"]
        if not adversarial and good_n + bad_n:
            print(f"    learners' rewrites for exercise 03: {good_pass}/{good_n} good ones pass, "
                  f"{bad_n - bad_pass}/{bad_n} bad ones do not")  # fmt: skip
        if args.misses and fitted["misses"]:
            print(f"    missed: {', '.join(fitted['misses'])}")


if __name__ == "__main__":
    main()
