/**
 * Every built-in lint rule, in the order `sla rules` lists them. The list is explicit (no directory scanning), so
 * a bundle carries exactly these rules and a test can check that each has a docs page, tests and a unique id.
 */
import type { Rule } from '../types.js';
import { bidiControl } from './bidi-control.js';
import { clientResponsibilities } from './client-responsibilities.js';
import { creditTermsIncomplete } from './credit-terms-incomplete.js';
import { definedTermCase } from './defined-term-case.js';
import { firmnessUnstated } from './firmness-unstated.js';
import { generalAvailabilityPromise } from './general-availability-promise.js';
import { holidaysUndefined } from './holidays-undefined.js';
import { maintenanceWithoutControls } from './maintenance-without-controls.js';
import { missingTargets } from './missing-targets.js';
import { missingReviewCadence } from './missing-review-cadence.js';
import { missingUpdateCadence } from './missing-update-cadence.js';
import { monitoringUndefined } from './monitoring-undefined.js';
import { noConflictMarkers } from './no-conflict-markers.js';
import { noPlaceholders } from './no-placeholders.js';
import { resolutionGuarantee } from './resolution-guarantee.js';
import { supportHoursInProse } from './support-hours-in-prose.js';
import { supportEnhancementBoundary } from './support-enhancement-boundary.js';
import { targetOrder } from './target-order.js';
import { textLanguage } from './text-language.js';
import { timezoneAbbreviation } from './timezone-abbreviation.js';
import { unilateralReclassification } from './unilateral-reclassification.js';
import { unstatedTarget } from './unstated-target.js';
import { vagueSeverityLevels } from './vague-severity-levels.js';
import { vagueWording } from './vague-wording.js';
import { worstCaseWait } from './worst-case-wait.js';

// Rules differ in their options type; the engine validates options against each rule's own schema.
export const rules: Rule<any>[] = [
  // scope
  generalAvailabilityPromise,
  supportEnhancementBoundary,
  // severity and targets
  vagueSeverityLevels,
  resolutionGuarantee,
  missingTargets,
  unstatedTarget,
  targetOrder,
  firmnessUnstated,
  missingUpdateCadence,
  creditTermsIncomplete,
  // calendar
  supportHoursInProse,
  holidaysUndefined,
  timezoneAbbreviation,
  worstCaseWait,
  // client duties, monitoring, change, governance
  clientResponsibilities,
  monitoringUndefined,
  maintenanceWithoutControls,
  missingReviewCadence,
  unilateralReclassification,
  // wording
  vagueWording,
  definedTermCase,
  textLanguage,
  // hygiene
  noConflictMarkers,
  bidiControl,
  noPlaceholders,
];
