import './persona.css';

/** Product names as text chips: the talk draws no logos. */
export function ToolChips({ tools, label = 'Tools' }: { tools: readonly string[]; label?: string }) {
  return (
    <ul className="chips" aria-label={label}>
      {tools.map((tool) => (
        <li key={tool} className="chip">
          {tool}
        </li>
      ))}
    </ul>
  );
}
