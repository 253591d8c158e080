// Formats of `facts check`: stylish (people), github (workflow commands), sarif (code scanning),
// jsonl (one finding a line). `json` is format/json.ts (checkJson).
import type { ChalkInstance } from 'chalk';
import { Positioner } from '../document/positions.js';
import { CHECK_DOCS } from '../checks/registry.js';
import type { Finding, Report, Severity } from '../types.js';
import { safeForTerminal } from './safe.js';
import { findingToJson } from './json.js';

export function sortedFindings(r: Report): Finding[] {
  return [...r.findings].sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

export function stylishDoc(r: Report, chalk: ChalkInstance): string {
  const findings = sortedFindings(r);
  if (findings.length === 0) return '';
  const pos = new Positioner(r.doc.text);
  const rows = findings.map((f) => {
    const p = pos.at(f.start);
    return { where: `${p.line}:${p.column}`, f };
  });
  const w = Math.max(...rows.map((x) => x.where.length));
  const sevW = Math.max(...rows.map((x) => x.f.severity.length));
  const paint: Record<Severity, (s: string) => string> = { error: chalk.red, warning: chalk.yellow, info: chalk.blue };
  const lines = [chalk.underline(safeForTerminal(r.doc.source))];
  for (const { where, f } of rows) {
    lines.push(`  ${chalk.dim(where.padEnd(w))}  ${paint[f.severity](f.severity.padEnd(sevW))}  ${safeForTerminal(f.message)}  ${chalk.dim(f.rule)}`);
  }
  return lines.join('\n') + '\n\n';
}

export function stylishSummary(counts: Record<Severity, number>, chalk: ChalkInstance, verbose: boolean): string {
  const problems = counts.error + counts.warning;
  const info = verbose && counts.info ? `, ${counts.info} info` : '';
  if (problems === 0) return chalk.green(`✔ no problems${info}`) + '\n';
  const mark = counts.error ? chalk.red.bold('✖') : chalk.yellow.bold('⚠');
  return `${mark} ${problems} problem${problems === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}${info})\n`;
}

// GitHub workflow commands: data escapes % \r \n; properties also : and ,
function ghData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function ghProp(s: string): string {
  return ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message` (columns in UTF-16 units). */
export function githubDoc(r: Report): string {
  let out = '';
  const lineStarts = [0];
  for (let i = 0; i < r.doc.text.length; i++) if (r.doc.text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const where = (idx: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= idx) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: idx - lineStarts[lo]! + 1 };
  };
  for (const f of sortedFindings(r)) {
    const level = f.severity === 'info' ? 'notice' : f.severity;
    const a = where(f.start);
    const b = where(Math.max(f.start, f.end - 1));
    out += `::${level} file=${ghProp(r.doc.source)},line=${a.line},col=${a.col},endLine=${b.line},endColumn=${b.col + 1},title=${ghProp(`facts ${f.rule}`)}::${ghData(f.message)}\n`;
  }
  return out;
}

export function jsonlFindings(r: Report): string {
  const pos = new Positioner(r.doc.text);
  return sortedFindings(r)
    .map((f) => JSON.stringify({ source: r.doc.source, ...findingToJson(f, pos) }) + '\n')
    .join('');
}

const RULE_INDEX = new Map(CHECK_DOCS.map((d, i) => [d.id, i]));

/** SARIF 2.1.0: one run, rule metadata for every check, code point columns declared. */
export function sarifLog(reports: Report[], version: string): string {
  return sarifLogFrom(reports.flatMap(sarifResults), version);
}

/** One document's SARIF results. */
export function sarifResults(r: Report): unknown[] {
  const ruleIndex = RULE_INDEX;
  const results = [];
  {
    const pos = new Positioner(r.doc.text);
    for (const f of sortedFindings(r)) {
      const a = pos.at(f.start);
      const b = pos.at(f.end);
      results.push({
        ruleId: f.rule,
        ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule)! } : {}),
        level: f.severity === 'info' ? 'note' : f.severity,
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(r.doc.source) },
              region: { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column, charOffset: a.offset, charLength: b.offset - a.offset, snippet: { text: f.text } },
            },
          },
        ],
        partialFingerprints: { primaryLocationLineHash: fingerprint(`${f.rule}:${f.text}:${a.line}`) },
        ...(f.fix ? { fixes: [{ description: { text: `replace with ${f.fix}` }, artifactChanges: [{ artifactLocation: { uri: toUri(r.doc.source) }, replacements: [{ deletedRegion: { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column }, insertedContent: { text: f.fix } }] }] }] } : {}),
      });
    }
  }
  return results;
}

/** The SARIF log around the results of every document. */
export function sarifLogFrom(results: unknown[], version: string): string {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'facts',
            version,
            informationUri: 'https://github.com/facts-zh/facts',
            rules: CHECK_DOCS.map((d) => ({
              id: d.id,
              name: d.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: d.summary },
              fullDescription: { text: d.description },
              help: { text: d.description },
              defaultConfiguration: { level: d.severity === 'info' ? 'note' : d.severity },
              properties: { tags: ['chinese', 'numbers', 'consistency'] },
            })),
          },
        },
        columnKind: 'unicodeCodePoints',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function toUri(path: string): string {
  if (path === '-') return 'stdin';
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

function fingerprint(s: string): string {
  // FNV-1a, 64 bits as two 32-bit halves: stable across runs and machines
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x811c9dc5) >>> 0;
  }
  return `${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}:1`;
}
