/** The page's global styles, first in the cascade: the app's entry and `deck dev`'s prerender of slide 1 both load them. */
import '../styles/fonts.ts';
import '../styles/theme.css';
import '../styles/archetypes.css';
