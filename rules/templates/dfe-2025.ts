// The current DfE text, "Privacy notice: suggested text for an educational setting"
// (re-issued 3 Oct 2025). Its own wording was not available (dfe-template.md §1.2, open
// point 1): structure as 2021 with UK GDPR wording.
import { sections2021 } from './dfe-2021.js';
import type { TemplateModel } from './model.js';

export const dfe2025: TemplateModel = {
  id: 'dfe-2025',
  title: 'Privacy notice: suggested text for an educational setting',
  period: 'current set, 3 Oct 2025',
  changes: [
    'Renamed "suggested text for an educational setting" (was "for pupils"), before Aug 2024',
    'Refers to the UK General Data Protection Regulation (UK GDPR) rather than "the GDPR"',
    'All templates re-issued on 3 Oct 2025 with a new 7-page explanation (changes inside the template not published)',
  ],
  sections: sections2021,
};
