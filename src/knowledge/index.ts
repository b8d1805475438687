/** Built-in knowledge, as one value the core takes as a parameter (and tests can replace). */
import { controlPlanes, typeNeeds } from './aws-control-planes.js';
import { saasCatalog } from './saas-catalog.js';
import { scenarioLibrary } from './scenarios.js';
import type { ControlPlane, SaasVendor, ScenarioDefinition, TypeNeeds } from './schema.js';

export interface Knowledge {
  controlPlanes: readonly ControlPlane[];
  typeNeeds: readonly TypeNeeds[];
  saas: readonly SaasVendor[];
  scenarios: readonly ScenarioDefinition[];
}

export const knowledge: Knowledge = { controlPlanes, typeNeeds, saas: saasCatalog, scenarios: scenarioLibrary };

export type { ControlPlane, SaasVendor, ScenarioDefinition, TypeNeeds } from './schema.js';
