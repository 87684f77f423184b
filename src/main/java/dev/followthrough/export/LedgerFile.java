package dev.followthrough.export;

import dev.followthrough.commitment.CommitmentHistory;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.user.PlainNames;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * One user's ledger as CSV, written page by page: each page of commitments is read in a short
 * transaction of its own and written before the next is read, so a long ledger is never held in
 * memory and a slow download holds no connection while the client reads.
 */
final class LedgerFile {

    /** Commitments read at a time, each with its whole history. */
    static final int PAGE = 200;

    /**
     * Excel reads a CSV without a byte order mark in the system's code page, which garbles every
     * accent and emoji; with it, Excel, Numbers, LibreOffice and Google Sheets all read UTF-8.
     */
    static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Jdbi jdbi;
    private final PlainNames names;

    LedgerFile(Jdbi jdbi, PlainNames names) {
        this.jdbi = jdbi;
        this.names = names;
    }

    /** The first page, read before anything is answered: a database that is away is still a clean error. */
    List<CommitmentHistory> firstPage(String teamId, String userId) {
        return page(teamId, userId, 0);
    }

    /** Writes the whole file, from {@code first} (its first page) on. */
    void write(Writer out, String teamId, String userId, ZoneId zone, Instant now, List<CommitmentHistory> first)
            throws IOException {
        var rows = new LedgerRows(names.in(teamId), zone, now);
        out.write(BYTE_ORDER_MARK);
        CsvCells.writeRow(out, LedgerColumns.HEADER);
        var page = first;
        while (true) {
            for (var history : page) {
                for (var row : rows.of(history)) {
                    CsvCells.writeRow(out, row);
                }
            }
            out.flush();
            if (page.size() < PAGE) {
                return;
            }
            page = page(teamId, userId, page.get(page.size() - 1).commitment().id());
        }
    }

    private List<CommitmentHistory> page(String teamId, String userId, long afterId) {
        return jdbi.inTransaction(handle -> {
            handle.attach(ExportLinkStore.class).limitStatementsToDownloadTime();
            return Ledger.historiesOfOwner(handle, teamId, userId, afterId, PAGE);
        });
    }
}
