/**
 * Where each view field comes from: the YAML fields `buildContractView` (view.ts) reads to build it. Kept next to
 * the view so a change to one shows in the other; test/render/clauses.test.ts fails when a template tests a view
 * field, or a view phrase lands in one, that has no entry here, and docs/render.md shows the resulting
 * clause → condition → YAML field table.
 *
 * Keys are view paths as the clause registry writes them (src/render/clauses.ts): `.` between fields, `[]` for
 * the items of a list, no `.length`. Values are YAML paths: `[]` for list items, `*` for every key of a mapping
 * (`tiers[].targets.*.response.firmness` is the firmness of every level's response target in every tier).
 */

const RESPONSE = 'tiers[].targets.*.response';
const UPDATE = 'tiers[].targets.*.update';
const RESOLUTION = 'tiers[].targets.*.resolution';

/** The client's tier: `serviceTier`, else the first tier; none in a published policy. */
const CLIENT_TIER = ['kind', 'serviceTier', 'tiers'];

/** A time target: its time, range or named deadline, its calendar, and every qualification it carries. */
const target = (base: string) => [
  `${base}.within`, `${base}.between`, `${base}.by`, `${base}.calendar`, `${base}.firmness`, `${base}.outsideHours`, base,
  ...(base.endsWith('resolution') ? [`${base}.kind`, `${base}.from`] : []),
];
/** A level a tier does not cover: `not-offered` instead of its targets. */
const NOT_OFFERED = 'tiers[].targets.*';

