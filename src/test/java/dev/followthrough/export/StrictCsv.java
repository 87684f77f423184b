package dev.followthrough.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV exactly as RFC 4180 writes it, and refuses anything else: rows end with CRLF, a quote
 * appears only around a whole cell or doubled inside one, a bare CR or LF only inside quotes.
 */
final class StrictCsv {

    private StrictCsv() {}

    static List<List<String>> read(String text) {
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var cell = new StringBuilder();
        var index = 0;
        var quoted = false;
        var cellStart = true;
        while (index < text.length()) {
            var character = text.charAt(index);
            if (quoted) {
                if (character == '"') {
                    if (index + 1 < text.length() && text.charAt(index + 1) == '"') {
                        cell.append('"');
                        index += 2;
                        continue;
                    }
                    quoted = false;
                    index++;
                    var next = index < text.length() ? text.charAt(index) : '\r';
                    if (next != ',' && next != '\r') {
                        throw new IllegalArgumentException("text after a closing quote at " + index);
                    }
                    continue;
                }
                cell.append(character);
                index++;
                continue;
            }
            switch (character) {
                case '"' -> {
                    if (!cellStart) {
                        throw new IllegalArgumentException("a quote inside an unquoted cell at " + index);
                    }
                    quoted = true;
                    cellStart = false;
                    index++;
                }
                case ',' -> {
                    row.add(cell.toString());
                    cell.setLength(0);
                    cellStart = true;
                    index++;
                }
                case '\r' -> {
                    if (index + 1 >= text.length() || text.charAt(index + 1) != '\n') {
                        throw new IllegalArgumentException("a CR not followed by LF at " + index);
                    }
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(List.copyOf(row));
                    row.clear();
                    cellStart = true;
                    index += 2;
                }
                case '\n' -> throw new IllegalArgumentException("a bare LF outside quotes at " + index);
                default -> {
                    cell.append(character);
                    cellStart = false;
                    index++;
                }
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted cell never closed");
        }
        if (!row.isEmpty() || cell.length() > 0) {
            throw new IllegalArgumentException("the last row does not end with CRLF");
        }
        return rows;
    }
}
