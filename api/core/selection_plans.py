"""Selection plans: a subscription's selection compiled once into a function from an event to its `data`.

A shared stream (see `api.core.shared_streams`) executes its document once per event; with a plain
selection that execution is almost all bookkeeping (field collection, resolve infos, completion). For
such a document the stream compiles a plan: the same reads and the same leaf serialisation
(`coerce_output_value` of each scalar or enum) that graphql-core's executor would run, without the
executor. The plan covers:

- fields without arguments or directives, and `__typename`;
- fields read from an attribute or computed by a synchronous resolver that takes nothing but its object
  (no `info`, no arguments, no field extensions or permission classes);
- object and leaf types, nullable or not (no lists, interfaces, unions or fragments).

A root field may also declare fields of its event as *fixed*: for one stream, the value of such a field
is taken to depend only on the identity of the object the event holds (a nozzle loaded when the stream
started, its grade read through the stream's loaders). Their sub-results are remembered per object; a
fixed field whose selection cannot be planned (an async resolver, say) is learnt from the first real
execution of an event holding that object.

Whatever the plan cannot produce exactly as the executor would (a null where one is not allowed, a value
a scalar refuses, an object not yet learnt, any exception) makes it step aside: that event is executed
normally, errors and all. A document the plan does not cover is executed normally for every event.
"""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable, Collection, Mapping
from operator import attrgetter
from typing import Any

from graphql import (
    DocumentNode,
    ExecutionResult,
    FieldNode,
    GraphQLField,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLResolveInfoHelpers,
    GraphQLSchema,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    Undefined,
    is_leaf_type,
    is_object_type,
)
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.field import StrawberryField

Complete = Callable[[Any], Any]
MAX_FIXED_OBJECTS = 4096  # remembered objects per plan; past this the memory starts over


class PlanMiss(Exception):
    """This event needs a real execution."""


class FixedField:
    """A field of the event whose sub-result is remembered per object (by identity) for the stream."""

    def __init__(self, key: str, getter: Complete, complete: Complete | None) -> None:
        self.key, self.getter, self.complete = key, getter, complete
        self.known: dict[int, tuple[Any, Any]] = {}  # id(object) -> (object, sub-result): the object pins the id

    def value(self, parent: Any) -> Any:
        obj = self.getter(parent)
        known = self.known.get(id(obj))
        if known is not None and known[0] is obj:
            return known[1]
        if self.complete is None:
            raise PlanMiss(self.key)
        result = self.complete(obj)
        self.remember(obj, result)
        return result

    def remember(self, obj: Any, result: Any) -> None:
        if len(self.known) >= MAX_FIXED_OBJECTS:
            self.known.clear()
        self.known[id(obj)] = (obj, result)


class SelectionPlan:
    """`data(event)` is the `data` an execution of the document would give for `event`, or PlanMiss."""

    def __init__(self, root_key: str, root: Complete, fixed: list[FixedField]) -> None:
        self.root_key, self._root, self.fixed = root_key, root, fixed

    def data(self, event: Any) -> dict[str, Any]:
        return {self.root_key: self._root(event)}

    def learn(self, event: Any, result: ExecutionResult) -> None:
        """Remember the fixed fields' sub-results of an event that was executed without errors."""
        if result.errors or not isinstance(result.data, dict):
            return
        root = result.data.get(self.root_key)
        if not isinstance(root, dict):
            return
        for field in self.fixed:
            if field.key in root:
                try:
                    obj = field.getter(event)
                except Exception:  # noqa: S112  # the execution read it without error; nothing to learn otherwise
                    continue
                field.remember(obj, root[field.key])


def compile_plan(schema: GraphQLSchema, document: DocumentNode, operation_name: str | None,
                 fixed: Mapping[str, Collection[str]] | None = None) -> SelectionPlan | None:
    """The plan of a subscription document with one root field, or None when it is not covered.

    `fixed` maps root subscription fields to the names of their type's fields that are fixed per object.
    """
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if operation_name is not None:
        operations = [o for o in operations if o.name is not None and o.name.value == operation_name]
    root_type = schema.subscription_type
    if len(operations) != 1 or operations[0].operation is not OperationType.SUBSCRIPTION or root_type is None:
        return None
    operation = operations[0]
    selections = operation.selection_set.selections
    if operation.directives or len(selections) != 1 or not isinstance(selections[0], FieldNode):
        return None
    node = selections[0]
    field = root_type.fields.get(node.name.value)
    if field is None or node.directives or node.selection_set is None:
        return None
    event_type = field.type.of_type if isinstance(field.type, GraphQLNonNull) else field.type
    if not isinstance(event_type, GraphQLObjectType):
        return None
    fixed_fields: list[FixedField] = []
    complete = _object(event_type, node.selection_set, set((fixed or {}).get(node.name.value, ())), fixed_fields)
    if complete is None:
        return None
    complete = _nullable(complete)
    if isinstance(field.type, GraphQLNonNull):
        complete = _non_null(complete)
    return SelectionPlan(node.alias.value if node.alias else node.name.value, complete, fixed_fields)


