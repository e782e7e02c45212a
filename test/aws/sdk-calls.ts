/**
 * Which AWS calls each mode's code can make, read from the sources rather than written down.
 *
 * The TypeScript compiler parses src/ and resolves identifiers to their declarations, through
 * imports, re-exports, barrels, `import()` and destructuring. `x.name` is resolved where `x` may
 * be a module's namespace (a namespace import, what `import()` or a call returned); the members
 * of other objects are code reached already through what made the object. Each top-level
 * statement of a module is a node of a call graph; its edges go to the statements its code
 * names, and its calls are the SDK commands (`GetObjectCommand`), paginators
 * (`paginateListObjectsV2`) and credential providers that call AWS (`fromTemporaryCredentials`)
 * it names. A mode's calls are those of the statements its entry modules reach, plus the
 * statements that run when a reached module loads. Statement granularity matters: a module that
 * imports one helper from a barrel does not reach the writer beside it, but a function that
 * names a command counts even if a branch never runs.
 *
 * Anything of the SDK the graph cannot turn into calls (a waiter, an aggregated client such as
 * `new EC2()`, a package without an IAM prefix here, `import()` of a computed name) is listed as
 * unrecognised, so that a new way of calling AWS fails the policy test instead of slipping past.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** One AWS API the code can call, and where it is named. */
export interface SdkCall {
  /** The IAM prefix of the service: `ec2`, `s3`, `logs`, `athena`, `sts`, … */
  service: string;
  /** The API: `DescribeSecurityGroups`, `ListObjectsV2`, `AssumeRole`. */
  operation: string;
  /** The module that names it, relative to the repository (`src/sources/s3.ts`). */
  file: string;
}

interface GraphNode {
  file: string;
  edges: Set<string>;
  calls: SdkCall[];
  exported: boolean;
  /** Runs when its module loads: top-level code other than declarations of functions and types. */
  eager: boolean;
}

/** The call graph of src/. */
export interface CallGraph {
  nodes: Map<string, GraphNode>;
  /** Per module, the modules it imports statically (they load with it). */
  staticImports: Map<string, Set<string>>;
  /** SDK uses the graph cannot turn into calls; empty when the scan saw everything. */
  unrecognised: string[];
}

/** The IAM prefix of each SDK client package; a client package missing here is unrecognised. */
const IAM_PREFIX_OF_PACKAGE: Readonly<Record<string, string>> = {
  '@aws-sdk/client-ec2': 'ec2',
  '@aws-sdk/client-s3': 's3',
  '@aws-sdk/client-cloudwatch-logs': 'logs',
  '@aws-sdk/client-athena': 'athena',
  '@aws-sdk/client-glue': 'glue',
  '@aws-sdk/client-sts': 'sts',
  '@aws-sdk/client-organizations': 'organizations',
};

/** Credential providers that call AWS with the credentials they start from, and what they call. */
const CREDENTIAL_PROVIDER_CALLS: Readonly<Record<string, { service: string; operation: string }>> = {
  fromTemporaryCredentials: { service: 'sts', operation: 'AssumeRole' },
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The command folder (`src/commands/<name>/`) a module is in, if any. */
export function commandFolder(file: string): string | undefined {
  return /^src\/commands\/([^/]+)\//.exec(file)?.[1];
}

function topLevelStatement(node: ts.Node): ts.Statement | undefined {
  let current: ts.Node = node;
  while (current.parent !== undefined && !ts.isSourceFile(current.parent)) current = current.parent;
  return current.parent !== undefined ? (current as ts.Statement) : undefined;
}

function isExported(statement: ts.Statement): boolean {
  const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : undefined;
  return modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) === true;
}

const isFunctionLike = (e: ts.Expression | undefined) =>
  e !== undefined && (ts.isArrowFunction(e) || ts.isFunctionExpression(e) || ts.isClassExpression(e));

