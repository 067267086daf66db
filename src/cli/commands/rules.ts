import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { choiceOption } from '../options.js';

interface RulesOptions {
  format: 'text' | 'json';
  configSchema?: boolean;
}

export function rulesCommand(ctx: CliContext): Command {
  return new Command('rules')
    .description('list the lint rules with their default severity and what each catches')
    .addOption(choiceOption('-f, --format <format>', 'output format', ['text', 'json'], { noun: 'a format', default: 'text' }))
    .option('--config-schema', 'print the JSON Schema of .slarc.yaml (rule ids, severities, options) for editors')
    .addHelpText('after', `
Examples:
  $ sla rules
  $ sla rules --format json | jq -r '.[] | select(.recommended) | .id'
  $ sla rules --config-schema > slarc.schema.json   then in .slarc.yaml: # yaml-language-server: $schema=slarc.schema.json

Each rule's page: https://github.com/sla-as-code/sla/blob/main/docs/rules/<rule-id>.md
Exit codes: 0 always (2 on a usage error).`)
    .action(async (options: RulesOptions) => {
      if (options.configSchema) {
        const [{ configSchema }, { loadBuiltInRules }] = await Promise.all([import('../../lint/config.js'), import('../../lint/engine.js')]);
        ctx.io.stdout(`${JSON.stringify(configSchema(await loadBuiltInRules()), null, 2)}\n`);
        return;
      }
      const { describeRules } = await import('../../lint/catalog.js');
      const rules = await describeRules();
      if (options.format === 'json') {
        ctx.io.stdout(`${JSON.stringify(rules, null, 2)}\n`);
        return;
      }
      const { out } = ctx;
      const colorOf = { error: out.red, warning: out.yellow, info: out.blue };
      const idWidth = Math.max(...rules.map((r) => r.id.length));
      for (const rule of rules) {
        const severity = colorOf[rule.defaultSeverity](rule.defaultSeverity.padEnd(7));
        const mark = rule.recommended ? out.green('✔') : ' ';
        ctx.io.stdout(`${mark} ${rule.id.padEnd(idWidth)}  ${severity}  ${rule.description}\n`);
      }
      const checks = rules.filter((r) => r.category === 'engine').length;
      ctx.io.stdout(`\n${rules.length - checks} rules and ${checks} built-in checks; ✔ in sla:recommended (the default), every rule in sla:strict.\n`);
    });
}
