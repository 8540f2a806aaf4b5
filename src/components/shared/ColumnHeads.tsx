import * as React from 'react';

/**
 * A table's column headings, each a `th` with `scope="col"` so screen readers name the column of
 * every cell: one piece of markup for every table of the screens and board papers.
 */
export const ColumnHeads: React.FC<{ labels: React.ReactNode[] }> = ({ labels }) => (
  <thead>
    <tr>
      {labels.map((label, i) => (
        <th scope="col" key={i}>
          {label}
        </th>
      ))}
    </tr>
  </thead>
);