function isEager(statement: ts.Statement): boolean {
  if (
    ts.isFunctionDeclaration(statement) ||
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isImportDeclaration(statement) ||
    ts.isExportDeclaration(statement) ||
    ts.isModuleDeclaration(statement)
  )
    return false;
  if (ts.isVariableStatement(statement))
    return !statement.declarationList.declarations.every((d) => isFunctionLike(d.initializer));
  // Classes count: their static members and decorators run when the module loads.
  return true;
}

/** The package an import or export specifier binds from, when it is not a relative module. */
function packageOf(declaration: ts.Declaration): { packageName: string; imported: string } | undefined {
  let statement: ts.Node = declaration;
  while (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) {
    if (statement.parent === undefined || ts.isSourceFile(statement.parent)) return undefined;
    statement = statement.parent;
  }
  const specifier = statement.moduleSpecifier;
  if (specifier === undefined || !ts.isStringLiteral(specifier) || specifier.text.startsWith('.'))
    return undefined;
  const imported =
    ts.isImportSpecifier(declaration) || ts.isExportSpecifier(declaration)
      ? (declaration.propertyName ?? declaration.name).text
      : '*';
  return { packageName: specifier.text, imported };
}

/**
 * What a value imported from a package is: an AWS call, nothing AWS (`{}`), or a use the scan
 * cannot follow. `invoked`: the use site calls it or news it.
 */
function classifyPackageValue(
  packageName: string,
  name: string,
  invoked: boolean,
): { call?: { service: string; operation: string }; unrecognised?: string } {
  if (!packageName.startsWith('@aws-sdk/')) return {};
  if (packageName === '@aws-sdk/credential-providers') {
    const call = CREDENTIAL_PROVIDER_CALLS[name];
    return call !== undefined ? { call } : { unrecognised: `${name} of ${packageName}` };
  }
  const service = IAM_PREFIX_OF_PACKAGE[packageName];
  const operation = (/^(\w+)Command$/.exec(name) ?? /^paginate(\w+)$/.exec(name))?.[1];
  if (operation !== undefined) {
    if (service === undefined) return { unrecognised: `${name} of ${packageName} (no IAM prefix known)` };
    return { call: { service, operation } };
  }
  if (name === '*') return { unrecognised: `a namespace import of ${packageName}` };
  if (/^wait(For|Until)/.test(name)) return { unrecognised: `the waiter ${name} of ${packageName}` };
  // Clients and exceptions make no call by themselves; anything else called or built (the
  // aggregated client `new EC2()`, a presigner, an uploader) is a call the scan cannot name.
  if (invoked && !/(Client|Exception)$/.test(name)) return { unrecognised: `${name} of ${packageName}` };
  return {};
}

/**
 * What is taken from a package loaded with `import('pkg')`: `(await import('pkg')).Name` or
 * `const { Name } = await import('pkg')`, each with whether it is called or built (a destructured
 * name is taken to be). Any other use lets the whole namespace escape: `*`.
 */
function packageImportUses(call: ts.CallExpression): { name: string; invoked: boolean }[] {
  let value: ts.Node = call;
  while (ts.isAwaitExpression(value.parent) || ts.isParenthesizedExpression(value.parent))
    value = value.parent;
  const parent = value.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === value) {
    const user = parent.parent;
    const invoked = (ts.isCallExpression(user) || ts.isNewExpression(user)) && user.expression === parent;
    return [{ name: parent.name.text, invoked }];
  }
  if (ts.isVariableDeclaration(parent) && ts.isObjectBindingPattern(parent.name)) {
    return parent.name.elements.map((element) => {
      const property = element.propertyName ?? element.name;
      return { name: ts.isIdentifier(property) ? property.text : '*', invoked: true };
    });
  }
  return [{ name: '*', invoked: true }];
}

/**
 * Builds the call graph of every module under `root`/src/ (the repository's, or a fixture's),
 * with the repository's compiler options. Only relative modules are resolved: the SDK's own type
 * declarations are tens of megabytes, and a package value is classified by the name it is
 * imported under, which is all the graph needs.
 */
