package org.gan4j.core.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.gan4j.api.GanException;
import org.gan4j.api.role.Optimizer;
import org.gan4j.api.role.UpdatePlan;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.spi.CompiledStep;
import org.gan4j.api.spi.Computation;
import org.gan4j.api.spi.StepDefinition;
import org.gan4j.api.tensor.DType;
import org.gan4j.api.tensor.HostTensor;
import org.gan4j.api.tensor.Shape;
import org.gan4j.api.tensor.Tensor;
import org.gan4j.api.tensor.Variable;
import org.gan4j.core.data.Batch;
import org.gan4j.core.data.ImageBatches;
import org.gan4j.core.data.ImageDataset;

/**
 * Trains a {@link FeatureNetwork} on labelled images by minimizing the mean softmax cross-entropy, one batch per
 * run, batches shuffled per epoch from the seed (so the result is a function of the data, the settings and the
 * seed).
 */
public final class ClassifierTraining {
    private ClassifierTraining() {
    }

    /**
     * @param backend runs the training
     * @param data the training images and labels
     * @param network the network's name ({@link FeatureNetworks#create})
     * @param optimizer the update rule
     * @param epochs passes over the data
     * @param batchSize images per step
     * @param seed initial weights and shuffling
     * @param progress told each completed step
     * @return every weight by name
     */
    public static Map<String, HostTensor> train(Backend backend, ImageDataset data, String network, Optimizer optimizer,
            int epochs, int batchSize, long seed, LongConsumer progress) {
        int classes = data.classes();
        ImageBatches batches = new ImageBatches(data, batchSize, seed);
        long steps = (long) epochs * data.size() / batchSize;
        try (Computation c = backend.newComputation(seed)) {
            FeatureNetwork classifier = FeatureNetworks.create(network, classes);
            Tensor images = c.input("images", data.imageShape().prepend(batchSize), DType.FLOAT32);
            Tensor oneHot = c.input("labels", Shape.of(batchSize, classes), DType.FLOAT32);
            Tensor loss = ClassifierNetwork.crossEntropy(c.ops(), classifier.logits(c.ops(), classifier.features(c.ops(), images)),
                    oneHot);
            List<Variable> weights = classifier.variables();
            UpdatePlan plan = optimizer.update(c.ops(), "C", weights, c.ops().gradients(loss, weights));
            CompiledStep step = c.compile(new StepDefinition("classifier", plan.assignments(), Map.of("loss", loss)));
            for (long s = 0; s < steps; s++) {
                Batch batch = batches.batch(s);
                double value = c.run(step, Map.of(images, batch.samples(), oneHot, batch.parts().get(Batch.LABELS)), s)
                        .get("loss").scalarValue();
                if (!Double.isFinite(value)) {
                    throw new GanException("the classifier's loss became " + value + " at step " + s
                            + "; lower the learning rate");
                }
                progress.accept(s + 1);
            }
            Map<String, HostTensor> values = new LinkedHashMap<>();
            weights.forEach(v -> values.put(v.name(), c.read(v)));
            return values;
        }
    }
}
