package com.cosellstudio.app.model;

import com.cosellstudio.app.undo.Command;
import com.cosellstudio.rules.TemplateConversion;
import java.util.ArrayList;
import java.util.List;

/**
 * File ▸ Convert to a template revision, as one step: the headers of another revision renamed, the
 * columns the template has and the document lacks added empty in template order; every cell kept.
 * Afterwards the document is checked as its (new) header tells; undo restores the old header and
 * how the revision was decided.
 */
final class ConvertCommand implements Command {
    private final GridDocument document;
    private final List<TemplateConversion.Rename> renames;
    private final int[] indexes;
    private final List<String> names = new ArrayList<>();
    private final String revisionBefore;

    ConvertCommand(GridDocument document, TemplateConversion conversion) {
        this.document = document;
        this.renames = conversion.renames();
        this.indexes = new int[conversion.inserts().size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = conversion.inserts().get(i).index();
            names.add(conversion.inserts().get(i).header());
        }
        this.revisionBefore = document.chosenRevision();
    }

    @Override
    public void execute() {
        document.convertColumns(renames, indexes, names);
    }

    @Override
    public void undo() {
        document.unconvertColumns(renames, indexes, revisionBefore);
    }

    @Override
    public String descriptionKey() {
        return "undo.convertTemplate";
    }
}
