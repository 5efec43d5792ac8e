package org.activemat.engine.model;

/** A trained model over standardized features that predicts a mean and an uncertainty per row. */
public interface Regressor {
    Prediction predict(double[][] x);
}
