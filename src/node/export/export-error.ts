/** An export failure with a message meant for people (which slide, which file): the CLI prints it alone and exits non-zero. */
export class ExportError extends Error {}
