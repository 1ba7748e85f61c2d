package org.gan4j.examples.cli;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tensorflow.proto.Event;

/** Reads a run's TensorBoard event files with TensorFlow's own {@code Event} class, not with code of ours. */
final class TensorBoardFiles {
    private TensorBoardFiles() {
    }

    /**
     * One value of a summary.
     *
     * @param step its step
     * @param tag its series
     * @param value the scalar, or NaN for an image
     */
    record Entry(long step, String tag, float value) {
    }

    /** @return every summary value in every event file of {@code <run>/tensorboard}, file by file in name order */
    static List<Entry> read(Path runFolder) throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> all = Files.list(runFolder.resolve("tensorboard"))) {
            files = all.sorted().toList();
        }
        for (Path file : files) {
            try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
                while (in.available() > 0) {
                    byte[] length = in.readNBytes(8);
                    in.readNBytes(4);
                    byte[] data = in.readNBytes((int) ByteBuffer.wrap(length).order(ByteOrder.LITTLE_ENDIAN).getLong());
                    in.readNBytes(4);
                    Event event = Event.parseFrom(data);
                    for (var v : event.getSummary().getValueList()) {
                        entries.add(new Entry(event.getStep(), v.getTag(), v.hasImage() ? Float.NaN : v.getSimpleValue()));
                    }
                }
            }
        }
        return entries;
    }
}
