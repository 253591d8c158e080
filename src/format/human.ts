// Values in a human form for the table: `24,881,000 CNY`, `37.82%`, `2.3 pp`, `1.6×`, `≈ 426 公里`.
import type { Fact } from '../types.js';

const APPROX_MARK: Readonly<Record<string, string>> = { nearly: '≲ ', over: '> ', about: '≈ ', under: '< ' };

export function groupDigits(n: number): string {
  const [int, frac] = String(Math.abs(n)).includes('e') ? [Math.abs(n).toLocaleString('en-US', { maximumFractionDigits: 20, useGrouping: false }), undefined] : String(Math.abs(n)).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

export function humanValue(f: Fact): string {
  const mark = f.approx ? APPROX_MARK[f.approx]! : '';
  const v = f.value;
  if (v === null) return f.relative ? '(relative)' : '—';
  if (typeof v === 'string') return f.max !== undefined ? `${mark}${v} – ${f.max}` : `${mark}${v}`;
  const range = (a: string, b?: string) => (b === undefined ? a : `${a} – ${b}`);
  const maxNum = typeof f.max === 'number' ? f.max : undefined;
  switch (f.kind) {
    case 'money':
      return `${mark}${range(groupDigits(v), maxNum === undefined ? undefined : groupDigits(maxNum))} ${f.currency ?? ''}`.trim();
    case 'percent':
      return `${mark}${range(`${v}%`, maxNum === undefined ? undefined : `${maxNum}%`)}`;
    case 'percentage_point':
      return `${mark}${range(String(v), maxNum === undefined ? undefined : String(maxNum))} pp`;
    case 'multiple':
      return `${mark}${range(`${v}×`, maxNum === undefined ? undefined : `${maxNum}×`)}`;
    default:
      return `${mark}${range(groupDigits(v), maxNum === undefined ? undefined : groupDigits(maxNum))}`;
  }
}

export function humanChange(f: Fact): string {
  if (!f.change) return '';
  const arrow = f.change.direction === 'up' ? '↑' : f.change.direction === 'down' ? '↓' : f.change.direction === 'flat' ? '→' : '';
  const basis = f.change.basis ?? '';
  return `${arrow}${arrow && basis ? ' ' : ''}${basis}`;
}
