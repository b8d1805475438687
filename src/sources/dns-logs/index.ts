/** DNS query logs as a discovery source (DESIGN section 8): what the estate was seen calling, read into the inventory shape. */
export { loadDnsLogs, type DnsLogsEntry, type DnsLogsReading } from './load-dns-logs.js';
export { toDnsInventory, type DnsInventory, type DnsInventoryOptions } from './to-inventory.js';
export { createNameClassifier, type NameClass } from './classify-name.js';
export { readSummaryCsv } from './read-summary-csv.js';
export { readQueryLogs } from './read-query-logs.js';
export { parseLogLine } from './parse-log-line.js';
export type { QueryRow } from './query-row.js';
