"""Fit the coach's weights to labelled messages (``make fit-coach``).

The model is a logistic regression over the rules (one 0/1 feature per rule: does it apply?),
fitted by Newton's method as a maximum a posteriori estimate with a Gaussian prior centred on
each rule's own prior weight. The prior keeps rules the data rarely sees at the course's own
judgement and lets the data move the others; how tightly (the prior precision) is chosen by
5-fold cross-validation on the same data: the strongest prior within one standard error of the
best out-of-fold log loss. The verdict's good line is chosen on the same out-of-fold
predictions, not on the fit to the whole data, by the same rule: the line nearest 50 within one
standard error of the best agreement. A strength's weight is kept at or above zero and a
problem's at or below: a weight of the wrong sign is held at zero and the rest refitted. A bad
message whose verdict an anti-pattern or the rewrite grader's refusal already settles is left out
of the fit (:func:`settled_elsewhere`): the weights cannot change its verdict. An anti-pattern's
weight therefore learns only from good messages it fires on, and otherwise stays at its prior
(it only orders messages under the cap).

Only the ``dev`` sets are used (:data:`rapport.messages.corpus.TUNING_SETS`); held-out sets are
never read here. The result is written to ``rapport/data/coach_weights.json``.
"""

from __future__ import annotations

import argparse
import json
import math
import zlib
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from rapport.messages.analyze import detect
from rapport.messages.corpus import TUNING_SETS, Sample, load_samples
from rapport.messages.rules import RULES, Rule

PRECISIONS = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0)
THRESHOLDS = range(30, 71)  # candidate "good" lines on the 0-100 score
INTERCEPT_PRIOR = (0.0, 0.1)  # mean and precision: the data sets the base rate
FOLDS = 5
OUT = Path(__file__).resolve().parents[1] / "data" / "coach_weights.json"


def scored_rules(rules: Sequence[Rule] = RULES) -> list[Rule]:
    """Return the rules that move the score (every rule but notes)."""
    return [rule for rule in rules if rule.kind != "note"]


def training_samples(sets: Sequence[str] = TUNING_SETS) -> list[Sample]:
    """Every labelled message the coach judges (outreach and rewrites, not replies) in ``sets``.

    The model rewrite that comes with a bad message is a good message in its own right (the
    course's own answer for that situation), so it is a good sample too.
    """
    samples = [s for which in sets for s in load_samples(which) if s.kind != "reply"]
    models = [
        replace(s, id=f"{s.id}:rewrite", kind="rewrite", text=s.rewrite, label="good", target=s.id)
        for s in samples
        if s.label == "bad" and s.rewrite and s.kind == "outreach"
    ]
    return samples + models


def settled_elsewhere(sample: Sample, row: np.ndarray, rules: Sequence[Rule]) -> bool:
    """Whether a bad sample's verdict is settled by something other than the score.

    An anti-pattern caps the score below the good line, and exercise 03's grader refuses a
    copied or padded rewrite before it is scored: the verdict of such a bad sample does not
    depend on the weights, so it teaches them nothing. Left in, it would pull down the weights
    of the strengths it borrows (a copied model rewrite has every one of them).
    """
    if sample.label != "bad":
        return False
    if any(row[j] for j, rule in enumerate(rules) if rule.anti_pattern):
        return True
    if sample.kind == "rewrite" and sample.target:
        from rapport.messages.rewrites import grade_corpus_rewrite

        return grade_corpus_rewrite(sample.target, sample.text).refused is not None
    return False


def features(samples: Sequence[Sample], rules: Sequence[Rule]) -> np.ndarray:
    """Return a 0/1 matrix: row per sample, column per rule, 1 where the rule applies."""
    index = {rule.id: j for j, rule in enumerate(rules)}
    x = np.zeros((len(samples), len(rules)))
    for i, sample in enumerate(samples):
        for rule, _ in detect(sample.text, sample.context, tuple(rules)):
            x[i, index[rule.id]] = 1.0
    return x


