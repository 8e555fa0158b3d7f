/**
 * Admin checklist page: keeps <hrc-framework-checklist> and the JSON field of the save form in step.
 * The field is the source of truth (it works without JavaScript, too); the element edits it.
 */
(function () {
  'use strict';
  var field = document.getElementById('hrc-assessment-json');
  var checklist = document.getElementById('hrc-admin-checklist');
  if (!field || !checklist) {
    return;
  }
  customElements.whenDefined('hrc-framework-checklist').then(function () {
    try {
      checklist.assessment = JSON.parse(field.value);
    } catch {
      // The field keeps the text as typed; saving reports what is wrong with it.
    }
  });
  // `change` fires on edits by the person only, with the whole assessment.
  checklist.addEventListener('change', function (event) {
    if (event.assessment) {
      field.value = JSON.stringify(event.assessment, null, 2);
    }
  });
})();
