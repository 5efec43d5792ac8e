package org.activemat.engine.model;

/**
 * An optimizer's step over a network's parameters given as rows (see {@link Float32Mlp#parameterRows()}); it keeps
 * its own state, shaped like the rows, allocated once. Every step is elementwise, so the rows' layout is free.
 */
interface ParameterUpdate {
    /** One step: params -= f(grads, state). params and grads have the shapes given at construction. */
    void step(float[][] params, float[][] grads);

    /** The optimizer the settings name; IllegalArgumentException for one this backend lacks. */
    static ParameterUpdate of(MlpSettings s, float[][] params) {
        return switch (s.optimizer()) {
            case ADAM -> new AdamUpdate(params, s.learningRate());
            case SGD_MOMENTUM -> new MomentumUpdate(params, s.learningRate(), s.momentum());
            case RMSPROP -> throw new IllegalArgumentException(JavaMlpBackend.NAME + " has no RMSProp");
        };
    }

    /** Zeroed state rows shaped like params. */
    static float[][] zerosLike(float[][] params) {
        float[][] z = new float[params.length][];
        for (int i = 0; i < params.length; i++) z[i] = new float[params[i].length];
        return z;
    }
}
