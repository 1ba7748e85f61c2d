package org.gan4j.core.eval;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.gan4j.api.GanException;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.spi.ExportedFunction;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;

/**
 * Any feature network saved as a TensorFlow SavedModel, used as its {@link SavedModelContract} states: each image
 * (gan4j's [h, w, c] in [−1, 1]) is resized to the stated height and width by {@link BilinearResize} (skipped when
 * the size is already right), a grey image is repeated into 3 channels when the network takes colour, the values are
 * mapped to the stated {@link InputRange}, and the images go in as float32 batches of the stated size (the last
 * padded with zeros, whose rows are dropped). Opening it checks the stated names and sizes against the signature's
 * declared ones and calls it once on a batch of zeros, so a contract that does not fit the network is refused before
 * any image is scored. Such a network is generic, not made for one data set: it scores any data.
 */
public final class SavedModelFeatures implements FeatureExtractor {
    private final SavedModelContract contract;
    private final ExportedFunction function;
    private final int dimension;
    private final int classes;

    private SavedModelFeatures(SavedModelContract contract, ExportedFunction function, int dimension, int classes) {
        this.contract = contract;
        this.function = function;
        this.dimension = dimension;
        this.classes = classes;
    }

    /**
     * @param backend loads the SavedModel ({@link Backend#load})
     * @param contract what it takes and gives
     * @return the extractor, checked against the network
     * @throws GanException naming the contract's file, the key that does not fit the network and the remedy
     */
    public static SavedModelFeatures open(Backend backend, SavedModelContract contract) {
        ExportedFunction function;
        try {
            function = backend.load(contract.directory(), contract.signature());
        } catch (GanException e) {
            throw new GanException("cannot load " + SavedModelContract.SIGNATURE + " = " + contract.signature() + " of "
                    + contract.file() + ": " + e.getMessage(), e);
        }
        try {
            SignatureCheck.requireDeclaredFit(contract, function);
            Map<String, HostTensor> out = call(contract, function, new float[contract.batch()
                    * Math.toIntExact(contract.imageShape().numElements())]);
            int dimension = SignatureCheck.rows(contract, out, contract.output());
            int classes = contract.logits() == null ? 0 : SignatureCheck.rows(contract, out, contract.logits());
            return new SavedModelFeatures(contract, function, dimension, classes);
        } catch (RuntimeException e) {
            function.close();
            throw e;
        }
    }

    private static Map<String, HostTensor> call(SavedModelContract c, ExportedFunction function, float[] batch) {
        Shape shape = c.imageShape().prepend(c.batch());
        try {
            return function.call(Map.of(c.input(), HostTensor.of(shape, batch)));
        } catch (GanException e) {
            throw new GanException(c.file() + ": calling " + c.signature() + " with " + c.input() + " = float32 images "
                    + shape + " in " + c.range().text() + " failed (" + e.getMessage() + "); check " + SavedModelContract.INPUT
                    + ", " + SavedModelContract.HEIGHT + ", " + SavedModelContract.WIDTH + ", "
                    + SavedModelContract.CHANNELS + " and " + SavedModelContract.BATCH + " against the SavedModel", e);
        }
    }

    @Override
    public ExtractedFeatures extract(HostTensor images) {
        Shape shape = images.shape();
        contract.requireTakes(Shape.of(Arrays.copyOfRange(shape.dims(), 1, shape.rank())), GanException::new);
        int n = Math.toIntExact(shape.size(0));
        int h = Math.toIntExact(shape.size(1));
        int w = Math.toIntExact(shape.size(2));
        int c = Math.toIntExact(shape.size(3));
        int perImage = h * w * c;
        int perInput = Math.toIntExact(contract.imageShape().numElements());
        float[] all = images.toFloatArray();
        float[] features = new float[n * dimension];
        float[] logits = new float[n * classes];
        for (int start = 0; start < n; start += contract.batch()) {
            int count = Math.min(contract.batch(), n - start);
            float[] batch = new float[contract.batch() * perInput];
            for (int i = 0; i < count; i++) {
                float[] one = Arrays.copyOfRange(all, (start + i) * perImage, (start + i + 1) * perImage);
                prepare(BilinearResize.resize(one, h, w, c, contract.height(), contract.width()), c, batch, i * perInput);
            }
            Map<String, HostTensor> out = call(contract, function, batch);
            System.arraycopy(out.get(contract.output()).toFloatArray(), 0, features, start * dimension, count * dimension);
            if (classes > 0) {
                System.arraycopy(out.get(contract.logits()).toFloatArray(), 0, logits, start * classes, count * classes);
            }
        }
        return new ExtractedFeatures(Features.of(features, dimension),
                classes > 0 ? Optional.of(new ClassLogits(logits, classes)) : Optional.empty());
    }

    /** Writes one resized image into the batch: grey repeated into the channels the network takes, in its range. */
    private void prepare(float[] resized, int channels, float[] batch, int offset) {
        int pixels = resized.length / channels;
        int to = contract.channels();
        for (int p = 0; p < pixels; p++) {
            for (int k = 0; k < to; k++) {
                batch[offset + p * to + k] = contract.range().fromSigned(resized[p * channels + (channels == 1 ? 0 : k)]);
            }
        }
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public int classes() {
        return classes;
    }

    @Override
    public String describe() {
        return "the SavedModel " + contract.directory() + ", not a classifier made for this data";
    }

    @Override
    public String label() {
        return "features of the SavedModel " + contract.directory();
    }

    @Override
    public void close() {
        function.close();
    }
}
