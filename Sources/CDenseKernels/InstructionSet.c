// Which of the paths in Vector8.h this machine runs. All give the same numbers; only speed differs.

#include "CDenseKernels.h"

#include <stdatomic.h>

#if defined(__x86_64__)
#include <cpuid.h>

static unsigned long long readXCR0(void) {
    unsigned int low, high;
    __asm__ volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(0));
    return ((unsigned long long)high << 32) | low;
}
#endif

DLInstructionSet dl_best_instruction_set(void) {
#if defined(__x86_64__)
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return DLInstructionSetBaseline;
    const int osSavesRegisters = (ecx & bit_OSXSAVE) != 0;
    if (!osSavesRegisters || !(ecx & bit_AVX)) return DLInstructionSetBaseline;
    const unsigned long long xcr0 = readXCR0();
    if ((xcr0 & 0x6) != 0x6) return DLInstructionSetBaseline; // the OS must save SSE and AVX state
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return DLInstructionSetBaseline;
    const int avx2 = (ebx & bit_AVX2) != 0;
    const int avx512 = (ebx & bit_AVX512F) != 0 && (xcr0 & 0xE6) == 0xE6; // and opmask + upper ZMM state
    if (avx512) return DLInstructionSetAVX512;
    if (avx2) return DLInstructionSetAVX2;
#endif
    return DLInstructionSetBaseline;
}

/// -1 until first use; then the path in use. Every path gives the same numbers, so a race between two
/// first uses is harmless.
static _Atomic int currentSet = -1;

DLInstructionSet dl_current_instruction_set(void) {
    int set = atomic_load_explicit(&currentSet, memory_order_relaxed);
    if (set < 0) {
        set = (int)dl_best_instruction_set();
        atomic_store_explicit(&currentSet, set, memory_order_relaxed);
    }
    return (DLInstructionSet)set;
}

DLInstructionSet dl_use_instruction_set(DLInstructionSet set) {
    const DLInstructionSet best = dl_best_instruction_set();
    const DLInstructionSet chosen = set <= best ? set : best;
    atomic_store_explicit(&currentSet, (int)chosen, memory_order_relaxed);
    return chosen;
}
