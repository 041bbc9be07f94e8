package com.cosellstudio.rules;

import com.cosellstudio.domain.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checks that need the whole file: header issues, TOO_MANY_ROWS, DUPLICATE_REFERRAL. Fed one
 * row at a time, so that a file read as a stream need not be held: only each Referral ID with the
 * rows that hold it, and the counts, are kept. {@link RuleEngine#checkFileLevel} and the whole-file
 * check ({@link CheckRun}) both go through here.
 */
final class FileLevelChecks {

    /** Other rows named in a DUPLICATE_REFERRAL message; the count says how many there are in all. */
    private static final int MAX_ROWS_SHOWN = 5;

    private final CompiledLayout layout;
    private final int referral;
    /** The rows of each Referral ID (trimmed, case ignored). */
    private final Map<String, Holders> rowsById = new HashMap<>();
    private int duplicated;
    private int create;
    private int update;

    FileLevelChecks(CompiledLayout layout) {
        this.layout = layout;
        this.referral = layout.referralIndex();
    }

    /** The whole-file answer for rows held in memory. */
    static List<Issue> check(CompiledLayout layout, List<Row> rows) {
        FileLevelChecks checks = new FileLevelChecks(layout);
        for (int r = 0; r < rows.size(); r++) {
            checks.add(rows.get(r), r + 1);
        }
        List<Issue> issues = checks.fileIssues();
        issues.addAll(checks.duplicateReferrals());
        return issues;
    }

    /** Takes note of row {@code rowNumber}; rows come in file order, blank ones included. */
    void add(Row row, int rowNumber) {
        if (row.isBlank()) {
            return;
        }
        String key = referralKey(referral, row);
        if (key == null) {
            create++;
            return;
        }
        update++;
        String raw = row.get(referral);
        Holders holders = rowsById.get(key);
        if (holders == null) {
            rowsById.put(key, new Holders(rowNumber, raw));
        } else {
            if (holders.count() == 1) {
                duplicated++;
            }
            holders.add(rowNumber, raw);
        }
    }

    /**
     * The key DUPLICATE_REFERRAL groups a row under: its Referral ID trimmed, case ignored; null for
     * a row that takes no part (blank, no ID, or no Referral ID column at {@code column} &lt; 0).
     * The grid uses it to re-check only the rows sharing an edited ID.
     */
    static String referralKey(int column, Row row) {
        if (column < 0) {
            return null;
        }
        String id = row.get(column).strip();
        return id.isEmpty() || row.isBlank() ? null : id.toLowerCase(Locale.ROOT);
    }

    /** Non-blank rows with an empty Referral ID (or no such column): they create deals. */
    int create() {
        return create;
    }

    /** Non-blank rows with a Referral ID: they update deals. */
    int update() {
        return update;
    }

    /** The issues of the file as a whole (no row): the header's, then TOO_MANY_ROWS. A new list. */
    List<Issue> fileIssues() {
        List<Issue> issues = new ArrayList<>(layout.headerIssues());
        int deals = create + update;
        int limit = layout.pack().rowLimit();
        if (deals > limit) {
            issues.add(new Issue(Severity.ERROR, Code.TOO_MANY_ROWS, null, null, null, null,
                    MessageKeys.TOO_MANY_ROWS, List.of(deals, limit), null));
        }
        return issues;
    }

    /** DUPLICATE_REFERRAL on the Referral ID cell of every row whose ID another row also has, in row order. */
    List<Issue> duplicateReferrals() {
        if (duplicated == 0) {
            return new ArrayList<>();
        }
        List<Issue> issues = new ArrayList<>();
        String column = layout.canonicalName(referral);
        for (Holders holders : rowsById.values()) {
            if (holders.count() < 2) {
                continue;
            }
            for (int i = 0; i < holders.count(); i++) {
                int rowNumber = holders.row(i);
                String raw = holders.raw(i);
                issues.add(new Issue(Severity.ERROR, Code.DUPLICATE_REFERRAL, rowNumber, column, referral, raw,
                        MessageKeys.DUPLICATE_REFERRAL,
                        List.of(raw.strip(), holders.otherRows(rowNumber), holders.count() - 1), null));
            }
        }
        issues.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return issues;
    }

    /** The rows holding one Referral ID, with the ID as each wrote it; small while the ID is unique. */
    private static final class Holders {
        private final int firstRow;
        private final String firstRaw;
        private List<Integer> moreRows;
        private List<String> moreRaws;

        Holders(int row, String raw) {
            firstRow = row;
            firstRaw = raw;
        }

        void add(int row, String raw) {
            if (moreRows == null) {
                moreRows = new ArrayList<>(1);
                moreRaws = new ArrayList<>(1);
            }
            moreRows.add(row);
            moreRaws.add(raw);
        }

        int count() {
            return moreRows == null ? 1 : 1 + moreRows.size();
        }

        int row(int i) {
            return i == 0 ? firstRow : moreRows.get(i - 1);
        }

        String raw(int i) {
            return i == 0 ? firstRaw : moreRaws.get(i - 1);
        }

        /** The first few other rows with the same ID ("4, 7"; "4, 7, 9, 12, 15, …"), so a message stays short. */
        String otherRows(int self) {
            StringBuilder text = new StringBuilder();
            int shown = 0;
            for (int i = 0; i < count(); i++) {
                int other = row(i);
                if (other == self) {
                    continue;
                }
                if (shown == MAX_ROWS_SHOWN) {
                    return text.append(", …").toString();
                }
                text.append(shown++ == 0 ? "" : ", ").append(other);
            }
            return text.toString();
        }
    }
}
