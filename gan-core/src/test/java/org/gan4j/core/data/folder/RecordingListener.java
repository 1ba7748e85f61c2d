package org.gan4j.core.data.folder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Keeps what {@link ImageFolder#read} reports. */
final class RecordingListener implements FolderReadListener {
    final List<String> skipped = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    int decodedCalls;
    int lastDone;
    int lastTotal;

    @Override
    public void skipped(Path file, String reason) {
        skipped.add(PathText.show(file.getFileName()) + ": " + reason);
    }

    @Override
    public void decoded(int done, int total) {
        decodedCalls++;
        lastDone = done;
        lastTotal = total;
    }

    @Override
    public void note(String message) {
        notes.add(message);
    }

    /** @return every note, one a line */
    String allNotes() {
        return String.join("\n", notes);
    }
}
