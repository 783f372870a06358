"""Validation results cached by the document's text.

Strawberry's `ValidationCache` keys its LRU cache by the parsed document, and hashing a document walks its
whole tree (every node and location): for a device's state report that hash cost more than the rest of
validation saved. A document's text names it as well and hashes in one pass over a string, so the cache
here is keyed by (schema, text, rules). The rules are the schema's own classes, built once (see
`api.schema.build_schema`), so equal rules are the same objects.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

from graphql import GraphQLError
from strawberry.extensions.base_extension import SchemaExtension
from strawberry.schema.schema import validate_document

MAX_DOCUMENTS = 512

_cache: OrderedDict[tuple[Any, str, tuple[Any, ...]], list[GraphQLError]] = OrderedDict()


class TextValidationCache(SchemaExtension):
    """Validate each distinct document text once per schema and rule set (LRU, `MAX_DOCUMENTS`)."""

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        schema, query, rules = context.schema._schema, context.query, tuple(context.validation_rules)
        document = context.graphql_document
        assert document is not None  # validation follows parsing
        if query is None:
            context.pre_execution_errors = validate_document(schema, document, rules)
            yield
            return
        key = (schema, query, rules)  # the schema object itself: an id could be reused by another
        errors = _cache.get(key)
        if errors is None:
            errors = validate_document(schema, document, rules)
            _cache[key] = errors
            if len(_cache) > MAX_DOCUMENTS:
                _cache.popitem(last=False)
        else:
            _cache.move_to_end(key)
        context.pre_execution_errors = errors
        yield
