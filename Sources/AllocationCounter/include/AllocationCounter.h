#ifndef STANCE_ALLOCATION_COUNTER_H
#define STANCE_ALLOCATION_COUNTER_H

/// Heap allocations (malloc, calloc, realloc, aligned forms) made by the process so far, counted by
/// wrappers around the C library's allocator; 0 where the wrappers are not available.
unsigned long long stance_allocation_count(void);

/// Whether allocations are being counted on this platform.
int stance_allocations_are_counted(void);

#endif
