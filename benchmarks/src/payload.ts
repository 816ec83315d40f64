/**
 * Layout of the probe payload every benchmark message carries. Publisher and subscriber live in
 * the same process, so a `performance.now()` stamp is comparable on both ends.
 */

/** Smallest payload that holds the probe fields. */
export const PROBE_BYTES = 16;
/** f64: `performance.now()` in ms when the message was handed to the socket. */
export const STAMP_OFFSET = 0;
/** u32: per-stream sequence number, from 0. */
export const SEQ_OFFSET = 8;
/** u32: the publishing stream (one per publisher). */
export const STREAM_OFFSET = 12;
