// The two matrix products that a layer-by-layer forward and backward pass spend their time in.
// See Vector8.h for how one body serves every instruction set with the same results.

#include "CDenseKernels.h"
#include "Vector8.h"

DL_INLINE void finish8(v8 v, double *c, ptrdiff_t index, DLEpilogue epilogue, double *rectified, const double *gate) {
    switch (epilogue) {
    case DLEpiloguePlain: store8(c + index, v); break;
    case DLEpilogueRectify:
        store8(c + index, v);
        store8(rectified + index, keepWherePositive(v, v));
        break;
    case DLEpilogueGate: store8(c + index, keepWherePositive(v, load8(gate + index))); break;
    }
}

DL_INLINE void finish1(double v, double *c, ptrdiff_t index, DLEpilogue epilogue, double *rectified, const double *gate) {
    switch (epilogue) {
    case DLEpiloguePlain: c[index] = v; break;
    case DLEpilogueRectify:
        c[index] = v;
        rectified[index] = v > 0 ? v : 0;
        break;
    case DLEpilogueGate: c[index] = gate[index] > 0 ? v : 0; break;
    }
}

// MARK: - C = bias·1ᵀ + A·B

/// Rows i … i+R−1 of C. Sixteen columns at a time (2R independent sums keep the adder busy), then
/// eight, then one by one; whichever way an element is computed, it is bias + a₀b₀ + a₁b₁ + … in order.
/// `N` > 0 is a compile-time inner dimension (a layer with 1–4 inputs is unrolled); 0 means `n`.
DL_INLINE void multiplyRows(const int R, const int N, const double *a, ptrdiff_t ars, ptrdiff_t acs, const double *b,
                         double *c, const double *bias, ptrdiff_t i, ptrdiff_t n, ptrdiff_t cols,
                         DLEpilogue epilogue, double *rectified, const double *gate) {
    const ptrdiff_t inner = N > 0 ? N : n;
    double start[4];
    for (int r = 0; r < R; r++) start[r] = bias ? bias[i + r] : 0;
    ptrdiff_t j = 0;
    for (; j + 16 <= cols; j += 16) {
        v8 low[4], high[4];
        for (int r = 0; r < R; r++) low[r] = high[r] = splat8(start[r]);
        for (ptrdiff_t k = 0; k < inner; k++) {
            const v8 b0 = load8(b + k * cols + j), b1 = load8(b + k * cols + j + 8);
            for (int r = 0; r < R; r++) {
                const v8 w = splat8(a[(i + r) * ars + k * acs]);
                low[r] += w * b0;
                high[r] += w * b1;
            }
        }
        for (int r = 0; r < R; r++) {
            finish8(low[r], c, (i + r) * cols + j, epilogue, rectified, gate);
            finish8(high[r], c, (i + r) * cols + j + 8, epilogue, rectified, gate);
        }
    }
    for (; j + 8 <= cols; j += 8) {
        v8 sum[4];
        for (int r = 0; r < R; r++) sum[r] = splat8(start[r]);
        for (ptrdiff_t k = 0; k < inner; k++) {
            const v8 bk = load8(b + k * cols + j);
            for (int r = 0; r < R; r++) sum[r] += splat8(a[(i + r) * ars + k * acs]) * bk;
        }
        for (int r = 0; r < R; r++) finish8(sum[r], c, (i + r) * cols + j, epilogue, rectified, gate);
    }
    for (; j < cols; j++) {
        for (int r = 0; r < R; r++) {
            double s = start[r];
            for (ptrdiff_t k = 0; k < inner; k++) s += a[(i + r) * ars + k * acs] * b[k * cols + j];
            finish1(s, c, (i + r) * cols + j, epilogue, rectified, gate);
        }
    }
}

DL_INLINE void multiplyAllRows(const int N, const double *a, ptrdiff_t ars, ptrdiff_t acs, const double *b, double *c,
                            const double *bias, ptrdiff_t rows, ptrdiff_t n, ptrdiff_t cols,
                            DLEpilogue epilogue, double *rectified, const double *gate) {
    ptrdiff_t i = 0;
    for (; i + 4 <= rows; i += 4) multiplyRows(4, N, a, ars, acs, b, c, bias, i, n, cols, epilogue, rectified, gate);
    switch (rows - i) {
    case 3: multiplyRows(3, N, a, ars, acs, b, c, bias, i, n, cols, epilogue, rectified, gate); break;
    case 2: multiplyRows(2, N, a, ars, acs, b, c, bias, i, n, cols, epilogue, rectified, gate); break;
    case 1: multiplyRows(1, N, a, ars, acs, b, c, bias, i, n, cols, epilogue, rectified, gate); break;
    default: break;
    }
}

DL_INLINE void multiplyWithEpilogue(const DLEpilogue E, const double *a, ptrdiff_t ars, ptrdiff_t acs, const double *b,
                                 double *c, const double *bias, ptrdiff_t rows, ptrdiff_t n, ptrdiff_t cols,
                                 double *rectified, const double *gate) {
    switch (n) {
    case 1: multiplyAllRows(1, a, ars, acs, b, c, bias, rows, n, cols, E, rectified, gate); break;
    case 2: multiplyAllRows(2, a, ars, acs, b, c, bias, rows, n, cols, E, rectified, gate); break;
    case 3: multiplyAllRows(3, a, ars, acs, b, c, bias, rows, n, cols, E, rectified, gate); break;
    case 4: multiplyAllRows(4, a, ars, acs, b, c, bias, rows, n, cols, E, rectified, gate); break;
    default: multiplyAllRows(0, a, ars, acs, b, c, bias, rows, n, cols, E, rectified, gate); break;
    }
}

