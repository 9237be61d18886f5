declare module 'virtual:deck-print-fonts' {
  /** Static instances of the deck's variable fonts, for print (built by src/node/vite/print-fonts-plugin.ts). */
  const faces: readonly { family: string; weight: number; unicodeRange: string; url: string }[];
  export default faces;
}
