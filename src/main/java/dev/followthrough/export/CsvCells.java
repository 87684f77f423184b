package dev.followthrough.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Rows written as RFC 4180 says: cells separated by commas, rows ended by CRLF, a cell quoted
 * when it holds a quote, a comma or a line break, and its quotes doubled.
 */
final class CsvCells {

    private CsvCells() {}

    static void writeRow(Writer out, List<String> cells) throws IOException {
        for (var index = 0; index < cells.size(); index++) {
            if (index > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(index)));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        var text = defused(value == null ? "" : value.replace("\0", ""));
        if (text.indexOf('"') < 0 && text.indexOf(',') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /**
     * A spreadsheet runs a cell that starts like a formula ({@code =HYPERLINK(…)}, {@code +1+cmd},
     * {@code @SUM(…)}) when the file is opened: such a cell starts with an apostrophe instead, which
     * the spreadsheet shows as text. Nothing the app itself writes starts that way.
     */
    private static String defused(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
