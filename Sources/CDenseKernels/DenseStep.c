// A whole training step of a small dense binary classifier, a group of up to 64 examples (blocks of
// eight) at a time.
//
// Layer by layer, a step writes and rereads every Z, A and dZ of all m examples; for a small network
// that traffic, not the arithmetic, is the cost. Here the forward pass, the loss and the backward
// pass of one group run back to back while it is still in registers and L1 cache, and only the
// gradient sums (one 8-lane accumulator per parameter) stay between groups.

#include "CDenseKernels.h"
#include "ElementaryFunctions.h"
#include "Vector8.h"

/// Examples are taken in groups of up to BLOCKS blocks of eight: each weight loaded serves every block
/// of the group, and each gradient accumulator is loaded and stored once per group instead of once per
/// block. GROUP is the most examples a group holds (the stride of its rows in scratch memory).
enum { BLOCKS = 8, GROUP = BLOCKS * 8 };

/// Where one layer's group values and accumulators sit in the scratch memory.
typedef struct {
    double *z, *a, *dz;   // units × GROUP: this group's Z, A and dZ
    double *weightSums;   // units × inputs × 8
    double *biasSums;     // units × 8
} LayerScratch;

static ptrdiff_t layerScratchCount(const DLDenseLayer *layer) {
    return 3 * GROUP * layer->units + 8 * (layer->units * layer->inputs + layer->units);
}

ptrdiff_t dl_binary_classifier_scratch_count(const DLDenseLayer *layers, ptrdiff_t layerCount) {
    ptrdiff_t count = 8 + GROUP * layers[0].inputs; // 8 more to start on a 64-byte boundary
    for (ptrdiff_t l = 0; l < layerCount; l++) count += layerScratchCount(&layers[l]);
    return count;
}

/// How many of the eight examples of the block from column j exist.
DL_INLINE int validCount(ptrdiff_t m, ptrdiff_t j) { return m - j >= 8 ? 8 : (m - j <= 0 ? 0 : (int)(m - j)); }

/// Eight values of row `row` of a (rows × m) matrix from column j, zeros past the end.
DL_INLINE v8 loadBlock(const double *matrix, ptrdiff_t row, ptrdiff_t m, ptrdiff_t j, int valid) {
    if (valid == 8) return load8(matrix + row * m + j);
    v8 v = splat8(0);
    for (int q = 0; q < valid; q++) v[q] = matrix[row * m + j + q];
    return v;
}

DL_INLINE void storeBlock(double *matrix, ptrdiff_t row, ptrdiff_t m, ptrdiff_t j, int valid, v8 v) {
    if (valid == 8) {
        store8(matrix + row * m + j, v);
        return;
    }
    for (int q = 0; q < valid; q++) matrix[row * m + j + q] = v[q];
}

// A group's values of one layer are `units` rows, `stride` apart: inside the pass's own matrices
// (stride m) for a whole group of a recorded pass, in scratch memory (stride GROUP) otherwise.

/// Z = W·A + b for one layer and one group: bias first, then k = 0, 1, … as everywhere else in DLCore.
/// Z is stored only where `z` is given (the output layer, or a pass being recorded); A = g(Z) of a hidden
/// layer always, and the backward pass gates ReLU by A > 0, which holds exactly where Z > 0.
DL_INLINE void forwardLayer(const int B, const DLDenseLayer *restrict layer, const double *restrict below, ptrdiff_t belowStride,
                            double *restrict z, double *restrict a, ptrdiff_t stride, int rectified, int output) {
    const ptrdiff_t units = layer->units, inputs = layer->inputs;
    const double *restrict weights = layer->weights;
    const double *restrict bias = layer->bias;
    for (ptrdiff_t i = 0; i < units; i++) {
        v8 sum[BLOCKS];
        for (int b = 0; b < B; b++) sum[b] = splat8(bias[i]);
        for (ptrdiff_t k = 0; k < inputs; k++) {
            const v8 w = splat8(weights[i * inputs + k]);
            for (int b = 0; b < B; b++) sum[b] += w * load8(below + belowStride * k + 8 * b);
        }
        for (int b = 0; b < B; b++) {
            if (z) store8(z + stride * i + 8 * b, sum[b]);
            if (!output) store8(a + stride * i + 8 * b, rectified ? keepWherePositive(sum[b], sum[b]) : sum[b]);
        }
    }
}

