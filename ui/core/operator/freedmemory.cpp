#include "operator/freedmemory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace syncscope::monitor {

void releaseFreedMemory()
{
#if defined(__GLIBC__)
    // Also returns whole free pages inside the heap (madvise), not only its top.
    malloc_trim(0);
#endif
}

} // namespace syncscope::monitor
