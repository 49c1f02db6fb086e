"""Block Kit objects (``slack_sdk.models``) as Slack's JSON: checked by slack_sdk's own validators, built faster.

slack_sdk's ``JsonObject.to_dict`` validates an object, then serialises it with a generic walk that, per object
and per call, collects and sorts its validator and attribute names and serialises every nested object twice (once
in the child's ``to_dict``, again over the dict that returns). Profiling ``/usrok`` under load put that walk at
about three quarters of the time spent building an answer's blocks, the largest cost of the Slack layer. Here the
same validators run on every object (a block Slack would refuse still fails where it is built, with slack_sdk's
``SlackObjectFormationError``) and the same keys are kept, but the names are collected once per class and each
object is serialised once. Classes that write their own ``to_dict`` (``Option``, ``ConfirmObject``, views) are
left to it. ``tests/test_block_json.py`` checks the result equals ``to_dict`` for every message usrok renders.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from slack_sdk.models.basic_objects import EMPTY_ALLOWED_TYPE_AND_PROPERTY_LIST, JsonObject

__all__ = ["block_json"]

_EMPTY_ALLOWED = frozenset((rule["type"], rule["property"]) for rule in EMPTY_ALLOWED_TYPE_AND_PROPERTY_LIST)
_PLAIN = (str, int, float, bool, type(None))


class _Plan(NamedTuple):
    """What serialising one class takes: its validators and its JSON keys (sorted, as slack_sdk writes them)."""

    validators: tuple[str, ...]
    keys: tuple[str, ...]
    own_to_dict: bool  # the class serialises itself (and may take arguments): use its to_dict


_plans: dict[type, _Plan] = {}


def _plan(obj: JsonObject) -> _Plan:
    cls = type(obj)
    plan = _plans.get(cls)
    if plan is None:
        # As slack_sdk finds validators: callables marked ``validator`` by its JsonValidator decorator.
        validators = tuple(
            sorted(n for n in dir(cls) if not n.startswith("__") and hasattr(getattr(cls, n, None), "validator"))
        )
        # ``attributes`` is a property, but every Block Kit class builds it from constants: one set per class.
        plan = _plans[cls] = _Plan(validators, tuple(sorted(obj.attributes)), cls.to_dict is not JsonObject.to_dict)
    return plan


def block_json(obj: JsonObject) -> dict[str, Any]:
    """``obj.to_dict()``, validated the same way, without its repeated walks.

    >>> from slack_sdk.models.blocks import SectionBlock, MarkdownTextObject
    >>> block_json(SectionBlock(text=MarkdownTextObject(text="*Hi*")))
    {'text': {'text': '*Hi*', 'type': 'mrkdwn'}, 'type': 'section'}
    """
    plan = _plan(obj)
    if plan.own_to_dict:
        return {key: _value(value) for key, value in obj.to_dict().items()}
    for name in plan.validators:
        getattr(obj, name)()  # raises SlackObjectFormationError, as to_dict does
    kind = getattr(obj, "type", None)
    out: dict[str, Any] = {}
    for key in plan.keys:
        value = getattr(obj, key, None)
        if value is None:
            continue
        if hasattr(value, "__len__") and not len(value) and (kind, key) not in _EMPTY_ALLOWED:
            continue  # slack_sdk leaves out empty values, except where Slack allows them
        out[key] = _value(value)
    return out


def _value(value: Any) -> Any:
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, JsonObject):
        return block_json(value)
    if isinstance(value, list | tuple):
        return [_value(v) for v in value]
    if isinstance(value, dict):
        return value  # as slack_sdk passes a dict through
    to_dict = getattr(value, "to_dict", None)
    return _value(to_dict()) if callable(to_dict) else value