/// Σ dZ·Aᵀ and Σ dZ for one layer: each accumulator takes the group's blocks in order. The first group
/// starts the accumulators from +0 in registers (as a zeroed memory would, without the writes and reads).
DL_INLINE void accumulateGradients(const int B, ptrdiff_t units, ptrdiff_t inputs, const double *restrict dz,
                                   const double *restrict below, ptrdiff_t belowStride, double *restrict weightSums,
                                   double *restrict biasSums, int first) {
    for (ptrdiff_t i = 0; i < units; i++) {
        v8 dzi[BLOCKS];
        for (int b = 0; b < B; b++) dzi[b] = load8(dz + GROUP * i + 8 * b);
        v8 bias = first ? splat8(0) : load8(biasSums + 8 * i);
        for (int b = 0; b < B; b++) bias += dzi[b];
        store8(biasSums + 8 * i, bias);
        double *restrict sums = weightSums + 8 * i * inputs;
        for (ptrdiff_t k = 0; k < inputs; k++) {
            v8 sum = first ? splat8(0) : load8(sums + 8 * k);
            for (int b = 0; b < B; b++) sum += dzi[b] * load8(below + belowStride * k + 8 * b);
            store8(sums + 8 * k, sum);
        }
    }
}

/// dA = Wᵀ·dZ (from 0, i = 0, 1, …), then the ReLU gate of the layer below (A > 0 there).
DL_INLINE void propagateDown(const int B, const DLDenseLayer *restrict layer, const double *restrict dz, const double *restrict aBelow,
                             ptrdiff_t aStride, double *restrict dzBelow, int rectifiedBelow) {
    const ptrdiff_t units = layer->units, inputs = layer->inputs;
    const double *restrict weights = layer->weights;
    for (ptrdiff_t k = 0; k < inputs; k++) {
        v8 da[BLOCKS];
        for (int b = 0; b < B; b++) da[b] = splat8(0);
        for (ptrdiff_t i = 0; i < units; i++) {
            const v8 w = splat8(weights[i * inputs + k]);
            for (int b = 0; b < B; b++) da[b] += w * load8(dz + GROUP * i + 8 * b);
        }
        for (int b = 0; b < B; b++) {
            const v8 gated = rectifiedBelow ? keepWherePositive(da[b], load8(aBelow + aStride * k + 8 * b)) : da[b];
            store8(dzBelow + GROUP * k + 8 * b, gated);
        }
    }
}

/// Where one group's values of every layer are read and written.
typedef struct {
    const double *input;
    ptrdiff_t inputStride;
    double *z[64], *a[64];
    ptrdiff_t stride;
} GroupPlace;

/// One group of B blocks, forward and backward. Adds its examples' losses to `lossSums` (block after
/// block, so the grouping never changes a sum) and counts the examples it classified correctly. The
/// group from example j = 0 starts the gradient sums.
DL_INLINE void stepGroup(const int B, const DLDenseLayer *layers, ptrdiff_t layerCount, const LayerScratch *slots,
                         const GroupPlace *place, const double *y, ptrdiff_t m, ptrdiff_t j, v8 *lossSums, ptrdiff_t *correct) {
    const ptrdiff_t last = layerCount - 1;
    const double *below = place->input;
    ptrdiff_t belowStride = place->inputStride;
    for (ptrdiff_t l = 0; l < layerCount; l++) {
        forwardLayer(B, &layers[l], below, belowStride, place->z[l], place->a[l], place->stride, layers[l].rectified, l == last);
        below = place->a[l];
        belowStride = place->stride;
    }

    // The output: σ(z) and the loss share e^−|z|; dZ = A − Y. Examples past the end get dZ = 0, no loss.
    v8i correctLanes = {0};
    for (int b = 0; b < B; b++) {
        const int valid = validCount(m, j + 8 * b);
        const v8i exists = (v8i){0, 1, 2, 3, 4, 5, 6, 7} < (v8i){valid, valid, valid, valid, valid, valid, valid, valid};
        const v8 z = load8(place->z[last] + 8 * b);
        const v8 target = loadBlock(y, 0, m, j + 8 * b, valid);
        const v8 e = expNonPositive(select8(z < splat8(0), z, -z));
        const v8 reciprocal = splat8(1) / (splat8(1) + e); // shared with log1pUnit
        const v8 a = select8(z >= splat8(0), reciprocal, e * reciprocal);
        const v8 loss = keepWherePositive(z, z) - z * target + log1pUnit(e);
        *lossSums += (v8)((v8i)loss & exists);
        store8(place->a[last] + 8 * b, a);
        store8(slots[last].dz + 8 * b, (v8)((v8i)(a - target) & exists));
        correctLanes -= ((a >= splat8(0.5)) == (target >= splat8(0.5))) & exists; // true is −1
    }
    for (int q = 0; q < 8; q++) *correct += correctLanes[q];

    for (ptrdiff_t l = last; l >= 0; l--) {
        const double *input = l > 0 ? place->a[l - 1] : place->input;
        const ptrdiff_t inputStride = l > 0 ? place->stride : place->inputStride;
        // Two copies, so that neither tests `first` inside its loops.
        if (j == 0) accumulateGradients(B, layers[l].units, layers[l].inputs, slots[l].dz, input, inputStride,
                                        slots[l].weightSums, slots[l].biasSums, 1);
        else accumulateGradients(B, layers[l].units, layers[l].inputs, slots[l].dz, input, inputStride,
                                 slots[l].weightSums, slots[l].biasSums, 0);
        if (l > 0) propagateDown(B, &layers[l], slots[l].dz, place->a[l - 1], place->stride, slots[l - 1].dz, layers[l - 1].rectified);
    }
}

