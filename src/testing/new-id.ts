/**
 * A random id with Flowglad's prefix style (`chckt_session_…`, `cust_…`).
 *
 * @example
 * ```ts
 * newId('chckt_session'); // → 'chckt_session_3f9c…'
 * ```
 */
export const newId = (prefix: string) => `${prefix}_${crypto.randomUUID().replace(/-/g, '').slice(0, 21)}`;
