// `.factsrc.json`: found upward from the working directory (or named with --config). JSON only,
// never code. Unknown keys, unknown rule names and bad values are errors that name the key.
//
//   { "rules": { "conversion-artifact": "off", "rate-mismatch": "error" },
//     "currency": "HKD", "published": "2024-01-09" }
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CHECK_IDS } from '../checks/registry.js';
import { reasonOf } from './inputs.js';
import type { Severity } from '../types.js';

export class ConfigError extends Error {}

export interface Config {
  path?: string;
  rules: Record<string, Severity | 'off'>;
  currency?: string;
  published?: string;
}

const LEVELS = new Set(['off', 'error', 'warning', 'info']);

export function findConfig(from = process.cwd()): string | null {
  let dir = resolve(from);
  for (;;) {
    const p = join(dir, '.factsrc.json');
    if (existsSync(p)) return p;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

export function loadConfig(explicit?: string): Config {
  const path = explicit ?? findConfig();
  if (!path) return { rules: {} };
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`${path}: cannot read (${reasonOf(e)})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new ConfigError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  return validateConfig(data, path);
}

export function validateConfig(data: unknown, path = '.factsrc.json'): Config {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ConfigError(`${path}: must be a JSON object`);
  const cfg: Config = { path, rules: {} };
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    switch (key) {
      case 'rules': {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError(`${path}: "rules" must be an object of rule names to off|error|warning|info`);
        for (const [rule, level] of Object.entries(value as Record<string, unknown>)) {
          if (!CHECK_IDS.includes(rule)) throw new ConfigError(`${path}: rules.${rule}: unknown rule (rules: ${CHECK_IDS.join(', ')})`);
          if (typeof level !== 'string' || !LEVELS.has(level)) throw new ConfigError(`${path}: rules.${rule}: must be "off", "error", "warning" or "info", not ${JSON.stringify(level)}`);
          cfg.rules[rule] = level as Severity | 'off';
        }
        break;
      }
      case 'currency':
        if (typeof value !== 'string' || !/^[A-Z]{3}$/.test(value)) throw new ConfigError(`${path}: currency: must be an ISO 4217 code such as "CNY", not ${JSON.stringify(value)}`);
        cfg.currency = value;
        break;
      case 'published':
        if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) throw new ConfigError(`${path}: published: must be an ISO 8601 date such as "2024-01-09", not ${JSON.stringify(value)}`);
        cfg.published = value;
        break;
      case '$schema':
        break;
      default:
        throw new ConfigError(`${path}: ${key}: unknown key (keys: rules, currency, published)`);
    }
  }
  return cfg;
}
