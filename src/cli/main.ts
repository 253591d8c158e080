// The command line: parses options, runs the jobs, prints, returns the exit code. No extraction
// logic lives here.
//
// Exit codes (README "Exit codes"):
//   0  ran; for `check`, no error-level finding and warnings within --max-warnings
//   1  `check` found an error-level finding, or more warnings than --max-warnings
//   2  could not run: a bad option, an input that could not be read or decoded, a bad config
import { Command, InvalidArgumentError, Option } from 'commander';
import chalk, { Chalk, type ChalkInstance } from 'chalk';
import { FACT_KINDS, type FactKind } from '../types.js';
import { expandInputs } from './inputs.js';
import { runCommand, type RunOptions } from './run.js';
import { CHECK_FORMATS, EXTRACT_FORMATS, TEXT_FORMATS } from './assemble.js';
import { loadConfig, ConfigError } from './config.js';
import { VERSION } from './version.js';

const EXAMPLES = {
  extract: `
Examples:
  $ facts extract fixtures/seed-meixian.txt
  $ facts extract --format json --published 2024-01-09 article.txt | jq '.facts[] | select(.kind == "money")'
  $ facts extract --kinds money,percent --format csv news/ > facts.csv
  $ cat page.html | facts extract --input html -`,
  check: `
Examples:
  $ facts check fixtures/seed-meixian.txt
  $ facts check --format sarif articles/ > facts.sarif
  $ facts check --format github --max-warnings 0 new-articles/*.html`,
  text: `
Examples:
  $ facts text page.html
  $ facts text --format json page.html | jq .published`,
};

function parseKinds(v: string): FactKind[] {
  const kinds = v.split(',').map((s) => s.trim()).filter(Boolean);
  for (const k of kinds) if (!(FACT_KINDS as readonly string[]).includes(k)) throw new InvalidArgumentError(`unknown kind ${k} (kinds: ${FACT_KINDS.join(', ')})`);
  return kinds as FactKind[];
}

function parseSize(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb|g|gb)?$/i.exec(v.trim());
  if (!m) throw new InvalidArgumentError(`not a size: ${v} (e.g. 200MB)`);
  const unit = (m[2] ?? 'mb').toLowerCase()[0];
  return Math.round(Number(m[1]) * (unit === 'k' ? 1024 : unit === 'g' ? 1024 ** 3 : 1024 ** 2));
}

function parseJobs(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError(`not a number of jobs: ${v}`);
  return n;
}

function parseCount(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`not a count: ${v}`);
  return n;
}

function colour(noColor: boolean): ChalkInstance {
  const off = noColor || (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '');
  return new Chalk({ level: off ? 0 : chalk.level });
}

function commonOptions(cmd: Command): Command {
  return cmd
    .option('--published <date>', 'reference date for partial and relative dates (ISO 8601: 2024-01-09)')
    .option('--currency <code>', 'ISO 4217 currency of a bare 元 (default: CNY, TWD in Taiwan text)')
    .addOption(new Option('--input <type>', 'input type (default: by file name and content)').choices(['text', 'html', 'jsonl']))
    .option('--encoding <name>', 'decode input bytes with this encoding (utf-8, gbk, gb18030, big5)')
    .option('--lenient', 'decode undecodable bytes as U+FFFD with a warning instead of failing')
    .option('--max-size <size>', 'refuse inputs larger than this', parseSize, parseSize('256MB'))
    .option('-j, --jobs <n>', 'documents processed in parallel (worker threads)', parseJobs)
    .option('--no-color', 'no colour, even on a terminal (NO_COLOR is honoured too)')
    .option('--config <file>', 'configuration file (default: .factsrc.json, searched upward)')
    .option('--debug', 'show stack traces of internal errors');
}