export function buildCallGraph(root: string = repo): CallGraph {
  const repoPath = (path: string) => relative(root, path).split(sep).join('/');
  const config = ts.readConfigFile(join(repo, 'tsconfig.json'), (p) => ts.sys.readFile(p));
  const options: ts.CompilerOptions = {
    ...ts.parseJsonConfigFileContent(config.config, ts.sys, repo).options,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  host.resolveModuleNameLiterals = (literals, containingFile) =>
    literals.map((literal) =>
      literal.text.startsWith('.')
        ? ts.resolveModuleName(literal.text, containingFile, options, host)
        : { resolvedModule: undefined },
    );
  const program = ts.createProgram(sourceFiles(join(root, 'src')), options, host);
  const checker = program.getTypeChecker();
  const graph: CallGraph = { nodes: new Map(), staticImports: new Map(), unrecognised: [] };
  const srcFiles = program
    .getSourceFiles()
    .filter((f) => !f.isDeclarationFile && repoPath(f.fileName).startsWith('src/'));
  const statementIds = new Map<ts.Statement, string>();
  for (const source of srcFiles) {
    const file = repoPath(source.fileName);
    source.statements.forEach((statement, index) => {
      const id = `${file}#${index}`;
      statementIds.set(statement, id);
      graph.nodes.set(id, {
        file,
        edges: new Set(),
        calls: [],
        exported: isExported(statement),
        eager: isEager(statement),
      });
    });
  }
  const exportedNodesOf = (file: string) =>
    [...graph.nodes].filter(([, n]) => n.file === file && n.exported).map(([id]) => id);

  for (const source of srcFiles) {
    const file = repoPath(source.fileName);
    const imports = new Set<string>();
    graph.staticImports.set(file, imports);
    source.statements.forEach((statement, index) => {
      const node = graph.nodes.get(`${file}#${index}`) as GraphNode;
      if (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) {
        const specifier = statement.moduleSpecifier;
        const typeOnly = ts.isImportDeclaration(statement)
          ? statement.importClause?.isTypeOnly === true
          : statement.isTypeOnly;
        if (specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith('.') && !typeOnly) {
          const target = ts.resolveModuleName(specifier.text, source.fileName, options, host).resolvedModule;
          if (target !== undefined) imports.add(repoPath(target.resolvedFileName));
        }
        return; // not code: what it binds is followed where it is used
      }
      const follow = (start: ts.Symbol | undefined, invoked: boolean): void => {
        // Step through the aliases (imports, re-exports) until a package or a declaration.
        let symbol = start;
        for (let hops = 0; symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias && hops < 50; hops++) {
          const fromPackage = symbol.declarations?.map(packageOf).find((p) => p !== undefined);
          if (fromPackage !== undefined) {
            const sdk = classifyPackageValue(fromPackage.packageName, fromPackage.imported, invoked);
            if (sdk.call) node.calls.push({ ...sdk.call, file });
            if (sdk.unrecognised) graph.unrecognised.push(`${file}: ${sdk.unrecognised}`);
            return;
          }
          symbol = checker.getImmediateAliasedSymbol(symbol);
        }
        for (const declaration of symbol?.declarations ?? []) {
          if (ts.isSourceFile(declaration)) {
            // A namespace import used as a whole: everything the module exports.
            for (const id of exportedNodesOf(repoPath(declaration.fileName))) node.edges.add(id);
            continue;
          }
          const target = topLevelStatement(declaration);
          const id = target && statementIds.get(target);
          if (id !== undefined && target !== statement) node.edges.add(id);
          // `const { run } = await import('./x.js')`: the property of what is destructured.
          if (ts.isBindingElement(declaration) && ts.isObjectBindingPattern(declaration.parent)) {
            const property = declaration.propertyName ?? declaration.name;
            const name = ts.isIdentifier(property) ? property.text : undefined;
            const member = name && checker.getTypeAtLocation(declaration.parent).getProperty(name);
            if (member && member !== symbol) follow(member, invoked);
          }
        }
      };
      // `x.name` is resolved only where `x` may be a module namespace (`import()`, a namespace
      // import, what a call returned): any other object's members are code that is reached
      // already, through the `new` or the function that made the object.
      const memberOfNonModule = (n: ts.Identifier): boolean => {
        const access = n.parent;
        if (!ts.isPropertyAccessExpression(access) || access.name !== n) return false;
        let left: ts.Expression = access.expression;
        while (
          ts.isParenthesizedExpression(left) ||
          ts.isAwaitExpression(left) ||
          ts.isNonNullExpression(left)
        )
          left = left.expression;
        if (ts.isCallExpression(left)) return false;
        if (!ts.isIdentifier(left)) return true;
        const symbol = checker.getSymbolAtLocation(left);
        if (symbol === undefined) return true;
        if (symbol.flags & ts.SymbolFlags.Alias) return false;
        const declaration = symbol.valueDeclaration;
        let initializer =
          declaration !== undefined && ts.isVariableDeclaration(declaration)
            ? declaration.initializer
            : undefined;
        while (
          initializer !== undefined &&
          (ts.isAwaitExpression(initializer) || ts.isParenthesizedExpression(initializer))
        )
          initializer = initializer.expression;
        return initializer === undefined || !ts.isCallExpression(initializer);
      };
      const visit = (n: ts.Node): void => {
        if (ts.isTypeNode(n) && !ts.isExpressionWithTypeArguments(n)) return; // types call nothing
        if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) {
          const argument = n.arguments[0];
          if (argument === undefined || !ts.isStringLiteralLike(argument)) {
            graph.unrecognised.push(`${file}: import() of a computed module name`);
          } else if (!argument.text.startsWith('.')) {
            for (const use of packageImportUses(n)) {
              const sdk = classifyPackageValue(argument.text, use.name, use.invoked);
              if (sdk.call) node.calls.push({ ...sdk.call, file });
              if (sdk.unrecognised) graph.unrecognised.push(`${file}: ${sdk.unrecognised}`);
            }
          }
        }
        if (ts.isIdentifier(n) && !memberOfNonModule(n)) {
          const parent = n.parent;
          const symbol =
            ts.isShorthandPropertyAssignment(parent) && parent.name === n
              ? checker.getShorthandAssignmentValueSymbol(parent)
              : checker.getSymbolAtLocation(n);
          const invoked =
            (ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === n;
          follow(symbol, invoked);
        }
        ts.forEachChild(n, visit);
      };
      visit(statement);
    });
  }
  return graph;
}

/** The modules of some command folders. */
export function commandModules(graph: CallGraph, commands: readonly string[]): string[] {
  return [...graph.staticImports.keys()].filter((file) => commands.includes(commandFolder(file) ?? ''));
}

/**
 * The calls the code reachable from `entries` (whole modules) can make. A reference from outside
 * src/commands/ into another command's folder is the Action's mode dispatch (src/main.ts): it is
 * followed only for the folders in `commands`, since there the mode, not the code, decides what
 * runs. Everything else is followed, so the result can only be larger than what runs.
 */
export function reachableCalls(
  graph: CallGraph,
  entries: readonly string[],
  commands: readonly string[],
): SdkCall[] {
  const reached = new Set<string>();
  const loaded = new Set<string>();
  const queue = [...graph.nodes].filter(([, n]) => entries.includes(n.file)).map(([id]) => id);
  const load = (file: string): void => {
    if (loaded.has(file)) return;
    loaded.add(file);
    // A module's top-level code, and that of every module it imports, runs when it loads.
    for (const [id, n] of graph.nodes) if (n.file === file && n.eager) queue.push(id);
    for (const imported of graph.staticImports.get(file) ?? []) load(imported);
  };
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (reached.has(id)) continue;
    reached.add(id);
    const node = graph.nodes.get(id) as GraphNode;
    load(node.file);
    for (const edge of node.edges) {
      const target = graph.nodes.get(edge) as GraphNode;
      const folder = commandFolder(target.file);
      const dispatch = folder !== undefined && commandFolder(node.file) === undefined;
      if (dispatch && !commands.includes(folder)) continue;
      queue.push(edge);
    }
  }
  return [...reached].flatMap((id) => (graph.nodes.get(id) as GraphNode).calls);
}
