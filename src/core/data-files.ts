// Finds the package root so data files (lexicons under src/lang/*/data, weights under
// models/) load the same way from the sources (tests) and from the compiled dist/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"khabar"/.test(readFileSync(pkg, 'utf8'))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('khabar: cannot find the package root (package.json)');
    dir = up;
  }
}

/** Absolute path of a file shipped with the package, given relative to its root. */
export function dataPath(relative: string): string {
  return join(packageRoot(), relative);
}

export function readDataText(relative: string): string {
  return readFileSync(dataPath(relative), 'utf8');
}

export function readDataJson<T>(relative: string): T {
  return JSON.parse(readDataText(relative)) as T;
}
