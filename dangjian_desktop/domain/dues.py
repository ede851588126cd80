"""党费 rates of 2008 (DESIGN.md §4.2): the editable rate table and the monthly due in fen.

All money is integer fen (分); a rate is an integer number of 万分之 (basis points: 50 = 0.5%,
150 = 1.5%). Nothing here uses float. The rate table is plain data, saved per branch as JSON, so a
branch can follow local rules (another 农民 amount, rounding to the 角 or 元).

    table = default_rate_table()
    monthly_due_fen("在职", 450000, table)   # → (100, 4500): 1%, 45.00 元 a month
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

CATEGORIES = ("在职", "离退休", "农民", "学生", "下岗失业", "低保/困难", "其他")
REDUCTIONS = ("", "少交", "免交")  # 少交 / 免交 need a reason and an approval note
BRACKETS, FIXED, MANUAL = "brackets", "fixed", "manual"
RULE_KINDS = (BRACKETS, FIXED, MANUAL)
ROUNDING_UNITS = {"fen": 1, "jiao": 10, "yuan": 100}  # half-up to this many fen
ROUNDING_LABELS = {"fen": "四舍五入到分", "jiao": "四舍五入到角", "yuan": "四舍五入到元"}
MAX_FEN = 100_000_000 * 100  # one hundred million 元: anything larger is a typing mistake


class DuesRuleError(ValueError):
    """A rule or an input that cannot be used; ``message`` is Chinese and shown as is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Bracket:
    """Bases up to and including ``upto_fen`` (None: no upper limit) pay ``rate_bp`` 万分之."""

    upto_fen: int | None
    rate_bp: int


@dataclass(frozen=True)
class CategoryRule:
    """How one 缴费类别 pays: by brackets of the base, a fixed monthly amount, or an amount typed in."""

    kind: str
    brackets: tuple[Bracket, ...] = ()
    fixed_fen: int = 0


