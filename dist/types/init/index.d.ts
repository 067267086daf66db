export { buildAgreement, type BuiltAgreement } from './agreement.js';
export { agreementYaml } from './agreement-yaml.js';
export { checkFact, defaultFact, FACTS, processEnvironment, slugify, type Environment, type FactName, type HolidayChoice, type InitFacts, } from './facts.js';
export { allHolidays, HOLIDAY_REGIONS, HOLIDAY_YEARS, holidaysBetween, type Holiday, type HolidayRegion } from './holidays.js';
export { PRESETS, TIER_IDS, type TierId, type TierPreset } from './presets.js';
export { agreementFileName, scaffoldAgreement, scaffoldRepository, type Scaffold } from './scaffold.js';
export { schemaReference } from './schema-ref.js';
export { writeFiles, type FileToWrite, type WriteResult } from './write-files.js';
