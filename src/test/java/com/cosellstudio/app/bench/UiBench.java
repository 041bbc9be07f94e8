package com.cosellstudio.app.bench;

import com.cosellstudio.app.DocumentFiles;
import com.cosellstudio.app.Startup;
import com.cosellstudio.app.StudioApplication;
import com.cosellstudio.app.model.GridRow;
import com.cosellstudio.app.look.LookStart;
import com.cosellstudio.app.prefs.LookPrefs;
import com.cosellstudio.app.prefs.RecentFiles;
import com.cosellstudio.app.view.MainWindow;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;

/**
 * The window's benchmark, on a real display (Xvfb is fine), in the window's own JVM: run it with
 * the options the window's native launcher gives its JVM ({@code installer/}):
 * <pre>
 *   mvn -q -B package -DskipTests &amp;&amp; mvn -q -B test-compile
 *   java -XX:TieredStopAtLevel=1 -cp target/cosell-studio.jar:target/test-classes com.cosellstudio.app.bench.UiBench 5000
 *   java -XX:TieredStopAtLevel=1 -Xmx600m -cp target/cosell-studio.jar:target/test-classes com.cosellstudio.app.bench.UiBench 100000
 * </pre>
 * The launch time as a user sees it (the whole {@code java -jar} command) is {@link LaunchBench}'s;
 * the launch time here is from this JVM's start. It measures: JVM start to the first layout pulse
 * showing the file's rows; one cell edit as the work it costs on the UI thread — the edit call with its re-check plus the
 * CSS and layout pass of the pulse that repaints the cell — for ordinary cells and for the Referral ID
 * (which also re-runs the file-level check); the same layout cost for scrolling a page per pulse; and
 * the heap after a full GC. Painting itself happens on the render thread and is not included.
 */
public final class UiBench {
    private static Path file;
    private static Startup startup;
    private static DocumentFiles files;
    private static final List<String> REPORT = new ArrayList<>();

    private UiBench() {
    }

