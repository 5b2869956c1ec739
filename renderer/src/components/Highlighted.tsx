import type { Highlight } from '../../../shared/ipc/archiveTypes';

/** Renders a highlighted piece of original text; no HTML from the data ever reaches the DOM. */
export function Highlighted({ parts }: { parts: Highlight }) {
  return (
    <>
      {parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}
