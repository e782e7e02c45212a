/**
 * A report from records fed straight into the analysis' collector by a reader under test (a
 * query engine's answers), with the inventory of a folder: the pipeline's last steps without its
 * file and live inputs.
 */
import { compileInventory } from '../../src/analysis/compile.js';
import { collectedFrom } from '../../src/analysis/collected.js';
import { buildReport } from '../../src/analysis/report.js';
import { UsageCollector } from '../../src/analysis/usage.js';
import type { Config } from '../../src/config.js';
import { readInventorySnapshot } from '../../src/inventory/snapshot.js';
import type { Report } from '../../src/report/types.js';
import type { ReaderSink } from '../../src/sources/file.js';
import type { InterfaceTable } from '../../src/sources/interfaces.js';
import { VERSION } from '../../src/version.js';

export async function collectorFeed(
  inventoryDir: string,
  config: Config,
  now: Date,
  feed: (sink: ReaderSink, interfaces: InterfaceTable) => Promise<void>,
): Promise<Report> {
  const compiled = compileInventory(await readInventorySnapshot(inventoryDir));
  const collector = new UsageCollector(compiled, config);
  await feed(collector.sink(), compiled.table);
  return buildReport(compiled, collectedFrom(collector), config, {
    toolVersion: VERSION,
    hasTraffic: true,
    now,
  });
}
