package com.cosellstudio.app;

import com.cosellstudio.app.view.MainWindow;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: the main window, with the file named on the command line if any. */
public final class StudioApplication extends Application {
    @Override
    public void start(Stage stage) {
        AppContext context = AppContext.standard();
        MainWindow window = new MainWindow(stage, context);
        window.actions().showTemplate();
        window.show();
        List<String> arguments = getParameters().getRaw();
        if (!arguments.isEmpty()) {
            window.actions().load(Path.of(arguments.get(0)));
        }
    }
}
