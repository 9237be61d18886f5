import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { deck } from './deck/load-deck.ts';
import { parseMode } from './navigation/location.ts';
import './styles/fonts.ts';
import './styles/theme.css';

const mode = parseMode(location.search, { width: innerWidth, height: innerHeight });
createRoot(document.getElementById('root')!).render(<App deck={deck} mode={mode} />);
