/** The id of the template holding the reading view's prerender (html/prerendered.ts), until a phone shows it. */
export const READ_TEMPLATE_ID = 'read-prerender';
