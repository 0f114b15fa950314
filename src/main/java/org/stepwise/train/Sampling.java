package org.stepwise.train;

/** How the images of a mini-batch are drawn from the training set. */
public enum Sampling {

    /** Each image picked uniformly at random, independently: the thesis program's way. */
    WITH_REPLACEMENT("With replacement (thesis)"),

    /** Walk a shuffled order of the whole set, reshuffled after each pass (epochs). */
    WITHOUT_REPLACEMENT("Without replacement (shuffled epochs)");

    private final String label;

    Sampling(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
