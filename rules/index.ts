// The rule registry: every rule, sorted by id. Adding a rule = one file in rules/ + one line here.
import type { Rule } from '../src/types.js';
import automatedDecisions from './automated-decisions.js';
import categoriesOfData from './categories-of-data.js';
import complaintIco from './complaint-ico.js';
import complaintsProcess from './complaints-process.js';
import controllerContact from './controller-contact.js';
import controllerIdentity from './controller-identity.js';
import dataSources from './data-sources.js';
import dfeContact from './dfe-contact.js';
import dfeNpd from './dfe-npd.js';
import dfeStatutorySharing from './dfe-statutory-sharing.js';
import dpa1998 from './dpa-1998.js';
import dpoContact from './dpo-contact.js';
import insecureLink from './insecure-link.js';
import internationalTransfers from './international-transfers.js';
import lawfulBasis from './lawful-basis.js';
import outdatedBody from './outdated-body.js';
import outdatedLaw from './outdated-law.js';
import outdatedRightsWording from './outdated-rights-wording.js';
import placeholder from './placeholder.js';
import purposes from './purposes.js';
import readability from './readability.js';
import recipients from './recipients.js';
import retention from './retention.js';
import reviewDate from './review-date.js';
import rightsAccess from './rights-access.js';
import rightsErasure from './rights-erasure.js';
import rightsObject from './rights-object.js';
import rightsPortability from './rights-portability.js';
import rightsRectification from './rights-rectification.js';
import rightsRestriction from './rights-restriction.js';
import sarFee from './sar-fee.js';
import specialCategoryCondition from './special-category-condition.js';
import statutoryRequirement from './statutory-requirement.js';
import unqualifiedGdpr from './unqualified-gdpr.js';
import withdrawConsent from './withdraw-consent.js';

export const rules: readonly Rule[] = [
  automatedDecisions,
  categoriesOfData,
  complaintIco,
  complaintsProcess,
  controllerContact,
  controllerIdentity,
  dataSources,
  dfeContact,
  dfeNpd,
  dfeStatutorySharing,
  dpa1998,
  dpoContact,
  insecureLink,
  internationalTransfers,
  lawfulBasis,
  outdatedBody,
  outdatedLaw,
  outdatedRightsWording,
  placeholder,
  purposes,
  readability,
  recipients,
  retention,
  reviewDate,
  rightsAccess,
  rightsErasure,
  rightsObject,
  rightsPortability,
  rightsRectification,
  rightsRestriction,
  sarFee,
  specialCategoryCondition,
  statutoryRequirement,
  unqualifiedGdpr,
  withdrawConsent,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));
