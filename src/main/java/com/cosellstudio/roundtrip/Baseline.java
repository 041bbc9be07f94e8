package com.cosellstudio.roundtrip;

import com.cosellstudio.domain.BulkFile;
import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.ColumnLayout;
import com.cosellstudio.rules.ColumnRole;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The values of a Partner Center export, kept so that a document edited from it can tell which
 * deals it creates, which it changes (and how) and which it leaves alone. Deals are matched by
 * Referral ID (see {@link ReferralIds}); columns by canonical name, so an edited file whose columns
 * were reordered, added or removed still compares cell by cell.
 *
 * <p>A baseline is immutable; compare a document against it through {@link #against(ColumnLayout)}.
 */
public final class Baseline {
    private final Path source;
    private final Map<String, BaselineRow> byReferralId;

    private Baseline(Path source, Map<String, BaselineRow> byReferralId) {
        this.source = source;
        this.byReferralId = byReferralId;
    }

    /**
     * Takes the deals of an export. Rows without a Referral ID are not deals Partner Center knows and
     * are left out; when an ID occurs twice (a broken export) the first occurrence is the baseline.
     *
     * @param export the export as read
     * @param layout its header resolved by the rule engine
     */
    public static Baseline of(BulkFile export, ColumnLayout layout) {
        int referralColumn = layout.indexOf(ColumnRole.REFERRAL_ID);
        Map<String, BaselineRow> rows = new HashMap<>();
        if (referralColumn >= 0) {
            String[] keys = new String[layout.size()];
            for (int c = 0; c < keys.length; c++) {
                keys[c] = Columns.key(layout, c);
            }
            for (int i = 0; i < export.rowCount(); i++) {
                Row row = export.rows().get(i);
                String id = ReferralIds.key(row.get(referralColumn));
                if (id == null || rows.containsKey(id)) {
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (int c = 0; c < keys.length; c++) {
                    // The first of two columns with one name wins, as layout.indexOf() does.
                    values.putIfAbsent(keys[c], row.get(c));
                }
                rows.put(id, new BaselineRow(row.get(referralColumn).strip(), i + 1, values));
            }
        }
        return new Baseline(export.path(), rows);
    }

    /** The export this baseline was taken from, or null when it was never a file. */
    public Path source() {
        return source;
    }

    /** Number of deals (distinct Referral IDs) in the baseline. */
    public int size() {
        return byReferralId.size();
    }

    /** The deal with this Referral ID (case and surrounding white space ignored), or null. */
    public BaselineRow find(String referralId) {
        String key = ReferralIds.key(referralId);
        return key == null ? null : byReferralId.get(key);
    }

    /** A comparison of documents with this header against the baseline; build a new one after a column change. */
    public BaselineComparison against(ColumnLayout documentLayout) {
        return new BaselineComparison(this, documentLayout);
    }
}
