package org.gan4j.core.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStoreTest {
    private static final SortedMap<String, String> RUN = new TreeMap<>(Map.of("loss", "non-saturating", "g_optimizer", "adam:lr=2e-4"));

    private static Map<String, HostTensor> values(float offset) {
        Map<String, HostTensor> values = new LinkedHashMap<>();
        values.put("G_w", HostTensor.of(Shape.of(2, 3), new float[] {1, 2, 3, 4, 5, offset}));
        values.put("D_b", HostTensor.of(Shape.of(1), new float[] {-0.5f}));
        values.put("G_lr_step", HostTensor.of(Shape.scalar(), new double[] {offset}));
        return values;
    }

    @Test
    @DisplayName("a saved checkpoint loads back bit for bit, with its step, seed, run description and variable list")
    void roundTrip(@TempDir Path dir) {
        CheckpointStore store = new CheckpointStore(dir, 3);
        Path saved = store.save(7, 42, RUN, values(0.25f));
        assertThat(saved).isEqualTo(dir.resolve("step-000000007"));
        Checkpoint loaded = CheckpointStore.load(saved);
        assertThat(loaded.values()).isEqualTo(values(0.25f));
        assertThat(loaded.manifest().step()).isEqualTo(7);
        assertThat(loaded.manifest().seed()).isEqualTo(42);
        assertThat(loaded.manifest().run()).isEqualTo(RUN);
        assertThat(loaded.manifest().variables()).extracting(VariableEntry::describe)
                .containsExactly("G_w float32[2, 3]", "D_b float32[1]", "G_lr_step float64[]");
        // 6 + 1 floats and 1 double: 7 * 4 + 8 bytes
        assertThat(saved.resolve(CheckpointManifest.DATA_FILE)).hasSize(36);
    }

    @Test
    @DisplayName("LATEST names the newest checkpoint and only the newest K are kept; no temporary folder remains")
    void keepsNewestK(@TempDir Path dir) throws IOException {
        CheckpointStore store = new CheckpointStore(dir, 2);
        for (int step = 1; step <= 5; step++) {
            store.save(step, 1, RUN, values(step));
        }
        try (var entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("LATEST", "step-000000004", "step-000000005");
        }
        assertThat(Files.readString(dir.resolve("LATEST")).strip()).isEqualTo("step-000000005");
        assertThat(store.newest()).contains(dir.resolve("step-000000005"));
        assertThat(CheckpointStore.load(store.newest().orElseThrow()).values()).isEqualTo(values(5));
    }

    @Test
    @DisplayName("what a crash mid-write leaves (a tmp folder, a half-written LATEST) is never loaded and is removed by the next save")
    void crashLeftoversAreIgnored(@TempDir Path dir) throws IOException {
        CheckpointStore store = new CheckpointStore(dir, 3);
        store.save(1, 1, RUN, values(1));
        Path partial = Files.createDirectory(dir.resolve("tmp-step-000000002-123"));
        Files.write(partial.resolve(CheckpointManifest.DATA_FILE), new byte[] {1, 2, 3});
        Files.writeString(dir.resolve("LATEST.tmp-99"), "step-0000");
        assertThat(store.newest()).contains(dir.resolve("step-000000001"));
        store.save(2, 1, RUN, values(2));
        assertThat(partial).doesNotExist();
        assertThat(dir.resolve("LATEST.tmp-99")).doesNotExist();
    }

    @Test
    @DisplayName("a crash between renaming a checkpoint into place and swapping LATEST: the newer, complete one is used")
    void latestBehind(@TempDir Path dir) throws IOException {
        CheckpointStore store = new CheckpointStore(dir, 3);
        store.save(1, 1, RUN, values(1));
        store.save(2, 1, RUN, values(2));
        Files.writeString(dir.resolve("LATEST"), "step-000000001\n");
        assertThat(store.newest()).contains(dir.resolve("step-000000002"));
    }

    @Test
    @DisplayName("a LATEST that names a path outside the checkpoint folder is refused, naming it, and nothing is read there")
    void latestEscapingTheFolder(@TempDir Path dir) throws IOException {
        Path run = Files.createDirectories(dir.resolve("run/checkpoints"));
        CheckpointStore store = new CheckpointStore(run, 3);
        store.save(1, 1, RUN, values(1));
        Files.writeString(run.resolve("LATEST"), "../../victim\n");
        Map<String, String> before = TestRuns.fingerprint(dir);
        assertThatThrownBy(store::newest).isInstanceOf(CheckpointCorruptException.class)
                .hasMessageContaining("LATEST").hasMessageContaining("'../../victim'")
                .hasMessageContaining("paths are refused").hasMessageContaining("Delete");
        assertThat(TestRuns.fingerprint(dir)).isEqualTo(before);
    }

    @Test
    @DisplayName("a flipped byte in variables.bin: an error naming the file and the checksum, the earlier checkpoint as remedy, no file changed")
    void flippedByte(@TempDir Path dir) throws IOException {
        CheckpointStore store = new CheckpointStore(dir, 3);
        store.save(1, 1, RUN, values(1));
        Path newest = store.save(2, 1, RUN, values(2));
        Path data = newest.resolve(CheckpointManifest.DATA_FILE);
        byte[] bytes = Files.readAllBytes(data);
        bytes[5] ^= 0x10;
        Files.write(data, bytes);
        Map<String, String> before = TestRuns.fingerprint(dir);
        assertThatThrownBy(() -> CheckpointStore.load(newest)).isInstanceOf(CheckpointCorruptException.class)
                .hasMessageContaining(data.toString()).hasMessageContaining("SHA-256")
                .hasMessageContaining("step-000000001");
        assertThat(TestRuns.fingerprint(dir)).isEqualTo(before);
    }

    @Test
    @DisplayName("a truncated data file is reported as cut short")
    void truncatedData(@TempDir Path dir) throws IOException {
        Path saved = new CheckpointStore(dir, 3).save(1, 1, RUN, values(1));
        Path data = saved.resolve(CheckpointManifest.DATA_FILE);
        Files.write(data, java.util.Arrays.copyOf(Files.readAllBytes(data), 20));
        Map<String, String> before = TestRuns.fingerprint(dir);
        assertThatThrownBy(() -> CheckpointStore.load(saved)).isInstanceOf(CheckpointCorruptException.class)
                .hasMessageContaining(data.toString()).hasMessageContaining("20 bytes")
                .hasMessageContaining("No other checkpoint");
        assertThat(TestRuns.fingerprint(dir)).isEqualTo(before);
    }

    @Test
    @DisplayName("a truncated manifest (the index of the data file) is reported, naming manifest.properties")
    void truncatedManifest(@TempDir Path dir) throws IOException {
        Path saved = new CheckpointStore(dir, 3).save(1, 1, RUN, values(1));
        Path manifest = saved.resolve(CheckpointManifest.FILE);
        String text = Files.readString(manifest);
        Files.writeString(manifest, text.substring(0, text.length() / 2));
        Map<String, String> before = TestRuns.fingerprint(dir);
        assertThatThrownBy(() -> CheckpointStore.load(saved)).isInstanceOf(CheckpointCorruptException.class)
                .hasMessageContaining(manifest.toString()).hasMessageContaining("altered or cut short");
        assertThat(TestRuns.fingerprint(dir)).isEqualTo(before);
    }

    @Test
    @DisplayName("a truncated manifest whose checksum was updated too still fails, naming the missing key")
    void truncatedManifestWithMatchingChecksum(@TempDir Path dir) throws Exception {
        Path saved = new CheckpointStore(dir, 3).save(1, 1, RUN, values(1));
        Path manifest = saved.resolve(CheckpointManifest.FILE);
        String text = Files.readString(manifest);
        String cut = text.substring(0, text.indexOf("variable.2.name"));
        Files.writeString(manifest, cut);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(cut.getBytes(StandardCharsets.UTF_8)));
        Path sums = saved.resolve(CheckpointStore.CHECKSUMS);
        Files.writeString(sums, Files.readString(sums).replaceAll("[0-9a-f]{64}  manifest", sha + "  manifest"));
        assertThatThrownBy(() -> CheckpointStore.load(saved)).isInstanceOf(CheckpointCorruptException.class)
                .hasMessageContaining(manifest.toString()).hasMessageContaining("the key 'variable.2.").hasMessageContaining("is missing");
    }

    @Test
    @DisplayName("a missing manifest is reported, naming manifest.properties")
    void missingManifest(@TempDir Path dir) throws IOException {
        Path saved = new CheckpointStore(dir, 3).save(1, 1, RUN, values(1));
        Files.delete(saved.resolve(CheckpointManifest.FILE));
        Map<String, String> before = TestRuns.fingerprint(dir);
        assertThatThrownBy(() -> CheckpointStore.load(saved)).isInstanceOf(CheckpointCorruptException.class)
                .hasMessageContaining(saved.resolve(CheckpointManifest.FILE).toString()).hasMessageContaining("missing");
        assertThat(TestRuns.fingerprint(dir)).isEqualTo(before);
    }

    @Test
    @DisplayName("the manifest is plain key=value data that a person can read")
    void manifestIsPlainData(@TempDir Path dir) throws IOException {
        Path saved = new CheckpointStore(dir, 3).save(7, 42, RUN, values(1));
        assertThat(Files.readAllLines(saved.resolve(CheckpointManifest.FILE))).contains("format=gan4j-checkpoint",
                "step=7", "seed=42", "run.g_optimizer=adam\\:lr\\=2e-4", "variable.0.name=G_w", "variable.0.shape=2,3",
                "variable.2.dtype=FLOAT64", "variable.2.shape=", "data.bytes=36");
    }
}
