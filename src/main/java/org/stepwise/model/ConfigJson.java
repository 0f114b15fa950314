package org.stepwise.model;

import java.util.ArrayList;
import java.util.List;

import org.stepwise.network.Activation;
import org.stepwise.network.Loss;
import org.stepwise.network.WeightInitializer;
import org.stepwise.optimize.AdamSettings;
import org.stepwise.optimize.ConstantRate;
import org.stepwise.optimize.ExponentialDecay;
import org.stepwise.optimize.InverseTimeDecay;
import org.stepwise.optimize.LearningRateSchedule;
import org.stepwise.optimize.OptimizerSettings;
import org.stepwise.optimize.PiecewiseConstantDecay;
import org.stepwise.optimize.PolynomialDecay;
import org.stepwise.optimize.ScheduleKind;
import org.stepwise.optimize.SgdSettings;
import org.stepwise.train.Sampling;
import org.stepwise.train.TrainingConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A {@link TrainingConfig} as the {@code "training"} object of a model file,
 * one field per record component, and back.
 */
final class ConfigJson {

    private static final String PATH = "training";

    private ConfigJson() {
    }

    static ObjectNode write(TrainingConfig config) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ArrayNode hidden = node.putArray("hiddenSizes");
        config.hiddenSizes().forEach(hidden::add);
        node.put("hiddenActivation", Spelling.of(config.hiddenActivation()));
        node.put("outputActivation", Spelling.of(config.outputActivation()));
        node.put("loss", Spelling.of(config.loss()));
        node.put("initializer", Spelling.of(config.initializer()));
        node.set("optimizer", writeOptimizer(config.optimizer()));
        node.set("schedule", writeSchedule(config.schedule()));
        node.put("batchSize", config.batchSize());
        node.put("sections", config.sections());
        node.put("stepsPerSection", config.stepsPerSection());
        node.put("sampling", Spelling.of(config.sampling()));
        node.put("testSampleSize", config.testSampleSize());
        node.put("seed", config.seed());
        return node;
    }

    static TrainingConfig read(JsonNode node, JsonFields fields) throws ModelFormatException {
        List<Integer> hidden = new ArrayList<>();
        for (int size : fields.intArray(node, "hiddenSizes", PATH)) {
            hidden.add(size);
        }
        Activation hiddenActivation = Spelling.parse(Activation.class,
                fields.text(node, "hiddenActivation", PATH), PATH + ".hiddenActivation", fields);
        Activation outputActivation = Spelling.parse(Activation.class,
                fields.text(node, "outputActivation", PATH), PATH + ".outputActivation", fields);
        Loss loss = Spelling.parse(Loss.class, fields.text(node, "loss", PATH), PATH + ".loss", fields);
        WeightInitializer initializer = Spelling.parse(WeightInitializer.class,
                fields.text(node, "initializer", PATH), PATH + ".initializer", fields);
        Sampling sampling = Spelling.parse(Sampling.class, fields.text(node, "sampling", PATH),
                PATH + ".sampling", fields);

        try {
            return new TrainingConfig(hidden, hiddenActivation, outputActivation, loss, initializer,
                    readOptimizer(fields.object(node, "optimizer", PATH), fields),
                    readSchedule(fields.object(node, "schedule", PATH), fields),
                    fields.integer(node, "batchSize", PATH), fields.integer(node, "sections", PATH),
                    fields.integer(node, "stepsPerSection", PATH), sampling,
                    fields.integer(node, "testSampleSize", PATH), fields.longInteger(node, "seed", PATH));
        } catch (IllegalArgumentException e) {
            // The record's own checks: a zero batch size, a negative rate and so on.
            throw fields.problem(PATH, e.getMessage());
        }
    }

    private static ObjectNode writeOptimizer(OptimizerSettings optimizer) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (optimizer instanceof AdamSettings adam) {
            node.put("name", "adam");
            node.put("beta1", adam.beta1());
            node.put("beta2", adam.beta2());
            node.put("epsilon", adam.epsilon());
            node.put("epsilonInsideSquareRoot", adam.epsilonInsideSquareRoot());
        } else if (optimizer instanceof SgdSettings) {
            node.put("name", "sgd");
        } else {
            throw new IllegalArgumentException("the model format has no spelling for the optimizer " + optimizer);
        }
        return node;
    }

    private static OptimizerSettings readOptimizer(JsonNode node, JsonFields fields) throws ModelFormatException {
        String path = PATH + ".optimizer";
        String name = fields.text(node, "name", path);
        switch (name) {
            case "sgd":
                return new SgdSettings();
            case "adam":
                return new AdamSettings(fields.number(node, "beta1", path), fields.number(node, "beta2", path),
                        fields.number(node, "epsilon", path), fields.bool(node, "epsilonInsideSquareRoot", path));
            default:
                throw fields.problem(path + ".name", "expected sgd|adam but found \"" + name + "\"");
        }
    }

    private static ObjectNode writeSchedule(LearningRateSchedule schedule) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("kind", Spelling.of(schedule.kind()));
        node.put("initialRate", schedule.initialRate());
        if (schedule instanceof ExponentialDecay exponential) {
            node.put("decayRate", exponential.decayRate());
        } else if (schedule instanceof InverseTimeDecay inverseTime) {
            node.put("decayRate", inverseTime.decayRate());
        } else if (schedule instanceof PolynomialDecay polynomial) {
            node.put("power", polynomial.power());
            node.put("endRate", polynomial.endRate());
        }
        return node;
    }

    private static LearningRateSchedule readSchedule(JsonNode node, JsonFields fields)
            throws ModelFormatException {
        String path = PATH + ".schedule";
        ScheduleKind kind = Spelling.parse(ScheduleKind.class, fields.text(node, "kind", path), path + ".kind",
                fields);
        double initialRate = fields.number(node, "initialRate", path);
        return switch (kind) {
            case CONSTANT -> new ConstantRate(initialRate);
            case PIECEWISE_CONSTANT -> new PiecewiseConstantDecay(initialRate);
            case EXPONENTIAL -> new ExponentialDecay(initialRate, fields.number(node, "decayRate", path));
            case INVERSE_TIME -> new InverseTimeDecay(initialRate, fields.number(node, "decayRate", path));
            case POLYNOMIAL -> new PolynomialDecay(initialRate, fields.number(node, "power", path),
                    fields.number(node, "endRate", path));
        };
    }
}