export const VIEW_SOURCES: Readonly<Record<string, readonly string[]>> = {
  // The document.
  'document.id': ['id'],
  'document.title': ['title'],
  'document.version': ['version'],
  'document.statusLabel': ['status'],
  'document.isDraft': ['status'],
  'document.effectiveDateText': ['effectiveDate'],
  'document.lastUpdatedText': ['lastUpdated'],
  'document.noun': ['kind'],
  'document.clientNoun': ['kind'],
  term: ['term'],
  'term.initialText': ['term.initialMonths'],
  'term.renewal': ['term.renewal'],
  'term.renewalText': ['term.renewalMonths'],
  'term.noticeText': ['term.noticeDays'],
  contractFrame: ['contractFrame.masterAgreement', 'contractFrame.precedence', 'contractFrame.governingLaw', 'contractFrame.jurisdiction'],
  'contractFrame.masterAgreement': ['contractFrame.masterAgreement'],
  'contractFrame.precedence': ['contractFrame.precedence'],
  'contractFrame.governingLaw': ['contractFrame.governingLaw'],
  'contractFrame.jurisdiction': ['contractFrame.jurisdiction'],
  amendments: ['amendments.noticeDays', 'amendments.description'],
  'amendments.noticeText': ['amendments.noticeDays'],
  'amendments.description': ['amendments.description'],

  // The parties.
  client: ['parties.client'],
  'client.hasShortName': ['parties.client.legalName', 'parties.client.name'],
  'client.address': ['parties.client.address'],
  'provider.hasShortName': ['parties.provider.legalName', 'parties.provider.name'],
  'provider.address': ['parties.provider.address'],
  contacts: ['parties.provider.contacts', 'parties.client.contacts'],
  'contacts[].party': ['parties.provider.contacts', 'parties.client.contacts'],
  'contacts[].roles': ['parties.provider.contacts[].roles', 'parties.client.contacts[].roles'],
  signatures: ['signatures', 'kind'],

  // Tiers and targets.
  tier: CLIENT_TIER,
  tiers: ['tiers'],
  'tiers[].isClientTier': CLIENT_TIER,
  'tiers[].criticality': ['tiers[].businessCriticality'],
  'tiers[].proactiveOptimisation': ['tiers[].proactiveOptimisation.included'],
  'tiers[].proactiveDescription': ['tiers[].proactiveOptimisation.included', 'tiers[].proactiveOptimisation.description'],
  'tiers[].price': ['tiers[].price', 'tiers[].priceDescription'],
  'tiers[].targets[].response': [...target(RESPONSE), NOT_OFFERED],
  'tiersHave.description': ['tiers[].description'],
  'tiersHave.services': ['tiers[].services'],
  'tiers[].services': ['tiers[].services'],
  'tiersHave.criticality': ['tiers[].businessCriticality'],
  'tiersHave.supportHours': ['tiers[].supportHours'],
  'tiersHave.reporting': ['tiers[].reporting'],
  'tiersHave.proactiveOptimisation': ['tiers[].proactiveOptimisation'],
  'tiersHave.price': ['tiers[].price', 'tiers[].priceDescription'],
  'tierTargetRows[].label': ['severityLevels[].name', 'tiers[].targets'],
  'tierFirmness.response': [`${RESPONSE}.firmness`],
  'tierFirmness.update': [`${UPDATE}.firmness`],
  'tierFirmness.resolution': [`${RESOLUTION}.firmness`],
  'firmness.response': [`${RESPONSE}.firmness`, ...CLIENT_TIER],
  'firmness.update': [`${UPDATE}.firmness`, ...CLIENT_TIER],
  'firmness.resolution': [`${RESOLUTION}.firmness`, ...CLIENT_TIER],
  severityLevels: ['severityLevels'],
  'severityLevels[].definition': ['severityLevels[].definition'],
  'severityLevels[].businessImpact': ['severityLevels[].businessImpact'],
  'severityLevels[].appliesTo': ['severityLevels[].tiers', 'severityLevels[].services'],
  'severityLevels[].sharedCalendar': [`${RESPONSE}.calendar`, `${UPDATE}.calendar`, `${RESOLUTION}.calendar`],
  'severityLevels[].response': [...target(RESPONSE), NOT_OFFERED],
  'severityLevels[].update': [`${UPDATE}.every`, `${UPDATE}.calendar`, `${UPDATE}.firmness`, UPDATE],
  'severityLevels[].resolution': target(RESOLUTION),
  'severityLevels[].response.text': [...target(RESPONSE), ...target(RESOLUTION), `${UPDATE}.every`, `${UPDATE}.calendar`, `${UPDATE}.firmness`],
  'severityLevels[].response.outsideHours': [`${RESPONSE}.outsideHours`, `${RESOLUTION}.outsideHours`, 'requestTypes[].response.outsideHours'],
  'severityLevels[].update.text': [`${UPDATE}.every`, `${UPDATE}.calendar`, `${UPDATE}.firmness`],
  'severityLevels[].resolution.text': target(RESOLUTION),
  'severityLevels[].response.words': [`${RESPONSE}.within`, `${RESPONSE}.between`, `${RESPONSE}.by`, `${RESOLUTION}.within`, `${RESOLUTION}.between`, `${RESOLUTION}.by`],
  'severityLevels[].response.firmnessText': [`${RESPONSE}.firmness`, `${UPDATE}.firmness`, `${RESOLUTION}.firmness`],
  'severityLevels[].response.gap': [RESPONSE, UPDATE, RESOLUTION, NOT_OFFERED],
  resolutionNotes: [`${RESOLUTION}.description`],

  // Services and scope.
  definitions: ['definitions'],
  services: ['services'],
  servicesHaveDetails: ['services[].description', 'services[].environment', 'services[].components', 'services[].dependencies'],
  'services[].environment': ['services[].environment'],
  'services[].components': ['services[].components'],
  'services[].dependencies': ['services[].dependencies'],
  'services[].dependencies[].kind': ['services[].dependencies[].kind'],
  'services[].dependencies[].ownedBy': ['services[].dependencies[].ownedBy'],
  scope: ['scope.included', 'scope.excluded'],
  'scope.included': ['scope.included'],
  'scope.excluded': ['scope.excluded'],
  'scope.included[].label': ['scope.included[].category'],
  'scope.excluded[].label': ['scope.excluded[].category'],
  requestTypes: ['requestTypes'],
  requestTypesHaveResponse: ['requestTypes[].response'],
  'requestTypes[].categoryLabel': ['requestTypes[].category'],
  'requestTypes[].coverageText': ['requestTypes[].coverage', 'requestTypes[].cap'],
  'requestTypes[].response.shortText': target('requestTypes[].response'),
  hasChangeOrders: ['changeOrders', 'requestTypes[].coverage'],
  changeOrders: ['changeOrders'],
  'changeOrders.threshold': ['changeOrders.threshold'],
  'document.isPolicy': ['kind'],
  'changeOrders.thresholdHoursUnwritten': ['changeOrders.thresholdHours', 'changeOrders.threshold'],
  'changeOrders.thresholdHours': ['changeOrders.thresholdHours'],
  'changeOrders.evaluation': ['changeOrders.evaluation'],
  'changeOrders.estimateWithin': ['changeOrders.estimateWithin'],
  'changeOrders.rate': ['changeOrders.rate'],
  fees: ['fees'],
  'fees[].forLabel': ['fees[].for'],

  // Severity assignment, channels, escalation, responsibilities.
  severityAssignment: ['severityAssignment'],
  'severityAssignment.assignedByText': ['severityAssignment.assignedBy'],
  'severityAssignment.matrix': ['severityAssignment.matrix'],
  'severityAssignment.reclassification': ['severityAssignment.reclassification'],
  'severityAssignment.disputes': ['severityAssignment.disputes'],
  channels: ['channels'],
  channelsHaveTiers: ['channels[].tiers'],
  'channels[].typeLabel': ['channels[].type'],
  'channels[].address': ['channels[].address'],
  'channels[].severities': ['channels[].severities'],
  'channels[].tiers': ['channels[].tiers'],
  'channels[].description': ['channels[].description'],
  'channels[].countsForTargets': ['channels[].countsForTargets'],
  escalation: ['escalation'],
  clientResponsibilities: ['clientResponsibilities'],
  'clientResponsibilities[].label': ['clientResponsibilities[].category'],
  'clientResponsibilities[].appliesTo': ['clientResponsibilities[].tiers', 'clientResponsibilities[].services'],
  excusedDelays: ['excusedDelays'],

  // Calendars.
  calendars: ['calendars'],
  'calendars[].alwaysOpen': ['calendars[].hours'],
  'calendars[].hoursUnstated': ['calendars[].hours'],
  'calendars[].hoursText': ['calendars[].hours', 'calendars[].timezone', 'calendars[].timezones'],
  'calendars[].weekly[].days': ['calendars[].hours'],
  'calendars[].zoneWeekly': ['calendars[].hours[].timezone'],
  'calendars[].zoneWeekly[].timezone': ['calendars[].hours[].timezone', 'calendars[].timezone', 'calendars[].timezones'],
  'calendars[].zoneWeekly[].weekly[].days': ['calendars[].hours'],
  'calendars[].description': ['calendars[].description'],
  'calendars[].timezones': ['calendars[].timezone', 'calendars[].timezones'],
  'calendars[].timezoneText': ['calendars[].timezone', 'calendars[].timezones'],
  'calendars[].usedByTier': ['serviceTier', 'tiers[].supportHours'],
  'calendars[].hasHolidays': [
    'calendars[].holidays', 'calendars[].holidaySets', 'calendars[].holidayFiles', 'calendars[].holidaysOf', 'calendars[].holidaysDescription',
  ],
  'calendars[].holidays': ['calendars[].holidays[].date'],
  'calendars[].holidays[].hoursText': ['calendars[].holidays[].open'],
  'calendars[].recurringHolidays': ['calendars[].holidays[].month'],
  'calendars[].recurringHolidays[].when': [
    'calendars[].holidays[].month', 'calendars[].holidays[].day', 'calendars[].holidays[].week', 'calendars[].holidays[].weekday',
    'calendars[].holidays[].observed',
  ],
  'calendars[].holidaySets': ['calendars[].holidaySets'],
  'calendars[].holidaySets[]': ['calendars[].holidaySets'],
  'calendars[].holidayFiles': ['calendars[].holidayFiles'],
  'calendars[].holidaysOf': ['calendars[].holidaysOf'],
  'calendars[].holidaysDescription': ['calendars[].holidaysDescription'],

  // Monitoring, maintenance, review.
  monitoring: ['monitoring'],
  'monitoring.reviewFrequency': ['monitoring.reviewFrequency'],
  'monitoring.metrics': ['monitoring.metrics'],
  'monitoring.metrics[].category': ['monitoring.metrics[].category'],
  'monitoring.reports': ['monitoring.reports'],
  'monitoring.reports[].contents': ['monitoring.reports[].contents'],
  'monitoring.reports[].deliveredWithin': ['monitoring.reports[].deliveredWithin'],
  'monitoring.proactiveOutreach': ['monitoring.proactiveOutreach'],
  maintenance: ['maintenance'],
  'maintenance.windows': ['maintenance.windows'],
  'maintenance.notice': ['maintenance.notice'],
  'maintenance.approval': ['maintenance.approval'],
  'maintenance.approval.required': ['maintenance.approval.required'],
  'maintenance.approval.approver': ['maintenance.approval.approver'],
  'maintenance.testing': ['maintenance.testing'],
  'maintenance.testing.required': ['maintenance.testing.required'],
  'maintenance.testing.evaluationSet': ['maintenance.testing.evaluationSet'],
  'maintenance.emergencyChanges': ['maintenance.emergencyChanges'],
  'maintenance.emergencyChanges.notifyWithin': ['maintenance.emergencyChanges.notifyWithin'],
  review: ['review'],
  'review.frequency': ['review.frequency'],
  'review.participants': ['review.participants'],
  'review.topics': ['review.topics'],
  'review.topics[].label': ['review.topics[].category'],

  // Availability.
  availability: ['availability'],
  'availability.targetText': ['availability.target'],
  'availability.services': ['availability.services'],
  'availability.window': ['availability.measurementWindow'],
  'availability.creditPeriod': ['availability.measurementWindow'],
  'availability.downtimeText': ['availability.target', 'availability.measurementWindow', 'availability.monthConvention'],
  'availability.convention': ['availability.monthConvention'],
  'availability.firmnessText': ['availability.firmness'],
  'availability.scope': ['availability.scope'],
  'availability.measurement': ['availability.measurement'],
  'availability.exclusions': ['availability.exclusions'],
  'availability.serviceCredits': ['availability.serviceCredits'],
  'availability.serviceCredits[].belowText': ['availability.serviceCredits[].below'],
  'availability.creditBasis': ['availability.creditTerms.basis'],
  'availability.creditTerms': ['availability.creditTerms'],
  'availability.creditTerms.cumulative': ['availability.creditTerms.cumulative'],
  'availability.creditTerms.capText': ['availability.creditTerms.capPercent'],
  'availability.creditTerms.capPer': ['availability.creditTerms.capPer'],
  'availability.creditTerms.claimWindow': ['availability.creditTerms.claimWithinDays', 'availability.creditTerms.claimWithinHours'],
  'availability.creditTerms.claimProcedure': ['availability.creditTerms.claimProcedure'],
  'availability.creditTerms.soleRemedy': ['availability.creditTerms.soleRemedy'],
  'availability.creditTerms.forfeiture': ['availability.creditTerms.forfeiture'],
};

/** The YAML fields a view field is built from, or undefined when this map does not know it. */
export function viewFieldSources(field: string): readonly string[] | undefined {
  return Object.hasOwn(VIEW_SOURCES, field) ? VIEW_SOURCES[field] : undefined;
}
