/** Terraform as a discovery source (DESIGN section 8): states and saved plans read into the inventory shape. */
export { loadTerraformPlan, loadTerraformState, type LoadTerraformOptions } from './load-terraform-state.js';
export { readTerraformPlan, type PlannedChange, type TerraformPlanReading } from './read-terraform-plan.js';
export { readTerraformState, type ReadTerraformOptions, type TerraformReading } from './read-terraform-state.js';
export { unplacedReason } from './classify-references.js';
