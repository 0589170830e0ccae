import { describe, expect, it } from 'vitest';
import { changeRules, readOnlyMethods } from '../../../src/shared/api/changes';
import { contract, methodNames } from '../../../src/shared/api/contract';

describe('the change map beside the contract', () => {
  it('names every method exactly once: read-only, or what it changes', () => {
    const readOnly = new Set<string>(readOnlyMethods);
    const changing = new Set(Object.keys(changeRules));
    const missing = methodNames.filter((name) => !readOnly.has(name) && !changing.has(name));
    expect(missing, 'methods with no entry in changeRules or readOnlyMethods').toEqual([]);
    const both = methodNames.filter((name) => readOnly.has(name) && changing.has(name));
    expect(both).toEqual([]);
    const unknown = [...readOnly, ...changing].filter((name) => !(name in contract));
    expect(unknown).toEqual([]);
  });

  it('calls no method with a verb that writes read-only', () => {
    const writing = /\.(create|update|delete|set|import|start|mark|unmark|move|archive|restore)/;
    expect(readOnlyMethods.filter((name) => writing.test(name))).toEqual([]);
  });
});
