// Which section of a page is shown follows the address (#contacts, #data …),
// so a section can be linked to and the back button works.
import { useEffect, useState } from 'preact/hooks';

export function useHashSection<S extends string>(sections: readonly S[], fallback: S): S {
  const of = (hash: string): S => (sections.includes(hash.slice(1) as S) ? (hash.slice(1) as S) : fallback);
  const [section, setSection] = useState<S>(() => of(location.hash));
  useEffect(() => {
    const follow = () => setSection(of(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return section;
}
