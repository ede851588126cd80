"""党员基本情况: the bands of the 党内统计 tables, and one person's place in each.

Sources for the layout (public; the 年报表 itself is 内部 and not published whole):
- 《2012年中国共产党党内统计年报表》（中共中央组织部制，2012年11月）, its table of contents as reproduced
  at https://www.doczj.com/doc/5618799735.html : 第一表 两年党员数综合比较, 第二表 党员基本情况,
  第三表 党员入党时间情况, 第四表 党员学历情况 — the sheets of our workbook, in that order; it also names the
  first 入党时间 band "1949年9月及以前入党".
- 中共中央组织部《中国共产党党内统计公报》（截至2023年12月31日）, 人民日报 2024年7月1日 第4版,
  http://paper.people.com.cn/rmrb/html/2024-07/01/nw.D110000renmrb_20240701_4-04.htm : 女党员, 少数民族党员,
  大专及以上学历; the age bands 30岁及以下, 31至35岁, 36至40岁, 41至45岁, 46至50岁, 51至55岁, 56至60岁,
  61岁及以上.
- 中共中央组织部《2014年中国共产党党内统计公报》, 新华社 2015年6月29日,
  http://www.cssn.cn/dzyx/dzyx_tt/201506/t20150629_2053658.shtml : the seven 入党时间 periods 建国前, 建国后至
  “文革”前, “文革”期间, 粉碎“四人帮”至党的十一届三中全会前, 党的十一届三中全会后至党的十六大前, 党的十六大后
  至党的十八大前, 党的十八大以来 (dated here by month: 1949.10, 1966.5, 1976.11, 1979.1, 2002.11, 2012.11).
The 学历 bands (研究生, 大学本科, 大学专科, 中专, 高中、中技, 初中及以下) follow the 学历 the roster records;
the 公报 groups the first three as 大专及以上. Anyone whose field is empty is counted in a 未填 column,
never dropped, so every row adds up to 党员总数.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from dangjian_desktop.domain.dates import age_on

UNFILLED = "未填"

GENDER_BANDS = ("男", "女", UNFILLED)
HAN, MINORITY = "汉族", "少数民族"
ETHNIC_BANDS = (HAN, MINORITY, UNFILLED)
CATEGORY_BANDS = ("正式党员", "预备党员")
AGE_BANDS = ("30岁及以下", "31至35岁", "36至40岁", "41至45岁", "46至50岁", "51至55岁", "56至60岁", "61岁及以上",
             UNFILLED)
_AGE_TOPS = (30, 35, 40, 45, 50, 55, 60)
EDUCATION_BANDS = ("研究生", "大学本科", "大学专科", "中专", "高中、中技", "初中及以下", UNFILLED)
COLLEGE_BANDS = EDUCATION_BANDS[:3]  # 大专及以上
# the roster's 学历 words (domain/people.EDUCATIONS) and what people type into the editable box
_EDUCATION = {
    "研究生": "研究生", "博士": "研究生", "硕士": "研究生", "博士研究生": "研究生", "硕士研究生": "研究生",
    "大学": "大学本科", "本科": "大学本科", "大学本科": "大学本科",
    "大专": "大学专科", "专科": "大学专科", "大学专科": "大学专科",
    "中专": "中专", "中等专科": "中专", "中技": "高中、中技", "技校": "高中、中技", "高中": "高中、中技", "职高": "高中、中技",
    "初中": "初中及以下", "小学": "初中及以下", "文盲": "初中及以下", "半文盲": "初中及以下", "初中及以下": "初中及以下",
}
# (first month of the period, label); a date belongs to the last period that began on or before it
JOIN_PERIODS = (
    (date(1, 1, 1), "1949年9月及以前"),
    (date(1949, 10, 1), "1949年10月至1966年4月"),
    (date(1966, 5, 1), "1966年5月至1976年10月"),
    (date(1976, 11, 1), "1976年11月至1978年12月"),
    (date(1979, 1, 1), "1979年1月至2002年10月"),
    (date(2002, 11, 1), "2002年11月至2012年10月"),
    (date(2012, 11, 1), "2012年11月及以后"),
)
JOIN_BANDS = (*(label for _, label in JOIN_PERIODS), UNFILLED)


def gender_band(gender: str) -> str:
    return gender if gender in ("男", "女") else UNFILLED


def ethnic_band(ethnicity: str) -> str:
    text = ethnicity.strip()
    if not text or text == "其他":  # 其他 names no nationality: it cannot be counted as one
        return UNFILLED
    return HAN if text in ("汉", "汉族") else MINORITY


def age_band(birth: date | None, on: date) -> str:
    if birth is None:
        return UNFILLED
    age = age_on(birth, on)
    for top, label in zip(_AGE_TOPS, AGE_BANDS, strict=False):
        if age <= top:
            return label
    return AGE_BANDS[-2]


def education_band(education: str) -> str:
    return _EDUCATION.get(education.strip().replace(" ", ""), UNFILLED)


def join_band(join: date | None) -> str:
    if join is None:
        return UNFILLED
    label = JOIN_PERIODS[0][1]
    for first, name in JOIN_PERIODS:
        if join >= first:
            label = name
    return label


def tally(values: Iterable[str], bands: tuple[str, ...]) -> list[int]:
    """Counts in the order of ``bands`` (a value outside them is a programming error)."""
    counts = Counter(values)
    unknown = set(counts) - set(bands)
    assert not unknown, unknown
    return [counts[b] for b in bands]
