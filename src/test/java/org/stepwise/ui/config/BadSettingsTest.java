package org.stepwise.ui.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.stepwise.optimize.ScheduleKind;
import org.stepwise.train.TrainingConfig;

/**
 * Part of the bad-input suite (with org.stepwise.cli.BadInputSuiteTest): a
 * bad entry in the settings panel is named beside its field, Start is
 * refused, and the last good configuration is not replaced by a half-made
 * one; fixing the entry brings back exactly the settings it had.
 */
class BadSettingsTest {

    private static final long TWO_GB = 2_000_000_000L;

    private final ConfigViewModel settings = new ConfigViewModel(TrainingConfig.thesis(), () -> TWO_GB);

    /** Types {@code text}, checks the message and the refusal, then puts the old text back. */
    private void assertRefused(TextSetting<?> field, String text, String message) {
        TrainingConfig before = settings.getConfig();
        String old = field.getText();

        field.setText(text);

        assertEquals(message, field.getError());
        assertFalse(settings.isValid());
        assertNull(settings.getConfig(), "no configuration while an entry is bad");
        assertTrue(settings.getProblem().startsWith("Fix "), settings.getProblem());
        field.setText(old);
        assertEquals(before, settings.getConfig(), "the old settings come back unchanged");
    }

    @Test
    void layerOfZeroUnits() {
        assertRefused(settings.layerSizes().get(0), "0", "A hidden layer must have 1 to 512 units, got 0.");
    }

    @Test
    void layerLargerThan512() {
        assertRefused(settings.layerSizes().get(0), "513",
                "A hidden layer must have 1 to 512 units, got 513.");
    }

    @Test
    void layerSizeWithADecimalPoint() {
        assertRefused(settings.layerSizes().get(0), "3.5", "'3.5' is not a whole number.");
    }

    @Test
    void emptyLearningRate() {
        assertRefused(settings.learningRate(), "", "Type a number, such as 0.05.");
    }

    @Test
    void negativeLearningRate() {
        assertRefused(settings.learningRate(), "-0.1",
                "The learning rate must be a positive number, got -0.1.");
    }

    @Test
    void learningRateAbove100() {
        assertRefused(settings.learningRate(), "250",
                "The learning rate must be at most 100, got 250; type a smaller rate; above 1 plain SGD"
                        + " usually diverges.");
    }

    @Test
    void learningRateNotANumber() {
        assertRefused(settings.learningRate(), "NaN",
                "The learning rate must be a positive number, got NaN.");
    }

    @Test
    void batchOfZero() {
        assertRefused(settings.batchSize(), "0", "The batch size must be at least 1, got 0.");
    }

    @Test
    void batchLargerThanTheTrainingSet() {
        assertRefused(settings.batchSize(), "60001",
                "The batch size must be at most 60,000, the number of training images, got 60,001.");
    }

    @Test
    void batchTooLargeForDataLoadedLater() {
        settings.batchSize().setText("2000");
        assertTrue(settings.isValid());

        settings.trainingImagesProperty().set(1000);

        assertEquals("The batch size must be at most 1,000, the number of training images, got 2,000.",
                settings.batchSize().getError());
        assertFalse(settings.isValid());
    }

    @Test
    void zeroSections() {
        assertRefused(settings.sections(), "0", "The number of sections must be at least 1, got 0.");
    }

    @Test
    void negativeStepsPerSection() {
        assertRefused(settings.stepsPerSection(), "-5", "Steps per section must be at least 1, got -5.");
    }

    @Test
    void sectionsTooLargeForAWholeNumber() {
        assertRefused(settings.sections(), "99999999999",
                "'99999999999' is too large; the largest whole number here is 2,147,483,647.");
    }

    @Test
    void seedThatIsNotAWholeNumber() {
        assertRefused(settings.seed(), "1e3", "'1e3' is not a whole number.");
    }

    @Test
    void exponentialDecayAboveOne() {
        settings.scheduleKindProperty().set(ScheduleKind.EXPONENTIAL);
        assertRefused(settings.exponentialDecayRate(), "1.5",
                "The decay rate must be at most 1, got 1.5; above 1 the rate would grow every section.");
    }

    @Test
    void negativeInverseTimeDecay() {
        settings.scheduleKindProperty().set(ScheduleKind.INVERSE_TIME);
        assertRefused(settings.inverseTimeDecayRate(), "-1",
                "The decay rate must be zero or positive, got -1.0.");
    }

    @Test
    void polynomialPowerOfZero() {
        settings.scheduleKindProperty().set(ScheduleKind.POLYNOMIAL);
        assertRefused(settings.power(), "0", "The power must be a positive number, got 0.0.");
    }

    @Test
    void twoBadEntriesAreBothNamed() {
        settings.layerSizes().get(0).setText("600");
        settings.batchSize().setText("0");

        assertEquals("Fix the size of hidden layer 1 and the batch size to start.", settings.getProblem());
    }

    @Test
    void networkTooLargeForMemoryIsRefusedWithTheEstimate() {
        TrainingConfig before = settings.getConfig();
        settings.setHiddenLayerCount(3);
        settings.layerSizes().forEach(size -> size.setText("512"));
        settings.batchSize().setText("60000");

        assertFalse(settings.isValid());
        assertNull(settings.getConfig());
        assertEquals("This 784-512-512-512-10 network with batch 60000 needs about 2.7 GB; this Java may"
                + " use 2.0 GB. Use smaller layers or batches, or start Java with a larger -Xmx.",
                settings.getProblem());
        settings.batchSize().setText("16");
        settings.setHiddenLayerCount(1);
        settings.layerSizes().get(0).setText("32");
        assertEquals(before, settings.getConfig());
    }

    private void assertWarnsButStarts(Consumer<ConfigViewModel> change, String warning) {
        change.accept(settings);

        assertTrue(settings.isValid(), settings.getProblem());
        assertEquals(warning, settings.getWarning());
    }

    @Test
    void exponentialDecayOfOneNeverChangesTheRate() {
        assertWarnsButStarts(s -> {
            s.scheduleKindProperty().set(ScheduleKind.EXPONENTIAL);
            s.exponentialDecayRate().setText("1");
        }, "The exponential decay schedule keeps the rate at 0.3 for the whole run (10 sections): the rate changes"
                + " only between sections, so this run is a constant rate. Change the schedule's values.");
    }

    @Test
    void aSingleSectionNeverChangesTheRate() {
        assertWarnsButStarts(s -> {
            s.scheduleKindProperty().set(ScheduleKind.PIECEWISE_CONSTANT);
            s.sections().setText("1");
        }, "The piecewise constant decay schedule keeps the rate at 0.3 for the whole run (1 section): the rate changes"
                + " only between sections, so this run is a constant rate. Use more sections.");
    }

    @Test
    void rateOf5IsAllowedWithAWarning() {
        assertWarnsButStarts(s -> s.learningRate().setText("5.0"),
                "A rate above 1 usually makes SGD diverge; training pauses if the loss stops being a number.");
        assertEquals(5.0, settings.getConfig().learningRate());
    }

    @Test
    void aChangingScheduleHasNoWarning() {
        settings.scheduleKindProperty().set(ScheduleKind.EXPONENTIAL);

        assertEquals("", settings.getWarning());
        assertEquals("e_k = 0.3 * 0.75^k  for section k = 0..9", settings.getFormula());
        assertTrue(settings.scheduleTooltipProperty().get().startsWith("Now: e_k = 0.3 * 0.75^k"));
    }
}
