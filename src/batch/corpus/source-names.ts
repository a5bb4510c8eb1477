// Source names for the corpus tables people read: every path is shown relative to the
// folder all of them share, and that folder is named once in the section title, so a
// narrow column shows the part that tells documents apart. JSON keeps the paths whole.

/** The folder (ending in a separator) that every path starts with; '' when there is none. */
export function commonFolder(paths: Iterable<string>): string {
  let prefix: string | undefined;
  for (const p of paths) {
    if (prefix === undefined) {
      prefix = p;
      continue;
    }
    let n = 0;
    const max = Math.min(prefix.length, p.length);
    while (n < max && prefix.charCodeAt(n) === p.charCodeAt(n)) n++;
    prefix = prefix.slice(0, n);
    if (!prefix) return '';
  }
  if (!prefix) return '';
  // cut back to a whole folder: «archive/2024-0» of «archive/2024-01/…» and «archive/2024-02/…» is «archive/»
  const cut = Math.max(prefix.lastIndexOf('/'), prefix.lastIndexOf('\\'));
  return cut < 0 ? '' : prefix.slice(0, cut + 1);
}

/** A function that shortens paths under `folder`, and the words that name it in a title (none when `whole`). */
export function sourceNames(paths: Iterable<string>, whole = false): { short(path: string): string; note: string } {
  const folder = whole ? '' : commonFolder(paths);
  if (!folder) return { short: (p) => p, note: '' };
  return { short: (p) => (p.startsWith(folder) ? p.slice(folder.length) : p), note: `, sources in ${folder}` };
}
