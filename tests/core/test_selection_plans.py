"""Selection plans answer a subscription's events exactly as executing the document would, or step aside."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from dataclasses import dataclass
from typing import Any

import pytest
import strawberry
from graphql import parse
from hypothesis import given, settings
from hypothesis import strategies as st

from api.core.scalars import SCALARS, Long, Money
from api.core.selection_plans import PlannedExecutionContext, SelectionPlan, compile_plan


@strawberry.type
class Grade:
    name: str
    code: str | None

    @strawberry.field
    async def label(self) -> str:  # async: a plan cannot compute it, only learn it
        return f"{self.name}/{self.code}"


@strawberry.type
class Nozzle:
    number: int
    grade: Grade | None

    @strawberry.field
    def title(self) -> str:
        return f"{self.number}号枪"


@strawberry.type
class Status:
    nozzle: Nozzle
    state: str
    amount: Money
    version: Long
    note: str | None
    required: str

    @strawberry.field
    def shout(self, times: int = 1) -> str:  # arguments: not planned
        return self.state * times


EVENTS: list[Status] = []


@strawberry.type
class Query:
    ok: bool = True


@strawberry.type
class Subscription:
    @strawberry.subscription
    async def changed(self) -> AsyncGenerator[Status]:
        for event in EVENTS:
            yield event


@dataclass
class PlanContext:
    selection_plan: SelectionPlan | None = None


def schemas() -> tuple[strawberry.Schema, strawberry.Schema]:
    config = strawberry.schema.config.StrawberryConfig(scalar_map=SCALARS)
    planned = strawberry.Schema(query=Query, subscription=Subscription, config=config,
                                execution_context_class=PlannedExecutionContext)
    plain = strawberry.Schema(query=Query, subscription=Subscription, config=config)
    return planned, plain


PLANNED, PLAIN = schemas()
DOCUMENT = """subscription { changed { __typename state amount { fen yuan } version note required
  nozzle { number title grade { name code label } } } }"""


async def results(schema: strawberry.Schema, document: str, plan: SelectionPlan | None) -> list[Any]:
    source = await schema.subscribe(document, context_value=PlanContext(plan))
    assert not isinstance(source, strawberry.types.ExecutionResult)
    return [(r.data, [e.formatted for e in r.errors or []]) async for r in source]


def plan_of(document: str, fixed: dict[str, set[str]] | None = None) -> SelectionPlan | None:
    return compile_plan(PLANNED._schema, parse(document), None, fixed)


def status(number: int, *, grade: Grade | None, state: str = "FUELING", fen: int = 100, note: str | None = None,
           required: Any = "x", nozzle: Nozzle | None = None) -> Status:
    return Status(nozzle=nozzle or Nozzle(number=number, grade=grade), state=state, amount=Money(fen=Long(fen)),
                  version=Long(number), note=note, required=required)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 3), st.booleans(), st.integers(0, 10**9), st.none() | st.text(max_size=5),
                          st.sampled_from(["x", None])), min_size=1, max_size=8))
async def test_a_plan_answers_what_the_executor_answers(events: list[tuple[int, bool, int, str | None, Any]]) -> None:
    grades = {n: Grade(name=f"{90 + n}#", code=None if n == 2 else f"14{n:02d}") for n in (1, 2, 3)}
    nozzles = {n: Nozzle(number=n, grade=grades[n]) for n in (1, 2, 3)}
    EVENTS[:] = [status(n, grade=None, fen=fen, note=note, required=required,
                        nozzle=nozzles[n] if graded else Nozzle(number=n, grade=None))
                 for n, graded, fen, note, required in events]
    plan = plan_of(DOCUMENT, {"changed": {"nozzle"}})
    assert plan is not None
    assert await results(PLANNED, DOCUMENT, plan) == await results(PLAIN, DOCUMENT, None)


async def test_fixed_fields_are_learnt_once_per_object_and_not_recomputed() -> None:
    grade = Grade(name="92#", code="1402")
    nozzle = Nozzle(number=1, grade=grade)
    EVENTS[:] = [status(1, grade=None, fen=fen, nozzle=nozzle) for fen in (1, 2, 3)]
    plan = plan_of(DOCUMENT, {"changed": {"nozzle"}})
    assert plan is not None
    first = await results(PLANNED, DOCUMENT, plan)
    assert [data["changed"]["nozzle"]["grade"]["label"] for data, _ in first] == ["92#/1402"] * 3
    grade.name = "95#"  # the same object: within a stream its fixed sub-result is the one learnt
    again = await results(PLANNED, DOCUMENT, plan)
    assert again[0][0]["changed"]["nozzle"]["grade"]["name"] == "92#"
    assert [data["changed"]["amount"]["fen"] for data, _ in again] == [1, 2, 3]


async def test_a_null_where_none_is_allowed_gets_the_executors_error() -> None:
    document = "subscription { changed { state required nozzle { number title } } }"
    EVENTS[:] = [status(1, grade=None, required=None), status(2, grade=None)]
    plan = plan_of(document)
    assert plan is not None
    planned = await results(PLANNED, document, plan)
    assert planned == await results(PLAIN, document, None)
    assert planned[1] == ({"changed": {"state": "FUELING", "required": "x",
                                       "nozzle": {"number": 2, "title": "2号枪"}}}, [])
    assert planned[0][1] and planned[0][1][0]["path"] == ["changed", "required"]


@pytest.mark.parametrize("document", [
    "subscription { changed { shout(times: 2) } }",  # arguments
    "subscription { changed { ... on Status { state } } }",  # fragments
    "subscription { changed { state @include(if: true) } }",  # directives
    "subscription { changed { state state: note } }",  # a key selected twice
    "subscription { changed { nozzle { grade { label } } } }",  # an async field that is not fixed
    "query { ok }",
])
def test_documents_a_plan_does_not_cover_are_executed(document: str) -> None:
    assert plan_of(document) is None
