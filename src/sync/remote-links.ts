/** The query a Remote: link starts with, before its token (`?mode=remote&token=…`). */
export const MODE_REMOTE_QUERY = 'mode=remote&token=';
/** The query a Follow: link starts with, before its token (`?follow=…`). */
export const FOLLOW_QUERY = 'follow=';

/** The follow token in a page's query, if it was opened from a Follow: link. */
export const followToken = (search: string): string | null => new URLSearchParams(search).get('follow');
