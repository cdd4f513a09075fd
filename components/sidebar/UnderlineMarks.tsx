/** A line box of flagged words, in px from the layer's top left. */
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const at = (b: Box) => ({ left: `${b.x}px`, top: `${b.y}px`, width: `${b.w}px`, height: `${b.h}px` });

/** The underline layer: a line under each flagged line box, and the box pointed at in the sidebar. */
export function UnderlineMarks({ marks }: { marks: { boxes: Box[]; focus: Box[] } | null }) {
  return (
    <div class="rp-marks" aria-hidden="true">
      {marks?.boxes.map((b, i) => (
        <div key={`u${i}`} class="rp-mark" style={at(b)} />
      ))}
      {marks?.focus.map((b, i) => (
        <div key={`f${i}`} class="rp-mark rp-mark--focus" style={at(b)} />
      ))}
    </div>
  );
}
