package org.gan4j.tf;

/**
 * Whether TensorFlow's GPU natives are on the class path: the jar {@code tensorflow-core-native} with the classifier
 * {@code linux-x86_64-gpu}, which the Maven profile {@code gpu} puts in place of the CPU natives. JavaCPP loads them
 * in preference to the CPU ones from the folder {@value #FOLDER} of that jar.
 */
final class GpuNatives {
    /** The folder, in the GPU natives' jar, of the libraries. */
    static final String FOLDER = "org/tensorflow/internal/c_api/linux-x86_64-gpu/";
    /** How to build gan4j with them, which messages name. */
    static final String BUILD = "mvn -Pgpu package";
    /** What they need besides an NVIDIA GPU: the CUDA TensorFlow 2.16 was built with (docs/tensorflow-backend.md#gpu). */
    static final String CUDA = "CUDA 12.3 and cuDNN 8.9";

    private GpuNatives() {
    }

    /**
     * @param loader the class loader that loads TensorFlow
     * @return whether the GPU natives' folder is among its resources
     */
    static boolean present(ClassLoader loader) {
        return loader != null && loader.getResource(FOLDER) != null;
    }
}
