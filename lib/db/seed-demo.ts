/** Moved to lib/demo/seed-demo.ts (issue 14: demo seeding leaves the data door); re-exported so branches in flight still compile. */
export * from '@/lib/demo/seed-demo';
