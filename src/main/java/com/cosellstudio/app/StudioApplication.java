package com.cosellstudio.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: for now a window that says the editor is coming. */
public final class StudioApplication extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Co-sell Studio");
        stage.setScene(new Scene(new Label("Co-sell Studio — the editor is coming soon."), 640, 400));
        stage.show();
    }
}
