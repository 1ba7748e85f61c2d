package org.gan4j.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays rows of text out in left-aligned columns, each as wide as its widest cell, two spaces apart. The last
 * column is not padded, so lines carry no trailing spaces and a long last cell (a description) breaks nothing.
 */
final class TextColumns {
    private static final String GAP = "  ";

    private TextColumns() {
    }

    /**
     * @param rows the rows, the header first; every row has the same number of cells
     * @return one line per row
     * @throws IllegalArgumentException when a row's cell count differs from the first row's, naming both
     */
    static List<String> format(List<List<String>> rows) {
        int columns = rows.isEmpty() ? 0 : rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            if (row.size() != columns) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells, the first has " + columns + ": " + row);
            }
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                line.append(cell);
                if (c < columns - 1) {
                    line.append(" ".repeat(widths[c] - cell.length())).append(GAP);
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
