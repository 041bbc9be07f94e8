package com.cosellstudio.app.undo;

import java.util.List;

/** Several commands done and undone as one step (a paste that also adds rows). */
public final class CompositeCommand implements Command {
    private final String descriptionKey;
    private final List<Command> parts;

    public CompositeCommand(String descriptionKey, List<Command> parts) {
        this.descriptionKey = descriptionKey;
        this.parts = List.copyOf(parts);
    }

    @Override
    public void execute() {
        for (Command part : parts) {
            part.execute();
        }
    }

    @Override
    public void undo() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo();
        }
    }

    @Override
    public void redo() {
        for (Command part : parts) {
            part.redo();
        }
    }

    public List<Command> parts() {
        return parts;
    }

    @Override
    public String descriptionKey() {
        return descriptionKey;
    }
}
