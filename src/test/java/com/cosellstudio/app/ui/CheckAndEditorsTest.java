package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.model.GridRow;
import com.cosellstudio.app.model.IssueList;
import com.cosellstudio.rules.AllowedValue;
import com.cosellstudio.rules.Severity;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Check button and issues panel, error navigation, and the editors by column kind. */
class CheckAndEditorsTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private TablePosition<GridRow, ?> focused() {
        return window.grid().node().getFocusModel().getFocusedCell();
    }

    /** F2 on a cell of a list column: the grid's list editor ({@code selector}) for that cell. */
    @SuppressWarnings("unchecked")
    /** Picks {@code value} in an open list editor, as a click on it would. */
    private static void choose(FxRobot robot, ComboBox<AllowedValue> list, AllowedValue value) {
        robot.interact(() -> {
            list.setValue(value);
            list.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void checkOpensTheIssuesPanelAndClickingAnIssueSelectsItsCell(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-with-errors.csv", 60);
        assertTrue(robot.lookup("#issues-panel").tryQuery().isEmpty(), "no panel before Check");

        robot.clickOn("#deal-grid");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#issues-table").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<IssueList.Entry> issues = robot.lookup("#issues-table").queryTableView();
        int errors = window.viewModel().totals().errors();
        // Notes stay hidden while there are errors.
        assertEquals(errors + window.viewModel().totals().warnings(), issues.getItems().size());
        ToggleButton errorCount = robot.lookup("#issues-show-error").queryAs(ToggleButton.class);
        assertTrue(errorCount.getText().startsWith(errors + " errors"), errorCount.getText());
        ListView<?> byColumn = robot.lookup("#issues-by-column").queryListView();
        assertFalse(byColumn.getItems().isEmpty());

        // Click the issue of row 48 (Customer Country): the grid selects that cell.
        IssueList.Entry country = issues.getItems().stream()
                .filter(entry -> entry.rowNumber() != null && entry.rowNumber() == 48
                        && "Customer Country".equals(entry.issue().column()))
                .findFirst().orElseThrow();
        int index = issues.getItems().indexOf(country);
        robot.interact(() -> issues.scrollTo(index));
        Node line = robot.lookup("#issues-table .table-row-cell").match((javafx.scene.control.TableRow<?> row) ->
                row.getIndex() == index).query();
        robot.clickOn(line);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(47, focused().getRow());
        assertEquals(column("Customer Country"), focused().getTableColumn().getUserData());

        // F8 goes to the next error after it, Shift+F8 comes back.
        robot.clickOn("#deal-grid");
        robot.interact(() -> window.grid().select(47, column("Customer Country")));
        robot.type(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        GridRow next = window.grid().node().getItems().get(focused().getRow());
        int nextColumn = (Integer) focused().getTableColumn().getUserData();
        assertTrue(next.number() > 48, "next error is below row 48: " + next.number());
        assertTrue(next.issuesAt(nextColumn).stream().anyMatch(issue -> issue.severity() == Severity.ERROR));
        robot.press(KeyCode.SHIFT).type(KeyCode.F8).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(47, focused().getRow());

        // Only rows with errors.
        robot.clickOn("#errors-only");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(window.viewModel().totals().rowsWithErrorsProperty().get(), window.grid().node().getItems().size());
        assertTrue(window.grid().node().getItems().stream().allMatch(GridRow::hasErrors));
    }

    @Test
    void f2OnAStatusOpensTheListAndTheChoiceIsWritten(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-valid.csv", 40);
        ComboBox<AllowedValue> combo = openList(robot, 3, "Partner Referral Substatus", ".combo-box");
        assertNotNull(combo);
        assertTrue(combo.getItems().stream().anyMatch(value -> value.value().equals("Declined")));
        choose(robot, combo, combo.getItems().stream().filter(value -> value.value().equals("Declined")).findFirst().orElseThrow());
        assertEquals("Declined", value(3, "Partner Referral Substatus"));
        // Declined needs a reason: the reason cell of that row turns red right away.
        assertTrue(cell(robot, 3, "Declined/Lost reason").getPseudoClassStates().contains(ERROR)
                || cell(robot, 3, "Partner Referral Substatus").getPseudoClassStates().contains(ERROR));

        ComboBox<AllowedValue> reasons = openList(robot, 3, "Declined/Lost reason", ".combo-box");
        String shown = reasons.getConverter().toString(reasons.getItems().get(5));
        assertEquals("6 \u2014 Proposed time line was too short", shown);
        choose(robot, reasons, reasons.getItems().get(5));
        assertEquals("6", value(3, "Declined/Lost reason"));
    }

    @Test
    void countriesComeInASearchableList(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-valid.csv", 40);
        ComboBox<AllowedValue> countries = openList(robot, 8, "Customer Country", ".searchable-combo-box");
        AllowedValue germany = countries.getItems().stream()
                .filter(value -> value.value().equals("DE")).findFirst().orElseThrow();
        assertEquals("DE \u2014 Germany", countries.getConverter().toString(germany));
        choose(robot, countries, germany);
        assertEquals("DE", value(8, "Customer Country"));
    }

    @Test
    void typingADateIsWrittenAsMonthDayYearAndEscCancels(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-valid.csv", 40);
        String before = value(4, "Estimated Close Date");
        robot.clickOn(cell(robot, 4, "Estimated Close Date"));
        robot.write("03/07/2029");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3/7/2029", value(4, "Estimated Close Date"));

        robot.clickOn(cell(robot, 5, "Customer City"));
        String city = value(5, "Customer City");
        robot.write("Nowhere");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(city, value(5, "Customer City"), "Esc cancels the edit");
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", value(5, "Customer City"), "Delete clears the cell");
        assertFalse(before.isEmpty());
    }

    @Test
    void theTeamMemberFormChecksEachFieldAndWritesThePackedCell(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-valid.csv", 40);
        robot.clickOn(cell(robot, 2, "Team member 2"));
        robot.type(KeyCode.F2);
        DialogPane form = dialog(robot);
        TextField first = robot.lookup("#part-firstName").queryAs(TextField.class);
        TextField last = robot.lookup("#part-lastName").queryAs(TextField.class);
        TextField mobile = robot.lookup("#part-mobile").queryAs(TextField.class);
        TextField email = robot.lookup("#part-email").queryAs(TextField.class);
        robot.interact(() -> {
            first.setText("Ana");
            last.setText("Lima");
            mobile.setText("+55 11 5555 0100");
            email.setText("ana.lima@example");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Button ok = (Button) form.lookupButton(form.getButtonTypes().get(0));
        assertTrue(ok.isDisabled(), "an invalid e-mail keeps OK disabled");

        robot.interact(() -> email.setText("ana.lima@example.com"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(ok.isDisabled());
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ana, Lima, +55 11 5555 0100, ana.lima@example.com", value(2, "Team member 2"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(value(2, "Team member 2").startsWith("Ana"), "one undo step");
    }

    @Test
    void headerTooltipsGiveTheColumnRule(FxRobot robot) throws TimeoutException {
        openSample(robot, "deals-valid.csv", 40);
        String help = columnHelp(robot, "Partner Referral Status");
        assertTrue(help.contains("Required") && help.contains("New") && help.contains("Closed"), help);
    }
}
