import { z } from 'zod';
import { contract, methodNames } from '../../shared/api/contract';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  default?: unknown;
};

/** A short TypeScript-like spelling of a JSON schema, for people reading docs/API.md. */
function describe(schema: JsonSchema, depth = 0): string {
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  if (schema.anyOf) return schema.anyOf.map((part) => describe(part, depth)).join(' | ');
  if (schema.type === 'array') return `${describe(schema.items ?? {}, depth)}[]`;
  if (schema.type === 'object') {
    const entries = Object.entries(schema.properties ?? {});
    if (entries.length === 0) return '{}';
    const pad = '  '.repeat(depth + 1);
    const fields = entries.map(([name, field]) => {
      const optional = schema.required?.includes(name) ? '' : '?';
      const fallback = field.default !== undefined ? ` = ${JSON.stringify(field.default)}` : '';
      return `${pad}${name}${optional}: ${describe(field, depth + 1)}${fallback}`;
    });
    return `{\n${fields.join('\n')}\n${'  '.repeat(depth)}}`;
  }
  if (schema.format) return `string (${schema.format})`;
  if (schema.pattern) return `string matching /${schema.pattern}/`;
  return Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'unknown');
}

const toJson = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;

/** docs/API.md, generated from the contract so it cannot drift (a unit test compares them). */
export function renderApiDocs(): string {
  const lines = [
    '# Linimasa API',
    '',
    '<!-- Generated from src/shared/api/contract.ts by `npm run docs:api`. Do not edit by hand. -->',
    '',
    'Every method is reachable over Electron IPC (`window.linimasa.<group>.<verb>(request)`) and over',
    'HTTP (`POST /api/<group>.<verb>` with a JSON body, on 127.0.0.1, with the per-launch token as the',
    'session cookie or the `x-linimasa-token` header). Every answer is',
    '`{ "ok": true, "value": … }` or',
    '`{ "ok": false, "error": { "code", "message", "key"?, "params"?, "field"?, "details"? } }`.',
    'A request that fails its schema never reaches a service: it gets `invalid_request` and `field`',
    "names the first offending field (its `message` is worded by zod in the office's language).",
    'An error a service raises carries `key`, the text `errors.<key>` of the shared i18n catalogs',
    '(src/shared/i18n), and the `params` that fill it: clients word it in their own language.',
    '`message` is that same text in Indonesian, for clients and logs that do not word keys.',
    '',
    '| method | what it does |',
    '| --- | --- |',
    ...methodNames.map(
      (name) => `| [\`${name}\`](#${name.replace('.', '')}) | ${contract[name].summary} |`,
    ),
    '',
  ];
  for (const name of methodNames) {
    const method = contract[name];
    const errors = method.errors.length
      ? method.errors.map((code) => `\`${code}\``).join(', ')
      : 'none';
    lines.push(
      `## ${name}`,
      '',
      method.summary,
      '',
      'Request:',
      '',
      '```ts',
      describe(toJson(method.request, 'input')),
      '```',
      '',
      'Response value:',
      '',
      '```ts',
      describe(toJson(method.response, 'output')),
      '```',
      '',
      `Errors: ${errors}; any method may also answer \`internal\` or \`disk_full\`.`,
      '',
    );
  }
  return lines.join('\n');
}
