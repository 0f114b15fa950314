package org.stepwise.ui.classroom;

/**
 * The parts of the window a teacher can show or hide for a class. Lesson and
 * settings files name them by {@link #id()}, so an id never changes once
 * released; a new part gets a new constant.
 */
public enum ShownControl {
    LAYERS("layers", "Hidden layers"),
    LEARNING_RATE("learning-rate", "Learning rate"),
    SCHEDULE("schedule", "Schedule"),
    OPTIMIZER("optimizer", "Optimizer"),
    ACTIVATION("activation", "Activations"),
    LOSS("loss", "Loss"),
    BATCH("batch", "Batch size and run length"),
    SAMPLING("sampling", "Sampling"),
    SEED("seed", "Seed"),
    PACE("pace", "Pace and single step"),
    DRAWING("drawing", "Drawing pad"),
    STUDIES("studies", "Studies tab"),
    INSIDE("inside", "Inside the network tab");

    private final String id;
    private final String label;

    ShownControl(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name used in files, such as "learning-rate". */
    public String id() {
        return id;
    }

    /** The name shown to the teacher. */
    public String label() {
        return label;
    }

    /** The control of that id, or {@code null} when none has it. */
    public static ShownControl fromId(String id) {
        for (ShownControl control : values()) {
            if (control.id.equals(id)) {
                return control;
            }
        }
        return null;
    }
}
