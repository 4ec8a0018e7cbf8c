#ifndef CDENSEKERNELS_H
#define CDENSEKERNELS_H

// The loops that training spends its time in, in C so that one source can be compiled for several
// x86-64 instruction sets and picked at run time. Every element is computed by the same sequence of
// IEEE operations on every path (no fused multiply-add, no reassociation), so the results are
// bit-identical whichever path runs: only the speed differs.

#include <stddef.h>

/// What a product does with each finished element of C before storing it.
typedef enum {
    /// Store C.
    DLEpiloguePlain = 0,
    /// Store C and also max(C, 0) into `rectified` (z > 0 ? z : 0, so NaN and -0 become +0).
    DLEpilogueRectify = 1,
    /// Store gate > 0 ? C : 0 (ReLU's backward step, dZ = dA ⊙ 1[Z > 0]).
    DLEpilogueGate = 2,
} DLEpilogue;

/// The code paths, from the one every x86-64 (or non-x86) machine has to the widest.
typedef enum {
    DLInstructionSetBaseline = 0,
    DLInstructionSetAVX2 = 1,
    DLInstructionSetAVX512 = 2,
} DLInstructionSet;

/// C (rows × columns) = bias·1ᵀ + A·B, where B is inner × columns row-major and element (i, k) of A is
/// a[i·rowStride + k·columnStride] (swap the strides of a row-major W to multiply by Wᵀ). `bias` may be
/// NULL. Each element is bias (or 0) plus the products for k = 0, 1, … added one at a time.
void dl_multiply(const double *a, ptrdiff_t rowStride, ptrdiff_t columnStride, const double *b, double *c,
                 const double *bias, ptrdiff_t rows, ptrdiff_t inner, ptrdiff_t columns,
                 DLEpilogue epilogue, double *rectified, const double *gate);

/// C (rows × columns) = A·Bᵀ, where A is rows × inner and B is columns × inner, both row-major.
/// Each element is summed in eight lanes (lane q takes k ≡ q mod 8 in order), the lanes added pairwise
/// ((0+1)+(2+3))+((4+5)+(6+7)), then the last inner % 8 products one at a time.
void dl_multiply_transposed_right(const double *a, const double *b, double *c,
                                  ptrdiff_t rows, ptrdiff_t inner, ptrdiff_t columns);

/// One layer of a dense network, as `dl_binary_classifier_step` reads and writes it.
typedef struct {
    ptrdiff_t inputs;
    ptrdiff_t units;
    /// W (units × inputs, row-major) and b (units).
    const double *weights;
    const double *bias;
    /// Hidden layers: 1 for ReLU, 0 for linear. Ignored for the last layer, which is a sigmoid.
    int rectified;
    /// Written: Z and A = g(Z), units × m each. NULL in every layer to skip writing them.
    double *preActivations;
    double *activations;
    /// Written: Σ over the examples of dZ·Aᵀ (units × inputs) and of dZ (units) — not yet divided by m.
    double *weightGradient;
    double *biasGradient;
} DLDenseLayer;

/// What a step found over all m examples.
typedef struct {
    /// Σ of the binary cross-entropy of each example (not yet divided by m).
    double lossSum;
    /// Examples whose output is on the same side of ½ as their target.
    ptrdiff_t correct;
} DLStepTotals;

/// The number of doubles of scratch memory `dl_binary_classifier_step` needs for these layers.
ptrdiff_t dl_binary_classifier_scratch_count(const DLDenseLayer *layers, ptrdiff_t layerCount);

/// The forward pass, the binary cross-entropy and the backward pass of a dense network with one sigmoid
/// output unit, on X (inputs × m) and Y (1 × m), up to 64 examples at a time with everything for them in
/// registers or L1 cache. Per example the arithmetic is the course's: Z = W·A + b, ReLU or linear
/// hidden layers, σ(z) and ℓ = max(z, 0) − z·y + log(1 + e^−|z|) at the output, dZ = A − Y, then
/// dA = Wᵀ·dZ and dZ = dA ⊙ 1[Z > 0] going down. Sums over examples are taken in eight lanes (lane q
/// takes the examples j ≡ q mod 8; a last partial group adds zeros), then the lanes as `laneSum` does.
void dl_binary_classifier_step(const DLDenseLayer *layers, ptrdiff_t layerCount, const double *x, const double *y,
                               ptrdiff_t m, double *scratch, DLStepTotals *totals);

/// e^x for each x ≤ 0 and log(1 + x) for each 0 ≤ x ≤ 1, as the step above computes them (for tests).
void dl_exp_nonpositive(const double *x, double *result, ptrdiff_t count);
void dl_log1p_unit(const double *x, double *result, ptrdiff_t count);

/// The widest path this machine (CPU and operating system) can run.
DLInstructionSet dl_best_instruction_set(void);
/// The path in use (the best one, unless `dl_use_instruction_set` chose another).
DLInstructionSet dl_current_instruction_set(void);
/// Uses `set` from now on, or the best available if this machine cannot run it; returns the path in use.
DLInstructionSet dl_use_instruction_set(DLInstructionSet set);

#endif