/// Each epilogue (and each short inner dimension) gets its own copy of the loops, so no branch is
/// left inside them.
DL_INLINE void multiplyBody(const double *a, ptrdiff_t ars, ptrdiff_t acs, const double *b, double *c, const double *bias,
                         ptrdiff_t rows, ptrdiff_t n, ptrdiff_t cols, DLEpilogue epilogue, double *rectified,
                         const double *gate) {
    switch (epilogue) {
    case DLEpilogueRectify:
        multiplyWithEpilogue(DLEpilogueRectify, a, ars, acs, b, c, bias, rows, n, cols, rectified, gate);
        break;
    case DLEpilogueGate: multiplyWithEpilogue(DLEpilogueGate, a, ars, acs, b, c, bias, rows, n, cols, rectified, gate); break;
    default: multiplyWithEpilogue(DLEpiloguePlain, a, ars, acs, b, c, bias, rows, n, cols, rectified, gate); break;
    }
}

// MARK: - C = A·Bᵀ

/// Elements (i … i+RI−1, j … j+CJ−1) of A·Bᵀ: RI·CJ independent sums, each loaded row piece serving
/// several of them. Every element is summed exactly as the header describes, whatever the tile.
DL_INLINE void transposedTile(const int RI, const int CJ, const double *a, const double *b, double *c,
                           ptrdiff_t i, ptrdiff_t j, ptrdiff_t n, ptrdiff_t cols) {
    v8 s[8][4];
    for (int r = 0; r < RI; r++)
        for (int q = 0; q < CJ; q++) s[r][q] = splat8(0);
    const ptrdiff_t body = n - n % 8;
    for (ptrdiff_t k = 0; k < body; k += 8) {
        v8 ak[8], bk[4];
        for (int r = 0; r < RI; r++) ak[r] = load8(a + (i + r) * n + k);
        for (int q = 0; q < CJ; q++) bk[q] = load8(b + (j + q) * n + k);
        for (int r = 0; r < RI; r++)
            for (int q = 0; q < CJ; q++) s[r][q] += ak[r] * bk[q];
    }
    for (int r = 0; r < RI; r++) {
        for (int q = 0; q < CJ; q++) {
            double t = laneSum(s[r][q]);
            for (ptrdiff_t k = body; k < n; k++) t += a[(i + r) * n + k] * b[(j + q) * n + k];
            c[(i + r) * cols + j + q] = t;
        }
    }
}

/// The whole of C in RI × CJ tiles, with the leftover rows and columns taken one at a time.
DL_INLINE void transposedGrid(const int RI, const int CJ, const double *a, const double *b, double *c,
                           ptrdiff_t rows, ptrdiff_t n, ptrdiff_t cols) {
    ptrdiff_t i = 0;
    for (; i + RI <= rows; i += RI) {
        ptrdiff_t j = 0;
        for (; j + CJ <= cols; j += CJ) transposedTile(RI, CJ, a, b, c, i, j, n, cols);
        for (; j < cols; j++) transposedTile(RI, 1, a, b, c, i, j, n, cols);
    }
    for (; i < rows; i++) {
        ptrdiff_t j = 0;
        for (; j + CJ <= cols; j += CJ) transposedTile(1, CJ, a, b, c, i, j, n, cols);
        for (; j < cols; j++) transposedTile(1, 1, a, b, c, i, j, n, cols);
    }
}

DL_INLINE void transposedBody(const double *a, const double *b, double *c, ptrdiff_t rows, ptrdiff_t n, ptrdiff_t cols) {
    // Tiles of about eight sums: wide ones for dW of a layer with many inputs, tall ones for a
    // layer with one to three inputs (then C has that few columns).
    switch (cols) {
    case 1: transposedGrid(8, 1, a, b, c, rows, n, cols); break;
    case 2: transposedGrid(4, 2, a, b, c, rows, n, cols); break;
    case 3: transposedGrid(3, 3, a, b, c, rows, n, cols); break;
    default: transposedGrid(2, 4, a, b, c, rows, n, cols); break;
    }
}

// MARK: - Entry points

#define DEFINE_MULTIPLY(SUFFIX, TARGET)                                                                                  \
    TARGET static void multiply_##SUFFIX(const double *a, ptrdiff_t ars, ptrdiff_t acs, const double *b, double *c,  \
                                         const double *bias, ptrdiff_t rows, ptrdiff_t n, ptrdiff_t cols,          \
                                         DLEpilogue epilogue, double *rectified, const double *gate) {             \
        multiplyBody(a, ars, acs, b, c, bias, rows, n, cols, epilogue, rectified, gate);                           \
    }
DL_INSTRUCTION_SET_PATHS(DEFINE_MULTIPLY)

#define DEFINE_TRANSPOSED(SUFFIX, TARGET)                                                                                \
    TARGET static void transposed_##SUFFIX(const double *a, const double *b, double *c, ptrdiff_t rows, ptrdiff_t n,  \
                                           ptrdiff_t cols) {                                                       \
        transposedBody(a, b, c, rows, n, cols);                                                                    \
    }
DL_INSTRUCTION_SET_PATHS(DEFINE_TRANSPOSED)

void dl_multiply(const double *a, ptrdiff_t ars, ptrdiff_t acs, const double *b, double *c, const double *bias,
                 ptrdiff_t rows, ptrdiff_t n, ptrdiff_t cols, DLEpilogue epilogue, double *rectified, const double *gate) {
    DL_DISPATCH(multiply, (a, ars, acs, b, c, bias, rows, n, cols, epilogue, rectified, gate))
}

void dl_multiply_transposed_right(const double *a, const double *b, double *c, ptrdiff_t rows, ptrdiff_t n, ptrdiff_t cols) {
    DL_DISPATCH(transposed, (a, b, c, rows, n, cols))
}
