// The draft's underlines, drawn over the editor from the boxes the background
// hands this frame once granted; a copy the page framed itself draws nothing.
import { render } from 'preact';
import '../../components/sidebar/sidebar.css';
import { UnderlineMarks } from '../../components/sidebar/UnderlineMarks';
import { connectSurface, type SurfaceLink, useSurfaceLink } from '../../lib/ui/use-surface-link';

function Underlines({ link }: { link: SurfaceLink }) {
  const state = useSurfaceLink(link);
  return <UnderlineMarks marks={state.granted ? state.marks : null} />;
}

render(<Underlines link={connectSurface()} />, document.getElementById('app') as HTMLElement);
