"""Query limits checked during validation, before anything executes.

Depth, aliases and tokens use Strawberry's extensions; this module adds the two rules it lacks:
- cost: every field costs 1; a field given `first` (a connection) multiplies the cost of what it selects
  by `first` (100 when it comes from a variable), any other list field by 10 (a connection's `edges` is
  not counted twice); at most `max_cost` in all.
- mutations per request: at most `max_mutations` top-level mutation fields in one document.
"""

from __future__ import annotations

from typing import Any

from graphql import (
    FieldNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    IntValueNode,
    NamedTypeNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    ValidationRule,
    get_named_type,
    get_nullable_type,
    is_list_type,
)

LIST_FACTOR = 10
MAX_PAGE = 100
PAGE_FIELDS = {"edges", "nodes"}  # already multiplied by their connection's `first`
LIST_HINT_ARGS = {"first", "last", "limit"}


def _limit_error(message: str, node: Any) -> GraphQLError:
    return GraphQLError(message, node, extensions={"code": "QUERY_LIMIT"})


def cost_rule(max_cost: int) -> type[ValidationRule]:
    class CostRule(ValidationRule):
        def enter_operation_definition(self, node: OperationDefinitionNode, *_: Any) -> None:
            root = self.context.schema.get_root_type(node.operation)
            cost = self._selection_cost(node.selection_set, root, depth=0)
            if cost > max_cost:
                self.report_error(_limit_error(f"查询过于复杂（成本 {cost}，上限 {max_cost}）", node))

        def _selection_cost(self, selection_set: SelectionSetNode | None, parent: Any, depth: int) -> int:
            if selection_set is None or depth > 64:
                return 0
            total = 0
            for selection in selection_set.selections:
                if isinstance(selection, FieldNode):
                    total += self._field_cost(selection, parent, depth)
                    continue
                condition: NamedTypeNode | None
                if isinstance(selection, FragmentSpreadNode):
                    fragment = self.context.get_fragment(selection.name.value)
                    if fragment is None:
                        continue
                    inner, condition = fragment.selection_set, fragment.type_condition
                elif isinstance(selection, InlineFragmentNode):
                    inner, condition = selection.selection_set, selection.type_condition
                else:
                    continue
                typed = self.context.schema.get_type(condition.name.value) if condition else parent
                total += self._selection_cost(inner, typed, depth + 1)
            return total

        def _field_cost(self, field: FieldNode, parent: Any, depth: int) -> int:
            name = field.name.value
            if name.startswith("__"):
                return 0
            definition = getattr(parent, "fields", {}).get(name)
            field_type = definition.type if definition is not None else None
            children = self._selection_cost(field.selection_set, get_named_type(field_type), depth + 1)
            multiplier = 1
            for argument in field.arguments or ():
                if argument.name.value in LIST_HINT_ARGS:
                    value = argument.value
                    multiplier = max(1, int(value.value)) if isinstance(value, IntValueNode) else MAX_PAGE
            is_list = field_type is not None and is_list_type(get_nullable_type(field_type))
            if multiplier == 1 and name not in PAGE_FIELDS and is_list:
                multiplier = LIST_FACTOR
            return 1 + children * multiplier

    return CostRule


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
