// Golden contracts: each example in examples/ rendered with the default template. After a deliberate change,
// refresh them with `UPDATE_GOLDEN=1 npx vitest run test/render` and read the diff as a client would.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContractTemplate, renderMarkdown, type ContractTemplate } from '../../src/render/index.js';
import { ROOT } from '../helpers/example.js';
import { agreementFrom } from './support.js';

const EXAMPLES = path.join(ROOT, 'examples');
const GOLDEN = path.join(ROOT, 'test/render/golden');
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.sla.yaml')).sort();
const update = Boolean(process.env.UPDATE_GOLDEN);

let template: ContractTemplate;
beforeAll(async () => {
  template = await loadContractTemplate();
});

describe('golden contracts', () => {
  it.each(examples)('%s renders as its golden Markdown', async (example) => {
    const agreement = agreementFrom(readFileSync(path.join(EXAMPLES, example), 'utf8'), example);
    const markdown = await renderMarkdown(agreement, { template });
    const golden = path.join(GOLDEN, example.replace(/\.sla\.yaml$/, '.md'));
    if (update) writeFileSync(golden, markdown);
    expect(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 npx vitest run test/render`).toBe(true);
    expect(markdown).toBe(readFileSync(golden, 'utf8'));
  });

  it('has no golden file without an example', () => {
    const goldens = readdirSync(GOLDEN).filter((f) => f.endsWith('.md'));
    expect(goldens.sort()).toEqual(examples.map((e) => e.replace(/\.sla\.yaml$/, '.md')));
  });
});
