package org.gan4j.tck.selftest;

import java.util.concurrent.atomic.AtomicInteger;
import org.gan4j.api.param.Hyperparameters;
import org.gan4j.api.spi.Backend;
import org.gan4j.api.spi.BackendProvider;
import org.gan4j.tf.TfBackendProvider;

/** A second backend for the kit to choose: TensorFlow's, under another id and a priority below it. */
final class BackendFixtures {
    private BackendFixtures() {
    }

    /** The TensorFlow backend as {@code selftest-backend}, priority −1; counts the backends it creates. */
    public static final class SecondBackendProvider implements BackendProvider {
        static final AtomicInteger CREATED = new AtomicInteger();

        @Override
        public String id() {
            return "selftest-backend";
        }

        @Override
        public String description() {
            return "the TensorFlow backend under a second id, at priority -1";
        }

        @Override
        public int priority() {
            return -1;
        }

        @Override
        public Backend create(Hyperparameters hyperparameters) {
            CREATED.incrementAndGet();
            return new TfBackendProvider().create(hyperparameters);
        }
    }
}
