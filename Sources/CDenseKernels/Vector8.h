// Private to CDenseKernels: the 8-lane vector of doubles that every kernel is written in, and the
// rules that keep its arithmetic identical on every instruction set.
//
// Bodies are written once, marked always_inline, and inlined into one entry point per instruction
// set (see DL_INSTRUCTION_SET_PATHS), so the same source becomes four SSE2, two AVX2 or one AVX-512
// instruction per operation. Lane by lane the arithmetic is the same IEEE sequence everywhere:
// contraction into fused multiply-adds is off (AVX2 and AVX-512 machines have FMA, and a fused
// multiply-add rounds once instead of twice) and nothing is reassociated. That is what keeps
// "same seed, same numbers" true across machines.
#ifndef DL_VECTOR8_H
#define DL_VECTOR8_H

#include <stddef.h>
#include <string.h>

#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)
// The helpers pass 8-lane vectors by value; they are always inlined, so no call ever uses that ABI.
#pragma clang diagnostic ignored "-Wpsabi"

#define DL_INLINE static inline __attribute__((always_inline))

typedef double v8 __attribute__((vector_size(64)));
typedef long long v8i __attribute__((vector_size(64)));

DL_INLINE v8 load8(const double *p) {
    v8 v;
    memcpy(&v, p, sizeof v);
    return v;
}

DL_INLINE void store8(double *p, v8 v) { memcpy(p, &v, sizeof v); }

DL_INLINE v8 splat8(double x) { return (v8){x, x, x, x, x, x, x, x}; }

/// Lane by lane: mask ? a : b, for a mask from a vector comparison (all ones or all zeros per lane).
DL_INLINE v8 select8(v8i mask, v8 a, v8 b) { return (v8)(((v8i)a & mask) | ((v8i)b & ~mask)); }

/// keep > 0 ? value : +0 (so NaN and −0 in `keep` drop the value, as the scalar `z > 0 ? z : 0` does).
DL_INLINE v8 keepWherePositive(v8 value, v8 keep) { return (v8)((v8i)value & (v8i)(keep > splat8(0))); }

/// The lanes added in a fixed order: ((0+1)+(2+3))+((4+5)+(6+7)).
DL_INLINE double laneSum(v8 s) { return ((s[0] + s[1]) + (s[2] + s[3])) + ((s[4] + s[5]) + (s[6] + s[7])); }

/// Defines NAME_baseline, NAME_avx2 and NAME_avx512 (the last two on x86-64 only) from one body.
/// DEFINE(SUFFIX, TARGET_ATTRIBUTE) must expand to a function definition.
#if defined(__x86_64__)
#define DL_INSTRUCTION_SET_PATHS(DEFINE)                                                                                 \
    DEFINE(baseline, )                                                                                               \
    DEFINE(avx2, __attribute__((target("avx2"))))                                                                    \
    DEFINE(avx512, __attribute__((target("avx512f"))))
#else
#define DL_INSTRUCTION_SET_PATHS(DEFINE) DEFINE(baseline, )
#endif

/// Calls NAME_<path in use>(ARGS).
#if defined(__x86_64__)
#define DL_DISPATCH(NAME, ARGS)                                                                                          \
    switch (dl_current_instruction_set()) {                                                                          \
    case DLInstructionSetAVX512: NAME##_avx512 ARGS; break;                                                          \
    case DLInstructionSetAVX2: NAME##_avx2 ARGS; break;                                                              \
    default: NAME##_baseline ARGS; break;                                                                            \
    }
#else
#define DL_DISPATCH(NAME, ARGS) NAME##_baseline ARGS;
#endif

#endif
