import { z } from 'zod';

// Zod compiles object parsers with `new Function` when it can, probing for that on first use; under the
// pages' Content-Security-Policy (no 'unsafe-eval') the probe is a CSP violation in the browser, even
// though zod catches it. Every schema in the app imports zod from here, so the probe never runs.
z.config({ jitless: true });

export { z };