export async function main(argv: string[]): Promise<number> {
  // `facts … | head`: a reader that stops early closes the pipe; that is the end of the output, not
  // an error (exit quietly, as grep and cat do)
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  let exit = 0;
  const program = new Command();
  program
    .name('facts')
    .description('Numeric claims and dates out of Chinese news and government articles, checked against themselves.')
    .version(VERSION, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: (s, write) => write(s.startsWith('error:') ? `facts: ${s.slice(7)}` : s) });

  const run = async (command: 'extract' | 'check' | 'text', files: string[], o: Record<string, unknown>) => {
    let config;
    try {
      config = loadConfig(o.config as string | undefined);
    } catch (e) {
      if (e instanceof ConfigError) {
        process.stderr.write(`facts: ${e.message}\n`);
        exit = 2;
        return;
      }
      throw e;
    }
    const fallback = o.input === 'jsonl' ? (command === 'text' ? 'json' : 'jsonl') : command === 'check' ? 'stylish' : command === 'text' ? 'text' : 'table';
    const format = (o.json ? 'json' : (o.format as string | undefined)) ?? fallback;
    const opts: RunOptions = {
      command,
      format,
      chalk: colour(o.color === false),
      jobs: (o.jobs as number | undefined) ?? 0,
      maxSize: o.maxSize as number,
      debug: Boolean(o.debug),
      verbose: Boolean(o.verbose),
      quiet: Boolean(o.quiet),
      config,
      ...(o.maxWarnings !== undefined ? { maxWarnings: o.maxWarnings as number } : {}),
      ...(o.failOn ? { failOn: o.failOn as 'error' | 'warning' | 'never' } : {}),
      ...(o.kinds ? { kinds: o.kinds as FactKind[] } : {}),
      ...(o.published ? { published: o.published as string } : config.published ? { published: config.published } : {}),
      ...(o.currency ? { currency: o.currency as string } : config.currency ? { currency: config.currency } : {}),
      ...(o.input ? { input: o.input as 'text' | 'html' | 'jsonl' } : {}),
      ...(o.encoding ? { encoding: o.encoding as string } : {}),
      ...(o.lenient ? { lenient: true } : {}),
      ...(o.progress === false ? { progress: false } : {}),
    };
    exit = await runCommand(expandInputs(files), files, opts);
  };

  commonOptions(
    program
      .command('extract')
      .description('print every count, amount, percent, date, period and duration in each input')
      .argument('[files...]', 'text or HTML files, directories, or - for standard input')
      .addOption(new Option('-f, --format <format>', 'output format (default: table; jsonl with --input jsonl)').choices(EXTRACT_FORMATS))
      .option('--json', 'shorthand for --format json')
      .option('-k, --kinds <kinds>', `only these kinds, comma-separated (${FACT_KINDS.join(', ')})`, parseKinds)
      .option('--no-progress', 'no progress bar on standard error'),
  )
    .addHelpText('after', EXAMPLES.extract)
    .action((files: string[], o: Record<string, unknown>) => run('extract', files, o));

  commonOptions(
    program
      .command('check')
      .description('check each article against itself: impossible changes, rates that do not match their counts, conversion damage')
      .argument('[files...]', 'text or HTML files, directories, or - for standard input')
      .addOption(new Option('-f, --format <format>', 'output format (default: stylish; jsonl with --input jsonl)').choices(CHECK_FORMATS))
      .option('--json', 'shorthand for --format json')
      .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
      .addOption(new Option('--fail-on <level>', 'exit 1 on findings at this level or above (default: error for stylish and github, never for json, jsonl and sarif, whose readers decide)').choices(['error', 'warning', 'never']))
      .option('-q, --quiet', 'report errors only')
      .option('--verbose', 'also show info findings (relations that were checked and hold)')
      .option('--no-progress', 'no progress bar on standard error'),
  )
    .addHelpText('after', EXAMPLES.check)
    .action((files: string[], o: Record<string, unknown>) => run('check', files, o));

  commonOptions(
    program
      .command('text')
      .description('print the document text that offsets refer to (the article text of an HTML page)')
      .argument('[files...]', 'text or HTML files, or - for standard input')
      .addOption(new Option('-f, --format <format>', 'output format (default: text; jsonl with --input jsonl)').choices(TEXT_FORMATS))
      .option('--json', 'shorthand for --format json'),
  )
    .addHelpText('after', EXAMPLES.text)
    .action((files: string[], o: Record<string, unknown>) => run('text', files, o));

  program.addHelpText(
    'after',
    `
Examples:
  $ facts extract fixtures/seed-meixian.txt
  $ facts check --format github articles/
  $ facts text page.html

Exit codes: 0 ran (no error findings), 1 check found errors (or too many warnings), 2 could not run.`,
  );

  try {
    await program.parseAsync(argv);
  } catch (err) {
    const e = err as { code?: string; exitCode?: number };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    if (typeof e.exitCode === 'number') return e.exitCode === 0 ? 0 : 2;
    throw err;
  }
  if (argv.length <= 2) {
    program.outputHelp();
    return 2;
  }
  return exit;
}


