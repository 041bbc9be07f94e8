package com.cosellstudio.app;

import com.cosellstudio.app.view.MainWindow;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * The finish line of the launch benchmark ({@code LaunchBench} in the tests). With
 * {@code -Dcosellstudio.startupTrace=true} the window prints one line to standard error:
 * {@code startup: grid interactive} right after the first layout pulse in which the grid shows the
 * file named on the command line (or the empty template), or {@code startup: failed} when that file
 * cannot be read. Why standard error: the benchmark times the whole {@code java -jar} process as a
 * user starts it, and the process's own output is the only thing it can watch; so this is the one
 * place in the window allowed to write there.
 * Without the property nothing is watched and nothing printed.
 */
final class StartupTrace {
    static final String PROPERTY = "cosellstudio.startupTrace";
    static final String INTERACTIVE = "startup: grid interactive";
    static final String FAILED = "startup: failed";

    private final Scene scene;
    /** One line per launch: a failure, or a later file opened by hand, must not add a second. */
    private final AtomicBoolean told = new AtomicBoolean();

    private StartupTrace(Scene scene) {
        this.scene = scene;
    }

    /** Watches the launch of {@code window} when the property asks for it; call right after it is shown. */
    static void watchIfRequested(MainWindow window, Startup startup) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        StartupTrace trace = new StartupTrace(window.scene());
        if (startup.file() == null) {
            trace.tellAfterNextLayout(); // the template is in the grid already
            return;
        }
        // As UiBench measures it: the document is in the view model once its path changes.
        window.viewModel().pathProperty().addListener(new ChangeListener<Path>() {
            @Override
            public void changed(ObservableValue<? extends Path> path, Path old, Path now) {
                path.removeListener(this);
                trace.tellAfterNextLayout();
            }
        });
        startup.firstDocument().whenComplete((loaded, failure) -> {
            if (failure != null) {
                trace.tell(FAILED);
            }
        });
    }

    private void tellAfterNextLayout() {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            tell(INTERACTIVE);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private void tell(String line) {
        if (told.compareAndSet(false, true)) {
            System.err.println(line);
            System.err.flush();
        }
    }
}