def fit_map(x: np.ndarray, y: np.ndarray, rules: Sequence[Rule], precision: float) -> np.ndarray:
    """Return ``[intercept, w_1, ..., w_d]``: the sign-constrained MAP logistic regression."""
    d = x.shape[1]
    design = np.hstack([np.ones((len(x), 1)), x])
    mean = np.array([INTERCEPT_PRIOR[0], *(rule.prior for rule in rules)])
    prec = np.array([INTERCEPT_PRIOR[1], *([precision] * d)])
    sign = np.array([0.0, *(1.0 if rule.kind == "strength" else -1.0 for rule in rules)])
    free = np.ones(d + 1, dtype=bool)
    for _ in range(d + 1):
        beta = _newton(design, y, mean, prec, free)
        wrong = free & (sign * beta < -1e-12)
        if not wrong.any():
            return beta
        free &= ~wrong
    return beta


def _newton(design, y, mean, prec, free) -> np.ndarray:
    """Minimise the negative log posterior over the free weights (the others held at zero).

    Each Newton step is halved until the objective falls enough (Armijo's rule): a full step
    from the prior can overshoot when the data nearly separate, and plain Newton then diverges.
    """
    beta = np.where(free, mean, 0.0)
    cols = np.flatnonzero(free)
    loss = _objective(design, y, mean, prec, beta)
    for _ in range(200):
        p = 1.0 / (1.0 + np.exp(-np.clip(design @ beta, -40, 40)))
        grad = design.T @ (p - y) + prec * (beta - mean)
        hess = (design.T * (p * (1 - p))) @ design + np.diag(prec)
        step = np.zeros_like(beta)
        step[cols] = np.linalg.solve(hess[np.ix_(cols, cols)], grad[cols])
        size, slope = 1.0, float(grad @ step)
        while size > 1e-10:
            trial = beta - size * step
            trial_loss = _objective(design, y, mean, prec, trial)
            if trial_loss <= loss - 1e-4 * size * slope:
                break
            size /= 2
        beta, loss = trial, trial_loss
        if np.max(np.abs(size * step)) < 1e-10:
            break
    return beta


def _objective(design, y, mean, prec, beta) -> float:
    """Return the negative log posterior: the log loss plus the Gaussian prior's penalty."""
    z = design @ beta
    return float(np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * np.sum(prec * (beta - mean) ** 2))


