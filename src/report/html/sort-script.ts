/**
 * The page's only script: makes the headers of `table[data-sortable]` sort the table on click.
 *
 * It is progressive: without it (scripts off, or a viewer that strips them) the tables are plain
 * tables in the report's order, and the headers are plain text. With it, each header that has a
 * `data-sort` (`number` or `text`) gets a button; a cell sorts by its `data-value` when it has
 * one (raw counts, port numbers, severity ranks), else by its text. Numbers sort largest first
 * on the first click, text A to Z; a second click reverses. Equal keys keep their current order.
 *
 * The page's Content-Security-Policy allows exactly this text by its SHA-256 hash, so it must be
 * written into the page byte for byte as it is here.
 */
export const SORT_SCRIPT = `(() => {
  'use strict';
  const key = (row, column, numeric) => {
    const cell = row.cells[column];
    const raw = cell ? (cell.getAttribute('data-value') ?? cell.textContent ?? '') : '';
    if (!numeric) return raw.trim();
    const n = Number(raw);
    return Number.isFinite(n) ? n : -Infinity;
  };
  for (const table of document.querySelectorAll('table[data-sortable]')) {
    const body = table.tBodies[0];
    const head = table.tHead && table.tHead.rows[0];
    if (!body || !head) continue;
    const headers = Array.from(head.cells);
    headers.forEach((header, column) => {
      const kind = header.getAttribute('data-sort');
      if (kind !== 'number' && kind !== 'text') return;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (header.firstChild) button.appendChild(header.firstChild);
      header.appendChild(button);
      button.addEventListener('click', () => {
        const numeric = kind === 'number';
        const current = header.getAttribute('aria-sort');
        const descending = current === null ? numeric : current === 'ascending';
        const rows = Array.from(body.rows, (row, index) => ({ row, index, key: key(row, column, numeric) }));
        rows.sort((a, b) => {
          const order = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
          return (descending ? -order : order) || a.index - b.index;
        });
        for (const other of headers) other.removeAttribute('aria-sort');
        header.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        body.append(...rows.map((entry) => entry.row));
      });
    });
  }
})();
`;
