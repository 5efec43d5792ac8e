package org.activemat.engine.model;

/** Training optimizers; Smile 3.1.1's MLP offers the first two (it has no Adam). */
public enum Optimizer {
    /** Mini-batch SGD with classical momentum. */
    SGD_MOMENTUM,
    /** RMSProp (rho 0.9, epsilon 1e-7) on top of the momentum update. */
    RMSPROP,
    /** Adam (β₁ 0.9, β₂ 0.999, ε 1e-8), the paper's optimizer. */
    ADAM
}
