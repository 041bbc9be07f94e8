package com.cosellstudio.app.editors;

import javafx.scene.Node;

/** An in-cell editor: the node shown in the cell while editing. */
public interface CellEditor {

    Node node();

    /** Called once the node is in the cell: take the focus, open a list where the kind has one. */
    void start();
}
