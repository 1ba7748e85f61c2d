package org.gan4j.core.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gan4j.api.param.Check;
import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.HostTensor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's checkpoint folder: {@code step-000001000/} folders, each complete, and a {@code LATEST} file naming
 * the newest.
 *
 * <p>Writing never touches an existing checkpoint: the files go to a {@code tmp-*} folder, are forced to disk,
 * and the folder is renamed to {@code step-N} in one atomic step; then {@code LATEST} is replaced the same way,
 * and checkpoints beyond the newest {@code keep} are renamed to {@code trash-*} and deleted. A crash at any
 * moment leaves every {@code step-N} folder complete; leftovers of an interrupted write are removed by the
 * next save.
 *
 * <p>Each checkpoint folder holds {@code variables.bin} (every variable, little-endian),
 * {@code manifest.properties} (see {@link CheckpointManifest}) and {@code checksums.sha256}, which covers both in
 * {@code sha256sum} format, so {@code sha256sum -c checksums.sha256} verifies a checkpoint by hand too.
 */
public final class CheckpointStore {
    /** The pointer file's name. */
    public static final String LATEST = "LATEST";
    static final String CHECKSUMS = "checksums.sha256";
    private static final Pattern CHECKPOINT_NAME = Pattern.compile("step-(\\d{9,})");
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointStore.class);

    private final Path folder;
    private final int keep;

    /**
     * @param folder the run's checkpoint folder; created on the first save
     * @param keep how many of the newest checkpoints to keep, ≥ 1
     */
    public CheckpointStore(Path folder, int keep) {
        Check.positive("checkpoints", "keep", keep);
        this.folder = folder;
        this.keep = keep;
    }

    /** @return the checkpoint folder */
    public Path folder() {
        return folder;
    }

    /**
     * @param step training steps done
     * @return the folder name of that step's checkpoint
     */
    public static String nameOf(long step) {
        return String.format(Locale.ROOT, "step-%09d", step);
    }

    /**
     * Writes a checkpoint atomically, points {@code LATEST} at it and keeps only the newest {@code keep}.
     *
     * @param step training steps done
     * @param seed the run's seed
     * @param run how the run was made (keys and values of the caller's choosing)
     * @param values every variable by name
     * @return the new checkpoint's folder
     * @throws UncheckedIOException when it cannot be written; the earlier checkpoints are then untouched
     */
    public Path save(long step, long seed, SortedMap<String, String> run, Map<String, HostTensor> values) {
        try {
            Files.createDirectories(folder);
            removeLeftovers();
            Path target = folder.resolve(nameOf(step));
            if (Files.isDirectory(target)) {
                return target; // the same step's state is already saved (a final save right after a periodic one)
            }
            Path temporary = folder.resolve("tmp-" + nameOf(step) + "-" + System.nanoTime());
            Files.createDirectory(temporary);
            List<VariableEntry> entries = new ArrayList<>();
            values.forEach((name, v) -> entries.add(new VariableEntry(name, v.dtype(), v.shape())));
            byte[] data = encode(entries, values);
            String dataSha = sha256(data);
            byte[] manifest = new CheckpointManifest(step, seed, run, entries, data.length, dataSha).toText()
                    .getBytes(StandardCharsets.UTF_8);
            DurableFiles.write(temporary.resolve(CheckpointManifest.DATA_FILE), data);
            DurableFiles.write(temporary.resolve(CheckpointManifest.FILE), manifest);
            String checksums = dataSha + "  " + CheckpointManifest.DATA_FILE + "\n"
                    + sha256(manifest) + "  " + CheckpointManifest.FILE + "\n";
            DurableFiles.write(temporary.resolve(CHECKSUMS), checksums.getBytes(StandardCharsets.UTF_8));
            DurableFiles.syncFolder(temporary);
            DurableFiles.moveAtomically(temporary, target);
            Path pointer = folder.resolve(LATEST + ".tmp-" + System.nanoTime());
            DurableFiles.write(pointer, (nameOf(step) + "\n").getBytes(StandardCharsets.UTF_8));
            DurableFiles.moveAtomically(pointer, folder.resolve(LATEST));
            prune();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the step " + step + " checkpoint in " + folder
                    + "; the earlier checkpoints are untouched. Check free space and permissions", e);
        }
    }

    private static byte[] encode(List<VariableEntry> entries, Map<String, HostTensor> values) {
        long bytes = entries.stream().mapToLong(VariableEntry::byteSize).sum();
        ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(bytes)).order(ByteOrder.LITTLE_ENDIAN);
        for (HostTensor v : values.values()) {
            if (v.dtype() == DType.FLOAT64) {
                buffer.asDoubleBuffer().put(v.toDoubleArray());
                buffer.position(buffer.position() + v.size() * Double.BYTES);
            } else {
                buffer.asFloatBuffer().put(v.toFloatArray());
                buffer.position(buffer.position() + v.size() * Float.BYTES);
            }
        }
        return buffer.array();
    }

    private void removeLeftovers() throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith("tmp-") || name.startsWith("trash-")) {
                    DurableFiles.deleteTree(p);
                } else if (name.startsWith(LATEST + ".tmp-")) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void prune() throws IOException {
        List<Path> all = checkpoints();
        for (Path old : all.subList(0, Math.max(0, all.size() - keep))) {
            Path trash = folder.resolve("trash-" + old.getFileName());
            DurableFiles.moveAtomically(old, trash); // a step-N name always means a complete checkpoint
            DurableFiles.deleteTree(trash);
        }
    }

    /**
     * Abandons the timeline after a checkpoint, for a run resumed from an older one (a rewind): every newer
     * checkpoint is renamed to {@code trash-*} and deleted, newest first, and {@code LATEST} is pointed at the
     * checkpoint. Until then the newer checkpoints are whole, so a crash midway leaves a store that is read
     * correctly, and repeating the rewind completes it.
     *
     * @param step the checkpoint that becomes the newest; it must exist
     * @return the names of the checkpoints deleted, oldest first
     * @throws UncheckedIOException when one cannot be deleted or the pointer written
     */
    public List<String> discardAfter(long step) {
        String kept = nameOf(step);
        if (!Files.isDirectory(folder.resolve(kept))) {
            throw new IllegalArgumentException("no checkpoint " + kept + " in " + folder);
        }
        List<Path> newer = checkpoints().stream().filter(p -> p.getFileName().toString().compareTo(kept) > 0).toList();
        try {
            for (int i = newer.size() - 1; i >= 0; i--) {
                Path p = newer.get(i);
                Path trash = folder.resolve("trash-" + p.getFileName());
                DurableFiles.moveAtomically(p, trash);
                DurableFiles.deleteTree(trash);
            }
            if (!newer.isEmpty() || !kept.equals(readPointerOrNull())) {
                Path pointer = folder.resolve(LATEST + ".tmp-" + System.nanoTime());
                DurableFiles.write(pointer, (kept + "\n").getBytes(StandardCharsets.UTF_8));
                DurableFiles.moveAtomically(pointer, folder.resolve(LATEST));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the checkpoints after " + kept + " in " + folder, e);
        }
        return newer.stream().map(p -> p.getFileName().toString()).toList();
    }

    private String readPointerOrNull() {
        Path pointer = folder.resolve(LATEST);
        return Files.exists(pointer) ? readPointer(pointer) : null;
    }

    /**
     * Deletes the checkpoint folder and everything in it (for a run that is started afresh over an old one).
     *
     * @throws UncheckedIOException when something cannot be deleted
     */
    public void deleteAll() {
        try {
            DurableFiles.deleteTree(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the checkpoints in " + folder, e);
        }
    }

    /** @return every complete checkpoint's folder, oldest first */
    public List<Path> checkpoints() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> CHECKPOINT_NAME.matcher(p.getFileName().toString()).matches())
                    .filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the checkpoints in " + folder, e);
        }
    }

    /**
     * The newest complete checkpoint. {@code LATEST} names it unless a crash came between renaming a checkpoint
     * into place and swapping the pointer; then the newer folder wins, since a {@code step-N} folder is complete
     * by construction.
     *
     * @return the newest checkpoint's folder, or empty when there is none
     * @throws CheckpointCorruptException when {@code LATEST} names anything but a checkpoint in this folder
     */
    public Optional<Path> newest() {
        List<Path> all = checkpoints();
        Path pointer = folder.resolve(LATEST);
        String named = Files.exists(pointer) ? readPointer(pointer) : null;
        if (named != null) {
            if (!CHECKPOINT_NAME.matcher(named).matches()) {
                throw new CheckpointCorruptException(pointer, "it names '" + abbreviate(named) + "', which is not a "
                        + "checkpoint folder inside " + folder + " (a checkpoint is named like " + nameOf(1000)
                        + "; paths are refused)", "Delete " + pointer + " or pass a checkpoint folder explicitly.");
            }
            if (!Files.isDirectory(folder.resolve(named)) && all.isEmpty()) {
                throw new CheckpointCorruptException(pointer, "it names " + named + ", which does not exist",
                        "The checkpoints were removed; start a new run.");
            }
        }
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Path newest = all.get(all.size() - 1);
        if (named != null && !Files.isDirectory(folder.resolve(named))) {
            LOG.warn("{} names {}, which no longer exists (it was deleted); using the newest complete checkpoint, {}",
                    pointer, named, newest.getFileName());
        } else if (named != null && named.compareTo(newest.getFileName().toString()) < 0) {
            LOG.warn("{} names {}, but {} is newer and complete (a crash came between the two renames); using it",
                    pointer, named, newest.getFileName());
        }
        return Optional.of(newest);
    }

    private static String readPointer(Path pointer) {
        try {
            return Files.readString(pointer, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pointer, e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }

    /**
     * Reads and verifies a checkpoint: both checksums, then the manifest, then the data file's size.
     *
     * @param checkpoint a {@code step-N} folder
     * @return its content
     * @throws CheckpointCorruptException naming the file at fault, before anything is restored
     */
    public static Checkpoint load(Path checkpoint) {
        try {
            Path manifestFile = checkpoint.resolve(CheckpointManifest.FILE);
            Path dataFile = checkpoint.resolve(CheckpointManifest.DATA_FILE);
            Path checksumsFile = checkpoint.resolve(CHECKSUMS);
            if (!Files.isDirectory(checkpoint)) {
                throw new CheckpointCorruptException(checkpoint, "no such folder", "Pass a checkpoint folder such as "
                        + checkpoint.resolveSibling(nameOf(1000)) + ", or the run's output folder.");
            }
            byte[] manifestBytes = readRequired(manifestFile, checkpoint);
            byte[] data = readRequired(dataFile, checkpoint);
            Map<String, String> sums = checksums(readRequired(checksumsFile, checkpoint), checksumsFile, checkpoint);
            String dataSha = sha256(data);
            verify(manifestFile, sha256(manifestBytes), manifestBytes.length, sums, checkpoint);
            verify(dataFile, dataSha, data.length, sums, checkpoint);
            CheckpointManifest manifest = CheckpointManifest.parse(new String(manifestBytes, StandardCharsets.UTF_8), manifestFile);
            long expected = manifest.variables().stream().mapToLong(VariableEntry::byteSize).sum();
            if (manifest.dataBytes() != data.length || expected != data.length) {
                throw new CheckpointCorruptException(dataFile, "it has " + data.length + " bytes, the manifest says "
                        + manifest.dataBytes() + " and its variables need " + expected, remedy(checkpoint));
            }
            if (!manifest.dataSha256().equals(dataSha)) {
                throw new CheckpointCorruptException(dataFile, "its SHA-256 differs from the manifest's data.sha256",
                        remedy(checkpoint));
            }
            return new Checkpoint(checkpoint, manifest, decode(manifest.variables(), data));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checkpoint " + checkpoint, e);
        }
    }

    private static byte[] readRequired(Path file, Path checkpoint) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CheckpointCorruptException(file, "it is missing", remedy(checkpoint));
        }
    }

    private static Map<String, String> checksums(byte[] content, Path file, Path checkpoint) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("  ", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-f]{64}")) {
                throw new CheckpointCorruptException(file, "the line '" + abbreviate(line) + "' is not '<sha256>  <file>'",
                        remedy(checkpoint));
            }
            sums.put(parts[1], parts[0]);
        }
        return sums;
    }

    private static void verify(Path file, String found, int length, Map<String, String> sums, Path checkpoint) {
        String expected = sums.get(file.getFileName().toString());
        if (expected == null) {
            throw new CheckpointCorruptException(checkpoint.resolve(CHECKSUMS), "it has no checksum for "
                    + file.getFileName() + " (the file may be truncated)", remedy(checkpoint));
        }
        if (!expected.equals(found)) {
            throw new CheckpointCorruptException(file, "its SHA-256 is " + found + " but " + CHECKSUMS + " says "
                    + expected + " (" + length + " bytes; the file was altered or cut short)", remedy(checkpoint));
        }
    }

    private static String remedy(Path checkpoint) {
        Path parent = checkpoint.toAbsolutePath().getParent();
        List<Path> others = parent == null ? List.of() : new CheckpointStore(parent, 1).checkpoints().stream()
                .filter(p -> !p.getFileName().equals(checkpoint.getFileName())).toList();
        return others.isEmpty() ? "No other checkpoint of this run exists; start the run again."
                : "Resume from an earlier checkpoint of the run instead, for example " + others.get(others.size() - 1)
                        + ". Nothing was restored and no file was changed.";
    }

    private static Map<String, HostTensor> decode(List<VariableEntry> entries, byte[] data) {
        ByteBuffer buffer = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        Map<String, HostTensor> values = new LinkedHashMap<>();
        for (VariableEntry e : entries) {
            int n = Math.toIntExact(e.shape().numElements());
            if (e.dtype() == DType.FLOAT64) {
                double[] v = new double[n];
                buffer.asDoubleBuffer().get(v);
                buffer.position(buffer.position() + n * Double.BYTES);
                values.put(e.name(), HostTensor.of(e.shape(), v));
            } else {
                float[] v = new float[n];
                buffer.asFloatBuffer().get(v);
                buffer.position(buffer.position() + n * Float.BYTES);
                values.put(e.name(), HostTensor.of(e.shape(), v));
            }
        }
        return values;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