@dataclass(frozen=True)
class RateTable:
    rules: Mapping[str, CategoryRule] = field(default_factory=dict)
    rounding: str = "fen"

    def rule(self, category: str) -> CategoryRule:
        if category not in CATEGORIES:
            raise DuesRuleError(f"未知的缴费类别：{category}")
        return self.rules.get(category) or DEFAULT_RULES[category]

    def to_json(self) -> str:
        rules = {}
        for category in CATEGORIES:
            rule = self.rule(category)
            entry: dict[str, object] = {"kind": rule.kind}
            if rule.kind == BRACKETS:
                entry["brackets"] = [{"upto_fen": b.upto_fen, "rate_bp": b.rate_bp} for b in rule.brackets]
            elif rule.kind == FIXED:
                entry["fixed_fen"] = rule.fixed_fen
            rules[category] = entry
        return json.dumps({"version": 1, "rounding": self.rounding, "rules": rules}, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> RateTable:
        """Read a saved table; categories it does not mention keep the 2008 defaults."""
        try:
            data = json.loads(text)
            rules: dict[str, CategoryRule] = {}
            for category, entry in dict(data.get("rules", {})).items():
                brackets = tuple(Bracket(None if b["upto_fen"] is None else int(b["upto_fen"]), int(b["rate_bp"]))
                                 for b in entry.get("brackets", ()))
                rules[str(category)] = CategoryRule(str(entry["kind"]), brackets, int(entry.get("fixed_fen", 0)))
            table = cls(rules, str(data.get("rounding", "fen")))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise DuesRuleError("党费比例表的格式不正确") from exc
        table.check()
        return table

    def check(self) -> None:
        """Raise DuesRuleError (Chinese) if the table cannot be used."""
        if self.rounding not in ROUNDING_UNITS:
            raise DuesRuleError("取整方式应为“到分”“到角”或“到元”")
        for category, rule in self.rules.items():
            if category not in CATEGORIES:
                raise DuesRuleError(f"比例表中有未知的缴费类别：{category}")
            _check_rule(category, rule)


def _check_rule(category: str, rule: CategoryRule) -> None:
    if rule.kind not in RULE_KINDS:
        raise DuesRuleError(f"“{category}”的计算方式不正确")
    if rule.kind == FIXED and not 0 <= rule.fixed_fen <= 100_000:
        raise DuesRuleError(f"“{category}”的定额应在0到1000元之间")
    if rule.kind != BRACKETS:
        return
    if not rule.brackets or rule.brackets[-1].upto_fen is not None:
        raise DuesRuleError(f"“{category}”的最后一档应不设上限")
    previous = -1
    for b in rule.brackets:
        if not 0 <= b.rate_bp <= 10_000:
            raise DuesRuleError(f"“{category}”的比例应在0%到100%之间")
        if b.upto_fen is not None:
            if b.upto_fen <= previous:
                raise DuesRuleError(f"“{category}”各档的上限应从低到高排列")
            previous = b.upto_fen


DEFAULT_RULES: dict[str, CategoryRule] = {
    "在职": CategoryRule(BRACKETS, (Bracket(300_000, 50), Bracket(500_000, 100), Bracket(1_000_000, 150),
                                    Bracket(None, 200))),
    "离退休": CategoryRule(BRACKETS, (Bracket(500_000, 50), Bracket(None, 100))),
    "农民": CategoryRule(FIXED, fixed_fen=50),  # local: 0.20–1.00 元 a month
    "学生": CategoryRule(FIXED, fixed_fen=20),
    "下岗失业": CategoryRule(FIXED, fixed_fen=20),
    "低保/困难": CategoryRule(FIXED, fixed_fen=20),
    "其他": CategoryRule(MANUAL),
}


def default_rate_table() -> RateTable:
    """The rule of 2008, rounding half-up to the fen."""
    return RateTable(dict(DEFAULT_RULES), "fen")


def bracket_rate(brackets: tuple[Bracket, ...], base_fen: int) -> int:
    """The rate of the first bracket whose upper bound the base does not exceed."""
    for b in brackets:
        if b.upto_fen is None or base_fen <= b.upto_fen:
            return b.rate_bp
    raise DuesRuleError("党费比例表缺少不设上限的最后一档")


def round_due(fen_times_bp: int, rounding: str = "fen") -> int:
    """base_fen × rate_bp / 10000, rounded half-up to the fen, 角 or 元 — exact integer arithmetic."""
    unit = ROUNDING_UNITS[rounding]
    denominator = 10_000 * unit
    return (fen_times_bp + denominator // 2) // denominator * unit


def monthly_due_fen(category: str, base_fen: int, table: RateTable | None = None) -> tuple[int, int]:
    """(rate_bp, due_fen) for a month. Fixed categories give rate 0; “其他” has no rule (DuesRuleError)."""
    table = table or default_rate_table()
    rule = table.rule(category)
    if rule.kind == FIXED:
        return 0, rule.fixed_fen
    if rule.kind == MANUAL:
        raise DuesRuleError(f"缴费类别“{category}”须直接填写月应缴金额")
    if base_fen < 0:
        raise DuesRuleError("交纳基数不能为负数")
    rate = bracket_rate(rule.brackets, base_fen)
    return rate, round_due(base_fen * rate, table.rounding)


def uses_base(category: str, table: RateTable | None = None) -> bool:
    """True when the due is a rate of the base (the base must be entered)."""
    return (table or default_rate_table()).rule(category).kind == BRACKETS


def suggest_category(work_unit: str, *, is_retired: bool = False, is_hardship: bool = False) -> str:
    """A first guess at the 缴费类别 from the roster, for the secretary to confirm."""
    if is_retired or work_unit.startswith(("退休", "离休")):
        return "离退休"
    if "学生" in work_unit and "村官" not in work_unit:
        return "学生"
    if is_hardship:
        return "低保/困难"
    if any(w in work_unit for w in ("下岗", "失业", "待业")):
        return "下岗失业"
    if any(w in work_unit for w in ("村民", "农民", "种植", "养殖", "农机", "务工", "护林", "个体")):
        return "农民"
    return "在职"


# ---------------------------------------------------------------- money and rates as people write them

_PLAIN = re.compile(r"^(\d*)(?:\.(\d*))?$")
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d*)?$")


def parse_money_fen(text: str) -> int:
    """'12.5', '12.50元', '¥1,234.56', '１２' → fen. DuesRuleError (Chinese) for anything else."""
    raw = str(text)
    s = unicodedata.normalize("NFKC", raw).strip().replace(" ", "")
    s = s.removeprefix("¥").removeprefix("RMB").removesuffix("元").removesuffix("圆")
    if not s:
        raise DuesRuleError("请填写金额")
    if s[0] in "-−":
        raise DuesRuleError("金额不能为负数")
    s = s.removeprefix("+")
    if "," in s:
        if not _GROUPED.match(s):
            raise DuesRuleError(f"“{raw}”不是有效的金额（千位分隔符位置不对）")
        s = s.replace(",", "")
    m = _PLAIN.match(s)
    if not m or not (m.group(1) or m.group(2)):
        raise DuesRuleError(f"“{raw}”不是有效的金额")
    whole, frac = m.group(1) or "0", m.group(2) or ""
    if len(frac) > 2:
        raise DuesRuleError(f"“{raw}”：金额最多保留两位小数（精确到分）")
    fen = int(whole) * 100 + int(frac.ljust(2, "0"))
    if fen > MAX_FEN:
        raise DuesRuleError(f"“{raw}”：金额过大")
    return fen


def format_fen(fen: int, *, grouping: bool = False) -> str:
    """4500 → '45.00'; with grouping 123456 → '1,234.56'."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{yuan:,}.{cents:02d}" if grouping else f"{sign}{yuan}.{cents:02d}"


def format_rate(rate_bp: int) -> str:
    """150 → '1.5%', 50 → '0.5%', 200 → '2%'."""
    percent = (Decimal(rate_bp) / 100).normalize()
    return f"{percent:f}%"


def parse_rate_bp(text: str) -> int:
    """'1.5%' or '1.5' (percent) → 150. At most two decimals of a percent."""
    s = unicodedata.normalize("NFKC", str(text)).strip().removesuffix("%").strip()
    m = _PLAIN.match(s)
    if not s or not m or not (m.group(1) or m.group(2)):
        raise DuesRuleError(f"“{text}”不是有效的比例（可写作 1.5%）")
    whole, frac = m.group(1) or "0", m.group(2) or ""
    if len(frac) > 2:
        raise DuesRuleError("比例最多精确到0.01%")
    bp = int(whole) * 100 + int(frac.ljust(2, "0"))
    if bp > 10_000:
        raise DuesRuleError("比例不能超过100%")
    return bp
