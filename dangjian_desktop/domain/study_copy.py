"""Copy hints for study notes: character n-gram shingles, no word segmentation needed.

A note is compared with other members' notes and with the linked session's material text. Text is
reduced to letters, digits and Chinese characters (punctuation and whitespace removed), cut into
overlapping shingles of ``SHINGLE`` characters, and the share of the note's shingles found in the
other text (containment) decides whether the secretary is shown a hint. Shingles that many notes
share are stock phrasing (不忘初心、牢记使命 …) and do not count. What the user sees is the
overlapping passages side by side, never a number.

``ShingleIndex`` is an inverted index (shingle → notes) so a new note is compared only with the
notes that share shingles with it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

SHINGLE = 6  # characters per shingle
MIN_SHINGLES = 12  # a note shorter than this (about 17 characters) is not judged
MIN_SHARE = 0.45  # share of the note's shingles found in the other text
MIN_OVERLAP_CHARS = 30  # and at least this much text in common
MIN_PASSAGE = 10  # passages shorter than this are not listed
COMMON_DOCS = 4  # a shingle in more notes than this (and than COMMON_FRACTION of them) is stock phrasing
COMMON_FRACTION = 0.05


def normalize(text: str) -> tuple[str, list[int]]:
    """The text's letters, digits and Chinese characters (lower-cased), and each one's offset in ``text``."""
    chars, offsets = [], []
    for i, ch in enumerate(text):
        if ch.isalnum():
            chars.append(ch.lower())
            offsets.append(i)
    return "".join(chars), offsets


def shingles(text: str) -> set[str]:
    norm, _ = normalize(text)
    return {norm[i:i + SHINGLE] for i in range(len(norm) - SHINGLE + 1)}


@dataclass(frozen=True)
class Overlap:
    """What two texts have in common: spans (start, end) in each original text, and the passages."""

    share: float  # internal: share of the note's (non-common) shingles found in the source
    overlap_chars: int
    note_spans: tuple[tuple[int, int], ...]
    source_spans: tuple[tuple[int, int], ...]
    passages: tuple[str, ...]

    @property
    def is_hint(self) -> bool:
        return self.share >= MIN_SHARE and self.overlap_chars >= MIN_OVERLAP_CHARS


def _runs(covered: list[bool]) -> list[tuple[int, int]]:
    runs, start = [], None
    for i, flag in enumerate([*covered, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            runs.append((start, i))
            start = None
    return runs


def _to_original(runs: list[tuple[int, int]], offsets: list[int]) -> tuple[tuple[int, int], ...]:
    return tuple((offsets[a], offsets[b - 1] + 1) for a, b in runs)


def compare(note: str, source: str, ignore: frozenset[str] | set[str] = frozenset()) -> Overlap:
    """How much of ``note`` is found in ``source``; ``ignore`` holds stock-phrase shingles."""
    n_norm, n_off = normalize(note)
    s_norm, s_off = normalize(source)
    s_pos: dict[str, list[int]] = {}
    for i in range(len(s_norm) - SHINGLE + 1):
        s_pos.setdefault(s_norm[i:i + SHINGLE], []).append(i)
    n_cover = [False] * len(n_norm)
    s_cover = [False] * len(s_norm)
    counted: set[str] = set()
    matched: set[str] = set()
    for i in range(len(n_norm) - SHINGLE + 1):
        sh = n_norm[i:i + SHINGLE]
        if sh not in ignore:  # stock phrasing is shown when in common but does not count
            counted.add(sh)
        positions = s_pos.get(sh)
        if positions:
            if sh not in ignore:
                matched.add(sh)
            n_cover[i:i + SHINGLE] = [True] * SHINGLE
            for p in positions:
                s_cover[p:p + SHINGLE] = [True] * SHINGLE
    runs = _runs(n_cover)
    share = len(matched) / len(counted) if len(counted) >= MIN_SHINGLES else 0.0
    n_spans = _to_original(runs, n_off)
    passages = tuple(note[a:b] for (a, b), (ra, rb) in zip(n_spans, runs, strict=True) if rb - ra >= MIN_PASSAGE)
    # text in common, not counting stock phrasing (roughly: matched shingle starts plus one shingle)
    in_common = sum(1 for i in range(len(n_norm) - SHINGLE + 1) if n_norm[i:i + SHINGLE] in matched)
    overlap_chars = min(sum(b - a for a, b in runs), in_common + SHINGLE - 1 if in_common else 0)
    return Overlap(share=share, overlap_chars=overlap_chars, note_spans=n_spans,
                   source_spans=_to_original(_runs(s_cover), s_off), passages=passages)


@dataclass
class ShingleIndex:
    """Inverted index of notes' shingles: shingle → ids of the notes that contain it."""

    postings: dict[str, set[str]] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)

    def add(self, doc_id: str, text: str) -> None:
        doc_shingles = shingles(text)
        self.sizes[doc_id] = len(doc_shingles)
        for sh in doc_shingles:
            self.postings.setdefault(sh, set()).add(doc_id)

    def __len__(self) -> int:
        return len(self.sizes)

    def common_limit(self) -> int:
        return max(COMMON_DOCS, int(len(self.sizes) * COMMON_FRACTION))

    def common(self, text: str) -> frozenset[str]:
        """The text's shingles that are stock phrasing among the indexed notes."""
        limit = self.common_limit()
        return frozenset(sh for sh in shingles(text) if len(self.postings.get(sh, ())) > limit)

    def candidates(self, text: str, exclude: Iterable[str] = (), limit: int = 3) -> list[tuple[str, int]]:
        """Up to ``limit`` indexed notes sharing the most non-common shingles with ``text``,
        only those that could reach MIN_SHARE."""
        note_shingles = shingles(text)
        skip = set(exclude)
        common = self.common_limit()
        counts: Counter[str] = Counter()
        considered = 0
        for sh in note_shingles:
            docs = self.postings.get(sh)
            if docs and len(docs) > common:
                continue
            considered += 1
            if docs:
                counts.update(d for d in docs if d not in skip)
        if considered < MIN_SHINGLES:
            return []
        needed = MIN_SHARE * considered
        return [(d, c) for d, c in counts.most_common(limit) if c >= needed]
