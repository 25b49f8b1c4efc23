"""Exact IRR: every rate above -100% at which the NPV of a series of flows is zero.

The flows are scaled to integers; the positive roots of ``sum(net_t * x ** t)`` (``x = 1 / (1 + r)``)
are isolated with Descartes' rule of signs on dyadic intervals, then bisected on exact integers.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction

from wizard.finance._common import _CONTEXT, _HUNDRED, _ZERO
from wizard.money import format_percent

#: Descartes bisection depth: roots closer than 2**-64 (in x = 1/(1+r)) are reported as one.
_MAX_DEPTH = 64
#: Bisection after isolation: the root is known to 2**-64 of its own size (at most 400 halvings,
#: enough for any root the model's 24-digit amounts can produce).
_REFINE_STEPS = 64
_REFINE_MAX_STEPS = 400

IRR_NO_SIGN_CHANGE = "not defined: the cash flows never change sign"
IRR_ALL_ZERO = "not defined: every net cash flow is zero"
IRR_NO_ROOT = "not defined: no discount rate above -100% makes the NPV zero"


def _integers(flows: Sequence[Decimal]) -> list[int]:
    """The flows scaled by one power of ten so that all are integers (exact, no rounding)."""
    parts = [f.as_tuple() for f in flows]
    exponents = [int(p.exponent) for p, f in zip(parts, flows, strict=True) if f != 0]
    scale = max(0, -min(exponents)) if exponents else 0
    out = []
    for p in parts:
        digits = int("".join(map(str, p.digits))) if p.digits else 0
        value = digits * 10 ** (int(p.exponent) + scale) if int(p.exponent) + scale >= 0 else 0
        out.append(-value if p.sign else value)
    return out


def _sign_changes(values: Iterable[int | Decimal]) -> int:
    changes, last = 0, 0
    for v in values:
        if v == 0:
            continue
        sign = 1 if v > 0 else -1
        if last and sign != last:
            changes += 1
        last = sign
    return changes


def _shift1(p: list[int]) -> list[int]:
    """Coefficients (lowest degree first) of ``p(x + 1)``: the classic O(n**2) Taylor shift."""
    q = list(p)
    n = len(q) - 1
    for i in range(n):
        for j in range(n - 1, i - 1, -1):
            q[j] += q[j + 1]
    return q


def _variations_01(p: list[int]) -> int:
    """Descartes' bound on the roots of ``p`` in (0, 1); exact when it is 0 or 1."""
    return _sign_changes(_shift1(p[::-1]))


def _first_nonzero(p: list[int]) -> tuple[int, int]:
    for i, c in enumerate(p):
        if c:
            return i, c
    return 0, 0


def _sign_at(p: list[int], m: int, k: int) -> int:
    """Sign of ``p(m / 2**k)``, computed exactly on integers (homogeneous Horner)."""
    n = len(p) - 1
    scale = 1 << k
    acc = p[n]
    power = 1
    for i in range(n - 1, -1, -1):
        power *= scale
        acc = acc * m + p[i] * power
    return (acc > 0) - (acc < 0)


def _refine(p: list[int], lo: Fraction, hi: Fraction) -> Fraction:
    """The single simple root of ``p`` (local to ``(lo, hi)`` as ``(0, 1)``), by exact bisection."""
    # Signs just inside the ends: the lowest non-zero Taylor coefficient at each end decides them.
    _, s_lo = _first_nonzero(p)
    k_hi, c_hi = _first_nonzero(_shift1(p))
    sign_lo = (s_lo > 0) - (s_lo < 0)
    sign_hi = ((c_hi > 0) - (c_hi < 0)) * (-1 if k_hi % 2 else 1)
    m_lo, m_hi, k = 0, 1, 0
    width = hi - lo
    # Equal signs cannot happen for an isolated simple root; the interval's middle is then the answer.
    if sign_lo != sign_hi:
        # Bisect until the root is known to 2**-64 of its own size (relative, not absolute: a root
        # at x = 1e-12, an IRR of 10**14 %, needs far more steps than one near 1).
        while k < _REFINE_MAX_STEPS and (
            k < _REFINE_STEPS or width * (m_hi - m_lo) * (1 << _REFINE_STEPS) > lo * (1 << k) + width * m_lo
        ):
            m_lo, m_hi, k = 2 * m_lo, 2 * m_hi, k + 1
            mid = m_lo + 1
            s = _sign_at(p, mid, k)
            if s == 0:
                m_lo = m_hi = mid
                break
            if s == sign_lo:
                m_lo = mid
            else:
                m_hi = mid
    u = Fraction(m_lo + m_hi, 2 << k)
    return lo + (hi - lo) * u


