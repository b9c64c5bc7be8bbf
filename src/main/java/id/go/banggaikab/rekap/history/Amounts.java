package id.go.banggaikab.rekap.history;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Rupiah amounts kept exactly: a NUMERIC column on a database server, the decimal's text in SQLite (whose numbers
 * are binary floats: Rp 2.150.000.000,50 must come back to the cent).
 */
final class Amounts {

    private Amounts() {
    }

    /**
     * What to bind for an amount: the BigDecimal itself. PostgreSQL's driver sends it as a NUMERIC; SQLite's sends
     * its decimal text, which the TEXT column keeps as written.
     */
    static BigDecimal write(BigDecimal amount) {
        return amount;
    }

    static BigDecimal read(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
    }
}
