package com.cosellstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cosellstudio.app.Samples;
import com.cosellstudio.rules.ColumnGroup;
import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.security.AccessControlContext;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.control.DialogPane;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.util.Pair;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Dropping a file on the window opens it, like File ▸ Open. A headless test cannot drag from a
 * file manager, so the drag events are made here with a dragboard holding what the system would
 * put on it, and delivered to the window's scene as the toolkit delivers them.
 */
class DragAndDropTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void filesDraggedOverTheWindowAreAcceptedTextIsNot(FxRobot robot) {
        DragEvent files = deliver(robot, DragEvent.DRAG_OVER, Map.of(DataFormat.FILES, List.of(sample())));
        assertEquals(TransferMode.COPY, files.getAcceptedTransferMode());

        DragEvent text = deliver(robot, DragEvent.DRAG_OVER, Map.of(DataFormat.PLAIN_TEXT, "Contoso"));
        assertNull(text.getAcceptedTransferMode());
    }

    @Test
    void aDroppedFileOpensInTheGrid(FxRobot robot) throws Exception {
        DragEvent drop = deliver(robot, DragEvent.DRAG_DROPPED, Map.of(DataFormat.FILES, List.of(sample())));
        assertTrue(drop.isDropCompleted());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().document().rows().size() == 40
                && Samples.path("deals-valid.csv").equals(window.viewModel().pathProperty().get()));
    }

    @Test
    void droppingOnUnsavedChangesAsksFirstAndCancelKeepsThem(FxRobot robot) throws Exception {
        robot.clickOn("#add-solution");
        int solutions = window.viewModel().document().layout().groupCount(ColumnGroup.SOLUTION);
        // The question is modal: deliver the drop without waiting for the answer.
        WaitForAsyncUtils.asyncFx(() -> Event.fireEvent(window.scene(),
                drag(DragEvent.DRAG_DROPPED, Map.of(DataFormat.FILES, List.of(sample())))));
        DialogPane question = dialog(robot);
        robot.clickOn(question.lookupButton(question.getButtonTypes().get(2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(solutions, window.viewModel().document().layout().groupCount(ColumnGroup.SOLUTION));
        assertTrue(window.viewModel().undoStack().isDirty(), "the added column is still there, unsaved");
        assertNull(window.viewModel().pathProperty().get());
    }

    private static File sample() {
        return Samples.path("deals-valid.csv").toFile();
    }

    /** Makes the event on the FX thread (a dragboard must be made there), delivers it and returns it. */
    private DragEvent deliver(FxRobot robot, javafx.event.EventType<DragEvent> type, Map<DataFormat, Object> content) {
        DragEvent[] event = new DragEvent[1];
        robot.interact(() -> {
            event[0] = drag(type, content);
            Event.fireEvent(window.scene(), event[0]);
        });
        return event[0];
    }

    private static DragEvent drag(javafx.event.EventType<DragEvent> type, Map<DataFormat, Object> content) {
        Dragboard dragboard = DragboardHelper.createDragboard(new SystemDragboard(content));
        return new DragEvent(type, dragboard, 100, 100, 100, 100, TransferMode.COPY, null, null, null);
    }

    /** What the system's drag-and-drop puts on the dragboard: fixed content, copying allowed. */
    private static final class SystemDragboard implements TKClipboard {
        private final Map<DataFormat, Object> content;

        SystemDragboard(Map<DataFormat, Object> content) {
            this.content = new HashMap<>(content);
        }

        @Override
        public void setSecurityContext(AccessControlContext context) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return content.keySet();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... items) {
            return false;
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return EnumSet.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offsetX) {
        }

        @Override
        public void setDragViewOffsetY(double offsetY) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
