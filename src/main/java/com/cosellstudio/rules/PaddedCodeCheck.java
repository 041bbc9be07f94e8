package com.cosellstudio.rules;

import com.cosellstudio.domain.Row;
import com.cosellstudio.rules.pack.ExcelDamageRules;

/**
 * A code of a fixed number of digits that a spreadsheet took for a number and dropped the leading
 * zeros of: a US postal code {@code 2134} that was {@code 02134}. Which country the row is in is
 * another cell, so this is a cross-field rule bound to one layout's columns.
 */
final class PaddedCodeCheck implements CrossRule {
    private final int column;
    private final int country;
    private final int digits;
    private final String[] countries;

    PaddedCodeCheck(ExcelDamageRules.PaddedColumn rule, int column, int country) {
        this.column = column;
        this.country = country;
        this.digits = rule.digits();
        this.countries = rule.countries().toArray(new String[0]);
    }

    @Override
    public void apply(Row row, CellReporter out) {
        if (!CrossRule.usable(row, column, out) || !CrossRule.usable(row, country, out)
                || !CrossRule.cellIn(row, country, countries)) {
            return;
        }
        String raw = row.get(column);
        int from = Syntax.trimStart(raw, 0, raw.length());
        int to = Syntax.trimEnd(raw, from, raw.length());
        if (ExcelDamage.lostLeadingZeros(raw, from, to, to - from, digits)) {
            String padded = "0".repeat(digits - (to - from)) + raw.substring(from, to);
            out.at(column, raw);
            out.report(Severity.WARNING, Code.EXCEL_DAMAGE, MessageKeys.EXCEL_DAMAGE_POSTAL,
                    new Fix(padded, FixKind.POSTAL_CODE_PADDING), to - from, digits, padded);
        }
    }
}
