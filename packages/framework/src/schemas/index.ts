export * from './content.js';
export * from './report.js';
export * from './report-answers.js';
export * from './assessment.js';
