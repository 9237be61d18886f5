/** Self-hosted variable fonts, bundled by Vite: no request leaves the machine. */
import '@fontsource-variable/inter/wght.css';
import '@fontsource-variable/jetbrains-mono/wght.css';