    /** Not an Application itself, so a plain class-path launch works (as with the Launcher). */
    public static void main(String[] args) throws Exception {
        int deals = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        file = BenchFiles.generate(Path.of("target", "bench"), deals);
        // What DesktopMain does: start compiling the rules and reading the file before the toolkit.
        files = new DocumentFiles();
        startup = Startup.begin(List.of(file.toString()), files);
        Application.launch(Bench.class, args);
        REPORT.forEach(System.out::println);
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** The measured application: the real main window. */
    public static final class Bench extends Application {
        private MainWindow window;
        private Scene scene;
        /** When the layout pass of the pulse now running began (nanoTime). */
        private long layoutStart;
        private double lastLayoutMillis;

        @Override
        public void start(Stage stage) {
            long toolkitUp = sinceJvmStart();
            Preferences node = Preferences.userRoot().node("com/cosellstudio/bench");
            startup.firstDocument().thenRun(() -> REPORT.add(String.format(Locale.ROOT,
                    "  JVM start to file read and checked (in the background) %,d ms", sinceJvmStart())));
            window = StudioApplication.openWindow(stage, startup, files, new RecentFiles(node),
                    LookStart.begin(new LookPrefs(node)));
            scene = window.scene();
            REPORT.add(String.format(Locale.ROOT, "  JVM start to toolkit up %,d ms; window built and shown %,d ms",
                    toolkitUp, sinceJvmStart()));
            scene.addPreLayoutPulseListener(() -> layoutStart = System.nanoTime());
            window.viewModel().pathProperty().addListener((obs, old, path) -> {
                REPORT.add(String.format(Locale.ROOT, "  JVM start to the grid holding the file %,d ms", sinceJvmStart()));
                afterNextPulse(this::opened);
            });
        }

        private void opened() {
            long now = sinceJvmStart();
            int rows = window.viewModel().document().rows().size();
            REPORT.add(0, String.format(Locale.ROOT, "file: %s, %,d rows", file.getFileName(), rows));
            REPORT.add(String.format(Locale.ROOT,
                    "launch to interactive grid: %,d ms (JVM start to the first pulse showing the rows)", now));
            measureEdits(0, new ArrayList<>(), new ArrayList<>());
        }

        /** 40 edits of visible cells, alternating a value that is an error and one that is not. */
        private void measureEdits(int step, List<Double> ordinary, List<Double> referral) {
            if (step == 40) {
                REPORT.add("edit (re-check + CSS/layout of the repaint pulse), ordinary cell: " + stats(ordinary));
                REPORT.add("edit (re-check + CSS/layout of the repaint pulse), Referral ID (file-level check too): "
                        + stats(referral));
                measureScroll(0, new ArrayList<>());
                return;
            }
            boolean referralStep = step % 4 == 3;
            int column = window.viewModel().document().layout().indexOf(referralStep ? "Referral ID" : "Customer City");
            GridRow row = window.grid().node().getItems().get(step % 20);
            String value = referralStep
                    ? (step % 8 == 3 ? "" : "0d4c3b2a-1f0e-4d9c-8b7a-" + String.format(Locale.ROOT, "%012d", step))
                    : (step % 2 == 0 ? "" : "Seattle " + step);
            long start = System.nanoTime();
            window.viewModel().editCell(row, column, value);
            double recheck = (System.nanoTime() - start) / 1e6;
            afterNextPulse(() -> {
                (referralStep ? referral : ordinary).add(recheck + lastLayoutMillis);
                measureEdits(step + 1, ordinary, referral);
            });
        }

        /** Scrolls a screen per pulse (60 down, then 60 half-screens up), timing each pulse's layout. */
        private void measureScroll(int step, List<Double> frames) {
            VirtualFlow<?> flow = (VirtualFlow<?>) window.grid().node().lookup(".virtual-flow");
            if (step == 120) {
                REPORT.add("scroll one screen per pulse (CSS/layout of the pulse): " + stats(frames));
                measureWheel(0, new ArrayList<>());
                return;
            }
            flow.scrollPixels(flow.getHeight() * (step < 60 ? 1 : -0.5) + 7);
            afterNextPulse(() -> {
                frames.add(lastLayoutMillis);
                measureScroll(step + 1, frames);
            });
        }

        /** Scrolls three rows per pulse, as a mouse wheel does, timing each pulse's layout. */
        private void measureWheel(int step, List<Double> frames) {
            VirtualFlow<?> flow = (VirtualFlow<?>) window.grid().node().lookup(".virtual-flow");
            if (step == 200) {
                REPORT.add("scroll three rows per pulse, like a mouse wheel (CSS/layout of the pulse): " + stats(frames));
                finish();
                return;
            }
            flow.scrollPixels(3 * window.grid().node().getFixedCellSize());
            afterNextPulse(() -> {
                frames.add(lastLayoutMillis);
                measureWheel(step + 1, frames);
            });
        }

        private void finish() {
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            long used = runtime.totalMemory() - runtime.freeMemory();
            REPORT.add(String.format(Locale.ROOT, "heap after full GC: %,d MB used, %,d MB committed, max %,d MB",
                    used >> 20, runtime.totalMemory() >> 20, runtime.maxMemory() >> 20));
            Platform.exit();
        }

        /** Runs {@code action} once, right after the next layout pulse has finished. */
        private void afterNextPulse(Runnable action) {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                lastLayoutMillis = (System.nanoTime() - layoutStart) / 1e6;
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(action);
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        }
    }

    private static String stats(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p90 = sorted.get((int) Math.min(sorted.size() - 1, Math.round(sorted.size() * 0.9)));
        double max = sorted.get(sorted.size() - 1);
        return String.format(Locale.ROOT, "median %.1f ms, 90th percentile %.1f ms, max %.1f ms (%d samples; the first %.1f ms)",
                median, p90, max, sorted.size(), millis.get(0));
    }
}
