package com.cosellstudio.app.model;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Counts the status bar shows, kept up to date by deltas as rows are re-checked, added or removed,
 * so an edit never recounts the whole file.
 */
public final class IssueTotals {
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper(this, "errors");
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper(this, "warnings");
    private final ReadOnlyIntegerWrapper infos = new ReadOnlyIntegerWrapper(this, "infos");
    private final ReadOnlyIntegerWrapper rowsWithErrors = new ReadOnlyIntegerWrapper(this, "rowsWithErrors");
    private final ReadOnlyIntegerWrapper create = new ReadOnlyIntegerWrapper(this, "create");
    private final ReadOnlyIntegerWrapper update = new ReadOnlyIntegerWrapper(this, "update");
    private final ReadOnlyIntegerWrapper deals = new ReadOnlyIntegerWrapper(this, "deals");

    void reset() {
        errors.set(0);
        warnings.set(0);
        infos.set(0);
        rowsWithErrors.set(0);
        create.set(0);
        update.set(0);
        deals.set(0);
    }

    /** Adds ({@code sign} = 1) or removes ({@code sign} = -1) what one row contributes. */
    void add(GridRow row, int sign) {
        errors.set(errors.get() + sign * row.errorCount());
        warnings.set(warnings.get() + sign * row.warningCount());
        infos.set(infos.get() + sign * row.infoCount());
        if (row.hasErrors()) {
            rowsWithErrors.set(rowsWithErrors.get() + sign);
        }
        if (row.kind() == RowKind.CREATE) {
            create.set(create.get() + sign);
        } else if (row.kind() == RowKind.UPDATE) {
            update.set(update.get() + sign);
        }
        deals.set(create.get() + update.get());
    }

    /** Adds or removes issues that belong to no row (header problems, too many deals). */
    void addDocumentIssues(int errorCount, int warningCount, int infoCount, int sign) {
        errors.set(errors.get() + sign * errorCount);
        warnings.set(warnings.get() + sign * warningCount);
        infos.set(infos.get() + sign * infoCount);
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
