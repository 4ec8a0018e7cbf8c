// Private to CDenseKernels: e^x and log(1 + x) on 8 lanes, for the sigmoid output and its
// cross-entropy. Written out (not libm) so they vectorize and so every machine gets the same bits:
// glibc picks FMA or non-FMA versions of exp and log1p by CPU, which may differ in the last bit.
// Accuracy: within a few units in the last place (DLCoreTests compares with libm).
#ifndef DL_ELEMENTARY_FUNCTIONS_H
#define DL_ELEMENTARY_FUNCTIONS_H

#include "Vector8.h"

/// ln 2 split in two: the high part has 32 significant bits, so n·ln2High is exact for |n| < 2²⁰.
static const double ln2High = 6.93147180369123816490e-01;
static const double ln2Low = 1.90821492927058770002e-10;
/// Adding 1.5·2⁵² rounds a double below 2⁵¹ in magnitude to an integer, which then sits in the low bits.
static const double roundingShift = 6755399441055744.0;

/// e^x for x ≤ 0 (NaN stays NaN). x = n·ln 2 + r with |r| ≤ ln2/2; e^r from its Taylor series to r¹³
/// (the next term is below 2⁻⁵⁴ of the sum); then 2ⁿ in two steps so that a subnormal result is
/// rounded once.
DL_INLINE v8 expNonPositive(v8 x) {
    const v8i isNaN = x != x;
    x = select8(isNaN, splat8(0), x);
    x = select8(x < splat8(-746), splat8(-746), x); // e^-746 is below half the smallest subnormal
    const v8 shifted = x * splat8(1.4426950408889634) + splat8(roundingShift);
    const v8 n = shifted - splat8(roundingShift);
    const v8 r = (x - n * splat8(ln2High)) - n * splat8(ln2Low);
    v8 p = splat8(1.0 / 6227020800.0); // 1/13!
    p = p * r + splat8(1.0 / 479001600.0);
    p = p * r + splat8(1.0 / 39916800.0);
    p = p * r + splat8(1.0 / 3628800.0);
    p = p * r + splat8(1.0 / 362880.0);
    p = p * r + splat8(1.0 / 40320.0);
    p = p * r + splat8(1.0 / 5040.0);
    p = p * r + splat8(1.0 / 720.0);
    p = p * r + splat8(1.0 / 120.0);
    p = p * r + splat8(1.0 / 24.0);
    p = p * r + splat8(1.0 / 6.0);
    p = p * r + splat8(0.5);
    p = p * r + splat8(1.0);
    p = p * r + splat8(1.0);
    // n ∈ [−1077, 0] is the integer in the low bits of `shifted`; 2ⁿ = 2^half · 2^(n − half).
    const v8i ni = (v8i)shifted - (v8i)splat8(roundingShift);
    const v8i half = ni >> 1;
    const v8 first = (v8)((half + 1023) << 52);
    const v8 second = (v8)((ni - half + 1023) << 52);
    return select8(isNaN, splat8(__builtin_nan("")), (p * first) * second);
}

/// log(1 + x) for 0 ≤ x ≤ 1 (NaN stays NaN). u = 1 + x is rounded; fold u into f ∈ [√½, √2] with
/// u = 2ᵏ·f, then log f = 2·atanh(s) with s = (f − 1)/(f + 1), |s| ≤ 0.172, from its series to s²¹ (the
/// next term is below 2⁻⁵⁵ of the sum).
/// The rounding error of 1 + x is put back as (x − (u − 1))/u. Divisions are slow: the caller's σ(z)
/// uses the same 1/(1 + x), which the compiler computes once.
DL_INLINE v8 log1pUnit(v8 x) {
    const v8 one = splat8(1.0);
    const v8 u = one + x;
    const v8i folds = u > splat8(1.4142135623730951);
    const v8 f = select8(folds, u * splat8(0.5), u);
    const v8 k = select8(folds, one, splat8(0));
    const v8 correction = (x - (u - one)) * (one / u); // tiny: a product with 1/u is plenty, and 1/u is shared
    const v8 s = (f - one) / (f + one);
    const v8 s2 = s * s;
    v8 q = splat8(1.0 / 21);
    q = q * s2 + splat8(1.0 / 19);
    q = q * s2 + splat8(1.0 / 17);
    q = q * s2 + splat8(1.0 / 15);
    q = q * s2 + splat8(1.0 / 13);
    q = q * s2 + splat8(1.0 / 11);
    q = q * s2 + splat8(1.0 / 9);
    q = q * s2 + splat8(1.0 / 7);
    q = q * s2 + splat8(1.0 / 5);
    q = q * s2 + splat8(1.0 / 3);
    const v8 logF = (s + s) + (s + s) * (s2 * q);
    return k * splat8(ln2High) + (logF + (correction + k * splat8(ln2Low)));
}

#endif
