package org.activemat.engine.model;

/**
 * A trained committee of regressors over standardized features: what every model backend hands to the strategies.
 * Prediction = member mean, uncertainty = member variance (query by committee); strategies that work in the
 * network's own feature space read each member's last hidden layer.
 */
public interface EnsembleModel extends Regressor {
    int size();

    /** Member m's predictions for the rows of x, in target units. */
    double[] predictMember(int m, double[][] x);

    /** Member m's last-hidden-layer activations for the rows of x (rows × width of that layer). */
    double[][] lastHidden(int m, double[][] x);

    /** The member mean and the population variance of the members, row by row. */
    @Override default Prediction predict(double[][] x) {
        int n = x.length, m = size();
        double[] mean = new double[n], var = new double[n];
        double[][] all = new double[m][];
        for (int k = 0; k < m; k++) all[k] = predictMember(k, x);
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k < m; k++) s += all[k][i];
            double mu = s / m, v = 0;
            for (int k = 0; k < m; k++) v += (all[k][i] - mu) * (all[k][i] - mu);
            mean[i] = mu;
            var[i] = v / m;
        }
        return new Prediction(mean, var);
    }
}
