/** The finding the checks report; defined in src/catalog, whose loader reports findings too. */
export { compareFindings, type Finding, type Position, type Severity } from '../catalog/finding.ts';