def _object(gql_type: GraphQLObjectType, selection_set: SelectionSetNode, fixed: set[str],
            fixed_fields: list[FixedField]) -> Complete | None:
    entries: list[tuple[str, Complete]] = []
    for selection in selection_set.selections:
        if not isinstance(selection, FieldNode) or selection.directives or selection.arguments:
            return None
        name = selection.name.value
        key = selection.alias.value if selection.alias else name
        if any(key == k for k, _ in entries):
            return None  # the executor would merge the two selections
        if name == "__typename":
            entries.append((key, _constant(gql_type.name)))
            continue
        field = gql_type.fields.get(name)
        getter = _getter(field) if field is not None else None
        if field is None or getter is None:
            return None
        complete = _complete(field.type, selection.selection_set)
        if name in fixed:
            fixed_field = FixedField(key, getter, complete)
            fixed_fields.append(fixed_field)
            entries.append((key, fixed_field.value))
        elif complete is None:
            return None
        else:
            entries.append((key, _read(getter, complete)))
    is_type_of = gql_type.is_type_of

    def complete_object(value: Any) -> dict[str, Any]:
        if is_type_of is not None and is_type_of(value, None) is not True:  # type: ignore[arg-type]
            raise PlanMiss(gql_type.name)
        return {key: read(value) for key, read in entries}

    return complete_object


def _complete(gql_type: GraphQLOutputType, selection_set: SelectionSetNode | None) -> Complete | None:
    if isinstance(gql_type, GraphQLNonNull):
        inner = _complete(gql_type.of_type, selection_set)
        return _non_null(inner) if inner is not None else None
    if is_leaf_type(gql_type):
        if selection_set is not None:
            return None
        coerce = gql_type.coerce_output_value

        def leaf(value: Any) -> Any:
            if value is None or value is Undefined:
                return None
            if isinstance(value, Exception):
                raise PlanMiss(value)
            coerced = coerce(value)
            if coerced is None or coerced is Undefined:
                raise PlanMiss(value)
            return coerced

        return leaf
    if is_object_type(gql_type) and selection_set is not None:
        complete = _object(gql_type, selection_set, set(), [])
        return _nullable(complete) if complete is not None else None
    return None  # lists, interfaces, unions


def _getter(field: GraphQLField) -> Complete | None:
    """How the executor reads the field from its object, when that is a plain synchronous read."""
    definition = field.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
    if not isinstance(definition, StrawberryField) or definition.extensions or field.args or definition.arguments:
        return None
    resolver = definition.base_resolver
    if resolver is None:
        if definition.default_resolver is getattr:
            return attrgetter(definition.python_name)
        return lambda source: definition.get_result(source, None, [], {})
    if resolver.is_async or resolver.info_parameter is not None:
        return None
    self_parameter = resolver.self_parameter is not None
    named = [p.name for p in (resolver.parent_parameter, resolver.root_parameter) if p is not None]

    def call(source: Any) -> Any:
        result = definition.get_result(source, None, [source] if self_parameter else [],
                                       dict.fromkeys(named, source))
        if inspect.isawaitable(result):
            if inspect.iscoroutine(result):
                result.close()
            raise PlanMiss(definition.python_name)
        return result

    return call


def _read(getter: Complete, complete: Complete) -> Complete:
    return lambda parent: complete(getter(parent))


def _constant(value: str) -> Complete:
    return lambda _parent: value


def _non_null(complete: Complete) -> Complete:
    def non_null(value: Any) -> Any:
        completed = complete(value)
        if completed is None:
            raise PlanMiss("null")
        return completed

    return non_null


def _nullable(complete: Complete) -> Complete:
    def nullable(value: Any) -> Any:
        if value is None or value is Undefined:
            return None
        if isinstance(value, Exception):
            raise PlanMiss(value)
        return complete(value)

    return nullable


class PlannedExecutionContext(StrawberryGraphQLCoreExecutionContext):
    """The schema's executor: a subscription event whose context carries a plan is answered by the plan.

    The context's `selection_plan` is set by shared streams only. Any event the plan steps aside for is
    executed normally (and teaches the plan its fixed fields).

    Its resolvers' async helpers reach the context through a weak reference: graphql-core gives them the
    context's bound methods, a cycle that left every execution (about 50 objects) for the cyclic garbage
    collector, whose full passes then stalled the live streams.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        context = weakref.ref(self)

        def gather(work: Any) -> Any:
            alive = context()
            assert alive is not None  # the execution holds its context while it runs
            return alive.gather_async_work(work)

        def track(work: Any) -> None:
            alive = context()
            assert alive is not None
            alive.track_async_work(work)

        self.async_helpers = GraphQLResolveInfoHelpers(gather=gather, track=track)

    def execute_operation(self, serially: bool | None = None) -> Any:
        plan: SelectionPlan | None = getattr(self.context_value, "selection_plan", None)
        if (plan is None or self.operation.operation is not OperationType.SUBSCRIPTION or self.root_value is None
                or (self.abort_signal is not None and self.abort_signal.aborted)):
            return super().execute_operation(serially)
        event = self.root_value
        try:
            return ExecutionResult(plan.data(event), None)
        except Exception:  # noqa: S110  # PlanMiss or a read that failed: the execution tells the client what it gets
            pass
        result = super().execute_operation(serially)
        if self.is_awaitable(result):
            async def learnt() -> Any:
                executed = await result
                if isinstance(executed, ExecutionResult):
                    plan.learn(event, executed)
                return executed

            return learnt()
        if isinstance(result, ExecutionResult):
            plan.learn(event, result)
        return result
