/** The seeds of the sealed conformance cases' two test office keys, by key id (public on purpose). */
export declare const CONFORMANCE_KEY_SEEDS: Record<'conformance-a' | 'conformance-b', string>;
