// What the command line names, as a list of inputs in order: files, directories (walked), standard
// input (`-` or nothing). Problems with one input are reported for that input, in its place.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Source {
  /** The path as given (or found in a directory), or `-`. */
  label: string;
  kind: 'file' | 'stdin';
}

/** File names `facts` reads when it walks a directory. */
export const TEXT_EXTENSIONS = /\.(?:txt|text|md|html?|shtml|xhtml)$/i;

export function expandInputs(args: string[]): Source[] {
  if (args.length === 0) return [{ label: '-', kind: 'stdin' }];
  const out: Source[] = [];
  for (const a of args) {
    if (a === '-') {
      out.push({ label: '-', kind: 'stdin' });
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(a).isDirectory();
    } catch {
      // reported when read, in its place
    }
    if (isDir) {
      const found = walk(a);
      out.push(...found.map((label) => ({ label, kind: 'file' as const })));
    } else out.push({ label: a, kind: 'file' });
  }
  return out;
}

/** Files under a directory, recursively, in a stable order; hidden entries and node_modules skipped. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) subdirs.push(p);
      else if (e.isFile() && TEXT_EXTENSIONS.test(e.name)) out.push(p);
    }
    // depth-first in name order: push subdirectories reversed so the first is walked first
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!);
  }
  return sortWalk(out, dir);
}

function sortWalk(files: string[], _root: string): string[] {
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A one-line reason for a failed read, from the error code. */
export function reasonOf(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EMFILE':
      return 'too many open files';
    default:
      return (e?.message ?? String(err)).split('\n')[0]!;
  }
}
