// Turns command-line arguments into the list of inputs: files, folders (recursive, by
// extension), globs (fast-glob, so quoted globs work like shell-expanded ones) and "-"
// for stdin. Arguments that find nothing become input errors, not crashes.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

// fast-glob is loaded only when a folder or a pattern is given (start-up stays small)
type FastGlob = typeof import('fast-glob');
let fgModule: FastGlob | undefined;
function fastGlob(): FastGlob {
  return (fgModule ??= createRequire(import.meta.url)('fast-glob') as FastGlob);
}
import type { InputError } from '../core/types.js';

export type InputSource = { kind: 'file'; path: string } | { kind: 'stdin' };

export interface ExpandOptions {
  /** extensions without the dot, for folders */
  extensions: string[];
}

function hasGlobMagic(arg: string): boolean {
  return /[*?[\]{}!]/.test(arg) && fastGlob().isDynamicPattern(arg.replace(/\\/g, '/'));
}

export function expandInputs(args: string[], options: ExpandOptions): { sources: InputSource[]; errors: InputError[] } {
  const sources: InputSource[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    if (!seen.has(path)) {
      seen.add(path);
      sources.push({ kind: 'file', path });
    }
  };
  const extGlob = options.extensions.length === 1 ? options.extensions[0] : `{${options.extensions.join(',')}}`;
  for (const arg of args) {
    if (arg === '-') {
      if (!seen.has('-')) {
        seen.add('-');
        sources.push({ kind: 'stdin' });
      }
      continue;
    }
    let isDir = false;
    let exists = false;
    try {
      isDir = statSync(arg).isDirectory();
      exists = true;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // a dangling or looping link still names a file: reading it reports why it fails
      if (code === 'ELOOP' || code === 'EACCES') exists = true;
    }
    if (exists && isDir) {
      // symlinked folders are not followed, so a link loop cannot trap the walk
      // links are listed, not followed: a looping or dangling link is then reported when read,
      // never silently skipped; folders come back with a trailing slash and are left out
      const found = fastGlob()
        .sync(`**/*.${extGlob}`, { cwd: arg, onlyFiles: false, markDirectories: true, dot: false, followSymbolicLinks: false, suppressErrors: true, caseSensitiveMatch: false })
        .filter((f) => !f.endsWith('/'));
      found.sort();
      if (!found.length) errors.push({ source: arg, message: `folder has no .${options.extensions.join('/.')} files` });
      for (const f of found) add(join(arg, f));
    } else if (exists) {
      add(arg);
    } else if (hasGlobMagic(arg)) {
      const found = fastGlob().sync(arg.replace(/\\/g, '/'), { onlyFiles: true, followSymbolicLinks: false, suppressErrors: true });
      found.sort();
      if (!found.length) errors.push({ source: arg, message: 'no files match this pattern' });
      for (const f of found) add(f);
    } else {
      errors.push({ source: arg, message: 'no such file or folder' });
    }
  }
  return { sources, errors };
}
