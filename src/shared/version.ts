/** The package version, compared by `define()` when a tag is already taken. A test keeps it equal to package.json. */
export const VERSION = '0.1.0';
