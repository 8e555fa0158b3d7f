export * from './content.js';
export * from './report.js';
export * from './assessment.js';
