package com.cosellstudio.rules;

import com.cosellstudio.domain.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The checks that need the whole file: header issues, TOO_MANY_ROWS, DUPLICATE_REFERRAL. */
final class FileChecks {

    /** Other rows named in a DUPLICATE_REFERRAL message; the count says how many there are in all. */
    private static final int MAX_ROWS_SHOWN = 5;

    private FileChecks() {
    }

    static List<Issue> check(CompiledLayout layout, List<Row> rows) {
        List<Issue> issues = new ArrayList<>(layout.headerIssues());
        int deals = 0;
        for (Row row : rows) {
            if (!row.isBlank()) {
                deals++;
            }
        }
        int limit = layout.pack().rowLimit();
        if (deals > limit) {
            issues.add(new Issue(Severity.ERROR, Code.TOO_MANY_ROWS, null, null, null, null,
                    MessageKeys.TOO_MANY_ROWS, List.of(deals, limit), null));
        }
        issues.addAll(duplicateReferrals(layout, rows));
        return issues;
    }

    /** The first few other rows with the same ID ("4, 7"; "4, 7, 9, 12, 15, …"), so a message stays short. */
    private static String otherRows(List<Integer> at, int self) {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (int other : at) {
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

    /**
     * The key DUPLICATE_REFERRAL groups a row under: its Referral ID trimmed, case ignored; null for
     * a row that takes no part (blank, no ID, or no Referral ID column at {@code column} &lt; 0).
     */
    static String referralKey(int column, Row row) {
        if (column < 0) {
            return null;
        }
        String id = row.get(column).strip();
        return id.isEmpty() || row.isBlank() ? null : id.toLowerCase(Locale.ROOT);
    }

    static String referralKey(CompiledLayout layout, Row row) {
        return referralKey(layout.referralIndex(), row);
    }

    /** Every row whose Referral ID (trimmed, case ignored) another row also has. */
    private static List<Issue> duplicateReferrals(CompiledLayout layout, List<Row> rows) {
        int column = layout.referralIndex();
        if (column < 0) {
            return List.of();
        }
        Map<String, List<Integer>> rowsById = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            String key = referralKey(column, rows.get(r));
            if (key != null) {
                rowsById.computeIfAbsent(key, k -> new ArrayList<>(1)).add(r + 1);
            }
        }
        List<Issue> issues = new ArrayList<>();
        for (List<Integer> at : rowsById.values()) {
            if (at.size() < 2) {
                continue;
            }
            for (int rowNumber : at) {
                String raw = rows.get(rowNumber - 1).get(column);
                issues.add(new Issue(Severity.ERROR, Code.DUPLICATE_REFERRAL, rowNumber, null, null, raw,
                        MessageKeys.DUPLICATE_REFERRAL, List.of(raw.strip(), otherRows(at, rowNumber), at.size() - 1),
                        null));
            }
        }
        return issues;
    }
}
