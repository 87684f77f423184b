package dev.followthrough.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void aCellThatStartsLikeAFormulaStartsWithAnApostrophe() {
        assertThat(List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"))
                .extracting(CsvCells::cell)
                .containsExactly("'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "\"'\rx\"");
        assertThat(CsvCells.cell("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.cell("2026-11-27T14:00:00-05:00")).isEqualTo("2026-11-27T14:00:00-05:00");
    }

    @Test
    void quotesCommasAndLineBreaksAreQuotedAndNulIsDropped() throws Exception {
        var out = new StringWriter();

        CsvCells.writeRow(out, List.of("plain", "a,b", "say \"hi\"", "two\nlines", "nul\0here", "🙂", ""));

        assertThat(out.toString()).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",nulhere,🙂,\r\n");
        assertThat(StrictCsv.read(out.toString()))
                .containsExactly(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "nulhere", "🙂", ""));
    }

    @Test
    void aNulBeforeAFormulaDoesNotHideIt() {
        assertThat(CsvCells.cell("\0=cmd")).isEqualTo("'=cmd");
    }
}
