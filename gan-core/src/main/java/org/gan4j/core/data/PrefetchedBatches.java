package org.gan4j.core.data;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gan4j.api.GanException;
import org.gan4j.api.tensor.Shape;

/**
 * Prepares batch i + 1 on a background thread while the caller trains on batch i, so a training step that asks
 * for batches in order never waits for data. Any other order is served directly. The batches are the source's, so
 * the run is the same with or without prefetching.
 */
public final class PrefetchedBatches implements BatchSource, AutoCloseable {
    private final BatchSource source;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gan4j-batch-prefetch");
        t.setDaemon(true);
        return t;
    });
    private long pendingIndex = -1;
    private Future<Batch> pending;

    /** @param source the batches, safe to call from another thread */
    public PrefetchedBatches(BatchSource source) {
        this.source = source;
    }

    @Override
    public Shape sampleShape() {
        return source.sampleShape();
    }

    @Override
    public Map<String, Shape> parts() {
        return source.parts();
    }

    @Override
    public synchronized Batch batch(long index) {
        Batch result = pending != null && pendingIndex == index ? await(pending) : source.batch(index);
        if (pending != null && pendingIndex != index) {
            pending.cancel(false);
        }
        pendingIndex = index + 1;
        pending = worker.submit(() -> source.batch(index + 1));
        return result;
    }

    private static Batch await(Future<Batch> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GanException("interrupted while waiting for a batch", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new GanException("preparing a batch failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
