package org.activemat.engine.model;

/** The optimizers Smile 3.1.1's MLP offers (it has no Adam). */
public enum Optimizer {
    /** Mini-batch SGD with classical momentum. */
    SGD_MOMENTUM,
    /** RMSProp (rho 0.9, epsilon 1e-7) on top of the momentum update. */
    RMSPROP
}
