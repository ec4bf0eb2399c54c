/** The one Trusted Types policy we create, for JSON-LD that we serialise ourselves. */
interface ScriptPolicy {
  createScript(input: string): string;
}
type TrustedTypesGlobal = typeof globalThis & {
  trustedTypes?: { createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy };
};

// Shared through a global symbol: with the bundle loaded twice, a second `createPolicy`
// with the same name is a CSP violation under `trusted-types recovery-widgets`.
const POLICY = Symbol.for('recovery-widgets.trusted-types-policy');

/**
 * Text for a `<script>` element, wrapped by the `recovery-widgets` policy when the page
 * enforces Trusted Types. Only ever called with JSON we produced with `JSON.stringify`.
 */
export function trustedScript(json: string): string {
  const scope = globalThis as TrustedTypesGlobal & { [POLICY]?: ScriptPolicy };
  if (!scope.trustedTypes) return json;
  scope[POLICY] ??= scope.trustedTypes.createPolicy('recovery-widgets', { createScript: (input) => input });
  return scope[POLICY].createScript(json);
}
