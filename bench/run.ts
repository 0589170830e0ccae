import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Benchmark, BenchOptions, Metric } from './lib/types';

const usage =
  'Pemakaian: npm run bench -- [FILTER] [--json FILE] [--duration DETIK] [--soak DETIK]';

/**
 * Benchmarks measure and report; they never fail the test suite. Figures go into the closing
 * note of the issue that set the target.
 */
async function main(): Promise<void> {
  let filter: string | undefined;
  let jsonFile: string | undefined;
  const options: BenchOptions = {};
  try {
    const { values, positionals } = parseArgs({
      options: {
        json: { type: 'string' },
        duration: { type: 'string' },
        soak: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) return void console.log(usage);
    if (positionals.length > 1) throw new Error(`Hanya satu FILTER: ${positionals.join(' ')}`);
    filter = positionals[0];
    jsonFile = values.json;
    for (const name of ['duration', 'soak'] as const) {
      const raw = values[name];
      if (raw === undefined) continue;
      const seconds = Number(raw);
      if (!Number.isInteger(seconds) || seconds < 1)
        throw new Error(`--${name} harus bilangan bulat detik, mis. 60`);
      options[name] = seconds;
    }
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }

  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith('.bench.ts'))
    .sort();
  const selected: Benchmark[] = [];
  for (const file of files) {
    const module = (await import(join(__dirname, file))) as { benchmarks: Benchmark[] };
    for (const bench of module.benchmarks) {
      if (!filter || bench.metrics.some((name) => name.includes(filter!))) selected.push(bench);
    }
  }
  if (selected.length === 0) {
    console.error(`Tidak ada benchmark yang cocok dengan "${filter}".`);
    process.exit(2);
  }

  const results: Metric[] = [];
  for (const bench of selected) {
    process.stderr.write(`… ${bench.metrics.join(', ')}\n`);
    results.push(...(await bench.run(options)));
  }
  console.table(
    results.map((m) => ({
      metric: m.name,
      value: m.value,
      unit: m.unit,
      baseline: m.baseline ?? '',
      ratio: m.ratio ?? '',
    })),
  );
  if (jsonFile) {
    writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`JSON: ${jsonFile}`);
  }
}

void main();
