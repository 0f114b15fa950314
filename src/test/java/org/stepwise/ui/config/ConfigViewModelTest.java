package org.stepwise.ui.config;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stepwise.optimize.AdamSettings;
import org.stepwise.optimize.ExponentialDecay;
import org.stepwise.optimize.InverseTimeDecay;
import org.stepwise.optimize.ScheduleKind;
import org.stepwise.train.TrainingConfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigViewModelTest {

    private final ConfigViewModel settings = new ConfigViewModel(TrainingConfig.thesis());

    @Test
    void startsFromTheThesisProtocol() {
        TrainingConfig config = settings.getConfig();

        assertEquals(TrainingConfig.thesis(), config);
        assertEquals("0.3", settings.learningRate().getText());
        assertEquals("", settings.getProblem());
    }

    @Nested
    class InvalidEntries {

        @Test
        void showTheEngineMessageBesideTheControlAndBlockStarting() {
            settings.batchSize().setText("0");

            String error = settings.batchSize().getError();
            assertEquals("The batch size must be at least 1, got 0.", error);
            assertFalse(settings.isValid());
            assertNull(settings.getConfig());
            assertEquals("Fix the batch size to start.", settings.getProblem());
        }

        @Test
        void explainTextThatIsNotANumber() {
            settings.learningRate().setText("fast");

            assertEquals("'fast' is not a number; type one such as 0.05.",
                    settings.learningRate().getError());
            assertFalse(settings.isValid());
        }

        @Test
        void rejectAZeroLearningRate() {
            settings.learningRate().setText("0");

            assertEquals("The learning rate must be a positive number, got 0.0.",
                    settings.learningRate().getError());
        }

        @Test
        void rejectAHiddenLayerTooLarge() {
            settings.layerSizes().get(0).setText("9000");

            assertEquals("A hidden layer must have 1 to 512 units, got 9,000.",
                    settings.layerSizes().get(0).getError());
        }

        @Test
        void inAnUnusedLayerDoNotBlockStarting() {
            settings.layerSizes().get(2).setText("0");

            assertTrue(settings.isValid());
        }

        @Test
        void inAnotherSchedulesFieldDoNotBlockStarting() {
            settings.exponentialDecayRate().setText("-1");

            assertTrue(settings.isValid());
        }

        @Test
        void clearOnceCorrected() {
            settings.sections().setText("x");

            settings.sections().setText("2");

            assertTrue(settings.isValid());
            assertEquals(2, settings.getConfig().sections());
        }
    }

    @Test
    void keepsATypedLearningRateExactly() {
        settings.learningRate().setText("0.0123");

        assertEquals(0.0123, settings.getConfig().learningRate());
    }

    @Test
    void buildsOneSizePerChosenHiddenLayer() {
        settings.setHiddenLayerCount(3);
        settings.layerSizes().get(0).setText("128");
        settings.layerSizes().get(1).setText("64");
        settings.layerSizes().get(2).setText("1,00");

        assertEquals(List.of(128, 64, 100), settings.getConfig().hiddenSizes());
    }

    @Test
    void pickingAdamSetsItsThesisStepSize() {
        settings.optimizerProperty().set(OptimizerChoice.ADAM);

        assertEquals("0.003", settings.learningRate().getText());
        assertEquals(AdamSettings.thesis(), settings.getConfig().optimizer());
        assertTrue(settings.optimizerNoteProperty().get().contains("0.003"));
    }

    @Test
    void goingBackToSgdRestoresItsRateUnlessTheUserChangedIt() {
        settings.optimizerProperty().set(OptimizerChoice.ADAM);
        settings.learningRate().setText("0.01");

        settings.optimizerProperty().set(OptimizerChoice.SGD);

        assertEquals("0.01", settings.learningRate().getText());
    }

    @Test
    void buildsTheChosenScheduleWithItsParameters() {
        settings.scheduleKindProperty().set(ScheduleKind.EXPONENTIAL);
        settings.learningRate().setText("0.5");
        settings.exponentialDecayRate().setText("0.75");

        assertEquals(new ExponentialDecay(0.5, 0.75), settings.getConfig().schedule());
        assertEquals("e_k = 0.5 * 0.75^k  for section k = 0..9", settings.getFormula());
    }

    @Test
    void explainsTheInverseTimeFormInItsHelp() {
        settings.scheduleKindProperty().set(ScheduleKind.INVERSE_TIME);

        assertEquals(new InverseTimeDecay(0.3, 0.5), settings.getConfig().schedule());
        assertTrue(settings.scheduleHelpProperty().get().contains("e0 / (1 + g^k)"));
    }
}
