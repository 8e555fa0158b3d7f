/**
 * Localized words the checklist needs in several places (status names, problems with a file). Call
 * these only while the element renders or inside its `localized()`, so `msg()` answers in its locale.
 */
import { msg, str } from '../../internal/msg.js';
import type { ElementStatus } from '@hrc/framework/schemas';
import type { Problem } from './parse.js';
import type { Direction } from './progress.js';

export function statusLabel(status: ElementStatus): string {
  switch (status) {
    case 'not-started':
      return msg('Not started', { id: 'framework-checklist.status.not-started' });
    case 'planned':
      return msg('Planned', { id: 'framework-checklist.status.planned' });
    case 'in-progress':
      return msg('In progress', { id: 'framework-checklist.status.in-progress' });
    case 'in-place':
      return msg('In place', { id: 'framework-checklist.status.in-place' });
    case 'not-applicable':
      return msg('Not applicable', { id: 'framework-checklist.status.not-applicable' });
  }
}

export function directionLabel(direction: Direction): string {
  switch (direction) {
    case 'forward':
      return msg('moved forward', { id: 'framework-checklist.direction.forward' });
    case 'back':
      return msg('moved back', { id: 'framework-checklist.direction.back' });
    case 'other':
      return msg('changed', { id: 'framework-checklist.direction.other' });
    case 'same':
      return msg('unchanged', { id: 'framework-checklist.direction.same' });
  }
}

/** Keys as they appear in the file (so they can be found there); elements by their title too. */
function fieldName(key: PropertyKey, titles: ReadonlyMap<string, string>): string {
  if (typeof key === 'number') return String(key + 1);
  const name = String(key);
  const title = titles.get(name);
  return title ? `${name} (${title})` : name;
}

/** One sentence per problem; `titles` maps element ids to their titles. */
export function problemText(problem: Problem, titles: ReadonlyMap<string, string>): string {
  switch (problem.code) {
    case 'not-json':
      return msg('The file is not JSON.', { id: 'framework-checklist.problem.not-json' });
    case 'too-large':
      return msg('The file is too large to be an assessment.', {
        id: 'framework-checklist.problem.too-large',
      });
    case 'foreign':
      return msg('This is not an assessment made with this checklist.', {
        id: 'framework-checklist.problem.foreign',
      });
    case 'newer': {
      const v = problem.version;
      return msg(
        str`The file uses format version ${v}, which is newer than this checklist understands. Update the checklist to open it.`,
        { id: 'framework-checklist.problem.newer' },
      );
    }
    case 'unknown-version':
      return msg('The file does not say which format version it uses.', {
        id: 'framework-checklist.problem.unknown-version',
      });
    case 'invalid':
      break;
  }
  const where = problem.path.length
    ? problem.path.map((key) => fieldName(key, titles)).join(' › ')
    : msg('the file', { id: 'framework-checklist.problem.root' });
  switch (problem.issue) {
    case 'invalid_type':
      return msg(str`${where}: missing or of the wrong kind.`, {
        id: 'framework-checklist.problem.type',
      });
    case 'invalid_value':
      return msg(str`${where}: not one of the allowed values.`, {
        id: 'framework-checklist.problem.value',
      });
    case 'invalid_format':
      return problem.path.at(-1) === 'url'
        ? msg(str`${where}: not a web address starting with http:// or https://.`, {
            id: 'framework-checklist.problem.url',
          })
        : msg(str`${where}: not in the expected format.`, {
            id: 'framework-checklist.problem.format',
          });
    case 'too_big':
      return msg(str`${where}: too long.`, { id: 'framework-checklist.problem.too-big' });
    case 'too_small':
      return msg(str`${where}: empty.`, { id: 'framework-checklist.problem.too-small' });
    case 'unrecognized_keys': {
      const keys = (problem.keys ?? []).join(', ');
      return msg(str`${where}: unknown fields (${keys}).`, {
        id: 'framework-checklist.problem.keys',
      });
    }
    case 'invalid_key':
      return msg(str`${where}: not one of the 20 elements.`, {
        id: 'framework-checklist.problem.key',
      });
    default:
      return msg(str`${where}: not valid.`, { id: 'framework-checklist.problem.other' });
  }
}