/// The whole step in groups of G ≤ BLOCKS blocks. Every sum takes the blocks in order whatever G is, so
/// G only trades registers for loads: each instruction set gets the G that fits its registers.
DL_INLINE void stepBody(const int G, const DLDenseLayer *layers, ptrdiff_t layerCount, const double *x, const double *y,
                        ptrdiff_t m, double *scratch, DLStepTotals *totals) {
    LayerScratch slots[layerCount];
    // Whole cache lines: a vector that straddles two lines costs two accesses.
    double *input = (double *)(((size_t)scratch + 63) & ~(size_t)63);
    double *next = input + GROUP * layers[0].inputs;
    for (ptrdiff_t l = 0; l < layerCount; l++) {
        const ptrdiff_t units = layers[l].units;
        slots[l].z = next;
        slots[l].a = next + GROUP * units;
        slots[l].dz = next + 2 * GROUP * units;
        slots[l].weightSums = next + 3 * GROUP * units;
        slots[l].biasSums = slots[l].weightSums + 8 * units * layers[l].inputs;
        // The first group starts the sums; without examples there is none.
        if (m <= 0) memset(slots[l].weightSums, 0, sizeof(double) * 8 * (size_t)(units * layers[l].inputs + units));
        next += layerScratchCount(&layers[l]);
    }
    v8 lossSums = splat8(0);
    ptrdiff_t correct = 0;

    // With the pass's matrices given, whole groups are computed in place; without, everything goes
    // through scratch memory and nothing is written but the gradients.
    const int records = layers[0].preActivations != NULL;
    ptrdiff_t j = 0;
    GroupPlace place;
    for (; records && j + 8 * G <= m; j += 8 * G) {
        place.input = x + j;
        place.inputStride = m;
        for (ptrdiff_t l = 0; l < layerCount; l++) {
            place.z[l] = layers[l].preActivations + j;
            place.a[l] = layers[l].activations + j;
        }
        place.stride = m;
        stepGroup(G, layers, layerCount, slots, &place, y, m, j, &lossSums, &correct);
    }
    for (; j < m; j += 8 * G) {
        // In scratch, zero-padded past the last example, then the real columns copied out. Only the
        // blocks that hold examples are computed (blocks of zeros would add nothing to any sum).
        const int blocks = m - j >= 8 * G ? G : (int)((m - j + 7) / 8);
        for (ptrdiff_t k = 0; k < layers[0].inputs; k++)
            for (int b = 0; b < blocks; b++) store8(input + GROUP * k + 8 * b, loadBlock(x, k, m, j + 8 * b, validCount(m, j + 8 * b)));
        place.input = input;
        place.inputStride = GROUP;
        for (ptrdiff_t l = 0; l < layerCount; l++) {
            place.z[l] = records || l == layerCount - 1 ? slots[l].z : NULL;
            place.a[l] = slots[l].a;
        }
        place.stride = GROUP;
        switch (blocks) {
        case 1: stepGroup(1, layers, layerCount, slots, &place, y, m, j, &lossSums, &correct); break;
        case 2: stepGroup(2, layers, layerCount, slots, &place, y, m, j, &lossSums, &correct); break;
        case 3: stepGroup(3, layers, layerCount, slots, &place, y, m, j, &lossSums, &correct); break;
        case 4: stepGroup(4, layers, layerCount, slots, &place, y, m, j, &lossSums, &correct); break;
        case 5: stepGroup(5, layers, layerCount, slots, &place, y, m, j, &lossSums, &correct); break;
        case 6: stepGroup(6, layers, layerCount, slots, &place, y, m, j, &lossSums, &correct); break;
        case 7: stepGroup(7, layers, layerCount, slots, &place, y, m, j, &lossSums, &correct); break;
        default: stepGroup(8, layers, layerCount, slots, &place, y, m, j, &lossSums, &correct); break;
        }
        for (ptrdiff_t l = 0; records && l < layerCount; l++) {
            for (ptrdiff_t i = 0; i < layers[l].units; i++) {
                for (ptrdiff_t q = 0; q < 8 * G && j + q < m; q++) {
                    layers[l].preActivations[i * m + j + q] = slots[l].z[GROUP * i + q];
                    layers[l].activations[i * m + j + q] = slots[l].a[GROUP * i + q];
                }
            }
        }
    }

    for (ptrdiff_t l = 0; l < layerCount; l++) {
        for (ptrdiff_t index = 0; index < layers[l].units * layers[l].inputs; index++) {
            layers[l].weightGradient[index] = laneSum(load8(slots[l].weightSums + 8 * index));
        }
        for (ptrdiff_t i = 0; i < layers[l].units; i++) layers[l].biasGradient[i] = laneSum(load8(slots[l].biasSums + 8 * i));
    }
    totals->lossSum = laneSum(lossSums);
    totals->correct = correct;
}

