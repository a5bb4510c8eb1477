// The core (types, pipeline, language packs, the analyses) is text in, typed result out:
// no terminal packages and no process state.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const CORE_DIRS = ['core', 'lang', 'entities', 'quotes', 'timeline'];
const FORBIDDEN = /from ['"](commander|chalk|ora|cli-table3)['"]|\bprocess\.(env|stdout|stderr|argv|exit)|isTTY/;

function files(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(files(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

describe('core boundaries', () => {
  const core = CORE_DIRS.flatMap((d) => {
    try {
      return files(join(SRC, d));
    } catch {
      return [];
    }
  });
  it('finds the core sources', () => {
    expect(core.length).toBeGreaterThan(5);
  });
  it('never imports terminal packages or reads process state', () => {
    const offenders = core.filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
