"""Query limits checked during validation, before anything executes.

Depth, aliases and tokens use Strawberry's extensions; this module adds the two checks it lacks:
- cost: every field costs 1; a field given `first` (a connection) multiplies the cost of what it selects
  by `first` (the variable's value when it is one; 100 when unknown), any other list of objects by 10 (a
  connection's `edges` is not counted twice); at most `max_cost` in all.
- mutations per request: at most `max_mutations` top-level mutation fields in one document.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    NamedTypeNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    ValidationRule,
    VariableNode,
    get_named_type,
    get_nullable_type,
    is_list_type,
)
from strawberry.extensions import SchemaExtension

LIST_FACTOR = 10
MAX_PAGE = 100
PAGE_FIELDS = {"edges", "nodes"}  # already multiplied by their connection's `first`
LIST_HINT_ARGS = {"first", "last", "limit"}


def _limit_error(message: str, node: Any) -> GraphQLError:
    return GraphQLError(message, node, extensions={"code": "QUERY_LIMIT"})


class QueryCost(SchemaExtension):
    """Refuses an operation whose cost exceeds `max_cost`, before validation and execution.

    An extension rather than a validation rule because the cost of `first: $n` depends on the variables.
    """

    def __init__(self, max_cost: int) -> None:
        self.max_cost = max_cost

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        document = context.graphql_document
        if document is not None and not context.pre_execution_errors:
            cost = operation_cost(context.schema._schema, document, context.operation_name,
                                  context.variables or {})
            if cost > self.max_cost:
                context.pre_execution_errors = [
                    _limit_error(f"查询过于复杂（成本 {cost}，上限 {self.max_cost}）", None)]
        yield


def operation_cost(schema: GraphQLSchema, document: DocumentNode, operation_name: str | None,
                   variables: dict[str, Any]) -> int:
    """The cost of the operation named `operation_name` (or the only one) of `document`."""
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    chosen = [o for o in operations if operation_name is None or (o.name and o.name.value == operation_name)]
    if not chosen:
        return 0
    operation = chosen[0]
    return _Coster(schema, fragments, variables).selection(
        operation.selection_set, schema.get_root_type(operation.operation), depth=0)


class _Coster:
    def __init__(self, schema: GraphQLSchema, fragments: dict[str, FragmentDefinitionNode],
                 variables: dict[str, Any]) -> None:
        self.schema, self.fragments, self.variables = schema, fragments, variables

    def selection(self, selection_set: SelectionSetNode | None, parent: Any, depth: int) -> int:
        if selection_set is None or depth > 64:
            return 0
        total = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                total += self.field(selection, parent, depth)
                continue
            condition: NamedTypeNode | None
            if isinstance(selection, FragmentSpreadNode):
                fragment = self.fragments.get(selection.name.value)
                if fragment is None:
                    continue
                inner, condition = fragment.selection_set, fragment.type_condition
            elif isinstance(selection, InlineFragmentNode):
                inner, condition = selection.selection_set, selection.type_condition
            else:
                continue
            typed = self.schema.get_type(condition.name.value) if condition else parent
            total += self.selection(inner, typed, depth + 1)
        return total

    def field(self, field: FieldNode, parent: Any, depth: int) -> int:
        name = field.name.value
        if name.startswith("__"):
            return 0
        definition = getattr(parent, "fields", {}).get(name)
        field_type = definition.type if definition is not None else None
        children = self.selection(field.selection_set, get_named_type(field_type), depth + 1)
        multiplier = 1
        for argument in field.arguments or ():
            if argument.name.value in LIST_HINT_ARGS:
                multiplier = max(1, self._int(argument.value))
        is_list = field_type is not None and is_list_type(get_nullable_type(field_type))
        if multiplier == 1 and name not in PAGE_FIELDS and is_list and field.selection_set is not None:
            multiplier = LIST_FACTOR
        return 1 + children * multiplier

    def _int(self, value: Any) -> int:
        if isinstance(value, IntValueNode):
            return int(value.value)
        if isinstance(value, VariableNode):
            given = self.variables.get(value.name.value)
            return given if isinstance(given, int) and not isinstance(given, bool) else MAX_PAGE
        return MAX_PAGE


def mutation_count_rule(max_mutations: int) -> type[ValidationRule]:
    class MutationCountRule(ValidationRule):
        def enter_operation_definition(self, node: OperationDefinitionNode, *_: Any) -> None:
            if node.operation is not OperationType.MUTATION:
                return
            count = sum(1 for s in node.selection_set.selections if isinstance(s, FieldNode))
            for selection in node.selection_set.selections:
                if isinstance(selection, FragmentSpreadNode):
                    fragment = self.context.get_fragment(selection.name.value)
                    if fragment is not None:
                        count += len(fragment.selection_set.selections)
                elif isinstance(selection, InlineFragmentNode):
                    count += len(selection.selection_set.selections)
            if count > max_mutations:
                self.report_error(_limit_error(f"一次请求最多 {max_mutations} 个变更操作", node))

    return MutationCountRule
