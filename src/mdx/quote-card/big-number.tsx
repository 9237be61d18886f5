import './quote-card.css';

/** One number that is the point of the slide ("4000 Students"), set as large as the slide allows with its caption. */
export function BigNumber({ value, label }: { value: string | number; label?: string }) {
  return (
    <p className="big-number">
      <span className="big-number-value">{value}</span>
      {label && <span className="big-number-label">{label}</span>}
    </p>
  );
}