def predict(beta: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Probabilities from ``[intercept, weights...]`` for rows of ``x``."""
    return 1.0 / (1.0 + np.exp(-np.clip(beta[0] + x @ beta[1:], -40, 40)))


def auc(scores: Sequence[float], labels: Sequence[int]) -> float:
    """Area under the ROC curve: the chance a random good message outscores a random bad one."""
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def folds(samples: Sequence[Sample], k: int = FOLDS) -> np.ndarray:
    """Return a fold number per sample, stratified by label, fixed by the ids (reproducible)."""
    fold = np.zeros(len(samples), dtype=int)
    for label in ("good", "bad"):
        members = [i for i, s in enumerate(samples) if s.label == label]
        members.sort(key=lambda i: zlib.crc32(samples[i].id.encode()))
        for rank, i in enumerate(members):
            fold[i] = rank % k
    return fold


def out_of_fold(x, y, rules, precision: float, fold: np.ndarray) -> np.ndarray:
    """Each sample's probability from the model fitted on the other folds."""
    out = np.zeros(len(y))
    for f in range(fold.max() + 1):
        test = fold == f
        beta = fit_map(x[~test], y[~test], rules, precision)
        out[test] = predict(beta, x[test])
    return out


def _losses(out: np.ndarray, y: np.ndarray) -> np.ndarray:
    eps = 1e-9
    return -(y * np.log(out + eps) + (1 - y) * np.log(1 - out + eps))


def cross_validate(x, y, rules, precision: float, fold: np.ndarray) -> tuple[float, float]:
    """Mean out-of-fold log loss and pooled out-of-fold AUC for one prior precision."""
    out = out_of_fold(x, y, rules, precision, fold)
    return float(np.mean(_losses(out, y))), auc(list(out), list(y))


def one_standard_error(losses: dict[float, np.ndarray]) -> float:
    """Return the strongest prior whose CV loss is within one standard error of the best.

    The usual guard against over-fitting: among settings the data cannot tell apart, take the
    most regularised (closest to the course's own weights).
    """
    best = min(losses, key=lambda p: float(np.mean(losses[p])))
    spread = float(np.std(losses[best], ddof=1) / math.sqrt(len(losses[best])))
    limit = float(np.mean(losses[best])) + spread
    return max(p for p in losses if float(np.mean(losses[p])) <= limit)


def choose_threshold(out: np.ndarray, y: np.ndarray, blocked: np.ndarray) -> int:
    """Return the good line (0-100): nearest 50 within one SE of the best out-of-fold agreement.

    As with the prior's strength, the data moves the line away from the even odds of 50 only
    as far as it clearly pays: a line a few messages better on this sample is noise. ``blocked``
    marks samples with an anti-pattern, which are never judged good.
    """
    scores = np.round(100 * out)

    def agreement(t: int) -> float:
        good = (scores >= t) & ~blocked
        return float(np.mean(good == (y == 1)))

    best = max(agreement(t) for t in THRESHOLDS)
    standard_error = math.sqrt(best * (1 - best) / len(y))
    close = [t for t in THRESHOLDS if agreement(t) >= best - standard_error - 1e-9]
    return min(close, key=lambda t: (abs(t - 50), t))


def fit(sets: Sequence[str] = TUNING_SETS, rules: Sequence[Rule] = RULES) -> dict:
    """Fit the weights on ``sets`` and return the contents of the weights file."""
    samples = training_samples(sets)
    scored = scored_rules(rules)
    x = features(samples, scored)
    kept = [i for i, s in enumerate(samples) if not settled_elsewhere(s, x[i], scored)]
    settled = len(samples) - len(kept)
    samples, x = [samples[i] for i in kept], x[kept]
    y = np.array([1.0 if s.label == "good" else 0.0 for s in samples])
    fold = folds(samples)
    oof = {p: out_of_fold(x, y, scored, p, fold) for p in PRECISIONS}
    losses = {p: _losses(out, y) for p, out in oof.items()}
    trials = {p: (float(np.mean(losses[p])), auc(list(oof[p]), list(y))) for p in PRECISIONS}
    best = one_standard_error(losses)
    blocked = np.asarray(x[:, [j for j, r in enumerate(scored) if r.anti_pattern]].any(axis=1))
    threshold = choose_threshold(oof[best], y, blocked)
    beta = fit_map(x, y, scored, best)
    counts = {which: sum(1 for s in samples if s.id in _ids(which)) for which in sets}
    return {
        "about": "Log-odds weights of the coach's rules; written by `make fit-coach`.",
        "model": "logistic regression, MAP with a Gaussian prior on each rule's prior weight",
        "fitted_on": {
            "sets": counts,
            "messages": len(samples),
            "good": int(y.sum()),
            "bad": int(len(y) - y.sum()),
            "bad_settled_elsewhere": settled,
        },
        "prior_precision": best,
        "good_score": threshold,
        "cross_validation": {
            "folds": FOLDS,
            "rule": "strongest prior within one standard error of the best CV log loss; "
            "good line nearest 50 within one standard error of the best out-of-fold agreement",
            "by_precision": {
                str(p): {"log_loss": round(loss, 4), "auc": round(area, 4)}
                for p, (loss, area) in trials.items()
            },
        },
        "intercept": round(float(beta[0]), 4),
        "weights": {rule.id: round(float(w), 4) for rule, w in zip(scored, beta[1:], strict=True)},
        "fired": {rule.id: int(x[:, j].sum()) for j, rule in enumerate(scored)},
    }


def _ids(which: str) -> set[str]:
    return {s.id for s in load_samples(which)}


def main(argv: Sequence[str] | None = None) -> None:
    """Fit and write the weights file, printing the cross-validated figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the weights")
    args = parser.parse_args(argv)
    result = fit()
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    on = result["fitted_on"]
    print(f"fitted on {on['messages']} messages ({on['good']} good, {on['bad']} bad): {on['sets']}")
    for p, figures in result["cross_validation"]["by_precision"].items():
        mark = " <- chosen" if float(p) == result["prior_precision"] else ""
        print(f"  prior precision {p:>5}: CV log loss {figures['log_loss']:.3f}, "
              f"CV AUC {figures['auc']:.3f}{mark}")  # fmt: skip
    print(
        f"good line, nearest 50 within one SE of the best out-of-fold agreement: "
        f"score >= {result['good_score']}"
    )
    print(f"wrote {args.out}")
    if not math.isfinite(result["intercept"]):
        raise SystemExit("the fit did not converge")


if __name__ == "__main__":
    main()
