/*
 * A stand-in for Windows 10's bcryptprimitives.dll, used only by
 * ci/windows.sh when the Wine at hand lacks it (Wine 8, Debian 12): Go
 * 1.24 and later programs load it at start for ProcessPrng and abort
 * without it. It draws the bytes from RtlGenRandom (advapi32's
 * SystemFunction036), which every Wine has.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	while (len > 0) {
		ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}