DL_INLINE void expBody(const double *x, double *result, ptrdiff_t count) {
    for (ptrdiff_t j = 0; j < count; j += 8) {
        const int valid = count - j < 8 ? (int)(count - j) : 8;
        storeBlock(result, 0, count, j, valid, expNonPositive(loadBlock(x, 0, count, j, valid)));
    }
}

DL_INLINE void log1pBody(const double *x, double *result, ptrdiff_t count) {
    for (ptrdiff_t j = 0; j < count; j += 8) {
        const int valid = count - j < 8 ? (int)(count - j) : 8;
        storeBlock(result, 0, count, j, valid, log1pUnit(loadBlock(x, 0, count, j, valid)));
    }
}

/// Blocks per group on each path: as many as the vector registers hold (16 for SSE2 and AVX2, 32 for AVX-512).
enum { GROUP_BLOCKS_baseline = 2, GROUP_BLOCKS_avx2 = 4, GROUP_BLOCKS_avx512 = 8 };

#define DEFINE_STEP(SUFFIX, TARGET)                                                                                      \
    TARGET static void step_##SUFFIX(const DLDenseLayer *layers, ptrdiff_t layerCount, const double *x, const double *y, \
                                     ptrdiff_t m, double *scratch, DLStepTotals *totals) {                         \
        stepBody(GROUP_BLOCKS_##SUFFIX, layers, layerCount, x, y, m, scratch, totals);                             \
    }                                                                                                              \
    TARGET static void exp_##SUFFIX(const double *x, double *result, ptrdiff_t count) { expBody(x, result, count); } \
    TARGET static void log1p_##SUFFIX(const double *x, double *result, ptrdiff_t count) { log1pBody(x, result, count); }
DL_INSTRUCTION_SET_PATHS(DEFINE_STEP)

void dl_binary_classifier_step(const DLDenseLayer *layers, ptrdiff_t layerCount, const double *x, const double *y,
                               ptrdiff_t m, double *scratch, DLStepTotals *totals) {
    DL_DISPATCH(step, (layers, layerCount, x, y, m, scratch, totals))
}

void dl_exp_nonpositive(const double *x, double *result, ptrdiff_t count) { DL_DISPATCH(exp, (x, result, count)) }

void dl_log1p_unit(const double *x, double *result, ptrdiff_t count) { DL_DISPATCH(log1p, (x, result, count)) }
