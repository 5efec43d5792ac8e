package org.activemat.engine.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default Smile recipe (SGD + momentum, see MlpSettings.paper()) must be as accurate as the paper's Adam (lr 1e-3)
 * on the same architecture and data: 105 labelled rows of a smooth 17-feature problem, the paper's final label count.
 */
class MlpRecipeTest {
    @Test
    void defaultRecipeMatchesAnAdamTrainedReference() {
        SyntheticData train = new SyntheticData(105, 11), test = new SyntheticData(300, 12);
        MlpSettings recipe = MlpSettings.paper().withMembers(2);
        MlpEnsemble smile = MlpEnsemble.train(train.x, train.y, recipe, new long[]{21, 22}, null, null);
        double smileMae = (mae(smile.predictMember(0, test.x), test.y) + mae(smile.predictMember(1, test.x), test.y)) / 2;

        AdamReferenceMlp adam = new AdamReferenceMlp(17, new int[]{128, 128}, 7);
        adam.fit(train.x, train.y, recipe.epochs(), recipe.batchSize(), 1e-3, 7);
        double adamMae = mae(adam.predict(test.x), test.y);
        double spread = 0;
        for (double v : test.y) spread += Math.abs(v) / test.y.length;
        assertThat(adamMae).as("the reference must learn something").isLessThan(0.8 * spread);
        assertThat(smileMae).as("Smile recipe MAE vs Adam MAE %.4f", adamMae).isLessThan(1.10 * adamMae);
    }

    private static double mae(double[] p, double[] y) {
        double s = 0;
        for (int i = 0; i < y.length; i++) s += Math.abs(p[i] - y[i]);
        return s / y.length;
    }
}
