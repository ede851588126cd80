"""三卡一法 card definitions as data: field kinds, the default three cards, checking and showing values.

A card's values are a dict {field key: text}; dates are stored as YYYY-MM-DD. Definitions change
over time (labels renamed, fields added or retired), so showing a card walks the stored values
against the current definition and keeps whatever no longer has an active field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from dangjian_desktop.domain.dates import fmt, parse_date

KINDS = {"text": "单行文字", "long": "多行文字", "date": "日期", "choice": "选项", "person": "人员"}
RETIRED = "（已停用的栏目）"


@dataclass(frozen=True)
class FieldDef:
    key: str
    label: str
    kind: str = "text"
    required: bool = False
    options: tuple[str, ...] = ()
    active: bool = True


@dataclass(frozen=True)
class CardTypeDef:
    name: str
    role: str
    fields: tuple[FieldDef, ...] = field(default_factory=tuple)


def _f(key: str, label: str, kind: str = "text", required: bool = False, options: str = "") -> FieldDef:
    return FieldDef(key, label, kind, required, tuple(options.split()) if options else ())


DEFAULT_CARD_TYPES = (
    CardTypeDef("思想动态卡", "thought", (
        _f("noticed_on", "发现时间", "date", True),
        _f("noticed_via", "发现方式", "choice", True, "走访 谈心 反映 观察"),
        _f("category", "类别", "choice", False, "思想问题 工作困难 家庭/生活困难 健康 诉求 其他"),
        _f("description", "思想动态描述", "long", True),
        _f("level", "关注等级", "choice", True, "一般 关注 重点"),
        _f("reporter", "填卡人", "person"),
    )),
    CardTypeDef("谈心谈话卡", "talk", (
        _f("talk_date", "谈话日期", "date", True),
        _f("place", "谈话地点"),
        _f("talker", "谈话人", "person", True),
        _f("way", "谈话方式", "choice", True, "面谈 家访 电话"),
        _f("content", "谈话内容", "long", True),
        _f("views", "本人想法和诉求", "long"),
        _f("next_step", "商定的下一步", "long"),
    )),
    CardTypeDef("帮扶解难卡", "help", (
        _f("measures", "帮扶措施", "long", True),
        _f("helper", "帮扶责任人", "person", True),
        _f("deadline", "完成时限", "date"),
        _f("result", "帮扶结果", "long"),
        _f("feedback", "本人反馈（双向确认）", "long"),
    )),
)


def check_values(fields: list[FieldDef], values: Mapping[str, object]) -> tuple[dict[str, str], dict[str, str]]:
    """Check values against the active fields; returns (stored values, field errors keyed by field key).

    Dates may be given as ``date`` or as text people write; they are stored as YYYY-MM-DD.
    """
    clean: dict[str, str] = {}
    errors: dict[str, str] = {}
    for f in fields:
        if not f.active:
            continue
        raw = values.get(f.key)
        if f.kind == "date":
            if isinstance(raw, date):
                text = fmt(raw)
            else:
                try:
                    parsed = parse_date(raw)
                except ValueError as exc:
                    errors[f.key] = str(exc)
                    continue
                text = fmt(parsed.value) if parsed else ""
        else:
            text = "" if raw is None else str(raw)
            text = text.strip() if f.kind != "long" else text.strip("\n ")
        if f.kind == "choice" and text and f.options and text not in f.options:
            errors[f.key] = f"“{f.label}”请从列表中选择"
            continue
        if f.required and not text:
            errors[f.key] = f"请填写“{f.label}”"
            continue
        if text:
            clean[f.key] = text
    return clean, errors


def first_date(fields: list[FieldDef], values: dict[str, str]) -> date | None:
    """The card's date: its first filled date field (谈话日期, 发现时间 …)."""
    for f in fields:
        if f.kind == "date" and values.get(f.key):
            parsed = parse_date(values[f.key])
            if parsed:
                return parsed.value
    return None


@dataclass(frozen=True)
class ShownValue:
    label: str
    text: str
    retired: bool = False


def shown_values(fields: list[FieldDef], stored: dict[str, str], *, include_empty: bool = False) -> list[ShownValue]:
    """Stored values in the definition's order; values of retired or unknown fields at the end, marked."""
    out: list[ShownValue] = []
    known = {f.key for f in fields}
    for f in fields:
        value = str(stored.get(f.key, "") or "")
        if f.active and (value or include_empty):
            out.append(ShownValue(f.label, value))
    for f in fields:
        if not f.active and stored.get(f.key):
            out.append(ShownValue(f"{f.label}{RETIRED}", str(stored[f.key]), retired=True))
    for key, value in stored.items():
        if key not in known and value:
            out.append(ShownValue(f"{key}{RETIRED}", str(value), retired=True))
    return out


def new_key(existing: set[str]) -> str:
    n = 1
    while f"f{n}" in existing:
        n += 1
    return f"f{n}"


def check_definition(name: str, fields: list[FieldDef], other_names: set[str]) -> dict[str, str]:
    """Messages for a card type being saved: a name, labelled fields of known kinds, options for choices."""
    errors: dict[str, str] = {}
    if not name.strip():
        errors["name"] = "请填写卡片名称"
    elif name.strip() in other_names:
        errors["name"] = f"已有名为“{name.strip()}”的卡片"
    active = [f for f in fields if f.active]
    if not active:
        errors["fields"] = "卡片至少要有一个栏目"
    labels: set[str] = set()
    for n, f in enumerate(fields, 1):
        if not f.label.strip():
            errors["fields"] = f"第 {n} 个栏目没有名称"
        elif f.active and f.label.strip() in labels:
            errors["fields"] = f"栏目“{f.label.strip()}”重复"
        elif f.kind not in KINDS:
            errors["fields"] = f"栏目“{f.label}”的类型不对"
        elif f.kind == "choice" and f.active and not f.options:
            errors["fields"] = f"选项栏目“{f.label}”要列出可选的内容"
        labels.add(f.label.strip())
    return errors
