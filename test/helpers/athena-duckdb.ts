/**
 * Athena's flow-log table in DuckDB: a view with the column names and types of AWS's Athena
 * integration (`interface_id`, `tcp_flags`, `"end"`, the `day` partition) over the gzip text
 * files of a generated world, or over a Parquet copy of them, so that the SQL the tool generates
 * for Athena can be run here and its result fed back to the tool.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { FIELDS_BY_VERSION } from '../../src/sources/format.js';

/** The columns of the Athena table (v2 to v5 fields), with Athena's types. */
const COLUMNS: readonly (readonly [string, string])[] = [2, 3, 4, 5]
  .flatMap((v) => FIELDS_BY_VERSION[v] ?? [])
  .map((field) => [
    field,
    ['packets', 'bytes', 'start', 'end', 'protocol'].includes(field)
      ? 'BIGINT'
      : ['version', 'srcport', 'dstport', 'tcp-flags', 'traffic-path'].includes(field)
        ? 'INTEGER'
        : 'VARCHAR',
  ]);

export interface AthenaTable {
  connection: DuckDBConnection;
  /** Runs a query and writes its result as CSV with a header line, as Athena does. */
  toCsv(sql: string, path: string): Promise<number>;
  close(): void;
}

/**
 * Opens DuckDB with a view `flow_logs` over the text logs under `logs` (their header line names
 * the fields; a field the files lack is NULL, as a column past the end of a line is in Athena),
 * and, with `parquet`, a Parquet copy at that path read through the view instead; `inMemory`
 * loads the records into a table instead.
 */
export async function athenaTable(
  logs: string,
  options: { parquet?: string; inMemory?: boolean } = {},
): Promise<AthenaTable> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const files = `${logs}/**/*.log.gz`;
  const present = await connection.runAndReadAll(
    `SELECT * FROM read_csv('${files}', delim = ' ', header = true, all_varchar = true) LIMIT 0`,
  );
  const fields = new Set(present.columnNames());
  // Athena reads '-' in a number column as NULL; TRY_CAST does the same.
  const select = COLUMNS.map(([field, type]) => {
    const name = `"${field.replace(/-/g, '_')}"`;
    if (!fields.has(field)) return `CAST(NULL AS ${type}) AS ${name}`;
    return type === 'VARCHAR' ? `"${field}" AS ${name}` : `TRY_CAST("${field}" AS ${type}) AS ${name}`;
  });
  await connection.run(
    `CREATE VIEW text_logs AS SELECT ${select.join(', ')},
       regexp_extract(filename, '/(\\d{4}/\\d{2}/\\d{2})/', 1) AS day
     FROM read_csv('${files}', delim = ' ', header = true, all_varchar = true, filename = true)`,
  );
  if (options.parquet) {
    await connection.run(`COPY text_logs TO '${options.parquet}' (FORMAT parquet)`);
    await connection.run(`CREATE VIEW flow_logs AS SELECT * FROM read_parquet('${options.parquet}')`);
  } else if (options.inMemory) {
    // Many queries over one world: read the gzip files once.
    await connection.run('CREATE TABLE flow_logs AS SELECT * FROM text_logs');
  } else await connection.run('CREATE VIEW flow_logs AS SELECT * FROM text_logs');
  return {
    connection,
    async toCsv(sql, path) {
      await connection.run(`COPY (${sql}) TO '${path}' (FORMAT csv, HEADER true, FORCE_QUOTE *)`);
      const counted = await connection.runAndReadAll(
        `SELECT count(*) AS n FROM read_csv('${path}', header = true)`,
      );
      return Number(counted.getRowObjects()[0]?.['n']);
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
