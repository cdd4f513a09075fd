// The built-in sites as the settings list them: id, name, and the hosts each covers.
import { CALL_ADAPTERS, MAIL_ADAPTERS } from '../sites/registry';

export interface BuiltInSite {
  id: string;
  /** The site's name as people know it ("Gmail"). */
  label: string;
  hosts: string[];
}

export const BUILT_IN_SITES: BuiltInSite[] = [...MAIL_ADAPTERS, ...CALL_ADAPTERS].map((a) => ({
  id: a.id,
  label: a.name,
  hosts: a.matches,
}));
