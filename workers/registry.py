"""The actor registry: every actor names its queue, retries and time limit explicitly.

Actors are declared on a broker only when one is configured (`workers.broker.configure`), so importing a
module of actors never creates a broker by accident; the decorated function stays a plain function that
tests may call directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


@dataclass(frozen=True)
class ActorSpec:
    name: str
    fn: Callable[..., Any]
    queue: str
    max_retries: int
    time_limit_ms: int
    min_backoff_ms: int


ACTORS: dict[str, ActorSpec] = {}


def actor(*, queue: str, max_retries: int = 5, time_limit_s: int = 60,
          min_backoff_ms: int = 1000) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Register `fn` as an actor named after it, on `queue`."""

    def register(fn: Callable[P, R]) -> Callable[P, R]:
        name = fn.__name__
        if name in ACTORS and ACTORS[name].fn is not fn:
            raise ValueError(f"two actors named {name}")
        ACTORS[name] = ActorSpec(name, fn, queue, max_retries, time_limit_s * 1000, min_backoff_ms)
        return fn

    return register


def spec(name: str) -> ActorSpec:
    try:
        return ACTORS[name]
    except KeyError:
        raise LookupError(f"no actor named {name!r}") from None
