/** Words of a keymap label that join keys ("b or .", "digits then Enter") rather than name one. */
const JOINERS = new Set(['or', 'then', 'digits']);

/** One word of a key label: a key drawn as a chip, or a joining word; `after` is punctuation kept outside the chip. */
export interface KeyChip {
  key: boolean;
  text: string;
  after: string;
}

/** A keymap label cut into chips that never break inside a key, and the words between them (read together: the label). */
export function keyChips(label: string): KeyChip[] {
  return label
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const [, text = word, after = ''] = /^(.+?)(,?)$/.exec(word) ?? [];
      return { key: !JOINERS.has(text), text, after };
    });
}