def _roots_01(p: list[int]) -> list[Fraction]:
    """Every root of the integer polynomial ``p`` strictly inside (0, 1), ascending."""
    roots: list[Fraction] = []
    # Iterative depth-first search over dyadic intervals, each with its local polynomial.
    stack: list[tuple[list[int], Fraction, Fraction, int]] = [(p, Fraction(0), Fraction(1), 0)]
    while stack:
        q, lo, hi, depth = stack.pop()
        v = _variations_01(q)
        if v == 0:
            continue
        if v == 1:
            roots.append(_refine(q, lo, hi))
            continue
        mid = (lo + hi) / 2
        if depth >= _MAX_DEPTH:
            roots.append(mid)  # a multiple root, or a cluster too tight to tell apart
            continue
        n = len(q) - 1
        left = [c << (n - i) for i, c in enumerate(q)]  # 2**n q(u/2): (lo, mid) as (0, 1)
        right = _shift1(left)  # 2**n q((u+1)/2): (mid, hi) as (0, 1)
        if right[0] == 0:
            roots.append(mid)
        stack.append((right, mid, hi, depth + 1))
        stack.append((left, lo, mid, depth + 1))
    return sorted(set(roots))


def _deflate_at_one(p: list[int]) -> list[int]:
    """``p(x) / (x - 1)`` for a polynomial with ``p(1) == 0`` (synthetic division, exact)."""
    n = len(p) - 1
    out = [0] * n
    carry = 0
    for i in range(n, 0, -1):
        carry = p[i] + carry
        out[i - 1] = carry
    return out


def _irr_roots(flows: Sequence[Decimal]) -> list[Decimal]:
    """Every rate r > -1 (as a fraction, not percent) at which ``sum(flows[t] / (1+r)**t)`` is 0."""
    p = _integers(flows)
    while p and p[0] == 0:  # a factor x: a "root" at r = infinity, not a rate
        p.pop(0)
    while p and p[-1] == 0:
        p.pop()
    if len(p) < 2:
        return []
    rates: list[Fraction] = []
    if sum(p) == 0:
        rates.append(Fraction(0))
        while len(p) > 1 and sum(p) == 0:
            p = _deflate_at_one(p)
    if len(p) >= 2:
        # x in (0, 1) means r > 0; y = 1/x in (0, 1) (roots of the reversed polynomial) means r < 0.
        rates += [(1 - x) / x for x in _roots_01(p)]
        rates += [y - 1 for y in _roots_01(p[::-1])]
    with decimal.localcontext(_CONTEXT):
        return sorted({Decimal(r.numerator) / Decimal(r.denominator) for r in rates})


def _irr(flows: Sequence[Decimal], rate_pct: Decimal | None) -> tuple[Decimal | None, tuple[Decimal, ...], str]:
    """(chosen IRR in percent, every root in percent, note) for the net flows."""
    if not flows or all(f == 0 for f in flows):
        return None, (), IRR_ALL_ZERO
    if _sign_changes(flows) == 0:
        return None, (), IRR_NO_SIGN_CHANGE
    with decimal.localcontext(_CONTEXT):
        roots = tuple(sorted({_percent(r * _HUNDRED) for r in _irr_roots(flows)}))
        if not roots:
            return None, (), IRR_NO_ROOT
        if len(roots) == 1:
            return roots[0], roots, ""
        target = rate_pct if rate_pct is not None else _ZERO
        chosen = min(roots, key=lambda r: (abs(r - target), r))
        listed = ", ".join(format_percent(r, decimals=2) for r in roots)
        nearest = "the discount rate" if rate_pct is not None else "0%"
        note = (
            f"ambiguous: {len(roots)} rates make the NPV zero ({listed}) because the cash flows change "
            f"sign more than once; the one nearest {nearest} is shown. Judge the project by its NPV."
        )
        return chosen, roots, note


def _percent(value: Decimal) -> Decimal:
    # 10 decimals of a percent: far finer than the bisection's error, short enough to read in JSON.
    return value.quantize(Decimal("1e-10"))
