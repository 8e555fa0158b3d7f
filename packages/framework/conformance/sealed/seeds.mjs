// @ts-check
/**
 * The seeds of the two test office keys the sealed conformance cases are sealed to (RFC 9180
 * DeriveKeyPair, input keying material as UTF-8). Public on purpose: anyone can derive the private keys
 * and open the cases' envelopes. Never use these keys for real reports.
 */
export const CONFORMANCE_KEY_SEEDS = {
  'conformance-a': 'hrc conformance test office key A: public seed, never for real reports',
  'conformance-b': 'hrc conformance test office key B: public seed, never for real reports',
};
