/** Moved to lib/testing/staff-test-support.ts (issue 14: test support leaves the data door); re-exported so branches in flight still compile. */
export * from '@/lib/testing/staff-test-support';
