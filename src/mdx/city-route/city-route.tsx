import './city-route.css';

interface CityRouteProps {
  cities: readonly string[];
  /** Index of the city after which the route crosses an ocean (drawn as a dashed arc). */
  jumpAfter?: number;
}

const WIDTH = 1100;
const HEIGHT = 130;
const PAD_X = 70;
const LINE_Y = 64;
const LIFT = 110;

/** The speaker's moves as a drawn route of stops on one line, labels below; an ocean crossing arcs above. */
export function CityRoute({ cities, jumpAfter }: CityRouteProps) {
  const step = (WIDTH - 2 * PAD_X) / Math.max(1, cities.length - 1);
  const points = cities.map((_, index) => ({ x: PAD_X + index * step, y: LINE_Y }));
  const legs = points.slice(1).map((to, index) => {
    const from = points[index]!;
    const jump = index === jumpAfter;
    return { key: index, jump, d: `M${from.x},${from.y} Q${(from.x + to.x) / 2},${from.y - (jump ? LIFT : 0)} ${to.x},${to.y}` };
  });
  return (
    <figure className="city-route">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} aria-hidden="true">
        {legs.map((leg) => (
          <path key={leg.key} d={leg.d} className={leg.jump ? 'route-jump' : 'route-leg'} />
        ))}
        {points.map((point, index) => (
          <g key={cities[index]}>
            <circle cx={point.x} cy={point.y} r={index === cities.length - 1 ? 11 : 8} className="route-stop" />
            <text x={point.x} y={point.y + 44} textAnchor="middle">
              {cities[index]}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="sr-only">Route: {cities.join(' → ')}</figcaption>
    </figure>
  );
}
