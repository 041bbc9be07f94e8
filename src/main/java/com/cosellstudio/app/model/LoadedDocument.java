package com.cosellstudio.app.model;

import com.cosellstudio.domain.BulkFile;

/** A file read and checked in the background, ready to be shown: {@link DocumentViewModel#open}. */
public record LoadedDocument(BulkFile file, CheckedRows checked) {
}
