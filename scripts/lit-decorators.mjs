// Lit's `@property` and `@state` decorators are written in the source for readers; what ships
// is the `static properties` object they stand for. `@lit/ts-transformers` rewrites one into
// the other, so no decorator helper reaches a visitor's browser. Used by every build that
// ships: the Vite builds (vite.config.ts, including the lazy files it builds on its own) and
// the npm build (scripts/build.mjs). Tests and Storybook run the decorators as they are.
import ts from 'typescript';
import { idiomaticDecoratorsTransformer } from '@lit/ts-transformers';

/** Only files that use a Lit decorator are rewritten; the rest go through untouched. */
const USES_DECORATORS = /@(property|state)\(/;

/**
 * One TypeScript module with its Lit decorators replaced by `static properties`, still in
 * TypeScript (types and all), for Vite to compile as it compiles every other file. The
 * transformer only needs to know which names the file imported from Lit, so a program of
 * this one file, with nothing resolved, is enough.
 */
export function withoutDecorators(fileName, code) {
  const options = {
    target: ts.ScriptTarget.ES2022,
    experimentalDecorators: true,
    useDefineForClassFields: false,
    noLib: true,
    noResolve: true,
    types: [],
  };
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const host = ts.createCompilerHost(options);
  host.getSourceFile = (name) => (name === fileName ? source : undefined);
  const program = ts.createProgram([fileName], options, host);
  const result = ts.transform(program.getSourceFile(fileName), [idiomaticDecoratorsTransformer(program)], options);
  const [transformed] = result.transformed;
  // A decorator the transformer did not recognise (imported some other way) would otherwise
  // ship with the compiler's decorator helper: fail the build instead.
  const hasDecorator = (node) => ts.isDecorator(node) || Boolean(ts.forEachChild(node, hasDecorator));
  if (hasDecorator(transformed)) throw new Error(`${fileName}: a decorator was left in place; import Lit's from 'lit/decorators.js'`);
  const printed = ts.createPrinter().printFile(transformed);
  result.dispose();
  return printed;
}

/** The Vite (Rolldown) plugin: runs before TypeScript is compiled, on the project's own files. */
export function litDecorators() {
  return {
    name: 'recovery-widgets:lit-decorators',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !USES_DECORATORS.test(code)) return null;
      return { code: withoutDecorators(id, code), map: null };
    },
  };
}

/**
 * The npm build: `tsc -p <tsconfig>` with the decorators transformer, which tsc's command
 * line cannot load. Throws with tsc's messages if the program does not compile.
 */
export function compileWithoutDecorators(tsconfig) {
  const config = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => fail([diagnostic]) },
  );
  if (config.errors.length) fail(config.errors);
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, projectReferences: config.projectReferences });
  const writeFile = (fileName, text, ...rest) => {
    if (/__decorate/.test(text)) fail([], `${fileName}: a Lit decorator was left in place; import it from 'lit/decorators.js'`);
    ts.sys.writeFile(fileName, text, ...rest);
  };
  const { diagnostics } = program.emit(undefined, writeFile, undefined, false, { before: [idiomaticDecoratorsTransformer(program)] });
  const errors = [...ts.getPreEmitDiagnostics(program), ...diagnostics].filter(
    (diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error,
  );
  if (errors.length) fail(errors);
}

function fail(diagnostics, message = '') {
  const host = { getCanonicalFileName: (name) => name, getCurrentDirectory: ts.sys.getCurrentDirectory, getNewLine: () => '\n' };
  throw new Error(message + ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
}
