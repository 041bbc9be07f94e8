package com.cosellstudio.app.view;

import com.cosellstudio.app.UiText;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.model.IssueTotals;
import com.cosellstudio.app.task.TaskRunner;
import com.cosellstudio.roundtrip.Baseline;
import com.cosellstudio.rules.TemplateRevision;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;

/**
 * The status bar (ControlsFX): the message of the grid's focused cell first; what was detected about the file (format, encoding, delimiter) or the
 * running job with its progress on the left; deals, to create, to update, errors, warnings and the
 * upload limit and the template revision on the right, all bound to the view model's running totals.
 */
public final class StatusBarView {
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over-limit");
    private static final PseudoClass NONZERO = PseudoClass.getPseudoClass("nonzero");

    private final StatusBar bar = new StatusBar();
    private final UiText text;
    private final DocumentViewModel viewModel;

    public StatusBarView(DocumentViewModel viewModel, TaskRunner tasks, UiText text, Node cellMessage) {
        this.text = text;
        this.viewModel = viewModel;
        bar.setId("status-bar");
        bar.getLeftItems().setAll(cellMessage);
        IssueTotals totals = viewModel.totals();

        bar.textProperty().bind(Bindings.createStringBinding(() -> {
            // Both read on every pass, busy or not: a lazy property tells only the change after a read.
            String source = SourceText.describe(text, viewModel.pathProperty().get(), viewModel.sourceProperty().get());
            return tasks.busyProperty().get() ? tasks.titleProperty().get() : source;
        },
                tasks.busyProperty(), tasks.titleProperty(), viewModel.pathProperty(), viewModel.sourceProperty()));
        bar.progressProperty().bind(Bindings.when(tasks.busyProperty())
                .then(tasks.progressProperty()).otherwise(0.0));

        Label deals = count("status-deals", "status.deals", totals.dealsProperty());
        Label create = count("status-create", "status.create", totals.createProperty());
        Label update = count("status-update", "status.update", totals.updateProperty());
        Label errors = count("status-errors", "status.errors", totals.errorsProperty());
        errors.getStyleClass().add("status-errors");
        totals.errorsProperty().addListener((obs, old, now) -> errors.pseudoClassStateChanged(NONZERO, now.intValue() > 0));
        Label warnings = count("status-warnings", "status.warnings", totals.warningsProperty());
        warnings.getStyleClass().add("status-warnings");
        totals.warningsProperty().addListener((obs, old, now) -> warnings.pseudoClassStateChanged(NONZERO, now.intValue() > 0));
        // The limit and the template revision are the layout's: they change with the header.
        ReadOnlyIntegerProperty columns = viewModel.document().columnsRevisionProperty();
        Label limit = label("status-limit");
        limit.getStyleClass().add("status-limit");
        limit.textProperty().bind(Bindings.createStringBinding(
                () -> text.format("status.limit", totals.dealsProperty().get(), viewModel.dealLimit()),
                totals.dealsProperty(), columns));
        Tooltip limitTip = new Tooltip();
        limitTip.textProperty().bind(Bindings.createStringBinding(
                () -> text.format("status.limit.tooltip", viewModel.dealLimit()), columns));
        limit.setTooltip(limitTip);
        Runnable overLimit = () -> limit.pseudoClassStateChanged(OVER,
                totals.dealsProperty().get() > viewModel.dealLimit());
        totals.dealsProperty().addListener((obs, old, now) -> overLimit.run());
        columns.addListener((obs, old, now) -> overLimit.run());

        Label template = label("status-template");
        template.getStyleClass().add("status-template");
        template.textProperty().bind(Bindings.createStringBinding(() -> describeTemplate(false), columns));
        Tooltip templateTip = new Tooltip();
        templateTip.textProperty().bind(Bindings.createStringBinding(() -> describeTemplate(true), columns));
        template.setTooltip(templateTip);

        // Against a baseline: how many deals a changed-rows-only upload would carry.
        Label changed = label("status-changed");
        changed.getStyleClass().add("status-changed");
        changed.textProperty().bind(Bindings.createStringBinding(
                () -> text.format("status.changed", totals.changedRowsProperty().get(), totals.newRowsProperty().get()),
                totals.changedRowsProperty(), totals.newRowsProperty()));
        Tooltip baselineTip = new Tooltip();
        baselineTip.textProperty().bind(Bindings.createStringBinding(() -> {
            Baseline baseline = viewModel.document().baselineProperty().get();
            return baseline == null || baseline.source() == null ? ""
                    : text.format("status.changed.tooltip", baseline.source().getFileName().toString(), baseline.size());
        }, viewModel.document().baselineProperty()));
        changed.setTooltip(baselineTip);
        Label rejected = count("status-rejected", "status.rejected", totals.rejectedRowsProperty());
        rejected.getStyleClass().add("status-rejected");

        Separator changedSeparator = separator();
        Separator rejectedSeparator = separator();
        var hasBaseline = viewModel.document().baselineProperty().isNotNull();
        var hasRejected = totals.rejectedRowsProperty().greaterThan(0);
        for (Node node : List.of(changed, changedSeparator)) {
            node.visibleProperty().bind(hasBaseline);
            node.managedProperty().bind(hasBaseline);
        }
        for (Node node : List.of(rejected, rejectedSeparator)) {
            node.visibleProperty().bind(hasRejected);
            node.managedProperty().bind(hasRejected);
        }

        // Beside the progress: stops reading a file (Esc does the same).
        Button cancel = new Button(text.get("button.cancelTask"));
        cancel.setId("cancel-task");
        cancel.setTooltip(new Tooltip(text.get("button.cancelTask.tip")));
        cancel.setOnAction(event -> tasks.cancel());
        cancel.visibleProperty().bind(tasks.cancellableProperty());
        cancel.managedProperty().bind(tasks.cancellableProperty());

        bar.getRightItems().setAll(cancel, changed, changedSeparator, rejected, rejectedSeparator, deals, separator(), create,
                separator(), update, separator(), errors, separator(), warnings, separator(), limit, separator(),
                template);
    }

    private static Label label(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("status-item");
        // The counts are never cut short: a long cell message on the left gives way instead.
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A status item that shows one count through its pattern in the bundle. */
    private Label count(String id, String patternKey, ReadOnlyIntegerProperty value) {
        Label label = label(id);
        label.textProperty().bind(Bindings.createStringBinding(() -> text.format(patternKey, value.get()), value));
        return label;
    }

    private static Separator separator() {
        return new Separator(javafx.geometry.Orientation.VERTICAL);
    }

    /**
     * "2023 template" and, for the tooltip, how that was decided (told by the header, assumed,
     * chosen in Check ▸ Template).
     */
    private String describeTemplate(boolean how) {
        if (!viewModel.hasDocument()) {
            return "";
        }
        TemplateRevision revision = viewModel.document().layout().revision();
        return how ? text.format("status.template." + revision.basis().name().toLowerCase(Locale.ROOT), revision.id())
                : text.format("status.template", revision.id(), revision.basis() == TemplateRevision.Basis.ASSUMED ? 1 : 0);
    }

    public Node node() {
        return bar;
    }
}
