import type { FindingView } from '../../../lib/ui/review';

/** A being-right finding as the sidebar shows it, with a phrase suggestion and no sentence rewrites. */
export const finding = (over: Partial<FindingView> = {}): FindingView => ({
  key: 'de/being-right/wie-bereits-erwaehnt@0',
  ruleId: 'de/being-right/wie-bereits-erwaehnt',
  category: 'being-right',
  quote: 'Wie bereits erwähnt',
  message: '„Wie bereits erwähnt“ beweist, dass Sie recht hatten.',
  explanation: 'Rechthaben kostet Gemeinsamkeit.',
  suggestions: ['wie besprochen'],
  rewrites: [],
  ...over,
});
