package com.cosellstudio.app.editors;

import com.cosellstudio.app.DialogFocus;
import com.cosellstudio.app.UiText;
import com.cosellstudio.rules.Issue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The form for a Solution or Team member cell: one field per part, each checked as the user types
 * by the same rule engine that checks the grid (the cell is re-packed and checked in its row), with
 * ControlsFX decorations on the field a message is about. OK stays disabled while the cell has an
 * error, so the form never writes a cell the checks would reject.
 */
public final class PackedCellDialog {
    /** Checks a packed cell value in its row: issues on that cell. */
    public interface CellCheck {
        List<Issue> check(String value);
    }

    private final UiText text;
    private final Function<Issue, String> messages;

    public PackedCellDialog(UiText text, Function<Issue, String> messages) {
        this.text = text;
        this.messages = messages;
    }

    /**
     * Shows the form and waits.
     *
     * @param title the column ("Solution 2")
     * @return the packed cell, or empty when cancelled
     */
    public Optional<String> show(Window owner, String title, PackedParts parts, String value, CellCheck check) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(text.format("form.header", title));
        ButtonType ok = new ButtonType(text.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().getStyleClass().add("packed-cell-form");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints(260);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);

        String[] initial = parts.split(value);
        List<TextField> inputs = new ArrayList<>();
        for (int i = 0; i < parts.names().size(); i++) {
            String name = parts.names().get(i);
            Label label = new Label(text.get("form.part." + name));
            TextField field = new TextField(initial[i]);
            field.setId("part-" + name);
            field.setPromptText(text.get("form.prompt." + name));
            label.setLabelFor(field);
            grid.addRow(i, label, field);
            inputs.add(field);
        }
        Label cellMessage = new Label();
        cellMessage.getStyleClass().add("form-message");
        cellMessage.setWrapText(true);
        grid.add(cellMessage, 0, inputs.size(), 2, 1);
        dialog.getDialogPane().setContent(grid);

        // The cell is checked once per change (refresh, below); every field's validator reads that result.
        ObjectProperty<List<Issue>> latest = new SimpleObjectProperty<>(List.of());
        ValidationSupport validation = new ValidationSupport();
        for (int i = 0; i < inputs.size(); i++) {
            int part = i;
            TextField input = inputs.get(i);
            validation.registerValidator(input, false, (Control control, String typed) -> {
                ValidationResult result = new ValidationResult();
                String comma = commaMessage(parts, part, typed);
                if (comma != null) {
                    result.add(ValidationMessage.error(input, comma));
                }
                for (Issue issue : latest.get()) {
                    if (parts.partOf(issue) == part) {
                        result.add(message(input, issue));
                    }
                }
                return result;
            });
        }
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        Runnable refresh = () -> {
            String[] typed = values(inputs);
            StringBuilder general = new StringBuilder();
            for (int part = 0; part < typed.length; part++) {
                String comma = commaMessage(parts, part, typed[part]);
                if (comma != null) {
                    general.append(general.length() == 0 ? "" : "\n").append(comma);
                }
            }
            // A comma in a field would cut the cell elsewhere than the fields do: what the checks
            // would say of that cell is beside the point until the comma is gone.
            boolean commas = general.length() > 0;
            List<Issue> issues = commas ? List.of() : check.check(parts.join(typed));
            latest.set(issues);
            boolean errors = issues.stream().anyMatch(issue -> issue.severity() == com.cosellstudio.rules.Severity.ERROR);
            okButton.setDisable(commas || errors);
            for (Issue issue : issues) {
                if (parts.partOf(issue) < 0) {
                    general.append(general.length() == 0 ? "" : "\n").append(messages.apply(issue));
                }
            }
            cellMessage.setText(general.toString());
            // Every field's decoration depends on the whole cell: revalidate them all together.
            validation.revalidate();
        };
        for (TextField input : inputs) {
            input.textProperty().addListener((obs, old, now) -> refresh.run());
        }
        refresh.run();
        dialog.setResultConverter(button -> button == ok ? parts.join(values(inputs)) : null);
        DialogFocus.onOpen(dialog);
        return dialog.showAndWait();
    }

    /** What the form says of a comma in a field's text, or null when it has none. */
    private String commaMessage(PackedParts parts, int part, String typed) {
        PackedParts.FieldProblem problem = parts.problemOf(part, typed);
        if (problem == null) {
            return null;
        }
        String field = text.get("form.part." + parts.names().get(part));
        return problem.kind() == PackedParts.FieldProblem.Kind.DECIMAL_COMMA
                ? text.format("form.decimalComma", field, problem.text(), problem.suggestion())
                : text.format("form.comma", field, problem.text());
    }

    private ValidationMessage message(TextField field, Issue issue) {
        String line = messages.apply(issue);
        return issue.severity() == com.cosellstudio.rules.Severity.ERROR
                ? ValidationMessage.error(field, line) : ValidationMessage.warning(field, line);
    }

    private static String[] values(List<TextField> inputs) {
        String[] values = new String[inputs.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = inputs.get(i).getText();
        }
        return values;
    }
}
