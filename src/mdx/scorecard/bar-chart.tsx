import './bar-chart.css';

/** One column of a joke chart: its label, its height (any unit, relative to the tallest) and how to say it. */
export interface ChartBar {
  label: string;
  value: number;
  /** The bar's size in words for screen readers ("a little", "off the chart"). */
  spoken: string;
}

/** A small column chart drawn with HTML (no chart library): labels are text, bars are decoration. */
export function BarChart({ bars }: { bars: readonly ChartBar[] }) {
  const max = Math.max(...bars.map((bar) => bar.value));
  return (
    <ul className="bar-chart">
      {bars.map((bar) => (
        <li key={bar.label}>
          <span className="bar-chart-column" aria-hidden="true">
            <span style={{ height: `${(bar.value / max) * 100}%` }} />
          </span>
          <span className="bar-chart-label">{bar.label}</span>
          <span className="sr-only">: {bar.spoken}</span>
        </li>
      ))}
    </ul>
  );
}
