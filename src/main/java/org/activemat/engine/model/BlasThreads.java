package org.activemat.engine.model;

/**
 * Keeps Smile's native OpenBLAS single-threaded. For a 128-wide MLP, OpenBLAS's own threads cost more than they save
 * (measured on 2 cores: 80–250 µs per sample-epoch with default threads vs ~25–30 µs with one), so the engine
 * parallelizes across ensemble members and runs instead.
 */
final class BlasThreads {
    private static volatile boolean done;

    private BlasThreads() {}

    static void singleThreaded() {
        if (done) return;
        synchronized (BlasThreads.class) {
            if (done) return;
            try {
                org.bytedeco.openblas.presets.openblas_nolapack.blas_set_num_threads(1);
            } catch (Throwable notNative) {
                // No native OpenBLAS on this platform: Smile falls back to pure Java, which is single-threaded anyway.
            }
            done = true;
        }
    }
}
