package com.cosellstudio.rules;

import java.util.List;

/**
 * The outcome of checking a whole file.
 *
 * @param issues         every issue, file-level first, then by row and column
 * @param rows           records under the header, blank ones included
 * @param create         non-blank rows with an empty Referral ID (they create deals)
 * @param update         non-blank rows with a Referral ID (they update deals)
 * @param rowsWithErrors rows with at least one error
 * @param errors         number of issues of severity error
 * @param warnings       number of issues of severity warning
 * @param infos          number of issues of severity info
 */
public record CheckResult(List<Issue> issues, int rows, int create, int update, int rowsWithErrors,
                          int errors, int warnings, int infos) {
    public CheckResult {
        issues = List.copyOf(issues);
    }

    public boolean hasErrors() {
        return errors > 0;
    }
}
