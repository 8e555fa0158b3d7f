/** The report schemas, built: for receivers, tests and the JSON Schema build (see ./report-schema.ts). */
import { createReportSchemas } from './report-schema.js';

export * from './report-schema.js';

const built = createReportSchemas();
export const reportWhenSchema = built.when;
export const equalitySchema = built.equality;
export const contactSchema = built.contact;
export const reportSchema = built.report;
export const reportAreasSchema = built.areas;
