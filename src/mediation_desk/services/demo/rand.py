"""Cheaper equivalents of ``Random.choice``/``choices`` for the hot paths (a hundred thousand
persons and stories must take seconds): one ``rng.random()`` call per draw, still deterministic."""

from __future__ import annotations

from bisect import bisect
from collections.abc import Sequence
from random import Random
from typing import TypeVar

T = TypeVar("T")


def wpick(rng: Random, population: Sequence[T], cum_weights: Sequence[float]) -> T:
    """Weighted draw with precomputed cumulative weights (as ``rng.choices(..., cum_weights=)``)."""
    last = len(cum_weights) - 1
    return population[bisect(cum_weights, rng.random() * cum_weights[last], 0, last)]


def pick(rng: Random, seq: Sequence[T]) -> T:
    """Uniform draw (as ``rng.choice``)."""
    return seq[int(rng.random() * len(seq))]


def between(rng: Random, low: int, high: int) -> int:
    """Uniform integer in [low, high] (as ``rng.randint``)."""
    return low + int(rng.random() * (high - low + 1))
