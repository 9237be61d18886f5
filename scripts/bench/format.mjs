// How the bench prints its figures.
import { percentile } from '../stats.mjs';

export const ms = (value) => `${value.toFixed(1)} ms`;
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const ratio = (value) => `${value.toFixed(2)}×`;
/** The run-to-run spread of a figure: its lowest and highest value, printed with `format`. */
export const spreadOf = (values, format) => `${format(Math.min(...values))}–${format(Math.max(...values))} over ${values.length}`;
/** Median and p95 of a list of times. */
export const medianP95 = (values) => `median ${ms(percentile(values, 50))}, p95 ${ms(percentile(values, 95))}`;
