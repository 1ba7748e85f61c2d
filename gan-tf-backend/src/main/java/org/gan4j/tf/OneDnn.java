package org.gan4j.tf;

import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.RunMetadata;
import org.tensorflow.proto.RunOptions;
import org.tensorflow.types.TFloat32;

/**
 * Whether this process's TensorFlow rewrites ops to oneDNN kernels. TensorFlow decides once per process, from the
 * CPU (on by default where it has AVX-512 VNNI, AVX-512 BF16, AVX-VNNI or AMX) and {@code TF_ENABLE_ONEDNN_OPTS};
 * rather than repeat that rule, this runs one MatMul and looks at the graph TensorFlow executed, where oneDNN
 * shows as {@code _MklMatMul}.
 */
final class OneDnn {
    private static Boolean rewrites;

    private OneDnn() {
    }

    /**
     * @param config the configuration to open the probe's session with (it may be the process's first session,
     *     which sizes TensorFlow's intra-op thread pool)
     * @return whether ops run as oneDNN ({@code _Mkl*}) kernels; found once per process
     */
    static synchronized boolean rewritesOps(ConfigProto config) {
        if (rewrites == null) {
            rewrites = probe(config);
        }
        return rewrites;
    }

    private static boolean probe(ConfigProto config) {
        try (Graph graph = new Graph(); Session session = new Session(graph, config)) {
            Ops tf = Ops.create(graph);
            var x = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(1, 1)));
            var product = tf.linalg.matMul(x, x);
            RunOptions options = RunOptions.newBuilder().setOutputPartitionGraphs(true).build();
            try (TFloat32 one = TFloat32.tensorOf(Shape.of(1, 1));
                    Result result = session.runner().feed(x, one).fetch(product).setOptions(options)
                            .runAndFetchMetadata()) {
                RunMetadata metadata = result.getMetadata().orElse(RunMetadata.getDefaultInstance());
                for (GraphDef partition : metadata.getPartitionGraphsList()) {
                    for (NodeDef node : partition.getNodeList()) {
                        if (node.getOp().startsWith("_Mkl")) {
                            return true;
                        }
                    }
                }
                return false;
            }
        }
    }
}
