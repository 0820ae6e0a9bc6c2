/* A stand-in for Windows' bcryptprimitives.dll, for running Spinewise's
 * Windows test programs under Wine 8, which lacks ProcessPrng. Rust's
 * standard library (1.78 and later) takes its random numbers from
 * ProcessPrng; here they come from RtlGenRandom (advapi32's
 * SystemFunction036), which Wine has. Test use only: never shipped.
 * Built by scripts/windows.sh with mingw-w64. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    /* RtlGenRandom takes a ULONG: feed a large request in pieces. */
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
