/**
 * A receiver's answers to a report (docs/report-endpoint.md). In a module of their own, so a bundle that
 * imports the report schema without these (the form reads the two fields it needs by hand) leaves them out.
 */
import * as z from 'zod/mini';
import { isoDateTime } from './iso.js';

/** A receiver's answer to an accepted report (201). */
export const reportReceiptSchema = z.object({
  reference: z.string().check(z.minLength(1), z.maxLength(64)),
  receivedAt: z.optional(isoDateTime()),
});
export type ReportReceipt = z.infer<typeof reportReceiptSchema>;

/** A receiver's answer to a refused report (4xx). `fields[].path` is dot-separated ("contact.email"). */
export const reportErrorSchema = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.optional(
    z.array(z.object({ path: z.string(), code: z.string(), message: z.optional(z.string()) })),
  ),
});
export type ReportError = z.infer<typeof reportErrorSchema>;
