/**
 * Every diff rule, in the order of the rendered contract's sections. Every schema path has a rule here or under a
 * parent path; test/diff/schema-coverage.test.ts holds that, so a new schema field cannot fall through as "neutral".
 */
import type { DiffRule } from '../rule.js';
import { availabilityRules } from './availability.js';
import { channelRules } from './channels-and-escalation.js';
import { clientResponsibilityRules } from './client-responsibilities.js';
import { contractFrameRules } from './contract-frame.js';
import { definitionRules } from './definitions.js';
import { documentRules } from './document.js';
import { excusedDelayRules } from './excused-delays.js';
import { hoursAndHolidaysRules } from './hours-and-holidays.js';
import { maintenanceRules } from './maintenance.js';
import { monitoringRules } from './monitoring.js';
import { partiesAndTermRules } from './parties-and-term.js';
import { requestTypeRules } from './request-types.js';
import { reviewRules } from './review.js';
import { scopeRules } from './scope.js';
import { serviceRules } from './services.js';
import { serviceTierRules } from './service-tier.js';
import { severityLevelRules } from './severity-levels.js';
import { signatureRules } from './signatures.js';
import { supportAndEnhancementRules } from './support-and-enhancement.js';

export const DIFF_RULES: readonly DiffRule[] = [
  ...documentRules,
  ...partiesAndTermRules,
  ...contractFrameRules,
  ...definitionRules,
  ...serviceRules,
  ...scopeRules,
  ...requestTypeRules,
  ...supportAndEnhancementRules,
  ...severityLevelRules,
  ...serviceTierRules,
  ...hoursAndHolidaysRules,
  ...channelRules,
  ...clientResponsibilityRules,
  ...excusedDelayRules,
  ...monitoringRules,
  ...maintenanceRules,
  ...availabilityRules,
  ...reviewRules,
  ...signatureRules,
];

/** The contract's sections in the order the default template prints them: how a diff orders its changes. */
export const SECTION_ORDER: readonly string[] = [
  'Document', 'Parties and term', 'Contract frame', 'Definitions', 'Services covered', 'Scope of support',
  'Request types and coverage', 'Support and enhancement', 'Severity levels and targets', 'Support hours and holidays',
  'Channels and escalation', 'Client responsibilities', 'Excused delays', 'Monitoring and reporting',
  'Maintenance and planned change', 'Service tier', 'Fees', 'Availability and service credits', 'Review of this agreement',
  'Signatures',
];
