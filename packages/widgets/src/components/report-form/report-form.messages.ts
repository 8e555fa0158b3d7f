/**
 * Localized words for the form's value lists and for every problem the schema (or a receiver) can report.
 * Call these only while rendering (or inside `localized()`), so `msg()` answers in the element's locale.
 */
import { msg, str } from '../../internal/msg.js';
import { REPORT_LIMITS } from '@hrc/framework/schemas';
import type { EqualityQuestion, ReporterRole, ReportWish } from '@hrc/framework/schemas';
import type { FieldIssue } from './report-form.types.js';

export function roleLabel(role: ReporterRole): string {
  switch (role) {
    case 'victim':
      return msg('It happened to me', { id: 'report-form.role.victim' });
    case 'witness':
      return msg('I saw it happen to someone else', { id: 'report-form.role.witness' });
    case 'organisation':
      return msg('I report on behalf of an organisation', { id: 'report-form.role.organisation' });
  }
}

export function wishLabel(wish: ReportWish): string {
  switch (wish) {
    case 'register':
      return msg('Only register it', { id: 'report-form.wish.register' });
    case 'advice':
      return msg('Advice about what I can do', { id: 'report-form.wish.advice' });
    case 'complaint-help':
      return msg('Help with a complaint or other steps', { id: 'report-form.wish.complaint-help' });
  }
}

export function equalityQuestion(q: EqualityQuestion): string {
  switch (q) {
    case 'gender':
      return msg('Gender', { id: 'report-form.eq.gender' });
    case 'ageGroup':
      return msg('Age', { id: 'report-form.eq.age' });
    case 'migrationBackground':
      return msg('Do you or your parents have a migration background?', { id: 'report-form.eq.migration' });
    case 'disability':
      return msg('Do you have a disability or chronic illness?', { id: 'report-form.eq.disability' });
  }
}

export function equalityOption(value: string): string {
  switch (value) {
    case 'prefer-not-to-say':
      return msg('Prefer not to say', { id: 'report-form.eq.prefer-not' });
    case 'woman':
      return msg('Woman', { id: 'report-form.eq.woman' });
    case 'man':
      return msg('Man', { id: 'report-form.eq.man' });
    case 'non-binary':
      return msg('Non-binary', { id: 'report-form.eq.non-binary' });
    case 'other':
      return msg('Other', { id: 'report-form.eq.other' });
    case 'under-18':
      return msg('Under 18', { id: 'report-form.eq.under-18' });
    case '65-plus':
      return msg('65 or older', { id: 'report-form.eq.65-plus' });
    case 'yes':
      return msg('Yes', { id: 'report-form.eq.yes' });
    case 'no':
      return msg('No', { id: 'report-form.eq.no' });
    default:
      return value; // age ranges such as 18-29 read the same in every language
  }
}

const tooLong = (max: number) =>
  msg(str`Keep this under ${max} characters`, { id: 'report-form.err.too-long' });

/** The message for one problem, matching in the error summary and at the field. */
export function issueMessage(issue: FieldIssue): string {
  const { field, code } = issue;
  if (code === 'too_big' && field !== 'when-month' && field !== 'when-year')
    return tooLong(field === 'description' ? REPORT_LIMITS.description : REPORT_LIMITS.shortText);
  switch (field) {
    case 'description':
      return msg('Describe what happened', { id: 'report-form.err.description' });
    case 'when-day':
      return code === 'future'
        ? msg('The date must be today or in the past', { id: 'report-form.err.future-day' })
        : msg('Enter a real date, for example 27 3 2024, or leave the day empty', {
            id: 'report-form.err.date',
          });
    case 'when-month':
      return code === 'date-empty'
        ? msg('Enter when it happened: at least the month and the year', { id: 'report-form.err.date-empty' })
        : msg('Enter the month as a number from 1 to 12', { id: 'report-form.err.month' });
    case 'when-year':
      return code === 'future'
        ? msg('The month must be this month or earlier', { id: 'report-form.err.future-month' })
        : msg('Enter the year in four digits, for example 2024', { id: 'report-form.err.year' });
    case 'domain':
      return msg('Choose where it happened', { id: 'report-form.err.domain' });
    case 'grounds':
      return msg('Choose at least one reason, “I don’t know” or “Other” with a description', {
        id: 'report-form.err.grounds',
      });
    case 'ground-other':
      if (code === 'missing') {
        return msg('Describe the other reason, or untick “Other”', { id: 'report-form.err.ground-other' });
      }
      break;
    case 'role':
      return msg('Choose who you are in this report', { id: 'report-form.err.role' });
    case 'organisation':
      return msg('Enter the name of the organisation', { id: 'report-form.err.organisation' });
    case 'contact-kind':
      return msg('Choose whether we may contact you', { id: 'report-form.err.contact-kind' });
    case 'email':
      return code === 'email-or-phone'
        ? msg('Enter an e-mail address or a phone number', { id: 'report-form.err.email-or-phone' })
        : msg('Enter an e-mail address in the right format, like name@example.org', {
            id: 'report-form.err.email',
          });
    case 'phone':
      return msg('Enter a phone number, like 020 123 4567 or +31 20 123 4567', {
        id: 'report-form.err.phone',
      });
    case 'wish':
      return code === 'wish-needs-contact'
        ? msg('For advice or help we need to reach you: choose “Yes, contact me” in the question above', {
            id: 'report-form.err.wish-needs-contact',
          })
        : msg('Choose what you would like the office to do', { id: 'report-form.err.wish' });
    case 'area':
      return msg('Choose an area from the list, or “I’d rather not say”', { id: 'report-form.err.area' });
    case 'consent':
      return msg('Confirm that the office may use your report', { id: 'report-form.err.consent' });
  }
  return (
    issue.serverMessage ??
    msg('This answer was not accepted. Check it and try again', { id: 'report-form.err.other' })
  );
}
