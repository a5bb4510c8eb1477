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

// a folder of articles often carries a project file or two; taken from a folder, these are
// left out (and named on stderr), named on the command line they are read like any file
const PROJECT_FILES = new Set(['readme', 'license', 'licence', 'changelog', 'contributing', 'code_of_conduct', 'authors', 'notice']);

function isProjectFile(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const dot = base.indexOf('.');
  return PROJECT_FILES.has(dot < 0 ? base : base.slice(0, dot));
}

function hasGlobMagic(arg: string): boolean {
  return /[*?[\]{}!]/.test(arg) && fastGlob().isDynamicPattern(arg.replace(/\\/g, '/'));
}

export interface ExpandedInputs {
  sources: InputSource[];
  errors: InputError[];
  /** project files (README.md …) found in folders and left out */
  skipped: string[];
}

export function expandInputs(args: string[], options: ExpandOptions): ExpandedInputs {
  const sources: InputSource[] = [];
  const errors: InputError[] = [];
  const skipped: string[] = [];
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
      const articles = found.filter((f) => !isProjectFile(f));
      for (const f of found) if (isProjectFile(f)) skipped.push(join(arg, f));
      if (!articles.length) errors.push({ source: arg, message: `folder has no .${options.extensions.join('/.')} files${skipped.length ? ' besides project files (README …)' : ''}` });
      for (const f of articles) add(join(arg, f));
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
  return { sources, errors, skipped };
}
