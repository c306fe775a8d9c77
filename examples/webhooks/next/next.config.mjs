// The Next.js webhook recipe's app: one route handler, app/webhooks/[provider]/route.ts. Type-checking is the
// examples package's `tsc` (the route and what it imports), so `next build` skips its own.
/** @type {import("next").NextConfig} */
const config = { typescript: { ignoreBuildErrors: true } };

export default config;
