package org.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gan4j.core.checkpoint.CheckpointStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a training JVM with SIGKILL at random moments while it writes a checkpoint every step, ten times,
 * resuming after each kill; then checks that the run still ends exactly as an uninterrupted one.
 */
class KillDuringCheckpointTest {
    private static final int KILLS = 10;
    /** More steps than the attempts can reach, so that each is killed while it trains. */
    private static final String PLANNED_STEPS = "1000000";
    /** A wide model makes each checkpoint about 25 MB, so that much of the wall time is spent writing checkpoints. */
    private static final String[] RUN = {"--batch-size", "32", "--seed", "3", "--checkpoint-every", "1",
        "--keep-checkpoints", "2", "--generator", "mlp:latent=16,width=1024,depth=2",
        "--discriminator", "mlp:width=1024,depth=2,pack=2"};
    private static final Pattern RESUMED = Pattern.compile("resuming from (\\S+) at step (\\d+)");

    @Test
    @DisplayName("SIGKILL at 10 random moments during checkpoint writes: every time, every checkpoint left verifies, the "
            + "run resumes from the newest one, and it ends with the weights of an uninterrupted run")
    void killAndResume(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("killed");
        Path checkpoints = run.resolve("checkpoints");
        Random random = new Random(20261123);
        long lastStep = 0;
        int midWrite = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Path log = dir.resolve("attempt-" + kill + ".log");
            Process p = kill == 0 ? ChildJvm.start(log, concat("train", "--out", run.toString(), "--steps", PLANNED_STEPS))
                    : ChildJvm.start(log, "train", "--resume", run.toString());
            long before = newestStep(checkpoints);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (newestStep(checkpoints) <= before + 2 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(p.isAlive()).as("attempt %d is still training when it is killed: %s", kill, Files.readString(log)).isTrue();
            Thread.sleep(random.nextInt(250));
            p.destroyForcibly(); // SIGKILL on Linux
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

            if (interruptedWrite(checkpoints)) {
                midWrite++;
            }
            List<Path> left = new CheckpointStore(checkpoints, 2).checkpoints();
            assertThat(left).isNotEmpty();
            for (Path checkpoint : left) {
                CheckpointStore.load(checkpoint); // throws if any complete-looking checkpoint is not complete
            }
            long newest = newestStep(checkpoints);
            System.out.printf("attempt %d: started at step %d, killed at step %d%n", kill, before, newest);
            assertThat(newest).isGreaterThanOrEqualTo(lastStep);
            lastStep = newest;
            if (kill > 0) {
                assertResumedFrom(log, checkpoints, before);
            }
        }
        System.out.printf("KillDuringCheckpointTest: %d of %d kills left a checkpoint write unfinished (a tmp folder "
                + "or pointer); the run resumed from step %d%n", midWrite, KILLS, lastStep);
        String steps = Long.toString(lastStep + 20);
        Path finalLog = dir.resolve("final.log");
        ChildJvm.finish(ChildJvm.start(finalLog, "train", "--resume", run.toString(), "--steps", steps), finalLog, 180);
        assertResumedFrom(finalLog, checkpoints, lastStep);

        // checkpoints do not change training, so the reference run saves only at its end
        List<String> straight = new java.util.ArrayList<>(List.of(concat("train", "--out", dir.resolve("straight").toString(),
                "--steps", steps)));
        straight.set(straight.indexOf("--checkpoint-every") + 1, "1000000");
        ChildJvm.run(dir, straight.toArray(String[]::new));
        String last = "checkpoints/" + CheckpointStore.nameOf(lastStep + 20) + "/variables.bin";
        assertThat(Files.readAllBytes(run.resolve(last))).isEqualTo(Files.readAllBytes(dir.resolve("straight").resolve(last)));
        assertThat(ChildJvm.losses(run)).isEqualTo(ChildJvm.losses(dir.resolve("straight")));
    }

    private static void assertResumedFrom(Path log, Path checkpoints, long expectedStep) throws Exception {
        Matcher m = RESUMED.matcher(Files.readString(log));
        assertThat(m.find()).as(Files.readString(log)).isTrue();
        assertThat(Long.parseLong(m.group(2))).isEqualTo(expectedStep);
        assertThat(Path.of(m.group(1))).isEqualTo(checkpoints.resolve(CheckpointStore.nameOf(expectedStep)));
    }

    /** @return whether a kill left a temporary checkpoint folder or pointer behind */
    private static boolean interruptedWrite(Path checkpoints) throws java.io.IOException {
        try (java.util.stream.Stream<Path> entries = Files.list(checkpoints)) {
            return entries.map(p -> p.getFileName().toString())
                    .anyMatch(n -> n.startsWith("tmp-") || n.startsWith("LATEST.tmp-") || n.startsWith("trash-"));
        }
    }

    private static long newestStep(Path checkpoints) {
        return new CheckpointStore(checkpoints, 2).checkpoints().stream()
                .mapToLong(p -> Long.parseLong(p.getFileName().toString().substring("step-".length()))).max().orElse(0);
    }

    private static String[] concat(String... head) {
        String[] all = java.util.Arrays.copyOf(head, head.length + RUN.length);
        System.arraycopy(RUN, 0, all, head.length, RUN.length);
        return all;
    }
}
