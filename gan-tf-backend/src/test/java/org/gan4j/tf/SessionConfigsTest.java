package org.gan4j.tf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.InvalidProtocolBufferException;
import org.gan4j.api.param.Hyperparameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.RewriterConfig;

/** What each setting writes into the session's ConfigProto, read back from its serialized form as TensorFlow gets it. */
class SessionConfigsTest {
    private static ConfigProto config(String settings, boolean oneDnn) throws InvalidProtocolBufferException {
        TfSettings parsed = TfSettings.from(Hyperparameters.parse(settings));
        return ConfigProto.parseFrom(SessionConfigs.of(parsed, oneDnn).toByteArray());
    }

    @Test
    @DisplayName("defaults leave threads and graph rewriting to TensorFlow and hide GPUs")
    void defaults() throws Exception {
        ConfigProto config = config("", false);
        assertThat(config.getIntraOpParallelismThreads()).isZero();
        assertThat(config.getInterOpParallelismThreads()).isZero();
        assertThat(config.getSessionInterOpThreadPoolCount()).isZero();
        assertThat(config.getDeviceCountMap()).containsExactly(java.util.Map.entry("GPU", 0));
        assertThat(config.hasGraphOptions()).isFalse();
        assertThat(config.hasGpuOptions()).isFalse();
    }

    @Test
    @DisplayName("intra-op-threads sets intra_op_parallelism_threads; inter-op-threads a shared pool named by its size")
    void threads() throws Exception {
        ConfigProto config = config("intra-op-threads=2,inter-op-threads=3", false);
        assertThat(config.getIntraOpParallelismThreads()).isEqualTo(2);
        assertThat(config.getSessionInterOpThreadPoolCount()).isEqualTo(1);
        assertThat(config.getSessionInterOpThreadPool(0).getNumThreads()).isEqualTo(3);
        assertThat(config.getSessionInterOpThreadPool(0).getGlobalName()).isEqualTo("gan4j-inter-op-3");
    }

    @Test
    @DisplayName("device=gpu shows the GPU gpu-index names (visible_device_list) and carries memory-growth as allow_growth")
    void gpu() throws Exception {
        ConfigProto config = config("device=gpu,memory-growth=true,gpu-index=1", false);
        assertThat(config.getDeviceCountMap()).doesNotContainKey("GPU");
        assertThat(config.getGpuOptions().getAllowGrowth()).isTrue();
        assertThat(config.getGpuOptions().getVisibleDeviceList()).isEqualTo("1");
        assertThat(config("device=gpu", false).getGpuOptions().getAllowGrowth()).isFalse();
        assertThat(config("device=gpu", false).getGpuOptions().getVisibleDeviceList()).isEqualTo("0");
    }

    @Test
    @DisplayName("under oneDNN grappler is off, and nothing else of the rewriter changes")
    void oneDnn() throws Exception {
        RewriterConfig rewriter = config("", true).getGraphOptions().getRewriteOptions();
        assertThat(rewriter.getDisableMetaOptimizer()).isTrue();
        assertThat(rewriter.toBuilder().clearDisableMetaOptimizer().build()).isEqualTo(RewriterConfig.getDefaultInstance());
    }
}
