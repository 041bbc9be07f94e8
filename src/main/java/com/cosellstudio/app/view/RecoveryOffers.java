package com.cosellstudio.app.view;

import com.cosellstudio.app.UiText;
import com.cosellstudio.app.model.DocumentViewModel;
import com.cosellstudio.app.model.Notice;
import com.cosellstudio.app.recovery.JournalFolder;
import com.cosellstudio.app.recovery.RecoveryJournal;
import com.cosellstudio.app.recovery.Snapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/**
 * At start-up, offers the changes that windows ended without closing left in their journals: one
 * at a time, newest first, each to restore (it becomes this window's unsaved document, and this
 * window's journal takes it over), discard, or leave for the next start. A journal that cannot be
 * read is set aside and told in one line; it never stops the start.
 */
final class RecoveryOffers {
    private final JournalFolder folder;
    private final RecoveryJournal journal;
    private final DocumentActions actions;
    private final DocumentViewModel viewModel;
    private final Dialogs dialogs;
    private final UiText text;

    RecoveryOffers(JournalFolder folder, RecoveryJournal journal, DocumentActions actions,
                   DocumentViewModel viewModel, Dialogs dialogs, UiText text) {
        this.folder = folder;
        this.journal = journal;
        this.actions = actions;
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.text = text;
    }

    private record Found(Path journal, Snapshot snapshot) {
    }

    private record Scan(List<Found> found, int setAside) {
    }

    /** Reads the journals left behind off the UI thread, then offers them. */
    void offer() {
        CompletableFuture.supplyAsync(this::scan).whenComplete((scan, failure) -> {
            if (scan != null) {
                Platform.runLater(() -> offer(scan));
            }
        });
    }

    private Scan scan() {
        List<Found> found = new java.util.ArrayList<>();
        int setAside = 0;
        List<Path> orphans;
        try {
            orphans = folder.orphans();
        } catch (IOException e) {
            return new Scan(List.of(), 0);
        }
        for (Path orphan : orphans) {
            try {
                found.add(new Found(orphan, JournalFolder.read(orphan)));
            } catch (IOException e) {
                setAside += setAside(orphan);
            }
        }
        return new Scan(found, setAside);
    }

    private static int setAside(Path orphan) {
        try {
            JournalFolder.setAside(orphan);
            return 1;
        } catch (IOException e) {
            return 0;
        }
    }

    private void offer(Scan scan) {
        if (scan.setAside() > 0) {
            viewModel.noticeProperty().set(Notice.of("notice.journal.unreadable", scan.setAside(),
                    folder.own().getParent().toString()));
        }
        offerNext(new ArrayDeque<>(scan.found()));
    }

    private void offerNext(Deque<Found> left) {
        Found next = left.poll();
        if (next == null) {
            return;
        }
        Snapshot snapshot = next.snapshot();
        Path path = snapshot.file().path();
        String name = path == null ? text.get("document.untitled") : DocumentActions.nameOf(path);
        Dialogs.RestoreChoice choice = dialogs.askRestore(name, Date.from(snapshot.taken()),
                snapshot.file().rowCount(), snapshot.fileChangedSince());
        switch (choice) {
            case RESTORE -> actions.whenSafe(() -> actions.restore(snapshot, () -> {
                journal.restoredFrom(snapshot);
                journal.adopt(next.journal());
                offerNext(left);
            }));
            case DISCARD -> {
                try {
                    JournalFolder.remove(next.journal());
                } catch (IOException e) {
                    // Offered again at the next start.
                }
                offerNext(left);
            }
            default -> offerNext(left);
        }
    }
}
