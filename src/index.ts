/** The library: everything the command line does, callable from a program. */
export * from './core/index.js';
export { loadModel, type LoadedModel } from './sources/manifest/load-manifest.js';
export { parseSnapshot, type LoadedSnapshot } from './sources/inventory/load-snapshot.js';
export { renderAnalysisText, renderSimulationText } from './render/text.js';
export { renderJson } from './render/json.js';
export { main } from './cli/main.js';
