import * as z from 'zod/mini';
import { _isoDateTime } from 'zod/v4/core';

/**
 * `z.iso.datetime({ offset: true })`, built the way zod builds it. Reaching it through the `z.iso`
 * namespace would put the whole namespace (date, time, duration) into browser bundles.
 */
export const isoDateTime = () => _isoDateTime(z.ZodMiniISODateTime, { offset: true });
