// npm run analyze -- FILE   (or - for stdin): prints the Analysis as JSON.
// Options: --language de|en, --ui de|en, --formality sie|du, --name "Frau Schmidt".
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { AnalyzeOptions, Formality, Language } from '../../lib/analysis';
import { analyze } from '../../lib/analysis';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    language: { type: 'string' },
    ui: { type: 'string' },
    formality: { type: 'string' },
    name: { type: 'string' },
  },
});

const file = positionals[0];
if (!file) {
  process.stderr.write(
    'usage: npm run analyze -- FILE | -  [--language de|en] [--ui de|en] [--formality sie|du] [--name NAME]\n',
  );
  process.exit(2);
}
const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined => {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  process.stderr.write(`--${flag} must be one of ${allowed.join(', ')}\n`);
  process.exit(2);
};

let text: string;
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  process.stderr.write(`cannot read ${file}: ${(error as Error).message}\n`);
  process.exit(1);
}

const options: AnalyzeOptions = {};
const language = oneOf<Language>(values.language, ['de', 'en'], 'language');
const ui = oneOf<Language>(values.ui, ['de', 'en'], 'ui');
const formality = oneOf<Formality>(values.formality, ['sie', 'du'], 'formality');
if (language) options.language = language;
if (ui) options.uiLanguage = ui;
if (formality || values.name)
  options.contact = { ...(formality ? { formality } : {}), ...(values.name ? { name: values.name } : {}) };

process.stdout.write(`${JSON.stringify(analyze(text, options), null, 2)}\n`);
