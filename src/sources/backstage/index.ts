/** A Backstage catalog as a discovery source (DESIGN section 8): descriptor files or the catalog's REST API read into the inventory shape. */
export { loadCatalog, type BackstageEntry, type LoadCatalogOptions } from './load-catalog.js';
export { readCatalog, type CatalogEntity, type CatalogReading, type Grouping, type ReadCatalogOptions } from './read-catalog.js';
export { readCatalogFiles, type CatalogFiles, type ReadCatalogFilesOptions } from './read-catalog-files.js';
export { fetchCatalog, type FetchCatalogOptions, type FetchedCatalog } from './fetch-catalog.js';
export { readPlacement, type Placement } from './entity-placement.js';
export { normaliseRef } from './entity-ref.js';
