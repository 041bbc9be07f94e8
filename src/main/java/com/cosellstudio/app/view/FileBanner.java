package com.cosellstudio.app.view;

import com.cosellstudio.app.UiText;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.model.Notice;
import com.cosellstudio.rules.Issue;
import com.cosellstudio.rules.Severity;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The banner above the grid: problems of the file as a whole (over 1,000 deals, a missing column,
 * a 51st solution) and the latest notice (an action that was refused, a file saved), with the button
 * of the action that resolves it when the notice has one. Hidden when there is none.
 */
public final class FileBanner {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final VBox root = new VBox();
    private final VBox fileIssues = new VBox();
    private final HBox notice = new HBox(8);
    private final Label noticeText = new Label();
    private final Button noticeAction = new Button();
    private final DocumentViewModel viewModel;
    private final UiText text;
    private final Function<Issue, String> messages;

    public FileBanner(DocumentViewModel viewModel, UiText text, Function<Issue, String> messages) {
        this.viewModel = viewModel;
        this.text = text;
        this.messages = messages;
        root.setId("file-banner");
        root.getStyleClass().add("file-banner");
        fileIssues.getStyleClass().add("file-issues");

        noticeText.setId("notice-text");
        noticeText.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button dismiss = new Button(text.get("banner.dismiss"));
        dismiss.setId("notice-dismiss");
        dismiss.setOnAction(event -> viewModel.noticeProperty().set(null));
        noticeAction.setId("notice-action");
        noticeAction.setOnAction(event -> {
            Notice acted = viewModel.noticeProperty().get();
            viewModel.noticeProperty().set(null);
            if (acted != null && acted.action() != null) {
                acted.action().run();
            }
        });
        notice.getChildren().setAll(noticeText, spacer, noticeAction, dismiss);
        notice.setAlignment(Pos.CENTER_LEFT);
        notice.getStyleClass().add("notice");

        viewModel.document().documentIssues().addListener((ListChangeListener<Issue>) change -> refresh());
        viewModel.noticeProperty().addListener((obs, old, now) -> refresh());
        root.getChildren().setAll(notice, fileIssues);
        refresh();
    }

    private void refresh() {
        fileIssues.getChildren().clear();
        for (Issue issue : viewModel.document().documentIssues()) {
            if (issue.severity() == Severity.INFO) {
                continue;
            }
            Label line = new Label(messages.apply(issue));
            line.setWrapText(true);
            line.getStyleClass().add("file-issue");
            line.pseudoClassStateChanged(ERROR, issue.severity() == Severity.ERROR);
            line.pseudoClassStateChanged(WARNING, issue.severity() == Severity.WARNING);
            fileIssues.getChildren().add(line);
        }
        Notice current = viewModel.noticeProperty().get();
        noticeText.setText(current == null ? "" : text.format(current.key(), current.args().toArray()));
        boolean acts = current != null && current.actionKey() != null;
        noticeAction.setText(acts ? text.get(current.actionKey()) : "");
        show(noticeAction, acts);
        show(notice, current != null);
        show(fileIssues, !fileIssues.getChildren().isEmpty());
        show(root, current != null || !fileIssues.getChildren().isEmpty());
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    public Node node() {
        return root;
    }
}
