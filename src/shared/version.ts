declare const __VERSION__: string;

/** The package version, compared by `define()` when a tag is already taken. Every build puts in package.json's (scripts/targets.mjs). */
export const VERSION: string = __VERSION__;
