// The bench's reference for the JS heap: React 19 alone, one component re-rendered on every key press. Bundled with
// rolldown by scripts/bench.mjs into the served site; no part of the deck.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

function Counter() {
  const [slide, setSlide] = useState(1);
  useEffect(() => {
    const onKey = (event) => event.key !== 'Shift' && setSlide((n) => n + 1);
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
  return (
    <section data-slide-index={slide}>
      <h1>Slide {slide}</h1>
    </section>
  );
}

createRoot(document.getElementById('root')).render(<Counter />);
document.documentElement.dataset.ready = 'true';
