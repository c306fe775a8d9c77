/** Absolute path of TypeScript 7's native `tsc` (see typechecker.mjs). */
export declare const nativeTsc: string;
