import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/example.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' || name === 'testcase' });
let cwd: string;

beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), 'sla-junit-'));
  // One file with a warning only, one with an error.
  await copyFile(path.join(ROOT, 'test/fixtures/lint/holidays-undefined.sla.yaml'), path.join(cwd, 'warned.sla.yaml'));
  await copyFile(path.join(ROOT, 'test/fixtures/lint/target-order.sla.yaml'), path.join(cwd, 'failed.sla.yaml'));
});
afterAll(() => rm(cwd, { recursive: true, force: true }));

describe('sla lint --format junit', () => {
  it('a warning is a passing test case with the finding as system-out, not a failure', async () => {
    const run = await runCli(['lint', '-f', 'junit', 'warned.sla.yaml'], { cwd });
    expect(run.code).toBe(0);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    expect(run.stdout).not.toContain('<failure');
    const suite = parser.parse(run.stdout).testsuites.testsuite[0];
    expect(suite).toMatchObject({ name: 'warned.sla.yaml', failures: '0' });
    expect(suite.testcase[0]).toMatchObject({ classname: 'warned_sla_yaml', file: 'warned.sla.yaml' });
    expect(suite.testcase[0]['system-out']).toContain('warning');
    expect(suite.testcase[0]['system-out']).toContain('holidays-undefined');
  });

  it('an error is a failure, counted on its suite and in the total; no classname has a dot', async () => {
    const run = await runCli(['lint', '-f', 'junit', '.'], { cwd });
    expect(run.code).toBe(1);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const doc = parser.parse(run.stdout);
    expect(doc.testsuites.failures).toBe('1');
    const failed = doc.testsuites.testsuite.find((s: { name: string }) => s.name === 'failed.sla.yaml');
    expect(failed).toMatchObject({ failures: '1' });
    expect(failed.testcase[0].failure).toMatchObject({ type: 'error' });
    for (const suite of doc.testsuites.testsuite) for (const testcase of suite.testcase) expect(testcase.classname).not.toContain('.');
  });
});
