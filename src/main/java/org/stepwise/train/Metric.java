package org.stepwise.train;

/** The per-step measurements a study averages over runs. */
public enum Metric {

    LOSS("Training loss", "loss"),
    TRAIN_ACCURACY("Training accuracy (running, per section)", "train_accuracy"),
    TEST_ACCURACY("Test accuracy (random test sample)", "test_accuracy"),
    TEST_LOSS("Test loss (random test sample)", "test_loss"),
    LEARNING_RATE("Learning rate", "learning_rate");

    private final String label;
    private final String column;

    Metric(String label, String column) {
        this.label = label;
        this.column = column;
    }

    /** A label for charts and menus. */
    public String label() {
        return label;
    }

    /** The stem of this metric's CSV column names. */
    public String column() {
        return column;
    }

    /** This metric's value in one step's record. */
    public double of(StepMetrics m) {
        return switch (this) {
            case LOSS -> m.batchLoss();
            case TRAIN_ACCURACY -> m.trainAccuracy();
            case TEST_ACCURACY -> m.testAccuracy();
            case TEST_LOSS -> m.testLoss();
            case LEARNING_RATE -> m.learningRate();
        };
    }

    /** True for shares from 0 to 1. */
    public boolean isAccuracy() {
        return this == TRAIN_ACCURACY || this == TEST_ACCURACY;
    }
}
