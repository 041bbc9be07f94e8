package com.cosellstudio.app.model;

import com.cosellstudio.roundtrip.RowState;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.Severity;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Counts the status bar shows, kept up to date by deltas as rows are re-checked, added or removed,
 * so an edit never recounts the whole file. The deltas go into plain fields; {@link #publish()}
 * copies them into the observable properties once per change, so loading 100,000 rows notifies the
 * status bar once, not 700,000 times.
 */
public final class IssueTotals {
    private int errorCount;
    private int warningCount;
    private int infoCount;
    private int rowsWithErrorCount;
    private int createCount;
    private int updateCount;
    private int changedCount;
    private int newCount;
    private int rejectedCount;

    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper(this, "errors");
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper(this, "warnings");
    private final ReadOnlyIntegerWrapper infos = new ReadOnlyIntegerWrapper(this, "infos");
    private final ReadOnlyIntegerWrapper rowsWithErrors = new ReadOnlyIntegerWrapper(this, "rowsWithErrors");
    private final ReadOnlyIntegerWrapper create = new ReadOnlyIntegerWrapper(this, "create");
    private final ReadOnlyIntegerWrapper update = new ReadOnlyIntegerWrapper(this, "update");
    private final ReadOnlyIntegerWrapper deals = new ReadOnlyIntegerWrapper(this, "deals");
    private final ReadOnlyIntegerWrapper changedRows = new ReadOnlyIntegerWrapper(this, "changedRows");
    private final ReadOnlyIntegerWrapper newRows = new ReadOnlyIntegerWrapper(this, "newRows");
    private final ReadOnlyIntegerWrapper rejectedRows = new ReadOnlyIntegerWrapper(this, "rejectedRows");

    void reset() {
        errorCount = 0;
        warningCount = 0;
        infoCount = 0;
        rowsWithErrorCount = 0;
        createCount = 0;
        updateCount = 0;
        changedCount = 0;
        newCount = 0;
        rejectedCount = 0;
    }

    /** Adds ({@code sign} = 1) or removes ({@code sign} = -1) what one row contributes. */
    void add(GridRow row, int sign) {
        errorCount += sign * row.errorCount();
        warningCount += sign * row.warningCount();
        infoCount += sign * row.infoCount();
        if (row.hasErrors()) {
            rowsWithErrorCount += sign;
        }
        if (row.kind() == RowKind.CREATE) {
            createCount += sign;
        } else if (row.kind() == RowKind.UPDATE) {
            updateCount += sign;
        }
        RowState state = row.baselineState();
        if (state == RowState.CHANGED) {
            changedCount += sign;
        } else if (state == RowState.NEW) {
            newCount += sign;
        }
        if (row.isRejected()) {
            rejectedCount += sign;
        }
    }

    /** Adds or removes issues that belong to no row (header problems, too many deals). */
    void addDocumentIssues(List<Issue> issues, int sign) {
        for (Issue issue : issues) {
            if (issue.severity() == Severity.ERROR) {
                errorCount += sign;
            } else if (issue.severity() == Severity.WARNING) {
                warningCount += sign;
            } else {
                infoCount += sign;
            }
        }
    }

    /** Makes the counts visible to observers; called once at the end of every change. */
    void publish() {
        errors.set(errorCount);
        warnings.set(warningCount);
        infos.set(infoCount);
        rowsWithErrors.set(rowsWithErrorCount);
        create.set(createCount);
        update.set(updateCount);
        deals.set(createCount + updateCount);
        changedRows.set(changedCount);
        newRows.set(newCount);
        rejectedRows.set(rejectedCount);
    }

    /** Rows whose deal is in the baseline and differs from it (0 without a baseline). */
    public ReadOnlyIntegerProperty changedRowsProperty() {
        return changedRows.getReadOnlyProperty();
    }

    /** Non-blank rows the baseline lacks: the deals a changed-rows-only upload creates (0 without a baseline). */
    public ReadOnlyIntegerProperty newRowsProperty() {
        return newRows.getReadOnlyProperty();
    }

    /** Rows Partner Center rejected in the processed file the document was opened from. */
    public ReadOnlyIntegerProperty rejectedRowsProperty() {
        return rejectedRows.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty infosProperty() {
        return infos.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty rowsWithErrorsProperty() {
        return rowsWithErrors.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty createProperty() {
        return create.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty updateProperty() {
        return update.getReadOnlyProperty();
    }

    /** Non-blank rows: the deals an upload would send. */
    public ReadOnlyIntegerProperty dealsProperty() {
        return deals.getReadOnlyProperty();
    }

    public int errors() {
        return errors.get();
    }

    public int warnings() {
        return warnings.get();
    }

    public int deals() {
        return deals.get();
    }
}
